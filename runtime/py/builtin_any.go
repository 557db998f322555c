package py

import "math"

// Built-in functions and operators on values of dynamic type, with
// CPython's TypeError where they do not apply.

// pySlicer is a sequence that slicing copies: a list.
type pySlicer interface{ PySlice(lo, hi, step *int) any }

// PySlice is l[lo:hi:step] for a list held as any.
func (l *List[T]) PySlice(lo, hi, step *int) any { return l.Slice(lo, hi, step) }

// SliceAny is v[lo:hi:step]; nil bounds are omitted ones.
func SliceAny(v any, lo, hi, step *int) any {
	switch x := v.(type) {
	case string:
		return StrSlice(x, lo, hi, step)
	case pySlicer:
		return x.PySlice(lo, hi, step)
	case PySequence: // a tuple (or a named tuple): a new tuple
		start, _, st, n := sliceIndices(lo, hi, step, x.PyLen())
		out := make(Tuple, n)
		for i := range n {
			out[i] = x.PyItem(start + i*st)
		}
		return out
	case PyMapping:
		Raise(TypeError.New("unhashable type: 'slice'"))
	}
	Raise(TypeError.New("'" + TypeName(v) + "' object is not subscriptable"))
	return nil
}

// AbsAny is abs(v).
func AbsAny(v any) any {
	switch k, i, f := numeric(v); k {
	case 1:
		return IntAbs(i)
	case 2:
		return math.Abs(f)
	}
	Raise(TypeError.New("bad operand type for abs(): '" + TypeName(v) + "'"))
	return nil
}

// RoundAny is round(v): an int.
func RoundAny(v any) int {
	switch k, i, f := numeric(v); k {
	case 1:
		return i
	case 2:
		return Round(f)
	}
	noRound(v)
	return 0
}

// RoundNAny is round(v, n): an int for an int, a float for a float.
func RoundNAny(v any, n int) any {
	switch k, i, f := numeric(v); k {
	case 1:
		return RoundInt(i, n)
	case 2:
		return RoundN(f, n)
	}
	noRound(v)
	return nil
}

func noRound(v any) {
	Raise(TypeError.New("type " + TypeName(v) + " doesn't define __round__ method"))
}

// IntAny is int(v).
func IntAny(v any) int {
	if s, ok := v.(string); ok {
		return IntFromString(s)
	}
	switch k, i, f := numeric(v); k {
	case 1:
		return i
	case 2:
		return IntFromFloat(f)
	}
	Raise(TypeError.New("int() argument must be a string, a bytes-like object or a real number, not '" + TypeName(v) + "'"))
	return 0
}

// FloatAny is float(v).
func FloatAny(v any) float64 {
	if s, ok := v.(string); ok {
		return FloatFromString(s)
	}
	if k, _, f := numeric(v); k != 0 {
		return f
	}
	Raise(TypeError.New("float() argument must be a string or a real number, not '" + TypeName(v) + "'"))
	return 0
}

// AndAny is a & b: a bool for two bools, else an int.
func AndAny(a, b any) any { return bitwise(a, b, "&", func(x, y int) int { return x & y }) }

// OrAny is a | b.
func OrAny(a, b any) any { return bitwise(a, b, "|", func(x, y int) int { return x | y }) }

// XorAny is a ^ b.
func XorAny(a, b any) any { return bitwise(a, b, "^", func(x, y int) int { return x ^ y }) }

// pyBitwise is implemented by the containers that give | & ^ a meaning
// (dicts and Counters).
type pyBitwise interface {
	PyBitwise(op string, other any) (any, bool)
}

func bitwise(a, b any, op string, f func(x, y int) int) any {
	ka, ia, _ := numeric(a)
	kb, ib, _ := numeric(b)
	if ka != 1 || kb != 1 {
		if x, ok := a.(pyBitwise); ok {
			if r, ok := x.PyBitwise(op, b); ok {
				return r
			}
		}
		unsupported(op, a, b)
	}
	r := f(ia, ib)
	_, boolA := a.(bool)
	_, boolB := b.(bool)
	if boolA && boolB {
		return r != 0
	}
	return r
}

// InvertAny is ~v: an int (~True is -2).
func InvertAny(v any) int {
	if k, i, _ := numeric(v); k == 1 {
		return ^i
	}
	Raise(TypeError.New("bad operand type for unary ~: '" + TypeName(v) + "'"))
	return 0
}

// StrOf is the receiver of a str method called on a value of dynamic
// type: AttributeError unless it is a str.
func StrOf(v any, method string) string {
	s, ok := v.(string)
	if !ok {
		Raise(AttributeError.New("'" + TypeName(v) + "' object has no attribute '" + method + "'"))
	}
	return s
}

// GetItemAny is v[k] for a v of dynamic type: a str's character, a list's
// or tuple's item, a dict's value.
func GetItemAny(v, k any) any {
	switch x := v.(type) {
	case PyGetItemer:
		if !isNilInstance(v) {
			return x.PyGetItem(k)
		}
	case string:
		ki, i, _ := numeric(k)
		if ki != 1 {
			Raise(TypeError.New("string indices must be integers, not '" + TypeName(k) + "'"))
		}
		return StrIndex(x, i)
	case PyMapping:
		val, ok := x.PyLookup(k)
		if !ok {
			Raise(KeyError.New(k))
		}
		return val
	case PySequence:
		name := x.PyTypeName()
		if isTuple(x) {
			name = "tuple" // a named tuple's messages are tuple's
		}
		return x.PyItem(index(intIndex(name, k), x.PyLen(), name+" index out of range"))
	}
	Raise(TypeError.New("'" + TypeName(v) + "' object is not subscriptable"))
	return nil
}

// pyItemSetter is a container of the runtime whose items x[k] = v sets
// for an x of dynamic type.
type pyItemSetter interface{ PySetItem(k, v any) }

// SetItemAny is x[k] = v of an x of dynamic type: a dict or a list held
// as any (a key or value its Go element types cannot hold stops the
// program as unsupported), CPython's TypeError for values without item
// assignment.
func SetItemAny(x, k, v any) {
	switch c := x.(type) {
	case pyItemSetter:
		if !isNilInstance(x) {
			c.PySetItem(k, v)
			return
		}
	case PyObject:
		if !isNilInstance(x) { // an instance: its class may define __setitem__
			Unsupported("item assignment on a " + TypeName(x) + " held as a dynamic value")
		}
	}
	Raise(TypeError.New("'" + TypeName(x) + "' object does not support item assignment"))
}

// DelItemAny is del x[k] of an x of dynamic type: an item of a dict or a
// list held as any, CPython's TypeError for values without item
// deletion.
func DelItemAny(x, k any) {
	if c, ok := x.(interface{ PyDelItem(k any) }); ok && !isNilInstance(x) {
		c.PyDelItem(k)
		return
	}
	if _, ok := x.(PyObject); ok && !isNilInstance(x) { // its class may define __delitem__
		Unsupported("item deletion on a " + TypeName(x) + " held as a dynamic value")
	}
	Raise(TypeError.New("'" + TypeName(x) + "' object does not support item deletion"))
}

// DivModAny is divmod(a, b).
func DivModAny(a, b any) any {
	ka, ia, fa := numeric(a)
	kb, ib, fb := numeric(b)
	switch {
	case ka == 1 && kb == 1:
		return DivMod(ia, ib)
	case ka != 0 && kb != 0:
		return FloatDivMod(fa, fb)
	}
	unsupported("divmod()", a, b)
	return nil
}

// DictGet is x.get(k, def) for a value of dynamic type: a dict's value
// for k, or def; AttributeError for anything but a dict.
func DictGet(x, k, def any) any {
	m, ok := x.(PyMapping)
	if !ok {
		Raise(AttributeError.New("'" + TypeName(x) + "' object has no attribute 'get'"))
	}
	if v, ok := m.PyLookup(k); ok {
		return v
	}
	return def
}

// CountAny is v.count(x) for a v of dynamic type: a str's count of a
// substring, a list's or tuple's count of items equal to x.
func CountAny(v, x any) int {
	switch s := v.(type) {
	case string:
		return StrCount(s, strArgument(x))
	case PySequence:
		n := 0
		for i := range s.PyLen() {
			if sameOrEq(s.PyItem(i), x) {
				n++
			}
		}
		return n
	}
	Raise(AttributeError.New("'" + TypeName(v) + "' object has no attribute 'count'"))
	return 0
}

// IndexAny is v.index(x) for a v of dynamic type: where a substring
// starts in a str, or the first item equal to x in a list or tuple.
func IndexAny(v, x any) int {
	switch s := v.(type) {
	case string:
		return StrIndexOf(s, strArgument(x))
	case PySequence:
		for i := range s.PyLen() {
			if sameOrEq(s.PyItem(i), x) {
				return i
			}
		}
		if isTuple(s) { // a named tuple's message is tuple's
			Raise(ValueError.New("tuple.index(x): x not in tuple"))
		}
		Raise(ValueError.New(Repr(x) + " is not in list"))
	}
	Raise(AttributeError.New("'" + TypeName(v) + "' object has no attribute 'index'"))
	return 0
}

// strArgument is the argument of a str method that takes a str.
func strArgument(x any) string {
	s, ok := x.(string)
	if !ok {
		Raise(TypeError.New("must be str, not " + TypeName(x)))
	}
	return s
}

// RemoveAny is v.remove(x) for a list v and an x that is not of its
// items' Go type: the first item equal to x by Python's == goes.
func RemoveAny(v, x any) {
	l, ok := v.(interface {
		PySequence
		Del(i int)
	})
	if !ok || l.PyTypeName() != "list" {
		Raise(AttributeError.New("'" + TypeName(v) + "' object has no attribute 'remove'"))
	}
	for i := range l.PyLen() {
		if sameOrEq(l.PyItem(i), x) {
			l.Del(i)
			return
		}
	}
	Raise(ValueError.New("list.remove(x): x not in list"))
}

// StarArgs are the values a starred argument of fn (print(*xs)) passes:
// the items of a list or tuple, the characters of a str, the keys of a
// dict, the elements of a set.
func StarArgs(fn string, v any) []any {
	var out []any
	switch x := v.(type) {
	case string:
		for _, r := range x {
			out = append(out, string(r))
		}
	case PySequence:
		out = make([]any, x.PyLen())
		for i := range out {
			out[i] = x.PyItem(i)
		}
	case PyIterable:
		for item := range x.PyIter() {
			out = append(out, item)
		}
	default:
		Raise(TypeError.New(fn + "() argument after * must be an iterable, not " + TypeName(v)))
	}
	return out
}

// intIndex is k as an index of a sequence of Python type name (bools
// count as ints): CPython's TypeError for anything else.
func intIndex(name string, k any) int {
	ki, i, _ := numeric(k)
	if ki != 1 {
		Raise(TypeError.New(name + " indices must be integers or slices, not " + TypeName(k)))
	}
	return i
}
