package py

import (
	"fmt"
	"strings"
	"testing"
)

// TestSetOrderMatchesCPython replays sequences of adds and removes on int
// and float sets and compares the iteration order with CPython's.
func TestSetOrderMatchesCPython(t *testing.T) {
	seed := uint32(7)
	next := func(n int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % n
	}
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
	)
	checkPython(t, "set", cases)
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
