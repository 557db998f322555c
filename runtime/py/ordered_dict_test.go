package py

import (
	"fmt"
	"strings"
	"testing"
)

// TestOrderedDictMatchesCPython replays random insertions, removals,
// moves and pops on an OrderedDict (enough to compact it and to pop from
// the front past tombstones) and compares with CPython's.
func TestOrderedDictMatchesCPython(t *testing.T) {
	next := lcg(7)
	var cases []pyCase
	for range 20 {
		type op struct{ kind, k, v int }
		var ops []op
		var py strings.Builder
		py.WriteString("(lambda d: [")
		for range 120 {
			o := op{next(5), next(12), next(100)}
			ops = append(ops, o)
			switch o.kind {
			case 0, 1:
				fmt.Fprintf(&py, "d.__setitem__(%d, %d), ", o.k, o.v)
			case 2:
				fmt.Fprintf(&py, "d.pop(%d, None), ", o.k)
			case 3:
				fmt.Fprintf(&py, "%d in d and d.move_to_end(%d, %s), ", o.k, o.k, pyBool(o.v%2 == 0))
			case 4:
				fmt.Fprintf(&py, "d and d.popitem(%s), ", pyBool(o.v%2 == 0))
			}
		}
		py.WriteString("d][-1])(__import__('collections').OrderedDict())")
		cases = append(cases, pyCase{py.String(), func() any {
			d := Ordered(NewDict[int, int]())
			for _, o := range ops {
				switch o.kind {
				case 0, 1:
					d.Set(o.k, o.v)
				case 2:
					d.PopDefault(o.k, 0)
				case 3:
					if d.Contains(o.k) {
						OrderedMoveToEndLast(d, o.k, o.v%2 == 0)
					}
				case 4:
					if d.Len() > 0 {
						d.PopItemLast(o.v%2 == 0)
					}
				}
			}
			return d
		}})
	}
	od := func(keys ...string) *Dict[string, int] {
		d := Ordered(NewDict[string, int]())
		for i, k := range keys {
			d.Set(k, i)
		}
		return d
	}
	pre, post := "(lambda O: ", ")(__import__('collections').OrderedDict)"
	c := func(py string, got func() any) pyCase { return pyCase{pre + py + post, got} }
	cases = append(cases,
		c("O()", func() any { return od() }),
		c("O().popitem()", func() any { return od().PopItem() }),
		c("O().popitem(False)", func() any { return od().PopItemLast(false) }),
		c("O(a=0).move_to_end('x')", func() any { OrderedMoveToEnd(od("a"), "x"); return None }),
		c("(O(a=0, b=1) == O(b=1, a=0), O(a=0, b=1) == {'b': 1, 'a': 0}, O(a=0) == O(a=0))", func() any {
			return Tuple{Eq(od("a", "b"), Ordered(DictOf(Tuple2[string, int]{"b", 1}, Tuple2[string, int]{"a", 0}))),
				Eq(od("a", "b"), DictOf(Tuple2[string, int]{"b", 1}, Tuple2[string, int]{"a", 0})), Eq(od("a"), od("a"))}
		}),
		c("({'x': 5} | O(a=0), O(a=0) | {'x': 5}, type(O(a=0).copy()).__name__)", func() any {
			return Tuple{OrAny(DictOf(Tuple2[string, int]{"x", 5}), od("a")), OrAny(od("a"), DictOf(Tuple2[string, int]{"x", 5})), TypeName(od("a").Copy())}
		}),
		// odictiter checks for changes at each step but after the last item.
		c("(lambda d: [d.move_to_end(k, False) for k in d])(O(a=0, b=1, c=2))", func() any {
			d := od("a", "b", "c")
			for k := range d.All() {
				OrderedMoveToEndLast(d, k, false)
			}
			return None
		}),
		c("(lambda d: ([d.__setitem__(k + k, 0) for k in d if k == 'c'], d)[1])(O(a=0, b=1, c=2))", func() any {
			d := od("a", "b", "c")
			for k := range d.All() {
				if k == "c" {
					d.Set(k+k, 0)
				}
			}
			return d
		}),
		c("(lambda d: ([d.move_to_end('c') for k in d], [d.__setitem__(k, 7) for k in d], d)[2])(O(a=0, b=1, c=2))", func() any {
			d := od("a", "b", "c")
			for range d.All() {
				OrderedMoveToEnd(d, "c")
			}
			for k := range d.All() {
				d.Set(k, 7)
			}
			return d
		}),
	)
	checkPython(t, "ordered_dict", cases)
}

// pyBool spells b as Python does.
func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
