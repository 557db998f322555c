package py

import "testing"

// TestDequeMatchesCPython checks collections.deque's operations, reprs
// and errors against CPython's.
func TestDequeMatchesCPython(t *testing.T) {
	d := func(maxlen int, items ...int) *List[int] { return NewDeque(items, maxlen) }
	pre := "(lambda D: "
	post := ")(__import__('collections').deque)"
	c := func(py string, got func() any) pyCase { return pyCase{pre + py + post, got} }
	checkPython(t, "deque", []pyCase{
		c("D([1, 2, 3], 3)", func() any { return d(3, 1, 2, 3) }),
		c("D([1, 2, 3, 4], 2)", func() any { return d(2, 1, 2, 3, 4) }),
		c("D([])", func() any { return d(-1) }),
		c("D([], 0)", func() any { return d(0) }),
		c("(lambda q: (q.append(4), q)[1])(D([1, 2, 3], 3))", func() any { q := d(3, 1, 2, 3); q.Append(4); return q }),
		c("(lambda q: (q.appendleft(0), q)[1])(D([1, 2, 3], 3))", func() any { q := d(3, 1, 2, 3); DequeAppendLeft(q, 0); return q }),
		c("(lambda q: (q.appendleft(0), q)[1])(D([], 0))", func() any { q := d(0); DequeAppendLeft(q, 0); return q }),
		c("(lambda q: (q.append(1), q.extend([2]), q)[2])(D([], 0))", func() any { q := d(0); q.Append(1); q.Extend(NewList(2)); return q }),
		c("(lambda q: (q.__imul__(3), q)[1])(D([1, 2], 5))", func() any { q := d(5, 1, 2); ListRepeatInPlace(q, 3); return q }),
		c("(lambda q: (q.__iadd__([7, 'x']), q)[1])(D([1, 2], 3))", func() any {
			q := NewDeque([]any{1, 2}, 3)
			ListExtend(q, NewList[any](7, "x"))
			return q
		}),
		c("(lambda q: (q.extendleft([7, 8]), q)[1])(D([1, 2, 3], 4))", func() any { q := d(4, 1, 2, 3); DequeExtendLeft(q, NewList(7, 8)); return q }),
		c("(lambda q: (q.extend([7, 8, 9]), q)[1])(D([1, 2], 3))", func() any { q := d(3, 1, 2); q.Extend(NewList(7, 8, 9)); return q }),
		c("(lambda q: (q.rotate(2), q)[1])(D([1, 2, 3, 4, 5]))", func() any { q := d(-1, 1, 2, 3, 4, 5); DequeRotate(q, 2); return q }),
		c("(lambda q: (q.rotate(-7), q)[1])(D([1, 2, 3, 4, 5]))", func() any { q := d(-1, 1, 2, 3, 4, 5); DequeRotate(q, -7); return q }),
		c("(lambda q: (q.popleft(), q.pop(), q))(D([1, 2, 3]))", func() any { q := d(-1, 1, 2, 3); return Tuple{DequePopLeft(q), q.Pop(), q} }),
		c("D([]).popleft()", func() any { return DequePopLeft(d(-1)) }),
		c("D([]).pop()", func() any { return d(-1).Pop() }),
		c("D([1])[3]", func() any { return d(-1, 1).Get(3) }),
		c("D([1, 2])[-1]", func() any { return d(-1, 1, 2).Get(-1) }),
		c("D([1]).index(9)", func() any { return ListIndex(d(-1, 1), 9) }),
		c("D([1]).remove(9)", func() any { ListRemove(d(-1, 1), 9); return None }),
		c("D([1, 2], 2).insert(0, 5)", func() any { ListInsert(d(2, 1, 2), 0, 5); return None }),
		c("D([1, 2])[0:1]", func() any { return d(-1, 1, 2).Slice(nil, nil, nil) }),
		c("D([1]).sort()", func() any { ListSort(d(-1, 1), false); return None }),
		c("D([1, 2], 3) * 2", func() any { return d(3, 1, 2).Repeat(2) }),
		c("D([1, 2], 3) + D([9, 8])", func() any { return d(3, 1, 2).Concat(d(-1, 9, 8)) }),
		c("D([1]) + [2]", func() any { return Add(d(-1, 1), NewList(2)) }),
		c("(D([1]) == [1], D([1]) == D([1], 5), D([1, 2]) < D([1, 3]))", func() any {
			return Tuple{Eq(d(-1, 1), NewList(1)), Eq(d(-1, 1), d(5, 1)), Lt(d(-1, 1, 2), d(-1, 1, 3))}
		}),
		c("(D([1, 2], 4).maxlen, D([]).maxlen, type(D()).__name__)", func() any {
			return Tuple{d(4, 1, 2).MaxLen(), d(-1).MaxLen(), TypeName(d(-1))}
		}),
		c("(lambda q: (q.copy().append(9), q.copy())[1])(D([1], 1))", func() any { q := d(1, 1); q.Copy().Append(9); return q.Copy() }),
	})
}
