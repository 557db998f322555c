package aio

import (
	"strconv"

	"github.com/aiogo-dev/aiogo/runtime/py"
)

type queueKind uint8

const (
	fifo queueKind = iota
	lifo
	priority
)

// Queue is asyncio.Queue (and, by constructor, LifoQueue and
// PriorityQueue). Put on a non-full queue and Get on a non-empty one never
// suspend. A getter woken by a put re-checks the queue and may wait again
// if another task took the item first; the same holds for putters.
type Queue[T any] struct {
	maxsize    int
	kind       queueKind
	items      blockDeque[T] // fifo and lifo
	heap       []T           // priority
	less       func(a, b T) bool
	getters    waiters
	putters    waiters
	unfinished int
	finished   Event
}

// NewQueue is asyncio.Queue(maxsize); maxsize <= 0 means unbounded.
func NewQueue[T any](maxsize int) *Queue[T] {
	q := &Queue[T]{maxsize: maxsize}
	q.finished.value = true
	return q
}

// NewLifoQueue is asyncio.LifoQueue(maxsize): the last item put is the
// first one got.
func NewLifoQueue[T any](maxsize int) *Queue[T] {
	q := NewQueue[T](maxsize)
	q.kind = lifo
	return q
}

// NewPriorityQueue is asyncio.PriorityQueue(maxsize): Get returns the
// smallest item by less, with heapq's order among equal items. Python
// compares the items themselves; Go needs less spelled out.
func NewPriorityQueue[T any](maxsize int, less func(a, b T) bool) *Queue[T] {
	q := NewQueue[T](maxsize)
	q.kind = priority
	q.less = less
	return q
}

// QSize is Queue.qsize().
func (q *Queue[T]) QSize() int {
	if q.kind == priority {
		return len(q.heap)
	}
	return q.items.len()
}

// Maxsize is Queue.maxsize.
func (q *Queue[T]) Maxsize() int { return q.maxsize }

// Empty is Queue.empty().
func (q *Queue[T]) Empty() bool { return q.QSize() == 0 }

// Full is Queue.full(); an unbounded queue is never full.
func (q *Queue[T]) Full() bool { return q.maxsize > 0 && q.QSize() >= q.maxsize }

// Put is `await queue.put(v)`: it waits while the queue is full.
func (q *Queue[T]) Put(t *Task, v T) {
	for q.Full() {
		f := t.loop.newWaiter()
		q.putters.pushBack(f)
		q.woken(t, f, t.block(f, waitQueuePut), &q.putters, q.Full())
	}
	q.put(v)
}

// PutNowait is Queue.put_nowait(v); it raises QueueFull.
func (q *Queue[T]) PutNowait(v T) {
	if q.Full() {
		panic(py.QueueFull.New())
	}
	q.put(v)
}

// put is put_nowait once full() has said no.
func (q *Queue[T]) put(v T) {
	if q.kind == priority {
		q.heapPush(v)
	} else {
		q.items.pushBack(v)
	}
	q.unfinished++
	q.finished.Clear()
	wakeupNext(&q.getters)
}

// Get is `await queue.get()`: it waits while the queue is empty.
func (q *Queue[T]) Get(t *Task) T {
	for q.Empty() {
		f := t.loop.newWaiter()
		q.getters.pushBack(f)
		q.woken(t, f, t.block(f, waitQueueGet), &q.getters, q.Empty())
	}
	return q.get()
}

// woken ends one wait of a getter or putter; blocked tells whether that
// side would still have to wait. On an exception it withdraws from ws and,
// if it had been woken meanwhile and another could proceed, passes the
// wake-up on, as the except clauses of Queue.get and Queue.put do. A normal wake-up
// was already popped from ws by _wakeup_next.
func (q *Queue[T]) woken(t *Task, f *futCore, e *py.Exc, ws *waiters, blocked bool) {
	if e != nil {
		f.baseCancel(nil)
		ws.remove(f)
		if !blocked && f.state != stateCancelled {
			wakeupNext(ws)
		}
		panic(e)
	}
	t.loop.recycle(f)
}

// GetNowait is Queue.get_nowait(); it raises QueueEmpty.
func (q *Queue[T]) GetNowait() T {
	if q.Empty() {
		panic(py.QueueEmpty.New())
	}
	return q.get()
}

// get is get_nowait once empty() has said no.
func (q *Queue[T]) get() T {
	var v T
	switch q.kind {
	case fifo:
		v = q.items.popFront()
	case lifo:
		v = q.items.popBack()
	default:
		v = q.heapPop()
	}
	wakeupNext(&q.putters)
	return v
}

// TaskDone is Queue.task_done(); it raises ValueError when called more
// times than items were put.
func (q *Queue[T]) TaskDone() {
	if q.unfinished <= 0 {
		panic(py.ValueError.New("task_done() called too many times"))
	}
	q.unfinished--
	if q.unfinished == 0 {
		q.finished.Set()
	}
}

// Join is `await queue.join()`: it waits until every item put has been
// marked done.
func (q *Queue[T]) Join(t *Task) {
	if q.unfinished > 0 {
		q.finished.Wait(t)
	}
}

// wakeupNext is Queue._wakeup_next: it pops waiters until one is woken.
// Nearly every put and get finds no one waiting on the other side, so
// that test stays small enough to inline.
func wakeupNext(ws *waiters) {
	if ws.len() > 0 {
		wakeupWaiter(ws)
	}
}

func wakeupWaiter(ws *waiters) {
	for ws.len() > 0 {
		if f := ws.popFront(); f.state == statePending {
			f.finish()
			return
		}
	}
}

// heapPush and heapPop are heapq.heappush and heapq.heappop, whose sift
// order decides which of equal items comes out first.
func (q *Queue[T]) heapPush(v T) {
	q.heap = append(q.heap, v)
	q.siftDown(0, len(q.heap)-1)
}

func (q *Queue[T]) heapPop() T {
	h := q.heap
	last := h[len(h)-1]
	var zero T
	h[len(h)-1] = zero
	q.heap = h[:len(h)-1]
	if len(q.heap) == 0 {
		return last
	}
	v := q.heap[0]
	q.heap[0] = last
	q.siftUp(0)
	return v
}

// siftDown moves the item at pos towards the root (heapq._siftdown).
func (q *Queue[T]) siftDown(start, pos int) {
	h := q.heap
	v := h[pos]
	for pos > start {
		parent := (pos - 1) >> 1
		if !q.less(v, h[parent]) {
			break
		}
		h[pos] = h[parent]
		pos = parent
	}
	h[pos] = v
}

// siftUp moves the item at pos to a leaf, then back up (heapq._siftup).
func (q *Queue[T]) siftUp(pos int) {
	h := q.heap
	end, start := len(h), pos
	v := h[pos]
	child := 2*pos + 1
	for child < end {
		if r := child + 1; r < end && !q.less(h[child], h[r]) {
			child = r
		}
		h[pos] = h[child]
		pos = child
		child = 2*pos + 1
	}
	h[pos] = v
	q.siftDown(start, pos)
}

// PyCallMethod is q.name(*args) of a queue held as a value of type any
// (py.CallMethod): put, get and join make their coroutine, the others
// run at once. An item of another type than the queue's, or another
// number of arguments, stops the program as unsupported.
func (q *Queue[T]) PyCallMethod(name string, args []any) (any, bool) {
	want := 0
	if name == "put" || name == "put_nowait" {
		want = 1
	}
	switch name {
	case "put", "put_nowait", "get", "get_nowait", "join", "task_done", "qsize", "empty", "full":
		if len(args) != want {
			py.Unsupported("calling " + name + " with " + strconv.Itoa(len(args)) + " arguments on a queue held as a dynamic value")
		}
	default:
		return nil, false
	}
	var item T
	if want == 1 {
		v, ok := py.Convert[T](args[0])
		if !ok {
			py.Unsupported("putting a value of type " + py.TypeName(args[0]) + " into a queue held as a dynamic value")
		}
		item = v
	}
	switch name {
	case "put":
		return Coro[any](func(t *Task) any { q.Put(t, item); return py.None }), true
	case "get":
		return Coro[any](func(t *Task) any { return q.Get(t) }), true
	case "join":
		return Coro[any](func(t *Task) any { q.Join(t); return py.None }), true
	case "put_nowait":
		q.PutNowait(item)
	case "get_nowait":
		return q.GetNowait(), true
	case "task_done":
		q.TaskDone()
	case "qsize":
		return q.QSize(), true
	case "empty":
		return q.Empty(), true
	case "full":
		return q.Full(), true
	}
	return py.None, true
}
