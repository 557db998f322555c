package py

import (
	"iter"
	"math"
)

// The dynamic protocol of the runtime's containers.
//
// Go generics are invariant: a *List[any] and a *List[string] are two
// unrelated Go types, where Python has one list type. Generated code gives
// each value the most precise Go type inference finds, so a list of strs
// typed statically meets a *List[any] (or a list held in an any) wherever
// inference saw mixed types, and the two must behave as CPython's lists
// do: compare equal, concatenate, find each other's items. Every helper
// that takes containers of unknown type therefore first tries its fast
// path (one instantiation on both sides) and otherwise falls back to the
// non-generic interfaces below, which every instantiation of List, Dict,
// Set and the tuple types implements: the length, item i as an any,
// iteration as anys, lookup of a key of any type. Converting a container
// to another instantiation (As, ListConcat, ListExtend) is PyConverter.
//
// Numbers that are equal in Python are one key: a dict of ints finds 1.0
// and True (keyAs); a dict or set whose keys are any stores 1, 1.0 and
// True under one normalised key (normKey) and keeps the first one
// inserted, as CPython does.

// PySequence is a list or a tuple seen item by item.
type PySequence interface {
	PyLen() int
	PyItem(i int) any
	PyTypeName() string
}

// PyIterable is a value that `for x in v` iterates over: a list or a
// tuple yields its items, a dict its keys, a set its elements.
type PyIterable interface{ PyIter() iter.Seq[any] }

// PyMapping is a dict of any instantiation: its keys (PyIter) and the
// value of a key of any type.
type PyMapping interface {
	PyLen() int
	PyTypeName() string
	PyIter() iter.Seq[any]
	PyLookup(key any) (any, bool)
}

// PySetLike is a set of any instantiation.
type PySetLike interface {
	PyLen() int
	PyTypeName() string
	PyIter() iter.Seq[any]
	PyContains(item any) bool
}

// PyConverter is implemented by the zero value of every container type
// (a nil *List[T], *Dict[K, V] or *Set[T], a zero tuple): PyConvert(v)
// returns the same Python value as v with the receiver's Go type, a new
// container holding v's items each converted by Convert. ok is false when
// v is not a container of the receiver's Python type or one of its items
// does not convert.
type PyConverter interface{ PyConvert(v any) (any, bool) }

// Convert returns v with the Go type T when T can hold the very Python
// value v is: v itself when it has type T (or T is any), else a copy of a
// container of another instantiation whose items all convert. Numbers
// never change type: an int does not convert to float64, whose repr
// differs. A converted container is a new object, so a change made
// through it is not seen through v; generated code converts a container
// only where inference typed one value two ways, as a fallback.
func Convert[T any](v any) (T, bool) {
	if x, ok := v.(T); ok {
		return x, true
	}
	var zero T
	if v == nil {
		return zero, any(zero) == nil // None fits an interface type only
	}
	if c, ok := any(zero).(PyConverter); ok {
		if r, ok := c.PyConvert(v); ok {
			return r.(T), true
		}
	}
	return zero, false
}

// asItem is Convert for an item that inference says fits T; a failure
// is a value of another type where CPython would have no types at all,
// reported as a TypeError naming both.
func asItem[T any](v any) T {
	x, ok := Convert[T](v)
	if !ok {
		Raise(TypeError.New("expected " + TypeName(x) + ", got " + TypeName(v)))
	}
	return x
}

// seqAs converts a list or tuple (as Python type name says) item by item
// with conv, for PyConvert.
func seqAs[T any](v any, name string) ([]T, bool) {
	s, ok := v.(PySequence)
	if !ok || s.PyTypeName() != name && !(name == "tuple" && isTuple(v)) {
		return nil, false
	}
	out := make([]T, s.PyLen())
	for i := range out {
		x, ok := Convert[T](s.PyItem(i))
		if !ok {
			return nil, false
		}
		out[i] = x
	}
	return out, true
}

// Iter is `for x in v` over a value of dynamic type: the characters of a
// str, the items of a list or tuple, the keys of a dict, the elements of
// a set; TypeError for anything else.
func Iter(v any) iter.Seq[any] {
	switch x := v.(type) {
	case string:
		return func(yield func(any) bool) {
			for _, r := range x {
				if !yield(string(r)) {
					return
				}
			}
		}
	case PyIterable:
		if !isNilInstance(v) { // an optional instance that is None
			return x.PyIter()
		}
	}
	Raise(TypeError.New("'" + TypeName(v) + "' object is not iterable"))
	return nil
}

// NextSeq is the items of an iterator of the program's own: what next,
// its __next__, returns until it raises StopIteration. Each item is asked
// for when the loop gets to it, as CPython does.
func NextSeq(next func() any) iter.Seq[any] {
	return func(yield func(any) bool) {
		for {
			v, ok := callNext(next)
			if !ok || !yield(v) {
				return
			}
		}
	}
}

// NextOrDefault is next(it, def) of such an iterator: def when its
// __next__ raises StopIteration.
func NextOrDefault[T any](next func() T, def T) T {
	if v, ok := callNext(next); ok {
		return v
	}
	return def
}

// callNext calls next; ok is false when it raised StopIteration.
func callNext[T any](next func() T) (v T, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if Catch(r, StopIteration) == nil {
				panic(r)
			}
			ok = false
		}
	}()
	return next(), true
}

// Next is next(iter(x)) where seq is Iter(x): the first item, as the
// static type T the compiler found for x's items; StopIteration when x
// has none.
func Next[T any](seq iter.Seq[any]) T {
	if t, ok := first[T](seq); ok {
		return t
	}
	Raise(StopIteration.New())
	panic("unreachable")
}

// NextOr is next(iter(x), def).
func NextOr[T any](seq iter.Seq[any], def T) T {
	if t, ok := first[T](seq); ok {
		return t
	}
	return def
}

func first[T any](seq iter.Seq[any]) (T, bool) {
	for v := range seq {
		t, ok := v.(T)
		if !ok && v != nil {
			Unsupported("next() of an item of type " + TypeName(v))
		}
		return t, true
	}
	var zero T
	return zero, false
}

// keyAs returns k as a key of type K equal to it in Python: Convert, or
// a number of another type with the same value (1.0 and True find the
// key 1 of a dict of ints, 1 the key 1.0 of a dict of floats).
func keyAs[K any](k any) (K, bool) {
	if x, ok := Convert[K](k); ok {
		return x, true
	}
	var r K
	if t, ok := any(r).(pyKeyer); ok {
		if x, ok := t.pyKeyAs(k); ok {
			return x.(K), true
		}
		return r, false
	}
	kind, i, f := numeric(k)
	if kind == 0 {
		return r, false
	}
	switch p := any(&r).(type) {
	case *int:
		if kind == 1 {
			*p = i
			return r, true
		}
		if f == math.Trunc(f) && f >= -(1<<63) && f < 1<<63 {
			*p = int(f)
			return r, true
		}
	case *float64:
		if kind == 1 && exactFloat(i) {
			*p = float64(i)
			return r, true
		}
	case *bool:
		if kind == 1 && (i == 0 || i == 1) || kind == 2 && (f == 0 || f == 1) {
			*p = kind == 1 && i == 1 || kind == 2 && f == 1
			return r, true
		}
	}
	return r, false
}

// pyKeyer is a tuple type, whose zero value converts a tuple key item by
// item with keyAs ((1.0, 'a') finds the key (1, 'a') of a dict of
// tuple[int, str]).
type pyKeyer interface{ pyKeyAs(k any) (any, bool) }

// exactFloat reports whether float64(i) is exactly i, as Python's
// int == float compares exactly.
func exactFloat(i int) bool {
	f := float64(i)
	return f < 1<<63 && int(f) == i
}

// tupleKey and tupleEnd spell a tuple key of a dict or set of any: a
// chain of (normalised item, rest) pairs, comparable whatever the
// tuple's Go type and length.
type (
	tupleKey struct{ item, rest any }
	tupleEnd struct{}
)

// normKey is the Go map key of a Python key held as any: equal numbers
// (True, 1, 1.0) become the same int, tuples a chain of normalised items;
// a list, dict or set raises TypeError, being unhashable.
func normKey(k any) any {
	switch x := k.(type) {
	case nil, int, string, NoneType:
		return k
	case bool:
		return BoolToInt(x)
	case float64:
		if x == math.Trunc(x) && x >= -(1<<63) && x < 1<<63 {
			return int(x)
		}
		return k
	case PySequence:
		if isTuple(x) { // a named tuple is the key of its tuple
			var key any = tupleEnd{}
			for i := x.PyLen() - 1; i >= 0; i-- {
				key = tupleKey{normKey(x.PyItem(i)), key}
			}
			return key
		}
	case PyHashKeyer:
		return valueKey{x.PyTypeName(), normKey(x.PyHashKey())}
	case pyInt:
		return x.PyInt() // an IntEnum member is the key of its value
	case PyTypeNamer:
		if x.PyTypeName() == "frozenset" {
			Unsupported("a frozenset as a dict key or set element")
		}
	}
	checkHashable(k) // a list, dict or set raises
	return k
}

// checkHashable raises CPython's TypeError for a list, dict or set (or a
// tuple holding one) used as a key.
func checkHashable(k any) {
	if _, ok := k.(PyUnhashable); ok {
		unhashable(k)
	}
	x, ok := k.(PyTypeNamer)
	if !ok {
		return
	}
	switch x.PyTypeName() {
	case "tuple":
		if s, ok := k.(PySequence); ok {
			for i := range s.PyLen() {
				checkHashable(s.PyItem(i))
			}
		}
	case "list", "set":
		unhashable(k)
	default:
		if isDictType(x.PyTypeName()) {
			unhashable(k)
		}
	}
}

func unhashable(k any) {
	Raise(TypeError.New("unhashable type: '" + TypeName(k) + "'"))
}

// UnpackAny2 is `a, b = v` for a v of dynamic type.
func UnpackAny2(v any) (any, any) {
	items := UnpackAny(v, 2)
	return items[0], items[1]
}

// UnpackAny3 is `a, b, c = v` for a v of dynamic type.
func UnpackAny3(v any) (any, any, any) {
	items := UnpackAny(v, 3)
	return items[0], items[1], items[2]
}

// UnpackAny takes the want items of v, raising CPython's TypeError for a
// v that is not iterable and ValueError for one with another count: the
// items a nested or wide target (`(a, b), c = v`) unpacks.
func UnpackAny(v any, want int) []any {
	switch v.(type) {
	case string, PyIterable:
	default:
		Raise(TypeError.New("cannot unpack non-iterable " + TypeName(v) + " object"))
	}
	var items []any
	for x := range Iter(v) {
		if len(items) == want {
			unpackCount(want+1, want)
		}
		items = append(items, x)
	}
	unpackCount(len(items), want)
	return items
}
