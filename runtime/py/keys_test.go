package py

import (
	"fmt"
	"strings"
	"testing"
)

// TestTupleKeysMatchCPython builds sets of tuples (by adds and discards,
// from displays of constants, as a loop's iterable) and dicts keyed by
// tuples holding values of dynamic type, and compares them, iteration
// order included, with CPython's.
func TestTupleKeysMatchCPython(t *testing.T) {
	next := lcg(5)
	var cases []pyCase
	for round := range 30 {
		span := []int{3, 6, 40}[round%3]
		var py strings.Builder
		py.WriteString("(lambda s: [")
		var ops []Tuple2[bool, Tuple2[int, int]]
		for range 1 + next(40) {
			v := Tuple2[int, int]{next(span) - 1, next(span)}
			add := next(4) != 0
			ops = append(ops, Tuple2[bool, Tuple2[int, int]]{add, v})
			if add {
				fmt.Fprintf(&py, "s.add((%d, %d)), ", v.V0, v.V1)
			} else {
				fmt.Fprintf(&py, "s.discard((%d, %d)), ", v.V0, v.V1)
			}
		}
		py.WriteString("s][-1])(set())")
		cases = append(cases, pyCase{py.String(), func() any {
			s := NewSet[Tuple2[int, int]]()
			for _, o := range ops {
				if o.V0 {
					s.Add(o.V1)
				} else {
					s.Discard(o.V1)
				}
			}
			return s
		}})
	}
	t2 := func(a, b int) Tuple2[int, int] { return Tuple2[int, int]{a, b} }
	cases = append(cases,
		pyCase{"{(1, 2), (3, 4), (0, 0), (5, 1)}", func() any { return SetOfConstants(t2(1, 2), t2(3, 4), t2(0, 0), t2(5, 1)) }},
		pyCase{"{(1, 2), (3, 4), (0, 0), (5, 1), (9, 9), (8, 1)} | {(7, 7), (1, 1)}", func() any {
			return SetUnion(SetOfConstants(t2(1, 2), t2(3, 4), t2(0, 0), t2(5, 1), t2(9, 9), t2(8, 1)), NewSet(t2(7, 7), t2(1, 1)))
		}},
		pyCase{"[t for t in {(5, 1), (3, 4)}]", func() any { return NewList(FrozenSetConstant(t2(5, 1), t2(3, 4)).Items()...) }},
		pyCase{"[t for t in {(1, 2), (3, 4), (0, 0), (5, 1), (2, 2), (4, 5)}]", func() any {
			return NewList(FrozenSetConstant(t2(1, 2), t2(3, 4), t2(0, 0), t2(5, 1), t2(2, 2), t2(4, 5)).Items()...)
		}},
		pyCase{"{-1, -2, 7, 15, 23}", func() any { return SetOfConstants(-1, -2, 7, 15, 23) }},
		pyCase{"{(1.5, 2), (True, 1), (1, 1)}", func() any {
			return SetOfConstants(Tuple2[any, int]{1.5, 2}, Tuple2[any, int]{true, 1}, Tuple2[any, int]{1, 1})
		}},
		pyCase{"{(True, 1): 'a', (1, 1): 'b', (1.0, 1): 'c', ((1, 2), 0): 'd'}", func() any {
			return DictOf(Tuple2[Tuple2[any, int], string]{Tuple2[any, int]{true, 1}, "a"}, Tuple2[Tuple2[any, int], string]{Tuple2[any, int]{1, 1}, "b"},
				Tuple2[Tuple2[any, int], string]{Tuple2[any, int]{1.0, 1}, "c"}, Tuple2[Tuple2[any, int], string]{Tuple2[any, int]{Tuple2[int, int]{1, 2}, 0}, "d"})
		}},
		pyCase{"(lambda d: [d.pop(((0.0, 'x'), 1)), d][-1])({((False, 'x'), 1): 1, ((0, 'y'), 1): 2})", func() any {
			type k = Tuple2[Tuple2[any, string], int]
			d := DictOf(Tuple2[k, int]{k{Tuple2[any, string]{false, "x"}, 1}, 1}, Tuple2[k, int]{k{Tuple2[any, string]{0, "y"}, 1}, 2})
			d.Pop(k{Tuple2[any, string]{0.0, "x"}, 1})
			return d
		}},
		pyCase{"{([1], 2)}", func() any { return NewSet(Tuple2[any, int]{NewList(1), 2}) }},
	)
	checkPython(t, "keys", cases)
}
