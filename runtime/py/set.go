package py

import (
	"iter"
	"math"
)

// Set is Python's set. For elements whose CPython hash is the same in
// every process (numbers, tuples of them, frozen dataclasses and named
// tuples of them, instances with __hash__; see processHash) it reproduces
// CPython's iteration order (and so its repr) by running the same open
// addressing table as setobject.c: same hashes, linear probes, perturbed
// steps, growth and tombstones. For other elements (a str above all,
// whose CPython hash is randomised per process, so that no order can be
// relied on there) it iterates in insertion order, and a set that gets
// one keeps the order it has and goes on in insertion order.
//
// Elements held as any are normalised as a dict's keys are (1, 1.0 and
// True are one element, the first added kept; see protocol.go).
type Set[T comparable] struct {
	pos     map[T]int // slot of each element, by normalised element
	slots   []setSlot[T]
	fill    int // active + dummy slots (emulated table)
	finger  int // where pop() resumes, as so->finger
	emulate bool
	// mixed says some values of T hash as CPython does in every process
	// and others do not (a set of any, of tuples holding strs or not).
	mixed  bool
	frozen bool // a frozenset: it prints and names itself so
	keyer[T]
}

type setSlot[T comparable] struct {
	key   T
	hash  uint64
	state uint8 // slotEmpty, slotActive or slotDummy
}

const (
	slotEmpty = iota
	slotActive
	slotDummy
)

const (
	setMinSize    = 8
	linearProbes  = 9
	perturbShift  = 5
	hashModulus   = 1<<61 - 1
	hashBits      = 61
	hashInf       = 314159
	setGrowFactor = 4
)

// NewSet makes a set holding items, added in order as set() followed by
// add() calls, or a display with variables ({a, b, c}) builds it.
func NewSet[T comparable](items ...T) *Set[T] {
	s := &Set[T]{pos: map[T]int{}, keyer: newKeyer[T]()}
	var zero T
	all := hashesInEveryProcess(any(zero))
	s.mixed = !all && (s.mode != keyStatic || isTuple(any(zero)))
	s.emulate = all || s.mixed
	if s.emulate {
		s.slots = make([]setSlot[T], setMinSize)
	}
	for _, x := range items {
		s.Add(x)
	}
	return s
}

// FrozenSetConstant is the frozenset CPython 3.11 compiles a set display
// of constants to (one a for loop or a comprehension iterates, or one of
// three or more): built from the items, then rebuilt from its own
// iteration order when the compiler merges the code's constants
// (merge_consts_recursive), which can move colliding elements.
func FrozenSetConstant[T comparable](items ...T) *Set[T] {
	s := NewSet(NewSet(items...).Items()...)
	s.frozen = true
	return s
}

// SetOfConstants is a display of three or more constants: a new set
// updated with their frozenset constant (BUILD_SET, SET_UPDATE).
func SetOfConstants[T comparable](items ...T) *Set[T] {
	s := NewSet[T]()
	s.Update(FrozenSetConstant(items...))
	return s
}

// SetFrom is set(iterable).
func SetFrom[T comparable](seq iter.Seq[T]) *Set[T] {
	s := NewSet[T]()
	for x := range seq {
		s.Add(x)
	}
	return s
}

// hashesInEveryProcess reports whether every value of zero's Go type
// hashes as CPython does in every process: ints, floats, bools and
// tuples of them (see processHash).
func hashesInEveryProcess(zero any) bool {
	switch zero.(type) {
	case int, bool, float64:
		return true
	}
	if !isTuple(zero) {
		return false
	}
	t := zero.(PySequence)
	for i := range t.PyLen() {
		if !hashesInEveryProcess(t.PyItem(i)) {
			return false
		}
	}
	return true
}

func hashInt(x int) int64 {
	h := int64(absInt(x) % hashModulus)
	if x < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

func hashFloat(v float64) int64 {
	switch {
	case math.IsInf(v, 1):
		return hashInf
	case math.IsInf(v, -1):
		return -hashInf
	case math.IsNaN(v):
		return 0
	}
	m, e := math.Frexp(v)
	sign := int64(1)
	if m < 0 {
		sign, m = -1, -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(hashBits-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e %= hashBits
	} else {
		e = hashBits - 1 - ((-1 - e) % hashBits)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(hashBits-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

// Len is len(s).
func (s *Set[T]) Len() int { return len(s.pos) }

// Contains is `x in s`.
func (s *Set[T]) Contains(x T) bool {
	n, _ := s.key(x)
	_, ok := s.pos[n]
	return ok
}

// Add is s.add(x).
func (s *Set[T]) Add(x T) {
	if s.emulate {
		if h, ok := processHash(any(x)); ok {
			s.addHashed(x, uint64(h))
			return
		}
		s.keepInsertionOrder()
	}
	n, fresh := s.key(x)
	if _, ok := s.pos[n]; ok {
		return
	}
	if fresh {
		s.fileKey(n)
	}
	s.pos[n] = len(s.slots)
	s.slots = append(s.slots, setSlot[T]{key: x, state: slotActive})
}

// insert puts x where set_add_entry (reuseDummy) or set_insert_clean
// would: the last tombstone of its probe sequence met before an empty
// slot, else that empty slot. reused reports a tombstone was taken.
func (s *Set[T]) insert(table []setSlot[T], x T, h uint64, reuseDummy bool) (at int, reused bool) {
	mask := uint64(len(table) - 1)
	i, perturb := h&mask, h
	free := -1
	for {
		probes := uint64(0)
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; j <= i+probes; j++ {
			switch table[j].state {
			case slotEmpty:
				if free >= 0 {
					table[free] = setSlot[T]{key: x, hash: h, state: slotActive}
					return free, true
				}
				table[j] = setSlot[T]{key: x, hash: h, state: slotActive}
				return int(j), false
			case slotDummy:
				if reuseDummy {
					free = int(j)
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize is set_table_resize: the smallest power of two above minUsed,
// refilled in old table order.
func (s *Set[T]) resize(minUsed int) {
	size := setMinSize
	for size <= minUsed {
		size <<= 1
	}
	table := make([]setSlot[T], size)
	s.refill(table, s.slots)
}

// refill inserts the active slots of old into table in old's order.
func (s *Set[T]) refill(table, old []setSlot[T]) {
	for _, sl := range old {
		if sl.state == slotActive {
			s.pos[s.storedKey(sl.key)], _ = s.insert(table, sl.key, sl.hash, false)
		}
	}
	s.slots, s.fill = table, len(s.pos)
}

// Discard is s.discard(x).
func (s *Set[T]) Discard(x T) {
	n, _ := s.key(x)
	i, ok := s.pos[n]
	if !ok {
		return
	}
	delete(s.pos, n)
	s.unfileKey(n)
	s.slots[i] = setSlot[T]{hash: ^uint64(0), state: slotDummy}
	if !s.emulate && len(s.slots) > 16 && len(s.slots) > 2*len(s.pos) {
		s.compact()
	}
}

// keepInsertionOrder turns a set of any that holds only numbers (in
// CPython's table order) into an insertion-ordered one, keeping the order
// it has: it is getting an element whose hash CPython randomises.
func (s *Set[T]) keepInsertionOrder() {
	s.compact()
	s.fill, s.emulate = 0, false
}

// compact drops tombstones of an insertion-ordered set.
func (s *Set[T]) compact() {
	live := make([]setSlot[T], 0, len(s.pos))
	for _, sl := range s.slots {
		if sl.state == slotActive {
			s.pos[s.storedKey(sl.key)] = len(live)
			live = append(live, sl)
		}
	}
	s.slots = live
}

// Remove is s.remove(x); KeyError(x) when absent.
func (s *Set[T]) Remove(x T) {
	if !s.Contains(x) {
		Raise(KeyError.New(x))
	}
	s.Discard(x)
}

// Pop is s.pop(): the element set_pop finds from its finger; KeyError
// "pop from an empty set".
func (s *Set[T]) Pop() T {
	if len(s.pos) == 0 {
		Raise(KeyError.New("pop from an empty set"))
	}
	i := s.finger % len(s.slots)
	for s.slots[i].state != slotActive {
		i = (i + 1) % len(s.slots)
	}
	x := s.slots[i].key
	s.Discard(x)
	s.finger = i + 1
	return x
}

// All iterates over the elements in CPython's order (see Set).
func (s *Set[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		n := len(s.pos)
		for i := 0; i < len(s.slots); i++ {
			if len(s.pos) != n {
				Raise(RuntimeError.New("Set changed size during iteration"))
			}
			if sl := s.slots[i]; sl.state == slotActive && !yield(sl.key) {
				return
			}
		}
	}
}

// Items lists the elements in iteration order.
func (s *Set[T]) Items() []T {
	out := make([]T, 0, len(s.pos))
	for x := range s.All() {
		out = append(out, x)
	}
	return out
}

// PyRepr is repr(s): "{1, 2}", or "set()" when empty.
func (s *Set[T]) PyRepr() string {
	if s == nil {
		return "None"
	}
	switch {
	case len(s.pos) == 0 && s.frozen:
		return "frozenset()"
	case len(s.pos) == 0:
		return "set()"
	}
	b := []byte{'{'}
	for i, x := range s.Items() {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = appendRepr(b, x)
	}
	if s.frozen {
		return "frozenset(" + string(append(b, '}')) + ")"
	}
	return string(append(b, '}'))
}

// PyLen makes len() work on sets held as any.
func (s *Set[T]) PyLen() int { return len(s.pos) }

// PyTypeName is "set" or "frozenset".
func (s *Set[T]) PyTypeName() string {
	if s != nil && s.frozen {
		return "frozenset"
	}
	return "set"
}

// isSetType reports whether a type is set or frozenset, which compare
// equal when they hold the same elements.
func isSetType(name string) bool { return name == "set" || name == "frozenset" }

// Frozen makes a new set a frozenset: frozenset(...) is the set that
// set(...) makes, frozen.
func Frozen[T comparable](s *Set[T]) *Set[T] {
	s.frozen = true
	return s
}

// PyContains makes `in` work on sets held as any, for an item of any
// type: an equal number of another type is found; an unhashable item
// raises TypeError, as in CPython.
func (s *Set[T]) PyContains(x any) bool {
	if v, ok := keyAs[T](x); ok {
		return s.Contains(v)
	}
	if _, ok := s.foreign(x); ok {
		return true
	}
	checkHashable(x)
	return false
}

// PyIter iterates over the elements as anys (PyIterable).
func (s *Set[T]) PyIter() iter.Seq[any] {
	return func(yield func(any) bool) {
		for x := range s.All() {
			if !yield(x) {
				return
			}
		}
	}
}

// PyEq is s == other: the same elements; other may be a set of any
// instantiation.
func (s *Set[T]) PyEq(other any) bool {
	if o, ok := other.(*Set[T]); ok {
		if o.Len() != s.Len() {
			return false
		}
		for _, sl := range s.slots {
			if sl.state == slotActive && !o.Contains(sl.key) {
				return false
			}
		}
		return true
	}
	o, ok := other.(PySetLike)
	if !ok || !isSetType(o.PyTypeName()) || o.PyLen() != s.Len() {
		return false
	}
	for _, sl := range s.slots {
		if sl.state == slotActive && !o.PyContains(sl.key) {
			return false
		}
	}
	return true
}

// PyConvert makes a *Set[T] of a set of another element type
// (PyConverter).
func (*Set[T]) PyConvert(v any) (any, bool) {
	o, ok := v.(PySetLike)
	if !ok || !isSetType(o.PyTypeName()) {
		return nil, false
	}
	out := NewSet[T]()
	out.frozen = o.PyTypeName() == "frozenset"
	for x := range o.PyIter() {
		xx, ok := Convert[T](x)
		if !ok {
			return nil, false
		}
		out.Add(xx)
	}
	return out, true
}
