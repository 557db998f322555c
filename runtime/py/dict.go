package py

import (
	"iter"
	"slices"
	"strconv"
)

// Dict is Python's dict: insertion ordered, O(1) lookups. Entries live in
// a slice in insertion order with a map from key to slot; deletion leaves
// a tombstone and the slice is compacted once tombstones outnumber live
// entries, as CPython's compact dict does.
//
// Keys of a static type compare with Go's ==, which is Python's == for
// them. Keys held as any are normalised (protocol.go's normKey), so 1, 1.0
// and True are one key, as in CPython, and the dict keeps the first one
// inserted; a list, dict or set key raises TypeError.
type Dict[K comparable, V any] struct {
	index   map[K]int
	entries []dictEntry[K, V]
	dead    int
	keyer[K]
	flavor *dictFlavor // a defaultdict's, Counter's or OrderedDict's (collections.go); nil for a dict
	// state counts the changes of the key order (insertions, removals,
	// moves), which an OrderedDict's iterator checks; head is a slot no
	// live entry precedes (ordered_dict.go).
	state, head int
}

type dictEntry[K comparable, V any] struct {
	key  K
	val  V
	live bool
}

// NewDict makes an empty dict.
func NewDict[K comparable, V any]() *Dict[K, V] {
	return &Dict[K, V]{index: map[K]int{}, keyer: newKeyer[K]()}
}

// DictOf builds a dict from key/value pairs in order ({k: v, ...}).
func DictOf[K comparable, V any](pairs ...Tuple2[K, V]) *Dict[K, V] {
	d := &Dict[K, V]{index: make(map[K]int, len(pairs)), keyer: newKeyer[K]()}
	for _, p := range pairs {
		d.Set(p.V0, p.V1)
	}
	return d
}

// DictFromKeys is dict.fromkeys(keys, v): every key mapped to the one
// value v (not a copy of it, as in CPython).
func DictFromKeys[K comparable, V any](keys []K, v V) *Dict[K, V] {
	d := &Dict[K, V]{index: make(map[K]int, len(keys)), keyer: newKeyer[K]()}
	for _, k := range keys {
		d.Set(k, v)
	}
	return d
}

// Len is len(d).
func (d *Dict[K, V]) Len() int { return len(d.index) }

// slot finds the entry of key k.
func (d *Dict[K, V]) slot(k K) (int, bool) {
	n, _ := d.key(k)
	i, ok := d.index[n]
	return i, ok
}

// Set is d[k] = v: an existing key keeps its place (and its first
// spelling: d[1.0] = v on a dict holding 1 keeps 1).
func (d *Dict[K, V]) Set(k K, v V) {
	if d.index == nil {
		d.index, d.keyer = map[K]int{}, newKeyer[K]()
	}
	n, fresh := d.key(k)
	if i, ok := d.index[n]; ok {
		d.entries[i].val = v
		return
	}
	if fresh {
		d.fileKey(n)
	}
	d.index[n] = len(d.entries)
	d.entries = append(d.entries, dictEntry[K, V]{k, v, true})
	d.state++
}

// Get is d[k]; KeyError(k) when absent from a dict.
func (d *Dict[K, V]) Get(k K) V {
	i, ok := d.slot(k)
	if !ok {
		return d.missing(k)
	}
	return d.entries[i].val
}

// Lookup is the comma-ok form of d[k].
func (d *Dict[K, V]) Lookup(k K) (V, bool) {
	if i, ok := d.slot(k); ok {
		return d.entries[i].val, true
	}
	var zero V
	return zero, false
}

// Contains is `k in d`.
func (d *Dict[K, V]) Contains(k K) bool {
	_, ok := d.slot(k)
	return ok
}

// GetDefault is d.get(k, def).
func (d *Dict[K, V]) GetDefault(k K, def V) V {
	if i, ok := d.slot(k); ok {
		return d.entries[i].val
	}
	return def
}

// SetDefault is d.setdefault(k, def).
func (d *Dict[K, V]) SetDefault(k K, def V) V {
	if i, ok := d.slot(k); ok {
		return d.entries[i].val
	}
	d.Set(k, def)
	return def
}

// Delete is del d[k]; KeyError(k) when absent, except from a Counter,
// whose __delitem__ ignores a missing key.
func (d *Dict[K, V]) Delete(k K) {
	if d.flavor == counterFlavor && !d.Contains(k) {
		return
	}
	d.Pop(k)
}

// Pop is d.pop(k); KeyError(k) when absent.
func (d *Dict[K, V]) Pop(k K) V {
	i, ok := d.slot(k)
	if !ok {
		Raise(KeyError.New(k))
	}
	return d.remove(i)
}

// PopDefault is d.pop(k, def).
func (d *Dict[K, V]) PopDefault(k K, def V) V {
	if i, ok := d.slot(k); ok {
		return d.remove(i)
	}
	return def
}

// PopItem is d.popitem(): the last inserted pair; KeyError when empty.
func (d *Dict[K, V]) PopItem() Tuple2[K, V] {
	if d.flavor == orderedFlavor {
		return d.PopItemLast(true)
	}
	for i := len(d.entries) - 1; i >= 0; i-- {
		if e := d.entries[i]; e.live {
			d.remove(i)
			return Tuple2[K, V]{e.key, e.val}
		}
	}
	Raise(KeyError.New("popitem(): dictionary is empty"))
	panic("unreachable")
}

// remove deletes the live entry i.
func (d *Dict[K, V]) remove(i int) V {
	v := d.entries[i].val
	n := d.storedKey(d.entries[i].key)
	delete(d.index, n)
	d.unfileKey(n)
	d.entries[i] = dictEntry[K, V]{}
	d.dead++
	d.state++
	if d.dead > 8 && d.dead > len(d.index) {
		d.compact()
	}
	return v
}

func (d *Dict[K, V]) compact() {
	live := make([]dictEntry[K, V], 0, len(d.index))
	for _, e := range d.entries {
		if e.live {
			d.index[d.storedKey(e.key)] = len(live)
			live = append(live, e)
		}
	}
	d.entries, d.dead, d.head = live, 0, 0
}

// Clear is d.clear().
func (d *Dict[K, V]) Clear() {
	d.index, d.entries, d.dead, d.keyer, d.head = map[K]int{}, nil, 0, newKeyer[K](), 0
	d.state++
}

// Copy is d.copy(), of os.environ a plain dict.
func (d *Dict[K, V]) Copy() *Dict[K, V] {
	c := &Dict[K, V]{index: make(map[K]int, len(d.index)), keyer: newKeyer[K](), flavor: d.flavor}
	if d.flavor == environFlavor {
		c.flavor = nil
	}
	for k, v := range d.All() {
		c.Set(k, v)
	}
	return c
}

// Update is d.update(other), which counts on a Counter.
func (d *Dict[K, V]) Update(other *Dict[K, V]) {
	if d.flavor == counterFlavor {
		d.count(other, 1)
		return
	}
	for k, v := range other.All() {
		d.Set(k, v)
	}
}

// PyUpdate is d.update(other) for a dict of other key or value types, or
// an iterable of pairs, whose items inference has made fit d's types.
func (d *Dict[K, V]) PyUpdate(other any) {
	if d.flavor == counterFlavor {
		d.count(other, 1)
		return
	}
	if o, ok := other.(*Dict[K, V]); ok {
		d.Update(o)
		return
	}
	if m, ok := other.(PyMapping); ok {
		type pair struct {
			k K
			v V
		}
		var pairs []pair // read all of m before changing d, which may be m
		for k := range m.PyIter() {
			v, _ := m.PyLookup(k)
			pairs = append(pairs, pair{asItem[K](k), asItem[V](v)})
		}
		for _, p := range pairs {
			d.Set(p.k, p.v)
		}
		return
	}
	i := 0
	for item := range Iter(other) {
		switch item.(type) {
		case string, PyIterable:
		default:
			Raise(TypeError.New("cannot convert dictionary update sequence element #" + strconv.Itoa(i) + " to a sequence"))
		}
		kv := slices.Collect(Iter(item))
		if len(kv) != 2 {
			Raise(ValueError.New("dictionary update sequence element #" + strconv.Itoa(i) + " has length " + strconv.Itoa(len(kv)) + "; 2 is required"))
		}
		d.Set(asItem[K](kv[0]), asItem[V](kv[1]))
		i++
	}
}

// Keys is list(d): the keys in insertion order.
func (d *Dict[K, V]) Keys() []K {
	out := make([]K, 0, len(d.index))
	for _, e := range d.entries {
		if e.live {
			out = append(out, e.key)
		}
	}
	return out
}

// Values is list(d.values()).
func (d *Dict[K, V]) Values() []V {
	out := make([]V, 0, len(d.index))
	for _, e := range d.entries {
		if e.live {
			out = append(out, e.val)
		}
	}
	return out
}

// Items is list(d.items()).
func (d *Dict[K, V]) Items() []Tuple2[K, V] {
	out := make([]Tuple2[K, V], 0, len(d.index))
	for _, e := range d.entries {
		if e.live {
			out = append(out, Tuple2[K, V]{e.key, e.val})
		}
	}
	return out
}

// All iterates like `for k, v in d.items()`. Adding or removing keys
// while iterating raises RuntimeError("dictionary changed size during
// iteration"), as CPython does at the next step.
func (d *Dict[K, V]) All() iter.Seq2[K, V] {
	if d.flavor == orderedFlavor {
		return d.orderedAll()
	}
	return func(yield func(K, V) bool) {
		n := len(d.index)
		for i := 0; i < len(d.entries); i++ {
			if len(d.index) != n {
				Raise(RuntimeError.New("dictionary changed size during iteration"))
			}
			if e := d.entries[i]; e.live && !yield(e.key, e.val) {
				return
			}
		}
		if len(d.index) != n {
			Raise(RuntimeError.New("dictionary changed size during iteration"))
		}
	}
}

// DictFromAny is dict(v) of a value of type any: a copy of a mapping,
// or the pairs of an iterable, with CPython's errors for items that are
// no pairs.
func DictFromAny(v any) *Dict[any, any] {
	d := NewDict[any, any]()
	if m, ok := v.(PyMapping); ok && !isNilInstance(v) {
		for k := range m.PyIter() {
			val, _ := m.PyLookup(k)
			d.Set(k, val)
		}
		return d
	}
	i := 0
	for item := range Iter(v) {
		if _, ok := item.(PyIterable); !ok {
			if _, isStr := item.(string); !isStr {
				Raise(TypeError.New("cannot convert dictionary update sequence element #" + strconv.Itoa(i) + " to a sequence"))
			}
		}
		var pair []any
		for x := range Iter(item) {
			pair = append(pair, x)
		}
		if len(pair) != 2 {
			Raise(ValueError.New("dictionary update sequence element #" + strconv.Itoa(i) + " has length " + strconv.Itoa(len(pair)) + "; 2 is required"))
		}
		d.Set(pair[0], pair[1])
		i++
	}
	return d
}

// DictItems is d.items() iterated by a for loop that binds each pair to
// one name: d.All() as tuples. A function, not a method, so that Go
// compiles it only for the dicts of programs that use it.
func DictItems[K comparable, V any](d *Dict[K, V]) iter.Seq[Tuple2[K, V]] {
	return func(yield func(Tuple2[K, V]) bool) {
		for k, v := range d.All() {
			if !yield(Tuple2[K, V]{k, v}) {
				return
			}
		}
	}
}

// PyRepr is repr(d): "{'a': 1}".
func (d *Dict[K, V]) PyRepr() string {
	if d == nil {
		return "None"
	}
	switch d.flavor {
	case counterFlavor:
		return d.counterRepr()
	case orderedFlavor:
		return d.orderedRepr()
	}
	b := d.appendItems([]byte{'{'}, func(b []byte, k K, v V) []byte {
		b = appendRepr(b, k)
		b = append(b, ": "...)
		return appendRepr(b, v)
	})
	switch {
	case d.flavor == environFlavor:
		return "environ(" + string(append(b, '}')) + ")"
	case d.flavor != nil:
		return "defaultdict(" + d.flavor.factoryRepr + ", " + string(append(b, '}')) + ")"
	}
	return string(append(b, '}'))
}

// appendItems appends each item in order, as item writes it, separated
// by ", ".
func (d *Dict[K, V]) appendItems(b []byte, item func(b []byte, k K, v V) []byte) []byte {
	first := true
	for _, e := range d.entries {
		if !e.live {
			continue
		}
		if !first {
			b = append(b, ", "...)
		}
		first = false
		b = item(b, e.key, e.val)
	}
	return b
}

// PyLen makes len() work on dicts held as any.
func (d *Dict[K, V]) PyLen() int { return len(d.index) }

// PyTypeName is "dict", "defaultdict" or "Counter"; the zero value's
// is "dict".
func (d *Dict[K, V]) PyTypeName() string {
	if d == nil || d.flavor == nil {
		return "dict"
	}
	return d.flavor.name
}

// isDictType reports whether a type is dict or one of its subclasses.
func isDictType(name string) bool {
	return name == "dict" || name == "defaultdict" || name == "Counter" || name == "OrderedDict"
}

// isMappingType reports whether a type is dict, one of its subclasses or
// os.environ's, which compares and merges (|) with dicts.
func isMappingType(name string) bool { return isDictType(name) || name == "_Environ" }

// PyContains makes `in` work on dicts held as any, for a key of any type.
func (d *Dict[K, V]) PyContains(k any) bool {
	_, ok := d.PyLookup(k)
	return ok
}

// PyLookup is d[k] for a key of any type (PyMapping): an equal number of
// another type finds its key; a key that cannot be in d (another type)
// is absent, unless unhashable, which raises TypeError as CPython does.
func (d *Dict[K, V]) PyLookup(k any) (any, bool) {
	if kk, ok := keyAs[K](k); ok {
		return d.Lookup(kk)
	}
	if n, ok := d.foreign(k); ok {
		return d.entries[d.index[n]].val, true
	}
	checkHashable(k)
	return nil, false
}

// PyIter iterates over the keys as anys (PyIterable).
func (d *Dict[K, V]) PyIter() iter.Seq[any] {
	return func(yield func(any) bool) {
		for k := range d.All() {
			if !yield(k) {
				return
			}
		}
	}
}

// PyEq is d == other: the same keys, with values equal by Python
// equality, order ignored; other may be a dict of any instantiation.
func (d *Dict[K, V]) PyEq(other any) bool {
	if o, ok := other.(*Dict[K, V]); ok && d.flavor == counterFlavor && o.flavor == counterFlavor {
		return countsEqual(d, o)
	}
	if o, ok := other.(*Dict[K, V]); ok && d.flavor == orderedFlavor && o.flavor == orderedFlavor {
		return orderedEqual(d, o)
	}
	if o, ok := other.(*Dict[K, V]); ok {
		if o.Len() != d.Len() {
			return false
		}
		for k, v := range d.All() {
			ov, ok := o.Lookup(k)
			if !ok || !sameOrEq(v, ov) {
				return false
			}
		}
		return true
	}
	o, ok := other.(PyMapping)
	if !ok || !isMappingType(o.PyTypeName()) || o.PyLen() != d.Len() {
		return false
	}
	for k, v := range d.All() {
		ov, ok := o.PyLookup(k)
		if !ok || !sameOrEq(v, ov) {
			return false
		}
	}
	return true
}

// PyConvert makes a *Dict[K, V] of a dict of other key or value types
// (PyConverter).
func (*Dict[K, V]) PyConvert(v any) (any, bool) {
	m, ok := v.(PyMapping)
	if !ok || !isDictType(m.PyTypeName()) {
		return nil, false
	}
	out := NewDict[K, V]()
	if f, ok := v.(flavored); ok {
		out.flavor = f.dictFlavor()
	}
	for k := range m.PyIter() {
		kk, ok := Convert[K](k)
		val, _ := m.PyLookup(k)
		vv, ok2 := Convert[V](val)
		if !ok || !ok2 {
			return nil, false
		}
		out.Set(kk, vv)
	}
	return out, true
}
