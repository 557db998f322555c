package py

import (
	"math"
)

// itertools, for the consumers that take an iterator at once (a for loop,
// list(), sorted() ...): the finite ones make the list of what they
// yield, in CPython's order; count, cycle and repeat without a count are
// sequences for a for loop. Their ValueErrors are CPython's.

// Chain is itertools.chain(*lists).
func Chain[T any](lists ...[]T) *List[T] {
	n := 0
	for _, l := range lists {
		n += len(l)
	}
	out := make([]T, 0, n)
	for _, l := range lists {
		out = append(out, l...)
	}
	return &List[T]{Items: out}
}

// ChainLists is itertools.chain.from_iterable(lists).
func ChainLists[T any](lists []*List[T]) *List[T] {
	parts := make([][]T, len(lists))
	for i, l := range lists {
		parts[i] = l.Items
	}
	return Chain(parts...)
}

// NoStop is islice's stop given as None.
const NoStop = math.MaxInt

// ISlice is itertools.islice(items, start, stop, step), also for
// islice(items, stop); stop is NoStop for None. As in CPython, a stop of
// -1 has an error message of its own.
func ISlice[T any](items []T, start, stop, step int) *List[T] {
	switch {
	case stop == -1:
		Raise(ValueError.New("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."))
	case start < 0, stop < -1:
		Raise(ValueError.New("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."))
	case step < 1:
		Raise(ValueError.New("Step for islice() must be a positive integer or None."))
	}
	stop = min(stop, len(items))
	var out []T
	for i := start; i < stop; i += step {
		out = append(out, items[i])
	}
	return &List[T]{Items: out}
}

// ISliceIter is itertools.islice(it, start, stop, step) of an iterator
// held as a value, taken at once: it gives the items islice asks for,
// as many as CPython's asks for, and keeps the rest.
func ISliceIter[T any](it *Iterator[T], start, stop, step int) *List[T] {
	ISlice([]T(nil), start, stop, step) // its ValueErrors
	out := []T{}
	for cnt, next := 0, start; ; {
		for ; cnt < next; cnt++ {
			if _, ok := it.pull(); !ok {
				return &List[T]{Items: out}
			}
		}
		if cnt >= stop {
			return &List[T]{Items: out}
		}
		x, ok := it.pull()
		if !ok {
			return &List[T]{Items: out}
		}
		out = append(out, x)
		cnt++
		if old := next; next+step < old || next+step > stop {
			next = stop
		} else {
			next += step
		}
	}
}

// Pair and Triple make a tuple of two or three items of one type, the
// shape of the tuples permutations(xs, 2), combinations(xs, 3) ... give.
func Pair[T any](xs []T) Tuple2[T, T] { return Tuple2[T, T]{xs[0], xs[1]} }

// Triple: see Pair.
func Triple[T any](xs []T) Tuple3[T, T, T] { return Tuple3[T, T, T]{xs[0], xs[1], xs[2]} }

// Permutations is itertools.permutations(items, r), each made by mk: in
// lexicographic order of positions, as CPython yields them.
func Permutations[T, U any](items []T, r int, mk func([]T) U) *List[U] {
	checkR(r)
	n := len(items)
	out := NewList[U]()
	if r > n {
		return out
	}
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	cycles := make([]int, r)
	for i := range cycles {
		cycles[i] = n - i
	}
	emit := func() { out.Items = append(out.Items, pick(items, idx[:r], mk)) }
	emit()
	for {
		i := r - 1
		for ; i >= 0; i-- {
			cycles[i]--
			if cycles[i] == 0 {
				first := idx[i]
				copy(idx[i:], idx[i+1:])
				idx[n-1] = first
				cycles[i] = n - i
				continue
			}
			j := n - cycles[i]
			idx[i], idx[j] = idx[j], idx[i]
			emit()
			break
		}
		if i < 0 {
			return out
		}
	}
}

// PermutationsAll is itertools.permutations(items): of all of them.
func PermutationsAll[T, U any](items []T, mk func([]T) U) *List[U] {
	return Permutations(items, len(items), mk)
}

// Combinations is itertools.combinations(items, r), or with repeat set
// combinations_with_replacement, each made by mk, in CPython's order.
func Combinations[T, U any](items []T, r int, repeat bool, mk func([]T) U) *List[U] {
	checkR(r)
	n := len(items)
	out := NewList[U]()
	if !repeat && r > n || repeat && n == 0 && r > 0 {
		return out
	}
	idx := make([]int, r)
	for i := range idx {
		if !repeat {
			idx[i] = i
		}
	}
	for {
		out.Items = append(out.Items, pick(items, idx, mk))
		// The rightmost position that can still move right.
		i := r - 1
		for ; i >= 0; i-- {
			if repeat && idx[i] != n-1 || !repeat && idx[i] != i+n-r {
				break
			}
		}
		if i < 0 {
			return out
		}
		idx[i]++
		for j := i + 1; j < r; j++ {
			if repeat {
				idx[j] = idx[i]
			} else {
				idx[j] = idx[j-1] + 1
			}
		}
	}
}

// pick makes, by mk, the tuple of the items at positions idx.
func pick[T, U any](items []T, idx []int, mk func([]T) U) U {
	t := make([]T, len(idx))
	for i, j := range idx {
		t[i] = items[j]
	}
	return mk(t)
}

func checkR(r int) {
	if r < 0 {
		Raise(ValueError.New("r must be non-negative"))
	}
}

// Product2 is itertools.product(a, b): the last position moves fastest.
func Product2[A, B any](a []A, b []B) *List[Tuple2[A, B]] {
	out := make([]Tuple2[A, B], 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, Tuple2[A, B]{x, y})
		}
	}
	return &List[Tuple2[A, B]]{Items: out}
}

// Product3 is itertools.product(a, b, c).
func Product3[A, B, C any](a []A, b []B, c []C) *List[Tuple3[A, B, C]] {
	out := make([]Tuple3[A, B, C], 0, len(a)*len(b)*len(c))
	for _, x := range a {
		for _, y := range b {
			for _, z := range c {
				out = append(out, Tuple3[A, B, C]{x, y, z})
			}
		}
	}
	return &List[Tuple3[A, B, C]]{Items: out}
}

// ProductRepeat is itertools.product(items, repeat=r), each made by mk.
func ProductRepeat[T, U any](items []T, r int, mk func([]T) U) *List[U] {
	if r < 0 {
		Raise(ValueError.New("repeat argument cannot be negative"))
	}
	out := NewList[U]()
	if len(items) == 0 && r > 0 {
		return out
	}
	idx := make([]int, r)
	for {
		out.Items = append(out.Items, pick(items, idx, mk))
		i := r - 1
		for ; i >= 0 && idx[i] == len(items)-1; i-- {
			idx[i] = 0
		}
		if i < 0 {
			return out
		}
		idx[i]++
	}
}

// Accumulate is itertools.accumulate(items): the running sums, by
// Python's + (ints, floats, strs, lists).
func Accumulate[T any](items []T) *List[T] {
	out := make([]T, len(items))
	for i, x := range items {
		if i == 0 {
			out[i] = x
			continue
		}
		out[i] = asItem[T](Add(out[i-1], x))
	}
	return &List[T]{Items: out}
}

// RepeatN is itertools.repeat(x, n): x n times (none for n <= 0).
func RepeatN[T any](x T, n int) *List[T] {
	out := NewList[T]()
	for range max(n, 0) {
		out.Items = append(out.Items, x)
	}
	return out
}

// Pairwise is itertools.pairwise(items): each item with the next.
func Pairwise[T any](items []T) *List[Tuple2[T, T]] {
	out := NewList[Tuple2[T, T]]()
	for i := 1; i < len(items); i++ {
		out.Items = append(out.Items, Tuple2[T, T]{items[i-1], items[i]})
	}
	return out
}

// Count is itertools.count(start, step).
func Count(start, step int) *Iterator[int] { return counter(start, step, IntAdd) }

// CountOf is itertools.count(start, step) of floats or values of
// dynamic type: start, then each item plus step, by Python's +.
func CountOf(start, step any) *Iterator[any] { return counter(start, step, Add) }

// counter is start, then each item plus step, by add.
func counter[T any](start, step T, add func(T, T) T) *Iterator[T] {
	n := start
	return newIterator("count", func() (T, bool) {
		v := n
		n = add(n, step)
		return v, true
	})
}

// Cycle is itertools.cycle(items): the items taken at the start, again
// and again; none when there are none.
func Cycle[T any](items []T) *Iterator[T] {
	saved, i := append([]T(nil), items...), 0
	return newIterator("cycle", func() (x T, ok bool) {
		if len(saved) == 0 {
			return x, false
		}
		x, i = saved[i], (i+1)%len(saved)
		return x, true
	})
}

// Forever is itertools.repeat(x).
func Forever[T any](x T) *Iterator[T] {
	return newIterator("repeat", func() (T, bool) { return x, true })
}

// GroupBy is itertools.groupby(items, key) for a for loop that consumes
// each group before the next: the runs of consecutive items whose keys
// are equal (as CPython compares the run's first key with each next
// one), each with its key and its items. key is called once per item,
// in order.
func GroupBy[T, K any](items []T, key func(T) K) *List[Tuple2[K, *List[T]]] {
	out := NewList[Tuple2[K, *List[T]]]()
	for i, x := range items {
		k := key(x)
		if i > 0 {
			last := &out.Items[len(out.Items)-1]
			if sameOrEq(last.V0, k) {
				last.V1.Append(x)
				continue
			}
		}
		out.Items = append(out.Items, Tuple2[K, *List[T]]{k, NewList(x)})
	}
	return out
}
