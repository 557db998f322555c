package py

import (
	"fmt"
	"strings"
	"testing"
)

// TestHeapqMatchesCPython replays pushes and pops on int heaps and
// heapify on lists of pairs, and compares the heap lists (their order is
// heapq's, not sorted) and the popped items with CPython's; then bisect.
func TestHeapqMatchesCPython(t *testing.T) {
	next := lcg(5)
	const pre = "(lambda hq, bs: "
	const post = ")(__import__('heapq'), __import__('bisect'))"
	var cases []pyCase
	for range 30 {
		var py strings.Builder
		py.WriteString("(lambda h: [")
		type op struct {
			push bool
			v    int
		}
		var ops []op
		for range 1 + next(30) {
			if next(3) == 0 {
				ops = append(ops, op{false, 0})
				py.WriteString("hq.heappop(h) if h else None, ")
			} else {
				v := next(50) - 10
				ops = append(ops, op{true, v})
				fmt.Fprintf(&py, "hq.heappush(h, %d), ", v)
			}
		}
		py.WriteString("h])([])")
		cases = append(cases, pyCase{pre + py.String() + post, func() any {
			h := NewList[int]()
			out := NewList[any]()
			for _, o := range ops {
				switch {
				case o.push:
					HeapPush(h, o.v)
					out.Append(None)
				case h.Len() > 0:
					out.Append(HeapPop(h))
				default:
					out.Append(None)
				}
			}
			out.Append(h)
			return out
		}})
	}
	pairs := func() *List[Tuple2[int, string]] {
		return NewList(Tuple2[int, string]{3, "c"}, Tuple2[int, string]{1, "z"}, Tuple2[int, string]{3, "a"},
			Tuple2[int, string]{0, "q"}, Tuple2[int, string]{1, "b"}, Tuple2[int, string]{7, "x"})
	}
	const pairsPy = "[(3, 'c'), (1, 'z'), (3, 'a'), (0, 'q'), (1, 'b'), (7, 'x')]"
	cases = append(cases,
		pyCase{pre + "(lambda h: (hq.heapify(h), h)[1])(" + pairsPy + ")" + post, func() any { h := pairs(); Heapify(h); return h }},
		pyCase{pre + "(lambda h: (hq.heapify(h), hq.heapreplace(h, (2, 'n')), hq.heappushpop(h, (9, 'm')), hq.heappushpop(h, (-1, 'm')), h))(" + pairsPy + ")" + post, func() any {
			h := pairs()
			Heapify(h)
			return Tuple{None, HeapReplace(h, Tuple2[int, string]{2, "n"}), HeapPushPop(h, Tuple2[int, string]{9, "m"}), HeapPushPop(h, Tuple2[int, string]{-1, "m"}), h}
		}},
		pyCase{pre + "(hq.nsmallest(3, " + pairsPy + "), hq.nlargest(2, " + pairsPy + "), hq.nlargest(10, [1, 2]), hq.nsmallest(0, [1]))" + post, func() any {
			return Tuple{NSmallest(3, pairs()), NLargest(2, pairs()), NLargest(10, NewList(1, 2)), NSmallest(0, NewList(1))}
		}},
		pyCase{pre + "hq.heappop([])" + post, func() any { return HeapPop(NewList[int]()) }},
		pyCase{pre + "hq.heapreplace([], 1)" + post, func() any { return HeapReplace(NewList[int](), 1) }},
		pyCase{pre + "(lambda a: (bs.bisect_left(a, 3), bs.bisect_right(a, 3), bs.bisect(a, 9), bs.bisect_left(a, -1), bs.insort(a, 3), bs.insort_left(a, 2.5), a))([1, 3, 3, 5])" + post, func() any {
			a := NewList[any](1, 3, 3, 5)
			return Tuple{BisectLeft[any](a, 3), BisectRight[any](a, 3), BisectRight[any](a, 9), BisectLeft[any](a, -1), func() any { InsortRight[any](a, 3); return None }(), func() any { InsortLeft[any](a, 2.5); return None }(), a}
		}},
		pyCase{pre + "bs.bisect(['b', 'd'], 'c')" + post, func() any { return BisectRight(NewList("b", "d"), "c") }},
	)
	checkPython(t, "heapq", cases)
}
