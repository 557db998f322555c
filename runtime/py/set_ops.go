package py

// The set operations follow setobject.c step by step (which set is
// copied, which one is iterated, when the table is resized), so that an
// int or float set they build iterates in CPython's order.

// addHashed is set_add_entry for an element whose hash is known (any
// hash when s keeps insertion order).
func (s *Set[T]) addHashed(x T, h uint64) {
	if s.emulate && s.mixed { // x comes from a set that may not have hashed it
		hx, ok := processHash(any(x))
		if !ok {
			s.keepInsertionOrder()
		}
		h = uint64(hx)
	}
	if !s.emulate {
		s.Add(x)
		return
	}
	n, fresh := s.key(x)
	if _, ok := s.pos[n]; ok {
		return
	}
	if fresh {
		s.fileKey(n)
	}
	i, reused := s.insert(s.slots, x, h, true)
	s.pos[n] = i
	if reused {
		return
	}
	s.fill++
	if mask := len(s.slots) - 1; s.fill*5 >= mask*3 {
		used := len(s.pos)
		if used > 50000 {
			s.resize(used * 2)
		} else {
			s.resize(used * setGrowFactor)
		}
	}
}

// active calls f for each element of s in table order, with its hash.
func (s *Set[T]) active(f func(x T, h uint64)) {
	for _, sl := range s.slots {
		if sl.state == slotActive {
			f(sl.key, sl.hash)
		}
	}
}

// Update is s.update(o) and s |= o for a set o: set_merge, which resizes
// once for both sets and copies o's table as it is into an empty s.
func (s *Set[T]) Update(o *Set[T]) {
	if o == s || o.Len() == 0 {
		return
	}
	if !s.emulate || !o.emulate {
		o.active(s.addHashed)
		return
	}
	if (s.fill+o.Len())*5 >= (len(s.slots)-1)*3 {
		s.resize((s.Len() + o.Len()) * 2)
	}
	switch {
	case s.fill == 0 && len(s.slots) == len(o.slots) && o.fill == o.Len():
		copy(s.slots, o.slots)
		o.active(func(x T, _ uint64) { n := s.adoptKey(x); s.pos[n] = o.pos[n] })
		s.fill = o.fill
	case s.fill == 0:
		o.active(func(x T, h uint64) { s.pos[s.adoptKey(x)], _ = s.insert(s.slots, x, h, false) })
		s.fill = o.Len()
	default:
		o.active(s.addHashed)
	}
}

// AddAll is s.update(xs) for the items of a list or another iterable.
func (s *Set[T]) AddAll(xs []T) {
	for _, x := range xs {
		s.Add(x)
	}
}

// AddKeys is s.update(d) for a dict's keys: one resize for them all
// first, as set_update_internal does for a dict.
func (s *Set[T]) AddKeys(keys []T) {
	if s.emulate && (s.fill+len(keys))*5 >= (len(s.slots)-1)*3 {
		s.resize((s.Len() + len(keys)) * 2)
	}
	s.AddAll(keys)
}

// Copy is s.copy(): a new set updated with s (a frozenset's is one too).
func (s *Set[T]) Copy() *Set[T] {
	out := NewSet[T]()
	out.Update(s)
	return s.like(out)
}

// like makes out, a new result of an operation on s, of s's kind: set or
// frozenset, as CPython's results follow the left operand.
func (s *Set[T]) like(out *Set[T]) *Set[T] {
	out.frozen = s.frozen
	return out
}

// Clear is s.clear(): back to an empty table of the minimum size.
func (s *Set[T]) Clear() {
	clear(s.pos)
	s.slots, s.fill, s.keyer = nil, 0, newKeyer[T]()
	s.emulate = s.emulate || s.mixed
	if s.emulate {
		s.slots = make([]setSlot[T], setMinSize)
	}
}

// The operations of two sets, and of a set and a list, are functions
// rather than methods of Set[T], so that only a program using them
// compiles them for its element types.

// SetUnion is s | o and s.union(o).
func SetUnion[T comparable](s, o *Set[T]) *Set[T] {
	out := s.Copy()
	out.Update(o)
	return s.like(out)
}

// SetIntersection is s & o and s.intersection(o): the smaller set's
// elements that the larger one holds.
func SetIntersection[T comparable](s, o *Set[T]) *Set[T] {
	if s == o {
		return s.Copy()
	}
	big, small := s, o
	if o.Len() > s.Len() {
		big, small = o, s
	}
	out := NewSet[T]()
	small.active(func(x T, h uint64) {
		if big.Contains(x) {
			out.addHashed(x, h)
		}
	})
	return s.like(out)
}

// SetDifference is s - o and s.difference(o).
func SetDifference[T comparable](s, o *Set[T]) *Set[T] {
	if s.Len()>>2 > o.Len() {
		out := s.Copy()
		SetDifferenceUpdate(out, o)
		return s.like(out)
	}
	out := NewSet[T]()
	s.active(func(x T, h uint64) {
		if !o.Contains(x) {
			out.addHashed(x, h)
		}
	})
	return s.like(out)
}

// SetDifferenceUpdate is s -= o and s.difference_update(o).
func SetDifferenceUpdate[T comparable](s, o *Set[T]) {
	if s == o {
		s.Clear()
		return
	}
	if o.Len()>>3 > s.Len() {
		o = SetIntersection(s, o)
	}
	SetDiscardAll(s, o.Items())
}

// SetDiscardAll is s.difference_update(xs) for the items of a list or
// another iterable; the table is rebuilt when more than a quarter of it
// are tombstones.
func SetDiscardAll[T comparable](s *Set[T], xs []T) {
	for _, x := range xs {
		s.Discard(x)
	}
	if s.emulate && s.fill-s.Len() > (len(s.slots)-1)/4 {
		if s.Len() > 50000 {
			s.resize(s.Len() * 2)
		} else {
			s.resize(s.Len() * 4)
		}
	}
}

// SetIntersectionUpdate is s &= o: s takes the table of s & o.
func SetIntersectionUpdate[T comparable](s, o *Set[T]) {
	in := SetIntersection(s, o)
	s.pos, s.slots, s.fill, s.emulate, s.keyer = in.pos, in.slots, in.fill, in.emulate, in.keyer
}

// SetSymmetricDifference is s ^ o: a copy of o updated with s's elements
// symmetrically.
func SetSymmetricDifference[T comparable](s, o *Set[T]) *Set[T] {
	out := o.Copy()
	SetSymmetricDifferenceUpdate(out, s)
	return s.like(out)
}

// SetSymmetricDifferenceUpdate is s ^= o: each of o's elements is removed
// from s if there, added if not.
func SetSymmetricDifferenceUpdate[T comparable](s, o *Set[T]) {
	if s == o {
		s.Clear()
		return
	}
	o.active(func(x T, h uint64) {
		if s.Contains(x) {
			s.Discard(x)
		} else {
			s.addHashed(x, h)
		}
	})
}

// SetIsSubset is s <= o and s.issubset(o).
func SetIsSubset[T comparable](s, o *Set[T]) bool {
	if s.Len() > o.Len() {
		return false
	}
	for x := range s.All() {
		if !o.Contains(x) {
			return false
		}
	}
	return true
}

// SetIsSuperset is s >= o and s.issuperset(o).
func SetIsSuperset[T comparable](s, o *Set[T]) bool { return SetIsSubset(o, s) }

// SetIsProperSubset is s < o.
func SetIsProperSubset[T comparable](s, o *Set[T]) bool {
	return s.Len() < o.Len() && SetIsSubset(s, o)
}

// SetIsDisjoint is s.isdisjoint(o).
func SetIsDisjoint[T comparable](s, o *Set[T]) bool { return SetIntersection(s, o).Len() == 0 }

// The forms taking a list (or another iterable listed first) rather than
// a set, which CPython iterates in the list's order.

// SetUnionItems is s.union(xs).
func SetUnionItems[T comparable](s *Set[T], xs []T) *Set[T] {
	out := s.Copy()
	out.AddAll(xs)
	return s.like(out)
}

// SetIntersectionItems is s.intersection(xs): the items of xs in s, in xs's
// order.
func SetIntersectionItems[T comparable](s *Set[T], xs []T) *Set[T] {
	out := NewSet[T]()
	for _, x := range xs {
		if s.Contains(x) {
			out.Add(x)
		}
	}
	return s.like(out)
}

// SetIntersectionUpdateItems is s.intersection_update(xs).
func SetIntersectionUpdateItems[T comparable](s *Set[T], xs []T) {
	in := SetIntersectionItems(s, xs)
	s.pos, s.slots, s.fill, s.emulate, s.keyer = in.pos, in.slots, in.fill, in.emulate, in.keyer
}

// SetDifferenceItems is s.difference(xs): a copy of s without them.
func SetDifferenceItems[T comparable](s *Set[T], xs []T) *Set[T] {
	out := s.Copy()
	SetDiscardAll(out, xs)
	return s.like(out)
}

// SetSymmetricDifferenceItems is s.symmetric_difference(xs): a set of xs
// updated with s symmetrically.
func SetSymmetricDifferenceItems[T comparable](s *Set[T], xs []T) *Set[T] {
	out := NewSet(xs...)
	SetSymmetricDifferenceUpdate(out, s)
	return s.like(out)
}
