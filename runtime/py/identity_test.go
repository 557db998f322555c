package py

import "testing"

// TestIsMatchesCPython compares `a is b` of values held as any with
// CPython's, for the values whose identity CPython decides the same in
// every run.
func TestIsMatchesCPython(t *testing.T) {
	xs, ys := NewList(1), NewList(1)
	d := NewDict[string, int]()
	it := IterList(xs)
	cases := []pyCase{
		{"(lambda a, b: [a is a, a is b, a is not b])([1], [1])", func() any {
			return NewList(Is(xs, xs), Is(xs, ys), !Is(xs, ys))
		}},
		{"(lambda d, a: [d is d, d is a, d is None, None is d, a is 1])({}, [1])", func() any {
			return NewList(Is(d, d), Is(d, xs), Is(d, None), Is(None, d), Is(xs, 1))
		}},
		{"[None is None, True is True, True is False, (1 > 0) is True, True is 1, 1 is True]", func() any {
			return NewList(Is(None, None), Is(true, true), Is(true, false), Is(1 > 0, true), Is(true, 1), Is(1, true))
		}},
		{"(lambda it: [iter(it) is it, it is iter([1])])(iter([1]))", func() any {
			return NewList(Is(it, it), Is(it, IterList(xs)))
		}},
	}
	checkPython(t, "identity", cases)
}
