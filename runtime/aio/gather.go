package aio

import "github.com/aiogo-dev/aiogo/runtime/py"

// resulter is a future-like awaitable whose value can be read once it is
// done: *TaskOf[T], *Future[T], and AsAny's view of them.
type resulter[T any] interface {
	core() *futCore
	value() T
}

// gathering is _GatheringFuture together with gather's _done_callback.
type gathering struct {
	futCore
	children         []*futCore
	nfuts, nfinished int
	returnExceptions bool
	cancelRequested  bool
}

// newGathering starts gathering children; shared says that some of them
// came from the caller (tasks or futures, which may repeat) rather than
// being tasks made for coroutines.
func newGathering(l *Loop, children []*futCore, shared, returnExceptions bool) *gathering {
	g := &gathering{children: children, returnExceptions: returnExceptions}
	g.loop = l
	g.ext = g
	seen := map[*futCore]bool(nil)
	if shared && len(children) > 1 {
		seen = make(map[*futCore]bool, len(children))
	}
	for _, c := range children {
		// An awaitable passed twice is waited on once, as arg_to_fut does.
		if seen != nil {
			if seen[c] {
				continue
			}
			seen[c] = true
		}
		g.nfuts++
		c.addCallback(g)
	}
	return g
}

// call is gather's _done_callback, run once per finished child.
func (g *gathering) call(child *futCore) {
	g.nfinished++
	if g.state != statePending {
		return
	}
	if !g.returnExceptions {
		if child.state == stateCancelled {
			g.setException(child.makeCancelledError())
			return
		}
		if child.exc != nil {
			g.setException(child.exc)
			return
		}
	}
	if g.nfinished == g.nfuts {
		if g.cancelRequested {
			g.setException(child.makeCancelledError())
		} else {
			g.finish()
		}
	}
}

// cancel is _GatheringFuture.cancel: cancelling the gather cancels every
// child; the gather then ends with CancelledError once they are all done.
func (g *gathering) cancel(msg any) bool {
	if g.state != statePending {
		return false
	}
	ret := false
	for _, c := range g.children {
		if c.cancel(msg) {
			ret = true
		}
	}
	if ret {
		g.cancelRequested = true
	}
	return ret
}

// startAll wraps each awaitable into a future, in argument order:
// coroutines become tasks whose first steps are queued now.
func startAll[T any](l *Loop, aws []Awaitable[T]) (rs []resulter[T], cs []*futCore, shared bool) {
	rs = make([]resulter[T], len(aws))
	cs = make([]*futCore, len(aws))
	for i, aw := range aws {
		var r resulter[T]
		switch a := aw.(type) {
		case Coro[T]:
			r = newTask(l, a)
		case Machine[T]:
			r = newMachineTask(l, a)
		case resulter[T]:
			r = a
			shared = true
		default:
			r = newTask(l, Coro[T](a.Await))
		}
		rs[i], cs[i] = r, r.core()
	}
	return rs, cs, shared
}

// Gather is asyncio.gather(*aws): it runs the awaitables concurrently and
// returns their results in argument order. Coroutines are wrapped in tasks
// in argument order; the first exception propagates to the caller while
// the other children keep running; cancelling the task that awaits the
// gather cancels the children. The caller resumes two iterations after the
// last child ends (the child's done-callback completes the gather, whose
// own done-callback wakes the caller), as in CPython.
func Gather[T any](t *Task, aws ...Awaitable[T]) *py.List[T] {
	if len(aws) == 0 {
		return &py.List[T]{Items: []T{}}
	}
	rs, cs, shared := startAll(t.loop, aws)
	g := newGathering(t.loop, cs, shared, false)
	g.wait(t)
	return gatherResults(g, rs)
}

// gatherResults is the outcome of a finished gather: the results in
// argument order, or the exception it ended with.
func gatherResults[T any](g *gathering, rs []resulter[T]) *py.List[T] {
	if e := g.resultExc(); e != nil {
		panic(e)
	}
	items := make([]T, len(rs))
	for i, r := range rs {
		items[i] = r.value()
	}
	return &py.List[T]{Items: items}
}

// GatherReturnExceptions is asyncio.gather(*aws, return_exceptions=True):
// each failed child contributes its exception (a *py.Exc) to the results
// and a cancelled one a CancelledError.
func GatherReturnExceptions[T any](t *Task, aws ...Awaitable[T]) *py.List[any] {
	if len(aws) == 0 {
		return &py.List[any]{Items: []any{}}
	}
	rs, cs, shared := startAll(t.loop, aws)
	g := newGathering(t.loop, cs, shared, true)
	g.wait(t)
	return gatherOutcomes(g, rs)
}

// gatherOutcomes is gatherResults with return_exceptions=True.
func gatherOutcomes[T any](g *gathering, rs []resulter[T]) *py.List[any] {
	if e := g.resultExc(); e != nil {
		panic(e)
	}
	items := make([]any, len(rs))
	for i, r := range rs {
		c := r.core()
		switch {
		case c.state == stateCancelled:
			msg := c.cancelMsg
			if msg == nil {
				msg = ""
			}
			items[i] = py.CancelledError.New(msg)
		case c.exc != nil:
			items[i] = c.exc
		default:
			items[i] = r.value()
		}
	}
	return &py.List[any]{Items: items}
}

func (g *gathering) wait(t *Task) {
	if g.state == statePending {
		if e := t.block(&g.futCore, waitGather); e != nil {
			panic(e)
		}
	}
}

// TaskAwaitables is asyncio.gather(*tasks)'s argument list for a list of
// tasks: the same tasks as awaitables, so gather awaits them in place
// (no extra task each). The slice is new; the list is not kept.
func TaskAwaitables[T any](tasks []*TaskOf[T]) []Awaitable[T] {
	aws := make([]Awaitable[T], len(tasks))
	for i, tt := range tasks {
		aws[i] = tt
	}
	return aws
}

// AsAny views an awaitable of T as one of any, so that gather can take
// awaitables of mixed types. A task or future keeps its identity (no extra
// task, no extra loop iteration).
func AsAny[T any](aw Awaitable[T]) Awaitable[any] {
	switch a := aw.(type) {
	case Coro[T]:
		return Coro[any](func(t *Task) any { return a(t) })
	case Machine[T]:
		return anyMachine[T]{a}
	case resulter[T]:
		return anyView[T]{a}
	}
	return Coro[any](func(t *Task) any { return aw.Await(t) })
}

// AwaitablesOfAny is a list of values of type any that gather or
// as_completed, awaited by t, takes: each a coroutine, task or future of
// any result type. At an item that is none, the coroutines before it
// become tasks, as CPython's ensure_future made them one by one, and
// CPython's TypeError is raised.
func AwaitablesOfAny(t *Task, items []any) []Awaitable[any] {
	out := make([]Awaitable[any], len(items))
	for i, v := range items {
		switch a := v.(type) {
		case Awaitable[any]:
			out[i] = a
		case anyAwaiter:
			out[i] = Coro[any](a.AwaitAny)
		default:
			for _, aw := range out[:i] {
				ensureFuture(t.loop, aw)
			}
			py.Raise(py.TypeError.New("An asyncio.Future, a coroutine or an awaitable is required"))
		}
	}
	return out
}

// AnyAwaitables is AsAny of each awaitable: a list of coroutines or
// tasks of one result type passed where awaitables of mixed types go
// (gather(*xs), as_completed(xs)). The slice is new.
func AnyAwaitables[T any](aws []Awaitable[T]) []Awaitable[any] {
	out := make([]Awaitable[any], len(aws))
	for i, aw := range aws {
		out[i] = AsAny(aw)
	}
	return out
}

type anyView[T any] struct{ r resulter[T] }

func (v anyView[T]) core() *futCore { return v.r.core() }
func (v anyView[T]) value() any     { return v.r.value() }

func (v anyView[T]) Await(t *Task) any {
	c := v.r.core()
	if c.state == statePending {
		if e := t.block(c, waitUnknown); e != nil {
			panic(e)
		}
	}
	if e := c.resultExc(); e != nil {
		panic(e)
	}
	return v.r.value()
}
