package aio

import (
	"math"

	"github.com/aiogo-dev/aiogo/runtime/py"
)

// FutureLike is what asyncio.wait and as_completed hand back: a task or a
// future, with a result to read once done. *TaskOf[T] and *Future[T]
// implement it.
type FutureLike[T any] interface {
	Awaitable[T]
	Done() bool
	Cancelled() bool
	Cancel(msg ...any) bool
	Result() T
	Exception() *py.Exc
	core() *futCore
}

// ReturnWhen is the return_when argument of Wait.
type ReturnWhen uint8

// The return_when values of asyncio.wait.
const (
	AllCompleted ReturnWhen = iota
	FirstCompleted
	FirstException
)

// waitState is tasks._wait's _on_completion callback and its waiter.
type waitState struct {
	waiter  *futCore
	counter int
	when    ReturnWhen
	timer   *Handle
}

func (w *waitState) call(f *futCore) {
	w.counter--
	if w.counter <= 0 || w.when == FirstCompleted ||
		w.when == FirstException && f.state == stateFinished && f.exc != nil {
		if w.timer != nil {
			w.timer.Cancel()
		}
		if w.waiter.state == statePending {
			w.waiter.finish()
		}
	}
}

// Wait is asyncio.wait(fs, timeout=, return_when=): it waits until the
// condition holds or the timeout (math.Inf(1) for None) passes, and
// returns the done and the pending futures. CPython returns sets; aiogo
// returns them in the order of fs. It raises ValueError for an empty fs.
func Wait[T any](t *Task, fs []FutureLike[T], timeout float64, when ReturnWhen) (done, pending []FutureLike[T]) {
	if len(fs) == 0 {
		panic(py.ValueError.New("Set of Tasks/Futures is empty."))
	}
	l := t.loop
	w := &waitState{waiter: &futCore{loop: l}, counter: len(fs), when: when}
	if !math.IsInf(timeout, 1) {
		w.timer = l.callAt(l.Time()+timeout, &releaser{w.waiter})
	}
	for _, f := range fs {
		f.core().addCallback(w)
	}
	e := t.block(w.waiter, waitWait)
	if w.timer != nil {
		w.timer.Cancel()
	}
	for _, f := range fs {
		f.core().removeCallback(w)
	}
	if e != nil {
		panic(e)
	}
	for _, f := range fs {
		if f.Done() {
			done = append(done, f)
		} else {
			pending = append(pending, f)
		}
	}
	return done, pending
}

// asCompleted is the shared state of one as_completed call.
type asCompleted struct {
	done  *Queue[*futCore]
	todo  []*futCore
	timer *Handle
}

// call is _on_completion.
func (a *asCompleted) call(f *futCore) {
	if len(a.todo) == 0 {
		return // the timeout came first
	}
	for i, x := range a.todo {
		if x == f {
			a.todo = append(a.todo[:i], a.todo[i+1:]...)
			break
		}
	}
	a.done.PutNowait(f)
	if len(a.todo) == 0 && a.timer != nil {
		a.timer.Cancel()
	}
}

func (a *asCompleted) onTimeout() {
	for _, f := range a.todo {
		f.removeCallback(a)
		a.done.PutNowait(nil)
	}
	a.todo = nil
}

// AsCompleted is asyncio.as_completed(aws, timeout=) (math.Inf(1) for
// None): it returns one coroutine per awaitable; awaiting the i-th yields
// the result of the i-th to complete, or raises TimeoutError once the
// timeout has passed. CPython wraps the awaitables in set order; aiogo in
// argument order.
func AsCompleted[T any](t *Task, aws []Awaitable[T], timeout float64) []Awaitable[T] {
	l := t.loop
	a := &asCompleted{done: NewQueue[*futCore](0)}
	values := make(map[*futCore]func() T, len(aws))
	for _, aw := range aws {
		r := ensureFuture(l, aw)
		c := r.core()
		if _, dup := values[c]; dup {
			continue
		}
		values[c] = r.value
		a.todo = append(a.todo, c)
	}
	for _, f := range a.todo {
		f.addCallback(a)
	}
	if len(a.todo) > 0 && !math.IsInf(timeout, 1) {
		a.timer = l.CallLater(timeout, a.onTimeout)
	}
	cs := make([]Awaitable[T], len(a.todo))
	for i := range cs {
		cs[i] = Coro[T](func(t *Task) T {
			f := a.done.Get(t)
			if f == nil {
				panic(py.TimeoutError.New())
			}
			if e := f.resultExc(); e != nil {
				panic(e)
			}
			return values[f]()
		})
	}
	return cs
}

// shielding holds shield()'s two done-callbacks.
type shielding[T any] struct {
	inner resulter[T]
	outer *Future[T]
}

// innerDone is _inner_done_callback.
type innerDone[T any] struct{ s *shielding[T] }

func (d innerDone[T]) call(*futCore) {
	in, out := d.s.inner.core(), d.s.outer
	switch {
	case out.state == stateCancelled:
	case in.state == stateCancelled:
		out.baseCancel(nil)
	case in.exc != nil:
		out.setException(in.exc)
	default:
		out.SetResult(d.s.inner.value())
	}
}

// call is _outer_done_callback.
func (s *shielding[T]) call(*futCore) {
	if in := s.inner.core(); in.state == statePending {
		in.removeCallback(innerDone[T]{s})
	}
}

// Shield is asyncio.shield(aw): awaiting the result is awaiting aw, except
// that cancelling the awaiting task does not cancel aw.
func Shield[T any](t *Task, aw Awaitable[T]) Awaitable[T] {
	inner := ensureFuture(t.loop, aw)
	if inner.core().state != statePending {
		return inner.(Awaitable[T])
	}
	s := &shielding[T]{inner: inner, outer: NewFuture[T](t.loop)}
	inner.core().addCallback(innerDone[T]{s})
	s.outer.addCallback(s)
	return s.outer
}

// WaitTasks is asyncio.wait(tasks) for generated code: done and pending
// come back as lists, in the order tasks lists them, where CPython's sets
// iterate in the order of the tasks' addresses.
func WaitTasks[T any](t *Task, tasks *py.List[*TaskOf[T]], timeout float64, when ReturnWhen) py.Tuple2[*py.List[*TaskOf[T]], *py.List[*TaskOf[T]]] {
	fs := make([]FutureLike[T], len(tasks.Items))
	for i, tt := range tasks.Items {
		fs[i] = tt
	}
	done, _ := Wait(t, fs, timeout, when)
	finished := make(map[*TaskOf[T]]bool, len(done))
	for _, f := range done {
		finished[f.(*TaskOf[T])] = true
	}
	d, p := py.NewList[*TaskOf[T]](), py.NewList[*TaskOf[T]]()
	seen := make(map[*TaskOf[T]]bool, len(tasks.Items))
	for _, tt := range tasks.Items {
		if seen[tt] {
			continue // a set holds each task once
		}
		seen[tt] = true
		if finished[tt] {
			d.Append(tt)
		} else {
			p.Append(tt)
		}
	}
	return py.Tuple2[*py.List[*TaskOf[T]], *py.List[*TaskOf[T]]]{V0: d, V1: p}
}
