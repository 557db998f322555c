package py

import (
	"iter"
	"reflect"
	"slices"
	"strconv"
)

// List is Python's list of T. It is used through a pointer (lists have
// reference semantics); Items is the backing slice, free to read. A
// collections.deque is a List too, marked by deque (deque.go): it shares
// every operation the two types have in common, and so every helper that
// takes a list.
type List[T any] struct {
	Items []T
	deque *dequeInfo
}

// NewList makes a list holding items (the slice is taken, not copied).
func NewList[T any](items ...T) *List[T] {
	if items == nil {
		items = []T{}
	}
	return &List[T]{Items: items}
}

// ListFrom is list(seq).
func ListFrom[T any](seq iter.Seq[T]) *List[T] {
	return &List[T]{Items: slices.AppendSeq([]T{}, seq)}
}

// Len is len(l).
func (l *List[T]) Len() int { return len(l.Items) }

// index resolves a Python index (negative counts from the end).
func index(i, n int, msg string) int {
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		Raise(IndexError.New(msg))
	}
	return i
}

// Get is l[i].
func (l *List[T]) Get(i int) T {
	if l.deque != nil {
		return l.Items[index(i, len(l.Items), "deque index out of range")]
	}
	return l.Items[index(i, len(l.Items), "list index out of range")]
}

// Set is l[i] = v.
func (l *List[T]) Set(i int, v T) {
	l.Items[index(i, len(l.Items), assignRangeMsg(l.deque))] = v
}

// Del is del l[i].
func (l *List[T]) Del(i int) {
	i = index(i, len(l.Items), assignRangeMsg(l.deque))
	l.Items = slices.Delete(l.Items, i, i+1)
}

// assignRangeMsg is the IndexError of l[i] = v and del l[i] for a list
// or, given its dequeInfo, a deque.
func assignRangeMsg(d *dequeInfo) string {
	if d != nil {
		return "deque index out of range"
	}
	return "list assignment index out of range"
}

// Append is l.append(v). A full list doubles: past 256 items append grows
// a slice by about a quarter, so a list built one item at a time would be
// copied into fresh memory adding up to five times its final size, and in
// a short program faulting those pages in costs more than the copying.
func (l *List[T]) Append(v T) {
	if l.deque.full(len(l.Items)) {
		if len(l.Items) == 0 {
			return // maxlen=0 keeps nothing
		}
		l.dropFirst()
	}
	if n := len(l.Items); n == cap(l.Items) {
		l.Items = slices.Grow(l.Items, max(n, 4))
	}
	l.Items = append(l.Items, v)
}

// Extend is l.extend(other).
func (l *List[T]) Extend(other *List[T]) {
	if l.deque != nil {
		l.ExtendSeq(slices.Values(other.Items))
		return
	}
	l.Items = append(l.Items, other.Items...)
}

// ExtendSeq is l.extend(iterable).
func (l *List[T]) ExtendSeq(seq iter.Seq[T]) {
	if l.deque != nil {
		for x := range seq {
			l.Append(x) // drops from the left past maxlen
		}
		return
	}
	l.Items = slices.AppendSeq(l.Items, seq)
}

// The static forms of a list's less common methods are functions rather
// than methods of List[T], so that only a program calling them compiles
// them for its element types.

// ListInsert is l.insert(i, v): the index is clamped, never an error (but
// a full deque raises IndexError).
func ListInsert[T any](l *List[T], i int, v T) {
	l.Items = slices.Insert(l.Items, insertIndex(l.deque, i, len(l.Items)), v)
}

// insertIndex is where l.insert(i, v) puts v in a list (a deque, given
// its dequeInfo) of n items: i clamped to 0..n, counted from the end
// when negative; a full deque raises IndexError.
func insertIndex(d *dequeInfo, i, n int) int {
	if d.full(n) {
		Raise(IndexError.New("deque already at its maximum size"))
	}
	if i < 0 {
		i = max(i+n, 0)
	}
	return min(i, n)
}

// Pop is l.pop().
func (l *List[T]) Pop() T {
	if len(l.Items) == 0 {
		l.deque.popEmpty()
	}
	return ListPopAt(l, -1)
}

// ListPopAt is l.pop(i).
func ListPopAt[T any](l *List[T], i int) T {
	if len(l.Items) == 0 {
		Raise(IndexError.New("pop from empty list"))
	}
	i = index(i, len(l.Items), "pop index out of range")
	v := l.Items[i]
	l.Items = slices.Delete(l.Items, i, i+1)
	return v
}

// ListIndex is l.index(v), comparing with Python equality.
func ListIndex[T any](l *List[T], v T) int {
	for i, x := range l.Items {
		if sameOrEq(x, v) {
			return i
		}
	}
	Raise(ValueError.New(Repr(v) + " is not in " + l.PyTypeName()))
	return -1
}

// ListCount is l.count(v).
func ListCount[T any](l *List[T], v T) int {
	n := 0
	for _, x := range l.Items {
		if sameOrEq(x, v) {
			n++
		}
	}
	return n
}

// ListRemove is l.remove(v).
func ListRemove[T any](l *List[T], v T) {
	for i, x := range l.Items {
		if sameOrEq(x, v) {
			l.Items = slices.Delete(l.Items, i, i+1)
			return
		}
	}
	if l.deque != nil {
		Raise(ValueError.New(Repr(v) + " is not in deque"))
	}
	Raise(ValueError.New("list.remove(x): x not in list"))
}

// Contains is `v in l`.
func (l *List[T]) Contains(v T) bool {
	for _, x := range l.Items {
		if sameOrEq(x, v) {
			return true
		}
	}
	return false
}

// Slice is l[lo:hi:step]; nil bounds are omitted ones.
func (l *List[T]) Slice(lo, hi, step *int) *List[T] {
	if l.deque != nil {
		Raise(TypeError.New("sequence index must be integer, not 'slice'"))
	}
	start, _, st, n := sliceIndices(lo, hi, step, len(l.Items))
	out := make([]T, n)
	for i := range n {
		out[i] = l.Items[start+i*st]
	}
	return &List[T]{Items: out}
}

// ListDelSlice is del l[lo:hi:step]; nil bounds are omitted ones.
func ListDelSlice[T any](l *List[T], lo, hi, step *int) {
	start, _, st, n := sliceIndices(lo, hi, step, len(l.Items))
	if n == 0 {
		return
	}
	if st < 0 { // the same items, walked from the first
		start, st = start+(n-1)*st, -st
	}
	kept := l.Items[:start]
	for i := start; i < len(l.Items); i++ {
		if k := i - start; k%st != 0 || k/st >= n {
			kept = append(kept, l.Items[i])
		}
	}
	clear(l.Items[len(kept):]) // let the deleted items be collected
	l.Items = kept
}

// Clear is l.clear().
func (l *List[T]) Clear() { l.Items = l.Items[:0:0] }

// Copy is l.copy() (and l[:]); a deque's copy is a deque.
func (l *List[T]) Copy() *List[T] { return &List[T]{Items: append([]T{}, l.Items...), deque: l.deque} }

// ToList is list(l): a list of the items, of a deque too.
func (l *List[T]) ToList() *List[T] { return &List[T]{Items: append([]T{}, l.Items...)} }

// ListReverse is l.reverse().
func ListReverse[T any](l *List[T]) { slices.Reverse(l.Items) }

// Concat is l + other.
func (l *List[T]) Concat(other *List[T]) *List[T] {
	if l.deque != nil {
		out := l.Copy()
		out.Extend(other)
		return out
	}
	return &List[T]{Items: append(append(make([]T, 0, len(l.Items)+len(other.Items)), l.Items...), other.Items...)}
}

// Repeat is l * n.
func (l *List[T]) Repeat(n int) *List[T] {
	if n <= 0 {
		return &List[T]{Items: []T{}, deque: l.deque}
	}
	if l.deque != nil {
		return NewDeque(slices.Repeat(l.Items, n), l.deque.maxlen) // keeps the last maxlen
	}
	return &List[T]{Items: slices.Repeat(l.Items, n)}
}

// ListRepeatInPlace is l *= n: the list itself holds its items n times.
func ListRepeatInPlace[T any](l *List[T], n int) {
	if n <= 0 {
		l.Clear()
		return
	}
	l.Items = slices.Repeat(l.Items, n)
	if l.deque != nil && l.deque.maxlen >= 0 && len(l.Items) > l.deque.maxlen {
		l.Items = l.Items[len(l.Items)-l.deque.maxlen:] // a deque keeps its last maxlen
	}
}

// ListSort is l.sort() (reverse for reverse=True): stable, ascending by
// Python's <, a TypeError when the elements do not compare; reversed,
// equal elements keep their order, as in CPython.
func ListSort[T any](l *List[T], reverse bool) {
	l.deque.noMethod("sort")
	sortList(l.Items, reverse)
}

// SortKey is l.sort(key=key, reverse=reverse): every item's key first,
// then the items sorted by their keys.
func SortKey[T, K any](l *List[T], key func(T) K, reverse bool) {
	pairs := make([]keyed[K, T], len(l.Items))
	for i, x := range l.Items {
		pairs[i] = keyed[K, T]{key(x), x}
	}
	less := sortLess(len(pairs), func(i int) K { return pairs[i].key })
	defer func() { // also when a comparison raises: the items as far as sorted
		for i, p := range pairs {
			l.Items[i] = p.item
		}
	}()
	sortReversible(pairs, func(a, b keyed[K, T]) bool { return less(a.key, b.key) }, reverse)
}

// keyed is an item with its sort key.
type keyed[K, T any] struct {
	key  K
	item T
}

func sortList[T any](items []T, reverse bool) {
	switch s := any(items).(type) {
	case []int: // equal ints (strs) are the same value: any sort gives CPython's result
		sortPlain(s, reverse)
	case []string:
		sortPlain(s, reverse)
	default:
		sortReversible(items, sortLess(len(items), func(i int) T { return items[i] }), reverse)
	}
}

// sortPlain sorts ints or strs, whose order is total and whose equal
// items cannot be told apart.
func sortPlain[T int | string](s []T, reverse bool) {
	slices.Sort(s)
	if reverse {
		slices.Reverse(s)
	}
}

// sortReversible sorts a by less, reversed as CPython reverses a list
// sorted with reverse=True: before and after a stable sort (also when a
// comparison raises), so that equal items keep their order.
func sortReversible[E any](a []E, less func(x, y E) bool, reverse bool) {
	if reverse {
		slices.Reverse(a)
		defer slices.Reverse(a)
	}
	listSort(a, less)
}

// sortLess is the < list.sort compares n keys with: Go's for ints,
// floats and strs; for instances of one class that compare through
// methods, the class's __lt__ first, as CPython's sort calls the type's
// own comparison when all keys share a type, then Python's < in full.
func sortLess[K any](n int, keyAt func(i int) K) func(a, b K) bool {
	var zero K
	switch any(zero).(type) {
	case int, float64, string:
		return lessOf[K]()
	}
	if n > 0 && sameComparerType(n, func(i int) any { return keyAt(i) }) {
		return func(a, b K) bool {
			if r, ok := any(a).(PyRichComparer).PyRichCompare(b, "<"); ok {
				return r
			}
			return Lt(a, b)
		}
	}
	return lessOf[K]()
}

// sameComparerType reports whether the n keys are all instances of one
// class that compares through methods.
func sameComparerType(n int, keyAt func(i int) any) bool {
	first := keyAt(0)
	if _, ok := comparer(first); !ok {
		return false
	}
	t := reflect.TypeOf(first)
	for i := 1; i < n; i++ {
		if k := keyAt(i); reflect.TypeOf(k) != t || isNilInstance(k) {
			return false
		}
	}
	return true
}

// All iterates over index and element, seeing appends made meanwhile, as
// a Python for loop over a list does.
func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := 0; i < len(l.Items); i++ {
			if !yield(i, l.Items[i]) {
				return
			}
		}
	}
}

// Values iterates over the elements like `for x in l`.
func (l *List[T]) Values() iter.Seq[T] {
	return func(yield func(T) bool) {
		for i := 0; i < len(l.Items); i++ {
			if !yield(l.Items[i]) {
				return
			}
		}
	}
}

// PyRepr is repr(l): "[1, 'a']", or "deque([1, 'a'], maxlen=2)".
func (l *List[T]) PyRepr() string {
	if l == nil {
		return "None"
	}
	b := []byte{'['}
	if l.deque != nil {
		b = []byte("deque([")
	}
	for i, x := range l.Items {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = appendRepr(b, x)
	}
	b = append(b, ']')
	if l.deque != nil {
		b = l.deque.appendReprEnd(b)
	}
	return string(b)
}

// PyLen makes len() work on lists held as any.
func (l *List[T]) PyLen() int { return len(l.Items) }

// PyItem and PyTypeName let dynamic helpers compare and name lists of any
// element type.
func (l *List[T]) PyItem(i int) any { return l.Items[i] }

// PyTypeName is "list".
func (l *List[T]) PyTypeName() string {
	if l != nil && l.deque != nil { // a nil list stands for its type (keyModeOf)
		return "deque"
	}
	return "list"
}

// PyIter iterates over the items as anys (PyIterable).
func (l *List[T]) PyIter() iter.Seq[any] {
	return func(yield func(any) bool) {
		for i := 0; i < len(l.Items); i++ {
			if !yield(l.Items[i]) {
				return
			}
		}
	}
}

// PyContains is `item in l` for an item of any type, by Python equality.
func (l *List[T]) PyContains(item any) bool {
	for _, x := range l.Items {
		if sameOrEq(x, item) {
			return true
		}
	}
	return false
}

// PyConvert makes a *List[T] of a list of another element type
// (PyConverter); a nil receiver does.
func (*List[T]) PyConvert(v any) (any, bool) {
	if items, ok := seqAs[T](v, "list"); ok {
		return &List[T]{Items: items}, true
	}
	return nil, false
}

// ListConcat is a + b for lists whose element types differ from each
// other's or from the result's, which inference made wide enough to hold
// both (T is any, or the type both already have).
func ListConcat[T, A, B any](a *List[A], b *List[B]) *List[T] {
	out := make([]T, 0, len(a.Items)+len(b.Items))
	out = appendAs[T](out, a.Items)
	return &List[T]{Items: appendAs[T](out, b.Items)}
}

// ListAs is a copy of l whose items have Go type T: a fresh list that
// the compiler typed wider than the function making it (split's strs
// held in a list that also gets ints).
func ListAs[T, U any](l *List[U]) *List[T] {
	out := NewList[T]()
	ListExtend(out, l)
	return out
}

// ListExtend is l.extend(other) and l += other for a list other whose
// element type differs from l's.
func ListExtend[T, U any](l *List[T], other *List[U]) {
	if l.deque != nil {
		l.Extend(&List[T]{Items: appendAs[T](nil, other.Items)})
		return
	}
	l.Items = appendAs[T](l.Items, other.Items)
}

// appendAs appends items converted to T.
func appendAs[T, U any](out []T, items []U) []T {
	if same, ok := any(items).([]T); ok {
		return append(out, same...)
	}
	for _, x := range items {
		out = append(out, asItem[T](x))
	}
	return out
}

// sliceIndices mirrors PySlice_AdjustIndices: it clamps omitted or
// out-of-range bounds and returns the first index, the stop, the step and
// the number of elements selected.
func sliceIndices(lo, hi, step *int, n int) (start, stop, st, count int) {
	st = 1
	if step != nil {
		st = *step
		if st == 0 {
			Raise(ValueError.New("slice step cannot be zero"))
		}
	}
	lower, upper := 0, n
	if st < 0 {
		lower, upper = -1, n-1
	}
	adjust := func(p *int, def int) int {
		if p == nil {
			return def
		}
		v := *p
		if v < 0 {
			v += n
			if v < lower {
				v = lower
			}
		} else if v > upper {
			v = upper
		}
		return v
	}
	if st > 0 {
		start, stop = adjust(lo, lower), adjust(hi, upper)
		if stop > start {
			count = (stop-start-1)/st + 1
		}
	} else {
		start, stop = adjust(lo, upper), adjust(hi, lower)
		if start > stop {
			count = (start-stop-1)/-st + 1
		}
	}
	return start, stop, st, count
}

// Sum is sum(l) of a list of ints or floats, from 0 as Python starts;
// an int sum that does not fit raises OverflowError. One difference:
// the sum of an empty list of floats is 0.0, where CPython gives the
// int 0.
func Sum[T int | float64](l *List[T]) T {
	if ints, ok := any(l.Items).([]int); ok {
		s := 0
		for _, v := range ints {
			s = IntAdd(s, v)
		}
		return T(s)
	}
	var s T
	for _, v := range l.Items {
		s += v
	}
	return s
}

// Min is min(l): the first of the smallest items, as CPython keeps an
// item unless a later one compares less (so a NaN first stays).
func Min[T int | float64 | string](l *List[T]) T {
	return extreme(l, "min", func(a, b T) bool { return a < b })
}

// Max is max(l), the first of the largest items.
func Max[T int | float64 | string](l *List[T]) T {
	return extreme(l, "max", func(a, b T) bool { return a > b })
}

// MinOf is min(a, b, ...) of floats, which Go's min would not give for
// a NaN or -0.0: the first of the smallest, as CPython keeps an argument
// unless a later one compares less.
func MinOf(first float64, rest ...float64) float64 {
	for _, v := range rest {
		if v < first {
			first = v
		}
	}
	return first
}

// MaxOf is max(a, b, ...) of floats, the first of the largest.
func MaxOf(first float64, rest ...float64) float64 {
	for _, v := range rest {
		if v > first {
			first = v
		}
	}
	return first
}

func extreme[T any](l *List[T], name string, better func(a, b T) bool) T {
	if len(l.Items) == 0 {
		Raise(ValueError.New(name + "() arg is an empty sequence"))
	}
	r := l.Items[0]
	for _, v := range l.Items[1:] {
		if better(v, r) {
			r = v
		}
	}
	return r
}

// Bound is a slice bound that is present, for Slice and StrSlice, which
// take nil for an omitted one.
func Bound(i int) *int { return &i }

// Sorted is sorted(l) (reverse for reverse=True): a sorted copy, ordered
// as l.sort() orders.
func Sorted[T any](l *List[T], reverse bool) *List[T] {
	out := l.ToList()
	sortList(out.Items, reverse)
	return out
}

// AnyOf is any(l): whether some item is true.
func AnyOf[T any](l *List[T]) bool {
	for _, x := range l.Items {
		if Truth(x) {
			return true
		}
	}
	return false
}

// AllOf is all(l): whether every item is true.
func AllOf[T any](l *List[T]) bool {
	for _, x := range l.Items {
		if !Truth(x) {
			return false
		}
	}
	return true
}

// SortedKey is sorted(l, key=key, reverse=reverse).
func SortedKey[T, K any](l *List[T], key func(T) K, reverse bool) *List[T] {
	out := l.ToList()
	SortKey(out, key, reverse)
	return out
}

// EnumerateFrom is enumerate(items, start): each item with its position
// counted from start.
func EnumerateFrom[T any](items []T, start int) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range items {
			if !yield(start+i, x) {
				return
			}
		}
	}
}

// Zip is zip(a, b) over two lists, as a for loop iterates it: pairs of
// items until the shorter list ends.
func Zip[A, B any](a []A, b []B) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		for i := range min(len(a), len(b)) {
			if !yield(a[i], b[i]) {
				return
			}
		}
	}
}

// Reversed is reversed(l) as a for loop iterates it: the items from the
// last to the first.
func Reversed[T any](items []T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for i := len(items) - 1; i >= 0; i-- {
			if !yield(items[i]) {
				return
			}
		}
	}
}

// UnpackList2 is `a, b = l` for a list: ValueError unless it has exactly
// two items.
func UnpackList2[T any](l *List[T]) (T, T) {
	unpackCount(len(l.Items), 2)
	return l.Items[0], l.Items[1]
}

// UnpackList3 is `a, b, c = l` for a list.
func UnpackList3[T any](l *List[T]) (T, T, T) {
	unpackCount(len(l.Items), 3)
	return l.Items[0], l.Items[1], l.Items[2]
}

// UnpackList is the items of l after checking that there are want of
// them: what a nested or wide target unpacks from a list.
func UnpackList[T any](l *List[T], want int) []T {
	unpackCount(len(l.Items), want)
	return l.Items
}

// unpackCount raises CPython's ValueError when n items are unpacked into
// want targets.
func unpackCount(n, want int) {
	switch {
	case n < want:
		Raise(ValueError.New("not enough values to unpack (expected " + strconv.Itoa(want) + ", got " + strconv.Itoa(n) + ")"))
	case n > want:
		Raise(ValueError.New("too many values to unpack (expected " + strconv.Itoa(want) + ")"))
	}
}

// EnumerateList is list(enumerate(items, start)): each item with its
// index counted from start.
func EnumerateList[T any](items []T, start int) *List[Tuple2[int, T]] {
	out := make([]Tuple2[int, T], len(items))
	for i, x := range items {
		out[i] = Tuple2[int, T]{start + i, x}
	}
	return &List[Tuple2[int, T]]{Items: out}
}

// ZipList2 is list(zip(a, b)): pairs of items until the shorter list
// ends.
func ZipList2[A, B any](a []A, b []B) *List[Tuple2[A, B]] {
	out := make([]Tuple2[A, B], min(len(a), len(b)))
	for i := range out {
		out[i] = Tuple2[A, B]{a[i], b[i]}
	}
	return &List[Tuple2[A, B]]{Items: out}
}

// ZipList3 is list(zip(a, b, c)).
func ZipList3[A, B, C any](a []A, b []B, c []C) *List[Tuple3[A, B, C]] {
	out := make([]Tuple3[A, B, C], min(len(a), len(b), len(c)))
	for i := range out {
		out[i] = Tuple3[A, B, C]{a[i], b[i], c[i]}
	}
	return &List[Tuple3[A, B, C]]{Items: out}
}

// UnpackHead is `a, *rest = l`: the first item and a new list of the
// others; ValueError when l is empty.
func UnpackHead[T any](l *List[T]) (T, *List[T]) {
	unpackAtLeast(len(l.Items), 1)
	return l.Items[0], &List[T]{Items: slices.Clone(l.Items[1:])}
}

// UnpackTail is `*rest, a = l`: a new list of all items but the last,
// and the last.
func UnpackTail[T any](l *List[T]) (*List[T], T) {
	unpackAtLeast(len(l.Items), 1)
	n := len(l.Items) - 1
	return &List[T]{Items: slices.Clone(l.Items[:n])}, l.Items[n]
}

// UnpackStar is `a, *mid, b = l` and the other starred targets with
// before names ahead of the starred one and after behind it: those
// names' items in order, and a new list of the items between them.
func UnpackStar[T any](l *List[T], before, after int) ([]T, *List[T]) {
	unpackAtLeast(len(l.Items), before+after)
	end := len(l.Items) - after
	items := append(slices.Clone(l.Items[:before]), l.Items[end:]...)
	return items, &List[T]{Items: slices.Clone(l.Items[before:end])}
}

func unpackAtLeast(n, want int) {
	if n < want {
		Raise(ValueError.New("not enough values to unpack (expected at least " + strconv.Itoa(want) + ", got " + strconv.Itoa(n) + ")"))
	}
}

// ReversedList is list(reversed(xs)): a new list of the items in reverse
// order.
func ReversedList[T any](xs []T) *List[T] {
	out := slices.Clone(xs)
	slices.Reverse(out)
	return &List[T]{Items: out}
}

// TupleOf is tuple(xs): a tuple of the items, of dynamic length.
func TupleOf[T any](xs []T) Tuple {
	out := make(Tuple, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

// MapList is list(map(f, xs)): f of each item, in order.
func MapList[T, R any](xs []T, f func(T) R) *List[R] {
	out := make([]R, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return &List[R]{Items: out}
}

// MapSeq is map(f, xs) as a for loop, a comprehension, any() or all()
// iterate it: f applied to each item when they get to it, so that what f
// does comes between what they do, as in CPython.
func MapSeq[T, R any](xs []T, f func(T) R) iter.Seq[R] {
	return func(yield func(R) bool) {
		for _, x := range xs {
			if !yield(f(x)) {
				return
			}
		}
	}
}

// FilterSeq is filter(keep, xs) iterated as MapSeq is.
func FilterSeq[T any](xs []T, keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, x := range xs {
			if keep(x) && !yield(x) {
				return
			}
		}
	}
}

// AnyIn is any(seq) of a lazy map() or filter(): it stops at the first
// true item, as CPython does.
func AnyIn[T any](seq iter.Seq[T]) bool {
	for x := range seq {
		if Truth(x) {
			return true
		}
	}
	return false
}

// AllIn is all(seq), stopping at the first false item.
func AllIn[T any](seq iter.Seq[T]) bool {
	for x := range seq {
		if !Truth(x) {
			return false
		}
	}
	return true
}

// EnumerateSeq is enumerate(it, start) of an iterator of the program's
// own or of a lazy map() as a for loop iterates it: each item is asked
// for when the loop gets to it.
func EnumerateSeq[T any](items iter.Seq[T], start int) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := start
		for x := range items {
			if !yield(i, x) {
				return
			}
			i++
		}
	}
}

// ZipSeq is zip(a, b) of a lazy map() or filter() and another iterable:
// an item of a, then one of b, as CPython takes them, until one ends.
func ZipSeq[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		next, stop := iter.Pull(b)
		defer stop()
		for x := range a {
			y, ok := next()
			if !ok || !yield(x, y) {
				return
			}
		}
	}
}

// ZipSeqList is list(zip(a, b)) of ZipSeq's pairs.
func ZipSeqList[A, B any](pairs iter.Seq2[A, B]) *List[Tuple2[A, B]] {
	out := []Tuple2[A, B]{}
	for x, y := range pairs {
		out = append(out, Tuple2[A, B]{x, y})
	}
	return &List[Tuple2[A, B]]{Items: out}
}

// FilterList is list(filter(keep, xs)): the items keep is true of.
func FilterList[T any](xs []T, keep func(T) bool) *List[T] {
	out := []T{}
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return &List[T]{Items: out}
}

// ReversedAny is list(reversed(x)) for a value of dynamic type: the
// characters of a str, the items of a list or tuple or the keys of a dict
// backwards; TypeError for what is not reversible (a set).
func ReversedAny(x any) *List[any] {
	switch x.(type) {
	case string, PyMapping, PySequence:
	default:
		Raise(TypeError.New("'" + TypeName(x) + "' object is not reversible"))
	}
	return ReversedList(ListFrom(Iter(x)).Items)
}
