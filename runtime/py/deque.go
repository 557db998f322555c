package py

import (
	"slices"
	"strconv"
)

// dequeInfo marks a List that is a collections.deque: its maxlen, or -1
// for a deque without one. It never changes, so copies share it.
type dequeInfo struct{ maxlen int }

// NewDeque is collections.deque(items, maxlen): a deque of the items (a
// copy), of which it keeps the last maxlen; maxlen < 0 is no maxlen.
func NewDeque[T any](items []T, maxlen int) *List[T] {
	d := &List[T]{Items: []T{}, deque: &dequeInfo{maxlen}}
	if maxlen >= 0 && len(items) > maxlen {
		items = items[len(items)-maxlen:]
	}
	d.Items = append(d.Items, items...)
	return d
}

// DequeMaxLen checks a deque's maxlen argument as CPython does.
func DequeMaxLen(n int) int {
	if n < 0 {
		Raise(ValueError.New("maxlen must be non-negative"))
	}
	return n
}

// full reports whether a deque of n items holds maxlen; false for a
// list (a nil d).
func (d *dequeInfo) full(n int) bool { return d != nil && d.maxlen >= 0 && n >= d.maxlen }

// dropFirst removes the leftmost item, as appending to a full deque does.
func (l *List[T]) dropFirst() {
	if len(l.Items) > 0 {
		var zero T
		l.Items[0] = zero
		l.Items = l.Items[1:]
	}
}

// The static forms of a deque's own methods are functions rather than
// methods of List[T], so that only a program using them compiles them.

// DequeAppendLeft is d.appendleft(v); a full deque drops its rightmost
// item.
func DequeAppendLeft[T any](l *List[T], v T) {
	if l.deque.full(len(l.Items)) {
		if len(l.Items) == 0 {
			return // maxlen=0
		}
		l.Items = l.Items[:len(l.Items)-1]
	}
	l.Items = slices.Insert(l.Items, 0, v)
}

// DequeExtendLeft is d.extendleft(other): each item appended on the
// left, so they end up reversed.
func DequeExtendLeft[T any](l, other *List[T]) {
	for _, x := range slices.Clone(other.Items) {
		DequeAppendLeft(l, x)
	}
}

// DequePopLeft is d.popleft().
func DequePopLeft[T any](l *List[T]) T {
	if len(l.Items) == 0 {
		l.deque.popEmpty()
	}
	v := l.Items[0]
	l.dropFirst()
	return v
}

// DequeRotate is d.rotate(n): n steps to the right (left for n < 0).
func DequeRotate[T any](l *List[T], n int) {
	k := len(l.Items)
	if k <= 1 {
		return
	}
	n %= k
	if n < 0 {
		n += k
	}
	l.Items = append(slices.Clone(l.Items[k-n:]), l.Items[:k-n]...)
}

// DequeRotateOne is d.rotate(): one step to the right.
func DequeRotateOne[T any](l *List[T]) { DequeRotate(l, 1) }

// MaxLen is d.maxlen: an int, or None.
func (l *List[T]) MaxLen() any {
	if l.deque.maxlen < 0 {
		return None
	}
	return l.deque.maxlen
}

// popEmpty raises the IndexError of pop() on an empty deque or, for a
// nil d, list.
func (d *dequeInfo) popEmpty() {
	if d != nil {
		Raise(IndexError.New("pop from an empty deque"))
	}
	Raise(IndexError.New("pop from empty list"))
}

// noMethod raises the AttributeError of a list method a deque lacks; a
// nil d is a list, which has it.
func (d *dequeInfo) noMethod(name string) {
	if d != nil {
		Raise(AttributeError.New("'collections.deque' object has no attribute '" + name + "'"))
	}
}

// appendReprEnd ends a deque's repr after its items: ", maxlen=3)".
func (d *dequeInfo) appendReprEnd(b []byte) []byte {
	if d.maxlen >= 0 {
		b = append(b, ", maxlen="...)
		b = strconv.AppendInt(b, int64(d.maxlen), 10)
	}
	return append(b, ')')
}
