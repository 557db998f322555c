package py

import "testing"

// TestClassValuesMatchCPython compares what the runtime does with
// classes held as values (built-in types and exception classes) with
// CPython's.
func TestClassValuesMatchCPython(t *testing.T) {
	cases := []pyCase{
		{"[repr(int), str(bool), repr(ValueError), repr(type(None)), repr(type(int)), int.__name__]", func() any {
			return NewList[any](Repr(IntClass), Str(BoolClass), Repr(ValueError), Repr(TypeOf(None)), Repr(TypeOf(IntClass)), GetAttr(IntClass, "__name__"))
		}},
		{"[isinstance(True, int), isinstance(1, bool), isinstance('s', (int, (float, str))), isinstance(KeyError('k'), LookupError), isinstance(1, ValueError)]", func() any {
			return NewList(IsInstanceAny(true, IntClass), IsInstanceAny(1, BoolClass),
				IsInstanceAny("s", Tuple{IntClass, Tuple{FloatClass, StrClass}}), IsInstanceAny(KeyError.New("k"), LookupError), IsInstanceAny(1, ValueError))
		}},
		{"[issubclass(bool, int), issubclass(int, bool), issubclass(KeyError, (ValueError, LookupError)), issubclass(KeyError, int), type(1) is int, type(True) is int]", func() any {
			return NewList(IsSubclassAny(BoolClass, IntClass), IsSubclassAny(IntClass, BoolClass),
				IsSubclassAny(KeyError, Tuple{ValueError, LookupError}), IsSubclassAny(KeyError, IntClass), Is(TypeOf(1), IntClass), Is(TypeOf(true), IntClass))
		}},
		{"[int('7'), float(2), str(1.5), bool(''), int(), repr(ValueError('v'))]", func() any {
			return NewList[any](CallValue(IntClass, "7"), CallValue(FloatClass, 2), CallValue(StrClass, 1.5), CallValue(BoolClass, ""), CallValue(IntClass), Repr(CallValue(ValueError, "v")))
		}},
		{"isinstance(1, 'int')", func() any { return IsInstanceAny(1, "int") }},
		{"issubclass(1, int)", func() any { return IsSubclassAny(1, IntClass) }},
		{"issubclass(int, 1)", func() any { return IsSubclassAny(IntClass, 1) }},
		{"int.nothing", func() any { return GetAttr(IntClass, "nothing") }},
		{"(lambda f: f())(1)", func() any { return CallValue(1) }},
		{"(lambda: exec('raise 1'))()", func() any { return RaisableAny(1) }},
	}
	checkPython(t, "classes", cases)
}
