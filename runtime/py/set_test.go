package py

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestSetOrderMatchesCPython replays sequences of adds and removes on int
// and float sets and compares the iteration order with CPython's.
func TestSetOrderMatchesCPython(t *testing.T) {
	next := lcg(7)
	var cases []pyCase
	for round := range 60 {
		span := []int{10, 40, 200, 5000, 1 << 40}[round%5]
		type op struct {
			add bool
			v   int
		}
		var ops []op
		var py strings.Builder
		py.WriteString("(lambda s: [")
		n := 1 + next(80)
		for range n {
			v := next(span) - span/4
			if next(4) == 0 {
				ops = append(ops, op{false, v})
				fmt.Fprintf(&py, "s.discard(%d), ", v)
			} else {
				ops = append(ops, op{true, v})
				fmt.Fprintf(&py, "s.add(%d), ", v)
			}
		}
		py.WriteString("s][-1])(set())")
		cases = append(cases, pyCase{py.String(), func() any {
			s := NewSet[int]()
			for _, o := range ops {
				if o.add {
					s.Add(o.v)
				} else {
					s.Discard(o.v)
				}
			}
			return s
		}})
	}
	cases = append(cases,
		pyCase{"{3, 1, 2, 100, 8}", func() any { return NewSet(3, 1, 2, 100, 8) }},
		pyCase{"(lambda a, b, c: {a, b, c})(9, 1, 17)", func() any { return NewSet(9, 1, 17) }},
		pyCase{"{0.5, 1.5, -2.25, 1e100, float('inf'), 3.0, 1e-9}", func() any { return NewSet(0.5, 1.5, -2.25, 1e100, inf, 3.0, 1e-9) }},
		pyCase{"set()", func() any { return NewSet[int]() }},
		pyCase{"(lambda s: [s.pop(), s.pop(), s][-1])({5, 6, 7, 13})", func() any {
			s := NewSet(5, 6, 7, 13)
			s.Pop()
			s.Pop()
			return s
		}},
		pyCase{"{1}.remove(2)", func() any { NewSet(1).Remove(2); return None }},
		pyCase{"set().pop()", func() any { return NewSet[int]().Pop() }},
		// Numbers held as any iterate in CPython's order too, 1, 1.0
		// and True being one element (the first kept).
		pyCase{"(lambda a, b: {a, b})(699, 0)", func() any { return NewSet[any](699, 0) }},
		pyCase{"(lambda *xs: set(xs))(40, 1.0, 17, True, 8.5, -3, 1)", func() any { return NewSet[any](40, 1.0, 17, true, 8.5, -3, 1) }},
		pyCase{"(lambda s: [s.discard(17), s.update({9, 33, 2.0}), s][-1])(set([17, 64, 5]))", func() any {
			s := NewSet[any](17, 64, 5)
			s.Discard(17)
			s.Update(NewSet[any](9, 33, 2.0))
			return s
		}},
		pyCase{"(lambda s: (s | {7, 0.5}, s & {64, 3}, s - {5}, s ^ {64, 99}))(set([64, 5, 3]))", func() any {
			s, o := NewSet[any](64, 5, 3), NewSet[any](7, 0.5)
			return Tuple{SetUnion(s, o), SetIntersection(s, NewSet[any](64, 3)), SetDifference(s, NewSet[any](5)), SetSymmetricDifference(s, NewSet[any](64, 99))}
		}},
	)
	checkPython(t, "set", cases)
}

func reversed(xs []int) []int {
	out := slices.Clone(xs)
	slices.Reverse(out)
	return out
}

var inf = func() float64 { var z float64; return 1 / z }()

func TestSetOfStringsKeepsInsertionOrder(t *testing.T) {
	s := NewSet("b", "a", "c")
	s.Discard("a")
	s.Add("a")
	if got := Repr(s); got != "{'b', 'c', 'a'}" {
		t.Fatal(got)
	}
}

// TestSetOperationsMatchCPython builds int sets of colliding and spread
// values, combines them with every operator and method, and compares the
// results, iteration order included, with CPython's.
func TestSetOperationsMatchCPython(t *testing.T) {
	next := lcg(11)
	// randSet returns a Python display-free construction of a set and the
	// Go set it describes.
	randSet := func() (string, *Set[int]) {
		span := []int{8, 30, 64, 1000, 1 << 40}[next(5)]
		var vals []string
		s := NewSet[int]()
		for range next(40) {
			v := next(span) - span/8
			vals = append(vals, fmt.Sprint(v))
			s.Add(v)
		}
		return "set([" + strings.Join(vals, ", ") + "])", s
	}
	ops := []struct {
		py string
		f  func(a, b *Set[int]) any
	}{
		{"a | b", func(a, b *Set[int]) any { return SetUnion(a, b) }},
		{"a & b", func(a, b *Set[int]) any { return SetIntersection(a, b) }},
		{"a - b", func(a, b *Set[int]) any { return SetDifference(a, b) }},
		{"a ^ b", func(a, b *Set[int]) any { return SetSymmetricDifference(a, b) }},
		{"(a.__ior__(b), a)[1]", func(a, b *Set[int]) any { a.Update(b); return a }},
		{"(a.__iand__(b), a)[1]", func(a, b *Set[int]) any { SetIntersectionUpdate(a, b); return a }},
		{"(a.__isub__(b), a)[1]", func(a, b *Set[int]) any { SetDifferenceUpdate(a, b); return a }},
		{"(a.__ixor__(b), a)[1]", func(a, b *Set[int]) any { SetSymmetricDifferenceUpdate(a, b); return a }},
		{"(a.__ior__(b), a.add(5), a.pop(), a)[3]", func(a, b *Set[int]) any { a.Update(b); a.Add(5); a.Pop(); return a }},
		{"a.copy()", func(a, _ *Set[int]) any { return a.Copy() }},
		{"(a.clear(), a.add(9), a.add(1), a)[3]", func(a, _ *Set[int]) any { a.Clear(); a.Add(9); a.Add(1); return a }},
		{"(a.update(list(b)), a)[1]", func(a, b *Set[int]) any { a.AddAll(b.Items()); return a }},
		{"(a.update(dict.fromkeys(b)), a)[1]", func(a, b *Set[int]) any { a.AddKeys(b.Items()); return a }},
		{"a.union(list(b) * 2)", func(a, b *Set[int]) any { return SetUnionItems(a, append(b.Items(), b.Items()...)) }},
		{"a.intersection(list(b)[::-1])", func(a, b *Set[int]) any { return SetIntersectionItems(a, reversed(b.Items())) }},
		{"(a.intersection_update(list(b)[::-1]), a)[1]", func(a, b *Set[int]) any { SetIntersectionUpdateItems(a, reversed(b.Items())); return a }},
		{"a.difference(list(b))", func(a, b *Set[int]) any { return SetDifferenceItems(a, b.Items()) }},
		{"(a.difference_update(list(b)), a)[1]", func(a, b *Set[int]) any { SetDiscardAll(a, b.Items()); return a }},
		{"a.symmetric_difference(list(b)[::-1])", func(a, b *Set[int]) any { return SetSymmetricDifferenceItems(a, reversed(b.Items())) }},
		{"(a <= b, a < b, a >= b, a.isdisjoint(b))", func(a, b *Set[int]) any {
			return Tuple{SetIsSubset(a, b), SetIsProperSubset(a, b), SetIsSubset(b, a), SetIsDisjoint(a, b)}
		}},
	}
	var cases []pyCase
	for round := range 40 {
		for _, op := range ops {
			apy, a := randSet()
			bpy, b := randSet()
			if round%7 == 0 {
				b = a.Copy() // equal sets, and a set combined with a copy of itself
				bpy = "a.copy()"
			}
			cases = append(cases, pyCase{"(lambda a: (lambda b: " + op.py + ")(" + bpy + "))(" + apy + ")", func() any { return op.f(a, b) }})
		}
	}
	checkPython(t, "setops", cases)
}
