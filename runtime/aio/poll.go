package aio

import "github.com/aiogo-dev/aiogo/runtime/py"

// The Poll primitives are the await points of stackless coroutines
// (Machine). Each is called at its await's state every time the machine
// steps there: the first call takes the fast path or parks the task
// (registers its wake-up, as the stackful form does before it switches)
// and reports false; the call in the step that the wake-up runs finishes
// the await exactly as the stackful form does after its switch: the same
// clean-up, the same result, the same exception raised at the same point.
// Orderings are therefore those of the stackful forms, which mirror
// CPython 3.11.

// PollSleep is `await asyncio.sleep(seconds)`; see Sleep. sleep(0) is one
// bare yield to the back of the ready queue.
func PollSleep(t *Task, seconds float64) bool {
	if _, e, ok := t.resuming(); ok {
		if e != nil {
			panic(e)
		}
		return true
	}
	if seconds <= 0 {
		t.parkYield()
		return false
	}
	s := newSleeper(t.loop, seconds)
	// No code of the machine runs between the cancel and its resumption
	// to cancel the timer, so cancelling the future does (sleeper.cancel).
	s.ext = s
	t.park(&s.futCore, waitSleep)
	return false
}

// cancel cancels the sleep's future together with its timer, which
// sleep's finally clause cancels in CPython once the task resumes; the
// timer would find the future cancelled and do nothing, so only the
// timer heap (and the virtual clock) can tell the difference.
func (s *sleeper) cancel(msg any) bool {
	if !s.baseCancel(msg) {
		return false
	}
	s.timer.Cancel()
	return true
}

// Poll is `await task`; see TaskOf.Await.
func (tt *TaskOf[T]) Poll(t *Task) (T, bool) {
	if _, e, ok := t.resuming(); ok {
		if e != nil {
			panic(e)
		}
	} else if tt.state == statePending {
		if &tt.Task == t {
			panic(py.RuntimeError.New("Task cannot await on itself"))
		}
		t.park(&tt.futCore, waitUnknown)
		var zero T
		return zero, false
	}
	return tt.Result(), true
}

// Poll is `await fut`; see Future.Await.
func (f *Future[T]) Poll(t *Task) (T, bool) {
	if _, e, ok := t.resuming(); ok {
		if e != nil {
			panic(e)
		}
	} else if f.state == statePending {
		t.park(&f.futCore, waitFuture)
		var zero T
		return zero, false
	}
	return f.Result(), true
}

// Gathering is a gather started by StartGather (or
// StartGatherReturnExceptions), awaited by polling it: the argument
// expressions are evaluated, and the children created, once, in the step
// before the await.
type Gathering[T any] struct {
	g  *gathering
	rs []resulter[T]
}

// StartGather is the call of asyncio.gather(*aws): it wraps the
// awaitables into tasks in argument order, as Gather does.
func StartGather[T any](t *Task, aws ...Awaitable[T]) *Gathering[T] {
	return startGather(t, aws, false)
}

// StartGatherReturnExceptions is asyncio.gather(*aws,
// return_exceptions=True); poll it with PollOutcomes.
func StartGatherReturnExceptions[T any](t *Task, aws ...Awaitable[T]) *Gathering[T] {
	return startGather(t, aws, true)
}

func startGather[T any](t *Task, aws []Awaitable[T], returnExceptions bool) *Gathering[T] {
	if len(aws) == 0 {
		// gather() of nothing is an already finished future.
		g := &gathering{}
		g.loop = t.loop
		g.state = stateFinished
		return &Gathering[T]{g: g}
	}
	rs, cs, shared := startAll(t.loop, aws)
	return &Gathering[T]{newGathering(t.loop, cs, shared, returnExceptions), rs}
}

// Poll is `await gather(...)`; see Gather.
func (g *Gathering[T]) Poll(t *Task) (*py.List[T], bool) {
	if !g.ready(t) {
		return nil, false
	}
	return gatherResults(g.g, g.rs), true
}

// Await is `await g` in a stackful coroutine, for a gather started before
// it is awaited (`g = asyncio.gather(...)`); see Gather.
func (g *Gathering[T]) Await(t *Task) *py.List[T] {
	g.g.wait(t)
	return gatherResults(g.g, g.rs)
}

// AwaitAny is Await for AwaitAny.
func (g *Gathering[T]) AwaitAny(t *Task) any { return g.Await(t) }

// PollOutcomes is `await gather(..., return_exceptions=True)`; see
// GatherReturnExceptions.
func (g *Gathering[T]) PollOutcomes(t *Task) (*py.List[any], bool) {
	if !g.ready(t) {
		return nil, false
	}
	return gatherOutcomes(g.g, g.rs), true
}

func (g *Gathering[T]) ready(t *Task) bool {
	if _, e, ok := t.resuming(); ok {
		if e != nil {
			panic(e)
		}
		return true
	}
	if g.g.state == statePending {
		t.park(&g.g.futCore, waitGather)
		return false
	}
	return true
}

// PollAcquire is `await lock.acquire()`; see Lock.Acquire.
func (lk *Lock) PollAcquire(t *Task) bool {
	if f, e, ok := t.resuming(); ok {
		lk.woken(t, f, e)
		return true
	}
	if !lk.locked && allCancelled(&lk.waiters) {
		lk.locked = true
		return true
	}
	f := t.loop.newWaiter()
	lk.waiters.pushBack(f)
	t.park(f, waitLock)
	return false
}

// PollWait is `await event.wait()`; see Event.Wait.
func (ev *Event) PollWait(t *Task) bool {
	if f, e, ok := t.resuming(); ok {
		ev.woken(t, f, e)
		return true
	}
	if ev.value {
		return true
	}
	f := t.loop.newWaiter()
	ev.waiters.pushBack(f)
	t.park(f, waitEvent)
	return false
}

// PollAcquire is `await sem.acquire()`; see Semaphore.Acquire.
func (s *Semaphore) PollAcquire(t *Task) bool {
	if f, e, ok := t.resuming(); ok {
		s.woken(t, f, e)
		return true
	}
	if !s.Locked() {
		s.value--
		return true
	}
	f := t.loop.newWaiter()
	s.waiters.pushBack(f)
	t.park(f, waitSemaphore)
	return false
}

// PollGet is `await queue.get()`; see Queue.Get. A woken getter that finds
// the queue empty again parks again.
func (q *Queue[T]) PollGet(t *Task) (T, bool) {
	if f, e, ok := t.resuming(); ok {
		q.woken(t, f, e, &q.getters, q.Empty())
	}
	if q.Empty() {
		f := t.loop.newWaiter()
		q.getters.pushBack(f)
		t.park(f, waitQueueGet)
		var zero T
		return zero, false
	}
	return q.get(), true
}

// PollPut is `await queue.put(v)`; see Queue.Put.
func (q *Queue[T]) PollPut(t *Task, v T) bool {
	if f, e, ok := t.resuming(); ok {
		q.woken(t, f, e, &q.putters, q.Full())
	}
	if q.Full() {
		f := t.loop.newWaiter()
		q.putters.pushBack(f)
		t.park(f, waitQueuePut)
		return false
	}
	q.put(v)
	return true
}

// PollJoin is `await queue.join()`; see Queue.Join. The queue's finished
// event is set exactly when no item is unfinished.
func (q *Queue[T]) PollJoin(t *Task) bool { return q.finished.PollWait(t) }
