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

// full reports whether a deque holds maxlen items.
func (l *List[T]) full() bool { return l.deque.maxlen >= 0 && len(l.Items) >= l.deque.maxlen }

// dropFirst removes the leftmost item, as appending to a full deque does.
func (l *List[T]) dropFirst() {
	if len(l.Items) > 0 {
		var zero T
		l.Items[0] = zero
		l.Items = l.Items[1:]
	}
}

// AppendLeft is d.appendleft(v); a full deque drops its rightmost item.
func (l *List[T]) AppendLeft(v T) {
	if l.full() {
		if len(l.Items) == 0 {
			return // maxlen=0
		}
		l.Items = l.Items[:len(l.Items)-1]
	}
	l.Items = slices.Insert(l.Items, 0, v)
}

// ExtendLeft is d.extendleft(other): each item appended on the left, so
// they end up reversed.
func (l *List[T]) ExtendLeft(other *List[T]) {
	for _, x := range slices.Clone(other.Items) {
		l.AppendLeft(x)
	}
}

// PopLeft is d.popleft().
func (l *List[T]) PopLeft() T {
	if len(l.Items) == 0 {
		l.popEmpty()
	}
	v := l.Items[0]
	l.dropFirst()
	return v
}

// Rotate is d.rotate(n): n steps to the right (left for n < 0).
func (l *List[T]) Rotate(n int) {
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

// MaxLen is d.maxlen: an int, or None.
func (l *List[T]) MaxLen() any {
	if l.deque.maxlen < 0 {
		return None
	}
	return l.deque.maxlen
}

// popEmpty raises the IndexError of pop() on an empty list or deque.
func (l *List[T]) popEmpty() {
	if l.deque != nil {
		Raise(IndexError.New("pop from an empty deque"))
	}
	Raise(IndexError.New("pop from empty list"))
}

// noDequeMethod raises the AttributeError of a list method a deque lacks.
func (l *List[T]) noDequeMethod(name string) {
	if l.deque != nil {
		Raise(AttributeError.New("'collections.deque' object has no attribute '" + name + "'"))
	}
}

// appendDequeEnd ends a deque's repr after its items: ", maxlen=3)".
func (l *List[T]) appendDequeEnd(b []byte) []byte {
	if l.deque.maxlen >= 0 {
		b = append(b, ", maxlen="...)
		b = strconv.AppendInt(b, int64(l.deque.maxlen), 10)
	}
	return append(b, ')')
}

// RotateOne is d.rotate(): one step to the right.
func (l *List[T]) RotateOne() { l.Rotate(1) }
