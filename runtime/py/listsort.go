package py

import "slices"

// list.sort as CPython 3.11 runs it (listsort.txt): natural runs, short
// ones extended by binary insertion to minrun, merged by the powersort
// policy with galloping. The same algorithm asks less about the same
// pairs in the same order, so a program whose __lt__ prints or counts
// sees what it sees under CPython, an inconsistent ordering leaves the
// same permutation, and an exception raised by a comparison leaves the
// list as CPython leaves it.

// sortMinGallop is MIN_GALLOP, the initial threshold of galloping mode.
const sortMinGallop = 7

// sortRun is a run pending on the merge stack: where it starts, its
// length, and its power (its depth in powersort's merge tree).
type sortRun struct{ base, n, power int }

// listSort sorts a stably by less, as CPython's list.sort does. The
// algorithm runs on a permutation of a's indices, so that it is
// compiled once rather than for each element type; a comparison that
// panics leaves a in the order the permutation had reached.
func listSort[E any](a []E, less func(x, y E) bool) {
	if len(a) < 2 {
		return
	}
	orig := slices.Clone(a)
	perm := make([]int, len(a))
	for i := range perm {
		perm[i] = i
	}
	defer func() {
		for i, j := range perm {
			a[i] = orig[j]
		}
	}()
	sortPermutation(perm, func(i, j int) bool { return less(orig[i], orig[j]) })
}

// listSorter holds one sort's state: the indices being sorted, the
// comparison of the items at two indices, the adaptive galloping
// threshold, scratch space and the pending runs.
type listSorter struct {
	a         []int
	less      func(i, j int) bool
	minGallop int
	tmp       []int
	runs      []sortRun
}

// sortPermutation sorts the indices a stably by less.
func sortPermutation(a []int, less func(i, j int) bool) {
	n := len(a)
	s := &listSorter{a: a, less: less, minGallop: sortMinGallop}
	minrun := sortMinrun(n)
	for lo := 0; lo < n; {
		run, descending := s.countRun(lo, n)
		if descending {
			slices.Reverse(a[lo : lo+run])
		}
		if run < minrun {
			force := min(n-lo, minrun)
			s.binarySort(lo, lo+force, lo+run)
			run = force
		}
		s.foundNewRun(run)
		s.runs = append(s.runs, sortRun{base: lo, n: run})
		lo += run
	}
	for len(s.runs) > 1 { // merge_force_collapse
		i := len(s.runs) - 2
		if i > 0 && s.runs[i-1].n < s.runs[i+1].n {
			i--
		}
		s.mergeAt(i)
	}
}

// sortMinrun is the minimum run length for n items: n itself below 64,
// else a length in [32, 64] that splits n into a power of two of runs
// or slightly fewer.
func sortMinrun(n int) int {
	r := 0
	for n >= 64 {
		r |= n & 1
		n >>= 1
	}
	return n + r
}

// countRun is the length of the run starting at lo (at most hi-lo), and
// whether it is strictly descending.
func (s *listSorter) countRun(lo, hi int) (n int, descending bool) {
	a := s.a
	if lo+1 == hi {
		return 1, false
	}
	n = 2
	if s.less(a[lo+1], a[lo]) {
		for i := lo + 2; i < hi && s.less(a[i], a[i-1]); i++ {
			n++
		}
		return n, true
	}
	for i := lo + 2; i < hi && !s.less(a[i], a[i-1]); i++ {
		n++
	}
	return n, false
}

// binarySort extends the sorted a[lo:start] to a[lo:hi] by binary
// insertion.
func (s *listSorter) binarySort(lo, hi, start int) {
	a := s.a
	if start == lo {
		start++
	}
	for ; start < hi; start++ {
		pivot := a[start]
		l, r := lo, start
		for l < r {
			p := l + (r-l)>>1
			if s.less(pivot, a[p]) {
				r = p
			} else {
				l = p + 1
			}
		}
		copy(a[l+1:start+1], a[l:start])
		a[l] = pivot
	}
}

// foundNewRun merges the pending runs deeper than the boundary between
// the topmost run and the next one, of length n2.
func (s *listSorter) foundNewRun(n2 int) {
	if len(s.runs) == 0 {
		return
	}
	top := s.runs[len(s.runs)-1]
	power := sortPower(top.base, top.n, n2, len(s.a))
	for len(s.runs) > 1 && s.runs[len(s.runs)-2].power > power {
		s.mergeAt(len(s.runs) - 2)
	}
	s.runs[len(s.runs)-1].power = power
}

// sortPower is the power of the boundary between the adjacent runs
// a[s1:s1+n1] and a[s1+n1:s1+n1+n2] of a list of n items: the first bit
// in which the binary fractions of their midpoints over n differ.
func sortPower(s1, n1, n2, n int) int {
	result := 0
	a := 2*s1 + n1
	b := a + n1 + n2
	for {
		result++
		if a >= n {
			a -= n
			b -= n
		} else if b >= n {
			return result
		}
		a <<= 1
		b <<= 1
	}
}

// mergeAt merges the pending runs i and i+1.
func (s *listSorter) mergeAt(i int) {
	a := s.a
	pa, na := s.runs[i].base, s.runs[i].n
	pb, nb := s.runs[i+1].base, s.runs[i+1].n
	s.runs[i].n = na + nb
	if i == len(s.runs)-3 {
		s.runs[i+1] = s.runs[i+2]
	}
	s.runs = s.runs[:len(s.runs)-1]

	// Items of A before where B's first belongs, and of B after where
	// A's last belongs, are in place already.
	k := s.gallopRight(a[pb], a[pa:pa+na], 0)
	pa += k
	na -= k
	if na == 0 {
		return
	}
	nb = s.gallopLeft(a[pa+na-1], a[pb:pb+nb], nb-1)
	if nb <= 0 {
		return
	}
	if na <= nb {
		s.mergeLo(pa, na, pb, nb)
	} else {
		s.mergeHi(pa, na, pb, nb)
	}
}

// gallopLeft is where key belongs in the sorted run, left of any equal
// items, searched by galloping from hint.
func (s *listSorter) gallopLeft(key int, run []int, hint int) int {
	lastofs, ofs := 0, 1
	if s.less(run[hint], key) {
		maxofs := len(run) - hint
		for ofs < maxofs && s.less(run[hint+ofs], key) {
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs += hint
		ofs += hint
	} else {
		maxofs := hint + 1
		for ofs < maxofs && !s.less(run[hint-ofs], key) {
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs, ofs = hint-ofs, hint-lastofs
	}
	for lastofs++; lastofs < ofs; {
		m := lastofs + (ofs-lastofs)>>1
		if s.less(run[m], key) {
			lastofs = m + 1
		} else {
			ofs = m
		}
	}
	return ofs
}

// gallopRight is where key belongs in the sorted run, right of any equal
// items, searched by galloping from hint.
func (s *listSorter) gallopRight(key int, run []int, hint int) int {
	lastofs, ofs := 0, 1
	if s.less(key, run[hint]) {
		maxofs := hint + 1
		for ofs < maxofs && s.less(key, run[hint-ofs]) {
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs, ofs = hint-ofs, hint-lastofs
	} else {
		maxofs := len(run) - hint
		for ofs < maxofs && !s.less(key, run[hint+ofs]) {
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs += hint
		ofs += hint
	}
	for lastofs++; lastofs < ofs; {
		m := lastofs + (ofs-lastofs)>>1
		if s.less(key, run[m]) {
			ofs = m
		} else {
			lastofs = m + 1
		}
	}
	return ofs
}

// mergeLo merges the adjacent runs a[pa:pa+na] and a[pb:pb+nb], na <=
// nb, from the left, with A in scratch space. A comparison that panics
// puts A's remaining items back first, as CPython's merge does on error.
func (s *listSorter) mergeLo(pa, na, pb, nb int) {
	a := s.a
	s.tmp = append(s.tmp[:0], a[pa:pa+na]...)
	tmp := s.tmp
	ia, ib, dest := 0, pb, pa
	done := false
	defer func() {
		if !done && na > 0 {
			copy(a[dest:dest+na], tmp[ia:ia+na])
		}
	}()
	var minGallop, acount, bcount int

	a[dest] = a[ib]
	dest, ib, nb = dest+1, ib+1, nb-1
	if nb == 0 {
		goto succeed
	}
	if na == 1 {
		goto copyB
	}
	minGallop = s.minGallop
	for {
		acount, bcount = 0, 0
		for {
			if s.less(a[ib], tmp[ia]) {
				a[dest] = a[ib]
				dest, ib, nb = dest+1, ib+1, nb-1
				bcount, acount = bcount+1, 0
				if nb == 0 {
					goto succeed
				}
				if bcount >= minGallop {
					break
				}
			} else {
				a[dest] = tmp[ia]
				dest, ia, na = dest+1, ia+1, na-1
				acount, bcount = acount+1, 0
				if na == 1 {
					goto copyB
				}
				if acount >= minGallop {
					break
				}
			}
		}
		minGallop++
		for {
			if minGallop > 1 {
				minGallop--
			}
			s.minGallop = minGallop
			k := s.gallopRight(a[ib], tmp[ia:ia+na], 0)
			acount = k
			if k > 0 {
				copy(a[dest:dest+k], tmp[ia:ia+k])
				dest, ia, na = dest+k, ia+k, na-k
				if na == 1 {
					goto copyB
				}
				if na == 0 { // only with an inconsistent ordering
					goto succeed
				}
			}
			a[dest] = a[ib]
			dest, ib, nb = dest+1, ib+1, nb-1
			if nb == 0 {
				goto succeed
			}
			k = s.gallopLeft(tmp[ia], a[ib:ib+nb], 0)
			bcount = k
			if k > 0 {
				copy(a[dest:dest+k], a[ib:ib+k])
				dest, ib, nb = dest+k, ib+k, nb-k
				if nb == 0 {
					goto succeed
				}
			}
			a[dest] = tmp[ia]
			dest, ia, na = dest+1, ia+1, na-1
			if na == 1 {
				goto copyB
			}
			if acount < sortMinGallop && bcount < sortMinGallop {
				break
			}
		}
		minGallop++ // penalize leaving galloping mode
		s.minGallop = minGallop
	}
succeed:
	return // the deferred copy moves A's rest into place
copyB:
	// A's last item belongs after all of B's.
	copy(a[dest:dest+nb], a[ib:ib+nb])
	a[dest+nb] = tmp[ia]
	done = true
}

// mergeHi merges the adjacent runs a[pa:pa+na] and a[pb:pb+nb], na >=
// nb, from the right, with B in scratch space.
func (s *listSorter) mergeHi(pa, na, pb, nb int) {
	a := s.a
	s.tmp = append(s.tmp[:0], a[pb:pb+nb]...)
	tmp := s.tmp
	ia, ib, dest := pa+na-1, nb-1, pb+nb-1
	done := false
	defer func() {
		if !done && nb > 0 {
			copy(a[dest-(nb-1):dest+1], tmp[:nb])
		}
	}()
	var minGallop, acount, bcount int

	a[dest] = a[ia]
	dest, ia, na = dest-1, ia-1, na-1
	if na == 0 {
		goto succeed
	}
	if nb == 1 {
		goto copyA
	}
	minGallop = s.minGallop
	for {
		acount, bcount = 0, 0
		for {
			if s.less(tmp[ib], a[ia]) {
				a[dest] = a[ia]
				dest, ia, na = dest-1, ia-1, na-1
				acount, bcount = acount+1, 0
				if na == 0 {
					goto succeed
				}
				if acount >= minGallop {
					break
				}
			} else {
				a[dest] = tmp[ib]
				dest, ib, nb = dest-1, ib-1, nb-1
				bcount, acount = bcount+1, 0
				if nb == 1 {
					goto copyA
				}
				if bcount >= minGallop {
					break
				}
			}
		}
		minGallop++
		for {
			if minGallop > 1 {
				minGallop--
			}
			s.minGallop = minGallop
			k := na - s.gallopRight(tmp[ib], a[pa:pa+na], na-1)
			acount = k
			if k > 0 {
				dest, ia = dest-k, ia-k
				copy(a[dest+1:dest+1+k], a[ia+1:ia+1+k])
				na -= k
				if na == 0 {
					goto succeed
				}
			}
			a[dest] = tmp[ib]
			dest, ib, nb = dest-1, ib-1, nb-1
			if nb == 1 {
				goto copyA
			}
			k = nb - s.gallopLeft(a[ia], tmp[:nb], nb-1)
			bcount = k
			if k > 0 {
				dest, ib = dest-k, ib-k
				copy(a[dest+1:dest+1+k], tmp[ib+1:ib+1+k])
				nb -= k
				if nb == 1 {
					goto copyA
				}
				if nb == 0 { // only with an inconsistent ordering
					goto succeed
				}
			}
			a[dest] = a[ia]
			dest, ia, na = dest-1, ia-1, na-1
			if na == 0 {
				goto succeed
			}
			if acount < sortMinGallop && bcount < sortMinGallop {
				break
			}
		}
		minGallop++
		s.minGallop = minGallop
	}
succeed:
	return // the deferred copy moves B's rest into place
copyA:
	// B's first item belongs before all of A's.
	copy(a[dest+1-na:dest+1], a[ia+1-na:ia+1])
	a[dest-na] = tmp[ib]
	done = true
}
