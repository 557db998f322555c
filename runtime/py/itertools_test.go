package py

import (
	"fmt"
	"testing"
)

// TestItertoolsMatchesCPython compares what the itertools functions make
// (orders, edge cases, ValueErrors) with CPython's.
func TestItertoolsMatchesCPython(t *testing.T) {
	pre, post := "(lambda it: ", ")(__import__('itertools'))"
	c := func(py string, got func() any) pyCase { return pyCase{pre + py + post, got} }
	items := []string{"a", "b", "c", "d"}
	var cases []pyCase
	for n := 0; n <= 4; n++ {
		for r := 0; r <= 5; r++ {
			xs := items[:n]
			lit := Repr(NewList(xs...))
			cases = append(cases,
				c(fmt.Sprintf("list(it.permutations(%s, %d))", lit, r), func() any { return Permutations(xs, r, TupleOf[string]) }),
				c(fmt.Sprintf("list(it.combinations(%s, %d))", lit, r), func() any { return Combinations(xs, r, false, TupleOf[string]) }),
				c(fmt.Sprintf("list(it.combinations_with_replacement(%s, %d))", lit, r), func() any { return Combinations(xs, r, true, TupleOf[string]) }),
				c(fmt.Sprintf("list(it.product(%s, repeat=%d))", lit, r), func() any { return ProductRepeat(xs, r, TupleOf[string]) }))
		}
		for _, args := range [][3]int{{0, NoStop, 1}, {1, 3, 1}, {0, 9, 2}, {2, NoStop, 3}, {5, 6, 1}} {
			xs, a := items[:n], args
			stop := fmt.Sprint(a[1])
			if a[1] == NoStop {
				stop = "None"
			}
			cases = append(cases, c(fmt.Sprintf("list(it.islice(%s, %d, %s, %d))", Repr(NewList(xs...)), a[0], stop, a[2]),
				func() any { return ISlice(xs, a[0], a[1], a[2]) }))
		}
	}
	cases = append(cases,
		c("list(it.permutations([1, 2, 3], 2))", func() any { return Permutations([]int{1, 2, 3}, 2, Pair[int]) }),
		c("list(it.combinations([1, 2, 3], 3))", func() any { return Combinations([]int{1, 2, 3}, 3, false, Triple[int]) }),
		c("list(it.permutations([1], -1))", func() any { return Permutations([]int{1}, -1, Pair[int]) }),
		c("list(it.product([1], repeat=-1))", func() any { return ProductRepeat([]int{1}, -1, Pair[int]) }),
		c("list(it.islice([1, 2], -1, 2))", func() any { return ISlice([]int{1, 2}, -1, 2, 1) }),
		c("list(it.islice([1, 2], -2))", func() any { return ISlice([]int{1, 2}, 0, -2, 1) }),
		c("list(it.islice([1, 2], -1))", func() any { return ISlice([]int{1, 2}, 0, -1, 1) }),
		c("list(it.islice([1, 2], 1, -1))", func() any { return ISlice([]int{1, 2}, 1, -1, 1) }),
		c("list(it.islice([1, 2, 3], 2))", func() any { return ISlice([]int{1, 2, 3}, 0, 2, 1) }),
		c("list(it.islice([1, 2], 0, -2))", func() any { return ISlice([]int{1, 2}, 0, -2, 1) }),
		c("list(it.islice([1, 2], 0, 2, 0))", func() any { return ISlice([]int{1, 2}, 0, 2, 0) }),
		c("list(it.product([1, 2], 'xy'))", func() any { return Product2([]int{1, 2}, []string{"x", "y"}) }),
		c("list(it.product([1, 2], 'xy', [True]))", func() any { return Product3([]int{1, 2}, []string{"x", "y"}, []bool{true}) }),
		c("list(it.accumulate([1, 2, 3, 4]))", func() any { return Accumulate([]int{1, 2, 3, 4}) }),
		c("list(it.accumulate([1.5, 2, 3]))", func() any { return Accumulate([]any{1.5, 2, 3}) }),
		c("list(it.accumulate(['a', 'b', 'c']))", func() any { return Accumulate([]string{"a", "b", "c"}) }),
		c("list(it.accumulate([]))", func() any { return Accumulate([]int{}) }),
		c("(list(it.repeat('x', 3)), list(it.repeat(1, -2)))", func() any { return Tuple{RepeatN("x", 3), RepeatN(1, -2)} }),
		c("list(it.pairwise([1, 2, 3]))", func() any { return Pairwise([]int{1, 2, 3}) }),
		c("list(it.chain([1], [], [2, 3]))", func() any { return Chain([]int{1}, nil, []int{2, 3}) }),
		c("list(it.chain.from_iterable([[1], [2, 3]]))", func() any { return ChainLists([]*List[int]{NewList(1), NewList(2, 3)}) }),
		c("list(it.islice(it.count(5, -2), 4))", func() any { return take(Count(5, -2).All(), 4) }),
		c("list(it.islice(it.cycle('ab'), 5))", func() any { return take(Cycle([]string{"a", "b"}).All(), 5) }),
		c("list(it.islice(it.cycle([]), 5))", func() any { return take(Cycle([]string{}).All(), 5) }),
		c("list(it.islice(it.repeat(7), 3))", func() any { return take(Forever(7).All(), 3) }),
	)
	checkPython(t, "itertools", cases)
}

// take lists the first n items of an infinite sequence.
func take[T any](seq func(func(T) bool), n int) *List[T] {
	out := NewList[T]()
	for x := range seq {
		if out.Len() == n {
			break
		}
		out.Append(x)
	}
	return out
}
