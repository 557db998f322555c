package py

import "hash/fnv"

// hash(): CPython's for the values whose hash does not depend on the
// process (numbers, tuples of them, named tuples and frozen dataclasses,
// which hash the tuple of their fields, and instances whose __hash__
// returns an int). A str hashes by FNV-1a: CPython randomises str hashes
// per process (PYTHONHASHSEED), so only equality of hashes can be relied
// on, which this keeps. Identity hashes (an instance without __eq__,
// None, a NaN) are addresses in CPython, and stop the program as
// unsupported.

// The constants of tuplehash (Objects/tupleobject.c, 64-bit).
const (
	xxPrime1 uint64 = 11400714785074694791
	xxPrime2 uint64 = 14029467366897019727
	xxPrime5 uint64 = 2870177450012600261
)

// PyHasher is an instance of a class that defines __hash__: PyHash is
// what the method returns.
type PyHasher interface{ PyHash() int }

// Hash is hash(v).
func Hash(v any) int {
	if h, ok := hashOf(v, forHash); ok {
		return int(h)
	}
	if f, ok := v.(float64); ok && f != f {
		Unsupported("hash() of a NaN")
	}
	checkHashable(v) // a list, dict or set or instance with __eq__ raises
	Unsupported("hash() of a " + TypeName(v))
	return 0
}

// processHash is hash(v) where CPython's is the same in every process,
// which a set needs to iterate in CPython's order: ok is false for a str
// (or a tuple holding one) and for values hashed by identity. A NaN, an
// identity hash in CPython, hashes to 0 here.
func processHash(v any) (int64, bool) { return hashOf(v, forOrder) }

// hashUse says what a hash is computed for.
type hashUse uint8

const (
	forHash  hashUse = iota // hash(): a str by FNV-1a, no NaN (an address in CPython)
	forOrder                // a set's order: no str, a NaN as 0 (see processHash)
)

// hashOf is hash(v) for use; ok is false for a value it cannot hash so.
func hashOf(v any, use hashUse) (int64, bool) {
	switch x := v.(type) {
	case PyUnhashable:
		return 0, false // a subclass's __eq__ reset the __hash__ it inherits
	case int:
		return hashInt(x), true
	case bool:
		return int64(BoolToInt(x)), true
	case float64:
		if x != x && use == forHash {
			return 0, false
		}
		return hashFloat(x), true
	case string:
		return strHash(x), use == forHash
	case pyInt:
		return hashInt(x.PyInt()), true // an IntEnum member hashes as its value
	case PyHasher:
		if h := x.PyHash(); h != -1 { // slot_tp_hash keeps what fits in a Py_hash_t
			return int64(h), true
		}
		return -2, true
	case PyHashKeyer:
		return tupleHash(x.PyHashKey(), use)
	}
	if isTuple(v) {
		return tupleHash(tupleItems(v.(PySequence)), use)
	}
	return 0, false
}

// tupleHash is CPython's tuplehash: xxHash's lanes over the items'
// hashes, with the length mixed in.
func tupleHash(items Tuple, use hashUse) (int64, bool) {
	acc := xxPrime5
	for _, x := range items {
		h, ok := hashOf(x, use)
		if !ok {
			return 0, false
		}
		acc += uint64(h) * xxPrime2
		acc = acc<<31 | acc>>33
		acc *= xxPrime1
	}
	acc += uint64(len(items)) ^ (xxPrime5 ^ 3527539)
	if acc == ^uint64(0) {
		return 1546275796, true
	}
	return int64(acc), true
}

// strHash is hash(s) of a str: FNV-1a, never -1 (CPython's error value).
func strHash(s string) int64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	if r := int64(h.Sum64()); r != -1 {
		return r
	}
	return -2
}
