package py

import "hash/fnv"

// hash(): CPython's for the values whose hash does not depend on the
// process (numbers, tuples of them, named tuples and frozen dataclasses,
// which hash the tuple of their fields). A str hashes by FNV-1a: CPython
// randomises str hashes per process (PYTHONHASHSEED), so only equality
// of hashes can be relied on, which this keeps. Identity hashes (an
// instance without __eq__, None, a NaN) are addresses in CPython, and
// stop the program as unsupported.

// The constants of tuplehash (Objects/tupleobject.c, 64-bit).
const (
	xxPrime1 uint64 = 11400714785074694791
	xxPrime2 uint64 = 14029467366897019727
	xxPrime5 uint64 = 2870177450012600261
)

// Hash is hash(v).
func Hash(v any) int {
	switch x := v.(type) {
	case int:
		return int(hashInt(x))
	case bool:
		return BoolToInt(x)
	case float64:
		if x != x {
			Unsupported("hash() of a NaN")
		}
		return int(hashFloat(x))
	case string:
		return strHash(x)
	case pyInt:
		return int(hashInt(x.PyInt())) // an IntEnum member hashes as its value
	case PyHashKeyer:
		return tupleHash(x.PyHashKey())
	}
	if isTuple(v) {
		return tupleHash(tupleItems(v.(PySequence)))
	}
	checkHashable(v) // a list, dict, set or instance with __eq__ raises
	Unsupported("hash() of a " + TypeName(v))
	return 0
}

// tupleHash is CPython's tuplehash: xxHash's lanes over the items'
// hashes, with the length mixed in.
func tupleHash(items Tuple) int {
	acc := xxPrime5
	for _, x := range items {
		acc += uint64(Hash(x)) * xxPrime2
		acc = acc<<31 | acc>>33
		acc *= xxPrime1
	}
	acc += uint64(len(items)) ^ (xxPrime5 ^ 3527539)
	if acc == ^uint64(0) {
		return 1546275796
	}
	return int(acc)
}

// strHash is hash(s) of a str: FNV-1a, never -1 (CPython's error value).
func strHash(s string) int {
	h := fnv.New64a()
	h.Write([]byte(s))
	if r := int(h.Sum64()); r != -1 {
		return r
	}
	return -2
}
