package aio

import "github.com/aiogo-dev/aiogo/runtime/py"

// releaser is tasks._release_waiter: a callback that completes a waiter.
type releaser struct{ waiter *futCore }

func (r *releaser) call(*futCore) {
	if r.waiter.state == statePending {
		r.waiter.finish()
	}
}

// ensureFuture is tasks.ensure_future: a coroutine becomes a task.
func ensureFuture[T any](l *Loop, aw Awaitable[T]) resulter[T] {
	switch a := aw.(type) {
	case Coro[T]:
		return newTask(l, a)
	case Machine[T]:
		return newMachineTask(l, a)
	case resulter[T]:
		return a
	}
	return newTask(l, Coro[T](aw.Await))
}

// WaitFor is asyncio.wait_for(aw, timeout) as in CPython 3.11: a coroutine
// is wrapped in a new task; when the timeout expires the task is cancelled
// and awaited, then TimeoutError is raised, unless the task swallowed the
// cancellation and returned a result, which is then returned. (Passing no
// timeout, Python's None, is a plain await.)
func WaitFor[T any](t *Task, aw Awaitable[T], timeout float64) T {
	l := t.loop
	fut := ensureFuture(l, aw)
	f := fut.core()
	if timeout <= 0 {
		if f.state == statePending {
			cancelAndWait(t, f)
			if f.state == stateCancelled {
				te := py.TimeoutError.New()
				te.Cause = f.makeCancelledError()
				panic(te)
			}
		}
		return resultOf(fut)
	}
	waiter := &futCore{loop: l}
	rel := &releaser{waiter}
	h := l.callAt(l.Time()+timeout, rel)
	defer h.Cancel()
	f.addCallback(rel)
	if e := t.block(waiter, waitWaitFor); e != nil {
		if e.Is(py.CancelledError) {
			if f.state != statePending {
				return resultOf(fut)
			}
			f.removeCallback(rel)
			cancelAndWait(t, f)
		}
		panic(e)
	}
	if f.state != statePending {
		return resultOf(fut)
	}
	f.removeCallback(rel)
	cancelAndWait(t, f)
	if f.state == stateCancelled {
		te := py.TimeoutError.New()
		te.Cause = f.makeCancelledError()
		panic(te)
	}
	return resultOf(fut)
}

func resultOf[T any](r resulter[T]) T {
	if e := r.core().resultExc(); e != nil {
		panic(e)
	}
	return r.value()
}

// cancelAndWait is tasks._cancel_and_wait: cancel f and wait until it is
// done, whatever it does with the cancellation.
func cancelAndWait(t *Task, f *futCore) {
	waiter := &futCore{loop: t.loop}
	rel := &releaser{waiter}
	f.addCallback(rel)
	f.cancel(nil)
	e := t.block(waiter, waitWaitFor)
	f.removeCallback(rel)
	if e != nil {
		panic(e)
	}
}
