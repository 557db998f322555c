package py

import "slices"

// How a dict files its keys and a set its elements under Go map keys.

// keyMode says how a dict or set treats its keys of Go type K.
type keyMode uint8

const (
	keyStatic     keyMode = iota // Go's == is Python's ==
	keyDynamic                   // K is any: keys are normalised (normKey)
	keyUnhashable                // K is a list, dict or set type
	keyHashed                    // K's values compare with __eq__ and hash with __hash__
	keyAnyItems                  // K is a tuple type with items held as any: those are normalised
	keyInstances                 // K is the interface of a class hierarchy: keys that compare by value are bucketed
)

func keyModeOf[K any]() keyMode {
	var zero K
	switch z := any(zero).(type) {
	case nil:
		if _, isAny := any(&zero).(*any); !isAny {
			// A key of a frozen dataclass cannot be normalised to a
			// valueKey, which is not a K.
			return keyInstances
		}
		return keyDynamic
	case PyUnhashable:
		return keyUnhashable
	case PyHasher, PyHashKeyer, PyNamedTuple:
		return keyHashed
	case PyTypeNamer:
		switch z.PyTypeName() {
		case "list", "dict", "set":
			return keyUnhashable
		case "tuple":
			return tupleKeyMode(z)
		}
	}
	return keyStatic
}

// tupleKeyMode is the mode of a tuple type, by the zero values of its
// items: keyHashed when one (at any depth of tuples) is of a type hashed
// by __hash__ or by its fields, keyAnyItems when one is held as any.
func tupleKeyMode(zero any) keyMode {
	mode := keyStatic
	z := zero.(PySequence)
	for i := range z.PyLen() {
		switch zi := z.PyItem(i); zi.(type) {
		case nil:
			mode = keyAnyItems
		case PyHasher, PyHashKeyer, PyNamedTuple:
			return keyHashed
		case PyTypeNamer:
			if !isTuple(zi) {
				continue
			}
			switch tupleKeyMode(zi) {
			case keyHashed:
				return keyHashed
			case keyAnyItems:
				mode = keyAnyItems
			}
		}
	}
	return mode
}

// keyer finds the Go map key of a dict's key or a set's element. Keys
// that compare by value but are distinct Go values (instances of a class
// defining __hash__, frozen dataclasses, named tuples, and tuples holding
// them) are filed under the first key of their group of equal keys,
// found as CPython's lookup finds it: by hash, then identity or __eq__.
type keyer[K comparable] struct {
	mode    keyMode
	buckets map[int64][]K // the representative keys, by hash
	hashes  map[K]int64   // the hash of each representative
}

// key is the map key of k: the representative equal to k, or k itself
// (not yet filed). fresh says k must be recorded as a representative
// (fileKey) if it is added.
func (c *keyer[K]) key(k K) (n K, fresh bool) {
	switch c.mode {
	case keyStatic:
		return k, false
	case keyUnhashable:
		unhashable(k)
	case keyDynamic, keyAnyItems:
		if !needsBuckets(k) {
			return c.storedKey(k), false
		}
	case keyInstances:
		if !byValue(k) {
			checkHashable(k) // an instance whose class set __hash__ to None raises
			return k, false
		}
	}
	if rep, ok := c.find(k, int64(Hash(k))); ok {
		return rep, false
	}
	return k, true
}

// find is the representative of hash h equal to x, if any.
func (c *keyer[K]) find(x any, h int64) (K, bool) {
	for _, rep := range c.buckets[h] {
		if sameOrEq(rep, x) {
			return rep, true
		}
	}
	var zero K
	return zero, false
}

// foreign is the representative equal to x, a key of another Go type
// than K (a tuple among named tuples), if any.
func (c *keyer[K]) foreign(x any) (K, bool) {
	if h, ok := hashOf(x, forHash); ok && c.mode == keyHashed { // None, a plain instance: never equal
		return c.find(x, h)
	}
	var zero K
	return zero, false
}

// needsBuckets reports whether the key v, held as any (or in an item
// held as any), compares through __eq__: an instance with __hash__, or
// a tuple or frozen dataclass holding one.
func needsBuckets(v any) bool {
	switch x := v.(type) {
	case PyUnhashable:
		return false // normKey raises
	case PyHasher:
		return true
	case PyHashKeyer:
		return slices.ContainsFunc(x.PyHashKey(), needsBuckets)
	}
	if t, ok := TupleItemsOf(v); ok {
		return slices.ContainsFunc(t, needsBuckets)
	}
	return false
}

// byValue reports whether instance v hashes by value, through __hash__
// or as a frozen dataclass, rather than by identity.
func byValue(v any) bool {
	switch v.(type) {
	case PyHasher, PyHashKeyer:
		return true
	}
	return false
}

// fileKey records k, now a key of its own, as a representative.
func (c *keyer[K]) fileKey(k K) {
	if c.buckets == nil {
		c.buckets, c.hashes = map[int64][]K{}, map[K]int64{}
	}
	h := int64(Hash(k))
	c.buckets[h] = append(c.buckets[h], k)
	c.hashes[k] = h
}

// unfileKey forgets the representative k of a removed key.
func (c *keyer[K]) unfileKey(k K) {
	h, ok := c.hashes[k]
	if !ok {
		return
	}
	delete(c.hashes, k)
	b := c.buckets[h]
	for i, rep := range b {
		if rep == k {
			b = append(b[:i:i], b[i+1:]...)
			break
		}
	}
	if len(b) == 0 {
		delete(c.buckets, h)
	} else {
		c.buckets[h] = b
	}
}

// storedKey is the map key of a key the container holds (moving it while
// compacting or resizing), without hashing it again.
func (c *keyer[K]) storedKey(k K) K {
	if c.mode == keyStatic || c.mode == keyHashed || c.mode == keyInstances || needsBuckets(k) {
		return k // a representative is its own map key
	}
	switch c.mode {
	case keyDynamic:
		n, _ := normKey(k).(K)
		return n
	case keyAnyItems:
		var zero K
		return normAnyItems(zero, k).(K)
	}
	return k
}

// holdsAny reports whether the tuple type of zero has an item held as
// any, at any depth of tuples.
func holdsAny(zero any) bool {
	z := zero.(PySequence)
	for i := range z.PyLen() {
		if zi := z.PyItem(i); zi == nil || isTuple(zi) && holdsAny(zi) {
			return true
		}
	}
	return false
}

// normAnyItems is tuple t of zero's Go type with its items held as any
// normalised as keys of a dict of any are (normKey: True, 1 and 1.0 are
// one key), and so are those of its tuple items.
func normAnyItems(zero, t any) any {
	z, s := zero.(PySequence), t.(PySequence)
	items := make(Tuple, s.PyLen())
	for i := range items {
		switch zi := z.PyItem(i); {
		case zi == nil:
			items[i] = normKey(s.PyItem(i))
		case isTuple(zi):
			items[i] = normAnyItems(zi, s.PyItem(i))
		default:
			items[i] = s.PyItem(i)
		}
	}
	n, _ := zero.(PyConverter).PyConvert(items)
	return n
}

func newKeyer[K comparable]() keyer[K] { return keyer[K]{mode: keyModeOf[K]()} }

// adoptKey files k, a key of another container of the same Go type
// copied into an empty one, as its own representative where it needs one,
// and returns its map key.
func (c *keyer[K]) adoptKey(k K) K {
	n := c.storedKey(k)
	if c.mode == keyHashed || c.mode == keyInstances && byValue(k) || c.mode != keyStatic && needsBuckets(k) {
		c.fileKey(n)
	}
	return n
}
