package py

import (
	"fmt"
	"math"
	"reflect"
	"strings"
)

// Operations on values whose static type is unknown (`any`), with
// CPython's numeric tower (bool < int < float) and its TypeError texts.

// PyTypeNamer gives a generated class's Python name to error messages.
type PyTypeNamer interface{ PyTypeName() string }

// PyLener is a value with len().
type PyLener interface{ PyLen() int }

// PyEqer is a value with its own __eq__.
type PyEqer interface{ PyEq(other any) bool }

// PyContainer is a value with its own __contains__.
type PyContainer interface{ PyContains(item any) bool }

// PyBooler is a value with its own __bool__.
type PyBooler interface{ PyBool() bool }

// PyGetItemer is a value with its own __getitem__.
type PyGetItemer interface{ PyGetItem(k any) any }

// TypeName is type(v).__name__.
func TypeName(v any) string {
	switch x := v.(type) {
	case nil, NoneType:
		return "NoneType"
	case int, int64, int32:
		return "int"
	case float64, float32:
		return "float"
	case bool:
		return "bool"
	case string:
		return "str"
	case *Exc:
		if x == nil {
			return "NoneType"
		}
		return x.Class.Name
	case *Class, *ExcClass:
		return "type"
	case PyTypeNamer:
		if isNilInstance(v) {
			return "NoneType"
		}
		return x.PyTypeName()
	}
	return fmt.Sprintf("%T", v)
}

// KnownTypeName is type(v).__name__ of a value of type any: TypeName,
// whose fallback (Go's name for the runtime's tasks, queues and locks)
// stops the program as unsupported instead of naming them otherwise than
// CPython does.
func KnownTypeName(v any) string {
	name := TypeName(v)
	if strings.ContainsAny(name, "*.[") {
		Unsupported("type() of a value of Go type " + name)
	}
	return name
}

// isNilInstance reports whether v is a nil pointer: an optional instance
// of a class of the program that is None (codegen/optional.go), which
// generated code passes to the runtime's printing and type functions as
// is.
func isNilInstance(v any) bool {
	r := reflect.ValueOf(v)
	return r.Kind() == reflect.Pointer && r.IsNil()
}

// isNone reports whether v is None, also as a nil instance.
func isNone(v any) bool {
	switch v.(type) {
	case nil, NoneType:
		return true
	}
	return isNilInstance(v)
}

// numeric classifies a value of the numeric tower: 0 not a number, 1 int
// (bool included), 2 float.
func numeric(v any) (kind int, i int, f float64) {
	switch x := v.(type) {
	case int:
		return 1, x, float64(x)
	case bool:
		b := BoolToInt(x)
		return 1, b, float64(b)
	case float64:
		return 2, 0, x
	case int64:
		return 1, int(x), float64(x)
	case float32:
		return 2, 0, float64(x)
	case pyInt:
		i := x.PyInt()
		return 1, i, float64(i)
	}
	return 0, 0, 0
}

func unsupported(op string, a, b any) {
	Raise(TypeError.New("unsupported operand type(s) for " + op + ": '" + TypeName(a) + "' and '" + TypeName(b) + "'"))
}

// pyConcat is implemented by sequences that support +.
type pyConcat interface{ PyConcat(other any) (any, bool) }

// pyRepeat is implemented by sequences that support * int.
type pyRepeat interface{ PyRepeat(n int) any }

// PyRepeat is l * n for a list held as any.
func (l *List[T]) PyRepeat(n int) any { return l.Repeat(n) }

// Add is a + b.
func Add(a, b any) any {
	ka, ia, fa := numeric(a)
	kb, ib, fb := numeric(b)
	switch {
	case ka == 1 && kb == 1:
		return IntAdd(ia, ib)
	case ka != 0 && kb != 0:
		return fa + fb
	}
	switch x := a.(type) {
	case string:
		if y, ok := b.(string); ok {
			return x + y
		}
		Raise(TypeError.New("can only concatenate str (not \"" + TypeName(b) + "\") to str"))
	case pyConcat:
		if r, ok := x.PyConcat(b); ok {
			return r
		}
	}
	if s, ok := a.(PySequence); ok {
		if isTuple(s) && isTuple(b) {
			return append(tupleItems(s), tupleItems(b.(PySequence))...)
		}
		Raise(TypeError.New("can only concatenate " + s.PyTypeName() + " (not \"" + TypeName(b) + "\") to " + s.PyTypeName()))
	}
	unsupported("+", a, b)
	return nil
}

// Sub is a - b.
func Sub(a, b any) any {
	ka, ia, fa := numeric(a)
	kb, ib, fb := numeric(b)
	switch {
	case ka == 1 && kb == 1:
		return IntSub(ia, ib)
	case ka != 0 && kb != 0:
		return fa - fb
	}
	if x, ok := a.(pyBitwise); ok {
		if r, ok := x.PyBitwise("-", b); ok {
			return r
		}
	}
	unsupported("-", a, b)
	return nil
}

// Mul is a * b, including sequence repetition.
func Mul(a, b any) any {
	ka, ia, fa := numeric(a)
	kb, ib, fb := numeric(b)
	switch {
	case ka == 1 && kb == 1:
		return IntMul(ia, ib)
	case ka != 0 && kb != 0:
		return fa * fb
	}
	seq, count := a, b
	if !isSeq(a) {
		seq, count = b, a
	}
	if isSeq(seq) {
		k, n, _ := numeric(count)
		if k != 1 {
			Raise(TypeError.New("can't multiply sequence by non-int of type '" + TypeName(count) + "'"))
		}
		switch s := seq.(type) {
		case string:
			return StrRepeat(s, n)
		case pyRepeat:
			return s.PyRepeat(n)
		case PySequence: // a tuple
			items, out := tupleItems(s), Tuple{}
			for range n {
				out = append(out, items...)
			}
			return out
		}
	}
	unsupported("*", a, b)
	return nil
}

func isSeq(v any) bool {
	switch v.(type) {
	case string, pyRepeat:
		return true
	}
	return isTuple(v)
}

// tupleItems is the items of a tuple of any instantiation, as a Tuple.
func tupleItems(s PySequence) Tuple {
	if t, ok := s.(Tuple); ok {
		return append(Tuple{}, t...)
	}
	out := make(Tuple, s.PyLen())
	for i := range out {
		out[i] = s.PyItem(i)
	}
	return out
}

// Div is a / b: always a float for numbers.
func Div(a, b any) any {
	ka, ia, fa := numeric(a)
	kb, ib, fb := numeric(b)
	switch {
	case ka == 1 && kb == 1:
		return IntTrueDiv(ia, ib)
	case ka != 0 && kb != 0:
		return TrueDiv(fa, fb)
	}
	unsupported("/", a, b)
	return nil
}

// FloorDivAny is a // b.
func FloorDivAny(a, b any) any {
	ka, ia, fa := numeric(a)
	kb, ib, fb := numeric(b)
	switch {
	case ka == 1 && kb == 1:
		return FloorDiv(ia, ib)
	case ka != 0 && kb != 0:
		return FloatFloorDiv(fa, fb)
	}
	unsupported("//", a, b)
	return nil
}

// ModAny is a % b for numbers (printf-style str % args is not supported).
func ModAny(a, b any) any {
	ka, ia, fa := numeric(a)
	kb, ib, fb := numeric(b)
	switch {
	case ka == 1 && kb == 1:
		return Mod(ia, ib)
	case ka != 0 && kb != 0:
		return FloatMod(fa, fb)
	}
	unsupported("%", a, b)
	return nil
}

// Pow is a ** b: an int for int ** non-negative int, else a float.
func Pow(a, b any) any {
	ka, ia, fa := numeric(a)
	kb, ib, fb := numeric(b)
	switch {
	case ka == 1 && kb == 1 && ib >= 0:
		return IntPow(ia, ib)
	case ka != 0 && kb != 0:
		return FloatPow(fa, fb)
	}
	unsupported("** or pow()", a, b)
	return nil
}

// LShift is a << b for ints and bools; TypeError for anything else.
func LShift(a, b any) any {
	ka, ia, _ := numeric(a)
	kb, ib, _ := numeric(b)
	if ka != 1 || kb != 1 {
		unsupported("<<", a, b)
	}
	return IntLShift(ia, ib)
}

// RShift is a >> b for ints and bools; TypeError for anything else.
func RShift(a, b any) any {
	ka, ia, _ := numeric(a)
	kb, ib, _ := numeric(b)
	if ka != 1 || kb != 1 {
		unsupported(">>", a, b)
	}
	return IntRShift(ia, ib)
}

// Neg is -a.
func Neg(a any) any {
	switch k, i, f := numeric(a); k {
	case 1:
		return IntNeg(i)
	case 2:
		return -f
	}
	Raise(TypeError.New("bad operand type for unary -: '" + TypeName(a) + "'"))
	return nil
}

// Eq is a == b: numbers by value across int, float and bool; strings;
// lists and tuples element-wise; values with PyEq; otherwise identity
// (Go ==). It never raises.
func Eq(a, b any) bool {
	if x, y, ok := strPair(a, b); ok {
		return x == y
	}
	ka, ia, fa := numeric(a)
	kb, ib, fb := numeric(b)
	switch {
	case ka == 1 && kb == 1:
		return ia == ib
	case ka != 0 && kb != 0:
		return fa == fb
	case isComparer(a, b):
		return richEq(a, b, "==")
	case ka != 0 || kb != 0:
		return false
	}
	switch x := a.(type) {
	case string:
		y, ok := b.(string)
		return ok && x == y
	case nil, NoneType:
		switch b.(type) {
		case nil, NoneType:
			return true
		}
		return false
	case PyEqer:
		if isNilInstance(a) || isNilInstance(b) { // an optional instance that is None
			return isNone(a) && isNone(b)
		}
		return x.PyEq(b)
	case PySequence:
		y, ok := b.(PySequence)
		if !ok || x.PyTypeName() != y.PyTypeName() || x.PyLen() != y.PyLen() {
			return false
		}
		for i := range x.PyLen() {
			if !sameOrEq(x.PyItem(i), y.PyItem(i)) {
				return false
			}
		}
		return true
	}
	if t := reflect.TypeOf(a); t != reflect.TypeOf(b) || !t.Comparable() {
		return false
	}
	return a == b
}

// strPair returns a and b when both are strs, the common case that
// Eq and compare settle before looking further.
func strPair(a, b any) (x, y string, ok bool) {
	if x, ok = a.(string); ok {
		y, ok = b.(string)
	}
	return x, y, ok
}

// Ne is a != b.
func Ne(a, b any) bool {
	if isComparer(a, b) {
		return richEq(a, b, "!=")
	}
	return !Eq(a, b)
}

// compare orders a and b for op ("<", "<=", ">", ">="), raising CPython's
// TypeError for unorderable pairs.
func compare(a, b any, op string) bool {
	ka, ia, fa := numeric(a)
	kb, ib, fb := numeric(b)
	if ka == 1 && kb == 1 {
		return cmpResult(op, ia < ib, ia == ib)
	}
	if x, y, ok := strPair(a, b); ok {
		return cmpResult(op, x < y, x == y)
	}
	if ka != 0 && kb != 0 {
		if math.IsNaN(fa) || math.IsNaN(fb) {
			return false
		}
		return cmpResult(op, fa < fb, fa == fb)
	}
	if isComparer(a, b) {
		if r, ok := richCompare(a, b, op); ok {
			return r
		}
		return unorderable(a, b, op)
	}
	switch x := a.(type) {
	case PySequence:
		if y, ok := b.(PySequence); ok && x.PyTypeName() == y.PyTypeName() {
			n, m := x.PyLen(), y.PyLen()
			for i := 0; i < n && i < m; i++ {
				if xi, yi := x.PyItem(i), y.PyItem(i); !sameOrEq(xi, yi) {
					return compare(xi, yi, op)
				}
			}
			return cmpResult(op, n < m, n == m)
		}
	}
	if x, ok := a.(PySetLike); ok && isSetType(x.PyTypeName()) {
		if y, ok := b.(PySetLike); ok && isSetType(y.PyTypeName()) {
			return setCompare(x, y, op)
		}
	}
	return unorderable(a, b, op)
}

// unorderable raises CPython's TypeError for a op b.
func unorderable(a, b any, op string) bool {
	Raise(TypeError.New("'" + op + "' not supported between instances of '" + TypeName(a) + "' and '" + TypeName(b) + "'"))
	return false
}

// setCompare is op of two sets, the subset tests: a <= b when b holds
// every element of a, a < b when it also holds others.
func setCompare(a, b PySetLike, op string) bool {
	if op == ">" || op == ">=" {
		a, b = b, a
	}
	if a.PyLen() > b.PyLen() || (op == "<" || op == ">") && a.PyLen() == b.PyLen() {
		return false
	}
	for x := range a.PyIter() {
		if !b.PyContains(x) {
			return false
		}
	}
	return true
}

func cmpResult(op string, lt, eq bool) bool {
	switch op {
	case "<":
		return lt
	case "<=":
		return lt || eq
	case ">":
		return !lt && !eq
	}
	return !lt
}

// Lt is a < b.
func Lt(a, b any) bool { return compare(a, b, "<") }

// Le is a <= b.
func Le(a, b any) bool { return compare(a, b, "<=") }

// Gt is a > b.
func Gt(a, b any) bool { return compare(a, b, ">") }

// Ge is a >= b.
func Ge(a, b any) bool { return compare(a, b, ">=") }

// Truth is bool(v).
func Truth(v any) bool {
	switch x := v.(type) {
	case nil, NoneType:
		return false
	case bool:
		return x
	case int:
		return x != 0
	case float64:
		return x != 0
	case string:
		return x != ""
	case PyBooler:
		return x.PyBool()
	case PyLener:
		return x.PyLen() != 0
	}
	return true
}

// Len is len(v).
func Len(v any) int {
	switch x := v.(type) {
	case string:
		return StrLen(x)
	case PyLener:
		if !isNilInstance(v) {
			return x.PyLen()
		}
	}
	Raise(TypeError.New("object of type '" + TypeName(v) + "' has no len()"))
	return 0
}

// In is `item in container` for a container held as any. Its
// parameters come in Python's order of evaluation, item first.
func In(item, container any) bool {
	switch c := container.(type) {
	case string:
		s, ok := item.(string)
		if !ok {
			Raise(TypeError.New("'in <string>' requires string as left operand, not " + TypeName(item)))
		}
		return StrIn(s, c)
	case PyContainer:
		if !isNilInstance(container) {
			return c.PyContains(item)
		}
	case PySequence:
		for i := range c.PyLen() {
			if sameOrEq(c.PyItem(i), item) {
				return true
			}
		}
		return false
	case PyIterable: // an instance whose class defines __iter__
		if !isNilInstance(container) {
			for x := range c.PyIter() {
				if sameOrEq(x, item) {
					return true
				}
			}
			return false
		}
	}
	Raise(TypeError.New("argument of type '" + TypeName(container) + "' is not iterable"))
	return false
}

// InBy is `item in c` for a typed container c, given its Contains
// method: generated code calls c.Contains(item) directly unless
// evaluating c could change item, since Go evaluates a method's
// receiver before its arguments and Python the item first.
func InBy[T any](item T, contains func(T) bool) bool { return contains(item) }

// SumAny is sum(v) for an iterable of dynamic type or of items of mixed
// types: the items added from 0 with Python's +.
func SumAny(v any) any {
	var s any = 0
	for x := range Iter(v) {
		s = Add(s, x)
	}
	return s
}

// IAdd is a += b for an a of dynamic type: a list is extended in place
// (and stays the same object, as with list.__iadd__), anything else is
// a + b.
func IAdd(a, b any) any {
	if l, ok := a.(anyList); ok {
		extendList(l, b)
		return a
	}
	if inPlace(a, "+", b) {
		return a
	}
	return Add(a, b)
}

// pyInPlace is implemented by values that an augmented assignment
// changes in place where the operator alone makes a new value (dicts).
type pyInPlace interface {
	PyInPlace(op string, other any) bool
}

func inPlace(a any, op string, b any) bool {
	x, ok := a.(pyInPlace)
	return ok && x.PyInPlace(op, b)
}

// ISub is a -= b for an a of dynamic type: a Counter changes in place.
func ISub(a, b any) any {
	if inPlace(a, "-", b) {
		return a
	}
	return Sub(a, b)
}

// IOr is a |= b for an a of dynamic type: a dict changes in place.
func IOr(a, b any) any {
	if inPlace(a, "|", b) {
		return a
	}
	return OrAny(a, b)
}

// IAnd is a &= b for an a of dynamic type: a Counter changes in place.
func IAnd(a, b any) any {
	if inPlace(a, "&", b) {
		return a
	}
	return AndAny(a, b)
}

// IMul is a *= b for an a of dynamic type: a list repeats its items in
// place, anything else is a * b.
func IMul(a, b any) any {
	if l, ok := a.(anyList); ok {
		k, n, _ := numeric(b)
		if k != 1 {
			Raise(TypeError.New("'" + TypeName(b) + "' object cannot be interpreted as an integer"))
		}
		repeatListInPlace(l, n)
		return a
	}
	return Mul(a, b)
}

// Opt is an optional instance (a pointer, interface or *Exc that is nil
// for None) as a dynamic value: None for nil, else itself.
func Opt[T comparable](v T) any {
	var none T
	if v == none {
		return None
	}
	return v
}

// NotNone is v, an optional instance, whose attribute name is being
// reached: AttributeError when it is None.
func NotNone[T comparable](v T, name string) T {
	var none T
	if v == none {
		Raise(AttributeError.New("'NoneType' object has no attribute '" + name + "'"))
	}
	return v
}

// Same is a is b for two instances that may be None.
func Same(a, b any) bool {
	if isNone(a) || isNone(b) {
		return isNone(a) && isNone(b)
	}
	return a == b
}

// Is is `a is b` of values of dynamic type: None, True and False are
// singletons, and the program's references (instances, containers,
// iterators, tasks ...) are the same object or not, also a reference
// and a value of another type. Two ints, floats, strs or tuples, whose
// identity CPython leaves to caching and interning, stop the program as
// unsupported.
func Is(a, b any) bool {
	switch {
	case isNone(a) || isNone(b):
		return isNone(a) && isNone(b)
	case isReference(a) || isReference(b):
		return a == b
	}
	x, aBool := a.(bool)
	y, bBool := b.(bool)
	if aBool || bBool {
		return aBool && bBool && x == y
	}
	Unsupported("'is' between values of type " + TypeName(a) + " and " + TypeName(b))
	return false
}

// Id is id(v) of a reference: its address, unique among the objects
// alive at once. None, True and False have fixed ids of their own; ints,
// floats, strs and tuples stop the program as unsupported, as in Is.
func Id(v any) int {
	switch {
	case isNone(v):
		return 1
	case isReference(v):
		return int(reflect.ValueOf(v).Pointer())
	}
	if b, ok := v.(bool); ok {
		return 2 + BoolToInt(b)
	}
	Unsupported("id() of a value of type " + TypeName(v))
	return 0
}

// isReference reports whether v is a Go pointer, map, channel or
// function: a Python object that only itself is.
func isReference(v any) bool {
	switch reflect.ValueOf(v).Kind() {
	case reflect.Pointer, reflect.Map, reflect.Chan, reflect.Func, reflect.UnsafePointer:
		return true
	}
	return false
}

// IsBool is v is True (b true) or v is False: v is that bool.
func IsBool(v any, b bool) bool {
	x, ok := v.(bool)
	return ok && x == b
}

// Upcast is p, an optional instance (a pointer, nil for None), as I, the
// interface of one of its base classes: nil stays a nil I, where a Go
// conversion would make an I holding a nil pointer, which is not None.
func Upcast[I any, P comparable](p P) I {
	var none P
	var out I
	if p == none {
		return out
	}
	return any(p).(I)
}
