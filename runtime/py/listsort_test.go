package py

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// sortTraceExpr is a Python expression that sorts items i = 0, 1, ...
// holding the values vals by a __lt__ that logs each comparison (the
// items' indices) and answers by lt, then gives the number of
// comparisons, a checksum of their sequence, and the final order.
const sortTraceExpr = `(lambda log: (lambda T: (lambda xs: (xs.sort(reverse=%s), ` +
	`(len(log), sum((k + 1) * (a * 1009 + b) for k, (a, b) in enumerate(log)) %% 1000000007, sum((k + 1) * x.i for k, x in enumerate(xs))))[1])` +
	`([T(i, v) for i, v in enumerate(%s)]))(type('T', (), {'__init__': lambda s, i, v: (setattr(s, 'i', i), setattr(s, 'v', v))[0], ` +
	`'__lt__': lambda s, o: (log.append((s.i, o.i)), %s)[1]})))([])`

// sortTraceCase sorts like sortTraceExpr with listSort; lt is the same
// comparison in Go and in Python (of s.v and o.v).
func sortTraceCase(vals []int, reverse bool, ltPy string, lt func(a, b int) bool) pyCase {
	pyVals := strings.ReplaceAll(fmt.Sprint(vals), " ", ", ")
	rev := "False"
	if reverse {
		rev = "True"
	}
	return pyCase{fmt.Sprintf(sortTraceExpr, rev, pyVals, ltPy), func() any {
		type item struct{ i, v int }
		items := make([]item, len(vals))
		for i, v := range vals {
			items[i] = item{i, v}
		}
		n, sum := 0, 0
		sortReversible(items, func(a, b item) bool {
			n++
			sum = (sum + n*(a.i*1009+b.i)) % 1000000007
			return lt(a.v, b.v)
		}, reverse)
		order := 0
		for k, it := range items {
			order += (k + 1) * it.i
		}
		return Tuple{n, sum, order}
	}}
}

// TestListSortMatchesCPython checks that list.sort asks the same
// comparisons in the same order and leaves the same permutation as
// CPython's, on random, few-valued, presorted, reversed and run-structured
// lists long enough to merge and gallop, and with an inconsistent
// ordering.
func TestListSortMatchesCPython(t *testing.T) {
	next := lcg(11)
	var cases []pyCase
	less := func(a, b int) bool { return a < b }
	odd := func(a, b int) bool { return (a+2*b)%3 == 0 }
	for _, n := range []int{0, 1, 2, 3, 5, 10, 31, 63, 64, 65, 100, 127, 128, 129, 200, 255, 256, 300, 513, 1000, 2100} {
		shapes := map[string][]int{}
		random, few, sorted, runs := make([]int, n), make([]int, n), make([]int, n), make([]int, n)
		for i := range n {
			random[i] = next(n + 1)
			few[i] = next(4)
			sorted[i] = i / 3
			runs[i] = (i/40)*7 + next(5)
			if (i/40)%2 == 1 {
				runs[i] = 1000 - i + next(3)
			}
		}
		for k := 0; k < n/10; k++ { // nearly sorted
			i, j := next(n), next(n)
			sorted[i], sorted[j] = sorted[j], sorted[i]
		}
		reversed := slices.Clone(sorted)
		slices.Reverse(reversed)
		shapes["random"], shapes["few"], shapes["sorted"], shapes["reversed"], shapes["runs"] = random, few, sorted, reversed, runs
		for _, name := range []string{"random", "few", "sorted", "reversed", "runs"} {
			vals := shapes[name]
			cases = append(cases, sortTraceCase(vals, false, "s.v < o.v", less))
			if name == "few" || name == "runs" {
				cases = append(cases, sortTraceCase(vals, true, "s.v < o.v", less))
			}
		}
		cases = append(cases, sortTraceCase(random, false, "(s.v + 2 * o.v) % 3 == 0", odd))
	}
	checkPython(t, "listsort", cases)
}

// BenchmarkSortFloats sorts 100,000 pseudo-random floats as
// sorted(xs) does (listsort with Go's < on float64).
func BenchmarkSortFloats(b *testing.B) {
	next := lcg(3)
	xs := make([]float64, 100_000)
	for i := range xs {
		xs[i] = float64(next(1_000_000)) / 7
	}
	l := NewList(xs...)
	b.ResetTimer()
	for range b.N {
		Sorted(l, false)
	}
}

// TestListSortRaisingMatchesCPython stops a sort with an exception from
// its n-th comparison and checks that the list is left as CPython leaves
// it (the merges put their scratch items back).
func TestListSortRaisingMatchesCPython(t *testing.T) {
	const expr = `(lambda xs: (exec("try:\n xs.sort()\nexcept ZeroDivisionError:\n pass", {'xs': xs}), ` +
		`sum((k + 1) * x.i for k, x in enumerate(xs)))[1])` +
		`((lambda log, T: [T(i, v) for i, v in enumerate(%s)])([], type('T', (), {'n': [0], '__init__': lambda s, i, v: (setattr(s, 'i', i), setattr(s, 'v', v))[0], ` +
		`'__lt__': lambda s, o: (s.n.__setitem__(0, s.n[0] + 1), s.v < o.v if s.n[0] < %d else 1 / 0)[1]})))`
	next := lcg(5)
	var cases []pyCase
	for _, n := range []int{70, 200, 600} {
		vals := make([]int, n)
		for i := range vals {
			vals[i] = next(n / 2)
			if i%50 < 20 {
				vals[i] = i // ascending runs, for galloping merges
			}
		}
		for _, stop := range []int{5, n, 2 * n, 4 * n} {
			pyVals := strings.ReplaceAll(fmt.Sprint(vals), " ", ", ")
			cases = append(cases, pyCase{fmt.Sprintf(expr, pyVals, stop), func() any {
				type item struct{ i, v int }
				items := make([]item, len(vals))
				for i, v := range vals {
					items[i] = item{i, v}
				}
				calls := 0
				func() {
					defer func() { _ = recover() }()
					listSort(items, func(a, b item) bool {
						calls++
						if calls >= stop {
							Raise(ZeroDivisionError.New("division by zero"))
						}
						return a.v < b.v
					})
				}()
				order := 0
				for k, it := range items {
					order += (k + 1) * it.i
				}
				return order
			}})
		}
	}
	checkPython(t, "listsort_raising", cases)
}
