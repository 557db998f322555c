package aio

import "github.com/aiogo-dev/aiogo/runtime/py"

type futState uint8

const (
	statePending futState = iota
	stateFinished
	stateCancelled
)

// callback is anything the ready queue can run: a task step or wake-up, a
// timer, a done-callback of gather or of user code. Implementations are
// comparable, so callbacks compare by identity, which
// remove_done_callback needs (a struct holding one pointer will do too).
type callback interface {
	// call runs the callback; f is the future whose completion scheduled
	// it, or nil for a plain call_soon.
	call(f *futCore)
}

// canceler is implemented by futures whose cancel does more than
// Future.cancel: tasks (which cancel what they wait on) and gather's outer
// future (which cancels its children).
type canceler interface {
	cancel(msg any) bool
}

// futCore is the untyped part of asyncio.Future shared by Future[T], Task
// and the internal waiters of locks and queues: the state, the exception
// and the done-callbacks. Typed wrappers keep the result.
type futCore struct {
	loop  *Loop
	state futState
	exc   *py.Exc
	// cancelMsg is the msg given to cancel(); nil stands for None.
	cancelMsg any
	// cancelledExc is the CancelledError a task's coroutine ended with;
	// re-raising that same value keeps its traceback and context.
	cancelledExc *py.Exc
	// cb0 holds the first done-callback and cbs the others, if any: the
	// common case of one waiter needs no slice, and the rare one pays
	// for its slice header out of line, since every task and sleep has a
	// futCore and their size is most of what creating one costs.
	cb0 callback
	cbs *[]callback
	ext canceler
}

// Done reports whether the future has a result, an exception, or was
// cancelled (Future.done).
func (f *futCore) Done() bool { return f.state != statePending }

// Cancelled reports whether the future was cancelled (Future.cancelled).
func (f *futCore) Cancelled() bool { return f.state == stateCancelled }

// Exception returns the exception the future finished with, or nil
// (Future.exception): it raises CancelledError when the future was
// cancelled and InvalidStateError while it is pending.
func (f *futCore) Exception() *py.Exc {
	switch f.state {
	case stateCancelled:
		panic(f.makeCancelledError())
	case statePending:
		panic(py.InvalidStateError.New("Exception is not set."))
	}
	return f.exc
}

// resultExc is what Future.result() would raise, or nil when it would
// return a value.
func (f *futCore) resultExc() *py.Exc {
	switch f.state {
	case stateCancelled:
		return f.makeCancelledError()
	case statePending:
		return py.InvalidStateError.New("Result is not set.")
	}
	return f.exc
}

func (f *futCore) makeCancelledError() *py.Exc {
	if f.cancelledExc != nil {
		return f.cancelledExc
	}
	if f.cancelMsg == nil {
		return py.CancelledError.New()
	}
	return py.CancelledError.New(f.cancelMsg)
}

// addCallback mirrors Future.add_done_callback: on a done future the
// callback is scheduled at once, never run synchronously.
func (f *futCore) addCallback(cb callback) {
	switch {
	case f.state != statePending:
		f.loop.ready.pushBack(handle{cb, f})
	case f.cb0 == nil:
		f.cb0 = cb
	default:
		if f.cbs == nil {
			f.cbs = new([]callback)
		}
		*f.cbs = append(*f.cbs, cb)
	}
}

// removeCallback mirrors Future.remove_done_callback: it removes every
// registration of cb and returns how many there were.
func (f *futCore) removeCallback(cb callback) int {
	n := 0
	if f.cb0 == cb {
		f.cb0 = nil
		n++
	}
	if f.cbs == nil {
		return n
	}
	cbs := *f.cbs
	kept := cbs[:0]
	for _, c := range cbs {
		if c == cb {
			n++
		} else {
			kept = append(kept, c)
		}
	}
	clear(cbs[len(kept):])
	if f.cb0 == nil && len(kept) > 0 {
		// Keep registration order: the head of the slice moves up.
		f.cb0 = kept[0]
		kept = kept[1:]
	}
	if len(kept) == 0 {
		f.cbs = nil
	} else {
		*f.cbs = kept
	}
	return n
}

// scheduleCallbacks queues every done-callback with call_soon, in
// registration order: completion is never synchronous.
func (f *futCore) scheduleCallbacks() {
	if f.cb0 != nil {
		f.loop.ready.pushBack(handle{f.cb0, f})
		f.cb0 = nil
	}
	if f.cbs != nil {
		for _, cb := range *f.cbs {
			f.loop.ready.pushBack(handle{cb, f})
		}
		f.cbs = nil
	}
}

// finish marks the future done with the result its typed wrapper has
// already stored.
func (f *futCore) finish() {
	f.state = stateFinished
	f.scheduleCallbacks()
}

func (f *futCore) setException(e *py.Exc) {
	f.exc = e
	f.state = stateFinished
	f.scheduleCallbacks()
}

// cancel dispatches to the subtype's cancel (Task.cancel,
// _GatheringFuture.cancel) like a Python method override.
func (f *futCore) cancel(msg any) bool {
	if f.ext != nil {
		return f.ext.cancel(msg)
	}
	return f.baseCancel(msg)
}

// baseCancel is Future.cancel.
func (f *futCore) baseCancel(msg any) bool {
	if f.state != statePending {
		return false
	}
	f.state = stateCancelled
	f.cancelMsg = msg
	f.scheduleCallbacks()
	return true
}

// Future is asyncio.Future: a result that will be set later, awaited by
// tasks. Awaiting a done future does not suspend; a pending one suspends
// the task until a done-callback wakes it one loop iteration after the
// future completes, as in CPython.
type Future[T any] struct {
	futCore
	result T
}

// NewFuture is loop.create_future().
func NewFuture[T any](l *Loop) *Future[T] {
	f := &Future[T]{}
	f.loop = l
	return f
}

func (f *Future[T]) core() *futCore { return &f.futCore }
func (f *Future[T]) value() T       { return f.result }

// Result returns the result (Future.result), raising the future's
// exception, CancelledError if it was cancelled, or InvalidStateError if it
// is pending.
func (f *Future[T]) Result() T {
	if e := f.resultExc(); e != nil {
		panic(e)
	}
	return f.result
}

// SetResult is Future.set_result; it raises InvalidStateError on a done
// future.
func (f *Future[T]) SetResult(v T) {
	if f.state != statePending {
		panic(py.InvalidStateError.New("invalid state"))
	}
	f.result = v
	f.finish()
}

// SetException is Future.set_exception.
func (f *Future[T]) SetException(e *py.Exc) {
	if f.state != statePending {
		panic(py.InvalidStateError.New("invalid state"))
	}
	f.setException(e)
}

// Cancel is Future.cancel(msg): false when the future is already done.
func (f *Future[T]) Cancel(msg ...any) bool { return f.baseCancel(optMsg(msg)) }

// Await suspends t until f is done and returns its result (await fut).
func (f *Future[T]) Await(t *Task) T {
	if f.state == statePending {
		if e := t.block(&f.futCore, waitFuture); e != nil {
			panic(e)
		}
	}
	return f.Result()
}

// AwaitAny is Await for AwaitAny.
func (f *Future[T]) AwaitAny(t *Task) any { return f.Await(t) }

// AddDoneCallback is Future.add_done_callback: fn runs through the ready
// queue after f completes (at once if f is done), in registration order.
// Go functions do not compare, so the returned value is what
// RemoveDoneCallback takes.
func (f *Future[T]) AddDoneCallback(fn func(*Future[T])) *DoneCallback {
	cb := &DoneCallback{fn: func() { fn(f) }}
	f.addCallback(cb)
	return cb
}

// RemoveDoneCallback is Future.remove_done_callback; it returns the number
// of callbacks removed.
func (f *futCore) RemoveDoneCallback(cb *DoneCallback) int { return f.removeCallback(cb) }

// DoneCallback is a registered done-callback. A panic inside it is
// reported on stderr and the loop goes on, as CPython's default exception
// handler does.
type DoneCallback struct{ fn func() }

func (c *DoneCallback) call(f *futCore) { f.loop.runUserFunc(c.fn) }

func optMsg(msg []any) any {
	if len(msg) == 0 {
		return nil
	}
	return msg[0]
}
