package aio

import (
	"reflect"
	"strconv"

	"github.com/aiogo-dev/aiogo/runtime/py"
)

// Coro is a lazy coroutine, what calling an `async def` returns: nothing
// runs until it is awaited or wrapped in a task. Awaiting it is a plain call
// on the awaiting task, with no scheduling, exactly like `await coro()` in
// CPython.
type Coro[T any] func(t *Task) T

// Await runs c inline on t.
func (c Coro[T]) Await(t *Task) T { return c(t) }

// AwaitAny is Await for AwaitAny.
func (c Coro[T]) AwaitAny(t *Task) any { return c(t) }

// anyAwaiter is an awaitable whose result type only its own code knows:
// every awaitable type of the runtime, and the machines codegen emits.
type anyAwaiter interface{ AwaitAny(t *Task) any }

// AwaitAny is `await v` of a value whose type is known only at run time:
// a coroutine, task or future of any result type, or CPython's TypeError.
func AwaitAny(t *Task, v any) any {
	switch a := v.(type) {
	case Awaitable[any]:
		return a.Await(t)
	case anyAwaiter:
		return a.AwaitAny(t)
	}
	if reflect.ValueOf(v).MethodByName("Await").IsValid() { // an awaitable codegen did not expect here
		py.Unsupported("awaiting this " + py.TypeName(v))
	}
	py.Raise(py.TypeError.New("object " + py.TypeName(v) + " can't be used in 'await' expression"))
	return nil
}

// Awaitable is anything `await` accepts: Coro[T], *TaskOf[T], *Future[T].
type Awaitable[T any] interface {
	Await(t *Task) T
}

// Task is asyncio.Task without its result type: the handle every coroutine
// receives, through which it suspends. A task runs on a stackful coroutine
// (iter.Pull) so that it can suspend from deep inside nested calls, or,
// running a Machine, is stepped without a stack of its own; only the loop
// goroutine ever resumes it, so one task runs at a time.
//
// Creating a task costs mostly the fresh memory it occupies, so the
// fields are kept few and small. Those a step reads and writes come
// first, next to futCore's loop and state: with many tasks taking turns,
// the cache lines of a task a step touches are what it waits for.
type Task struct {
	runner taskRunner
	// pend is the future a stackless await parked the task on (yieldMark
	// for sleep(0)) until the poll that resumes the task takes it back.
	pend *futCore
	// waiter is _fut_waiter, the future the task is suspended on.
	waiter *futCore
	// throw is the exception to raise at the suspension point on resume.
	throw *py.Exc
	// waitKind names what the task waits on, for the deadlock report.
	waitKind   waitKind
	mustCancel bool
	// stackless tasks step a Machine on the loop goroutine instead of
	// resuming a worker; started records that the first step ran.
	stackless, started bool
	numCancels         int32
	futCore
	w  *worker
	id int
	// name is set by set_name, rarely: a pointer keeps it one word.
	name *string
	// prev and next link the loop's pending tasks in creation order
	// (all_tasks, and the shutdown cancellation order).
	prev, next *Task
}

// TaskOf is a Task whose coroutine returns T.
type TaskOf[T any] struct {
	Task
	coro   Coro[T]
	mach   Machine[T]
	result T
}

// taskRunner is the typed half of a task: run drives a stackful coroutine
// to its end on a worker, stepMachine runs one step of a stackless one.
type taskRunner interface {
	run()
	stepMachine() bool
	machineFrame() py.Frame
}

func (tt *TaskOf[T]) run() {
	c := tt.coro
	tt.coro = nil // let the closure go while the task lives on
	tt.result = c(&tt.Task)
}

func (tt *TaskOf[T]) core() *futCore { return &tt.futCore }
func (tt *TaskOf[T]) value() T       { return tt.result }

// CreateTask is asyncio.create_task: it queues the first step of c with
// call_soon and returns without running anything; the creator runs on
// until it suspends.
func CreateTask[T any](t *Task, c Coro[T]) *TaskOf[T] { return newTask(t.loop, c) }

// CreateTaskOn is loop.create_task for code outside any task.
func CreateTaskOn[T any](l *Loop, c Coro[T]) *TaskOf[T] { return newTask(l, c) }

func newTask[T any](l *Loop, c Coro[T]) *TaskOf[T] {
	tt := &TaskOf[T]{coro: c}
	tt.start(l)
	return tt
}

// start registers the task with l and queues its first step.
func (tt *TaskOf[T]) start(l *Loop) {
	t := &tt.Task
	t.loop = l
	t.ext = t
	t.runner = tt
	l.taskSeq++
	t.id = l.taskSeq
	l.link(t)
	l.ready.pushBack(handle{cb: t})
}

// Result is Task.result(): the coroutine's return value, or a panic with
// its exception, CancelledError, or InvalidStateError while pending.
func (tt *TaskOf[T]) Result() T {
	if e := tt.resultExc(); e != nil {
		panic(e)
	}
	return tt.result
}

// Await suspends t until tt is done and returns its result. Like CPython,
// t resumes one loop iteration after tt ends (the wake-up is a
// done-callback); awaiting a done task does not suspend.
func (tt *TaskOf[T]) Await(t *Task) T {
	if tt.state == statePending {
		if &tt.Task == t {
			panic(py.RuntimeError.New("Task cannot await on itself"))
		}
		if e := t.block(&tt.futCore, waitUnknown); e != nil {
			panic(e)
		}
	}
	return tt.Result()
}

// AwaitAny is Await for AwaitAny.
func (tt *TaskOf[T]) AwaitAny(t *Task) any { return tt.Await(t) }

// AddDoneCallback is Task.add_done_callback; see Future.AddDoneCallback.
func (tt *TaskOf[T]) AddDoneCallback(fn func(*TaskOf[T])) *DoneCallback {
	cb := &DoneCallback{fn: func() { fn(tt) }}
	tt.addCallback(cb)
	return cb
}

// Loop returns the loop running t (asyncio.get_running_loop()).
func (t *Task) Loop() *Loop { return t.loop }

// Name is Task.get_name(): "Task-N" unless set. N counts the tasks of this
// loop, where CPython counts those of the process; with one asyncio.run per
// program the two agree.
func (t *Task) Name() string {
	if t.name != nil {
		return *t.name
	}
	return "Task-" + strconv.Itoa(t.id)
}

// SetName is Task.set_name.
func (t *Task) SetName(name string) {
	t.name = nil
	if name != "" {
		t.name = &name
	}
}

// Cancel is Task.cancel(msg): it returns false on a done task. If the task
// waits on a future, that future is cancelled (so the task wakes with
// CancelledError one iteration later); otherwise the CancelledError is
// thrown in at its next step. As in 3.11, repeated requests all count.
func (t *Task) Cancel(msg ...any) bool { return t.cancel(optMsg(msg)) }

func (t *Task) cancel(msg any) bool {
	if t.state != statePending {
		return false
	}
	t.numCancels++
	if t.waiter != nil && t.waiter.cancel(msg) {
		// Keep waiter: it may be a task that swallows the cancellation.
		return true
	}
	t.mustCancel = true
	t.cancelMsg = msg
	return true
}

// Cancelling is Task.cancelling(): the number of pending cancel requests.
func (t *Task) Cancelling() int { return int(t.numCancels) }

// Uncancel is Task.uncancel(): it withdraws one cancel request and returns
// the number left.
func (t *Task) Uncancel() int {
	if t.numCancels > 0 {
		t.numCancels--
	}
	return int(t.numCancels)
}

// call is how the ready queue runs a task: f == nil is __step(), anything
// else is __wakeup(f) for the future the task waited on.
func (t *Task) call(f *futCore) {
	if f == nil {
		t.step(nil)
	} else {
		t.step(f.resultExc())
	}
}

// step is Task.__step: resume the coroutine with exc thrown in (or the
// pending cancellation) until it suspends again or ends.
func (t *Task) step(exc *py.Exc) {
	if t.state != statePending {
		panic(py.InvalidStateError.New("_step(): already done: " + t.Name()))
	}
	if t.mustCancel {
		if exc == nil || !exc.Is(py.CancelledError) {
			exc = t.makeCancelledError()
		}
		t.mustCancel = false
	}
	t.waiter = nil
	if t.stackless {
		t.stepMachine(exc)
		return
	}
	l := t.loop
	w := t.w
	if w == nil {
		if exc != nil {
			// Throwing into a coroutine that never started raises at
			// its first line: the body never runs.
			t.fail(exc)
			return
		}
		w = l.getWorker()
		w.task = t
		t.w = w
	}
	t.throw = exc
	l.current = t
	w.next()
	l.current = nil
	if t.state != statePending {
		t.w = nil
		l.putWorker(w)
	}
}

// block suspends t until f completes (the `yield fut` of
// Future.__await__): f gets t's wake-up as a done-callback. It returns the
// exception to raise at the await, if any, so that callers can clean up
// (cancel a timer, leave a waiter list) before raising it.
func (t *Task) block(f *futCore, what waitKind) *py.Exc {
	t.needStack()
	f.addCallback(t)
	t.waiter = f
	t.waitKind = what
	if t.mustCancel && f.cancel(t.cancelMsg) {
		t.mustCancel = false
	}
	t.suspend()
	e := t.throw
	t.throw = nil
	return e
}

// yield0 is the bare `yield` of sleep(0): the task's next step goes to the
// back of the ready queue.
func (t *Task) yield0() {
	t.needStack()
	t.loop.ready.pushBack(handle{cb: t})
	t.waitKind = waitYield
	t.suspend()
	if e := t.throw; e != nil {
		t.throw = nil
		panic(e)
	}
}

// suspend switches back to the loop. When the loop closes while t is
// suspended, yield returns false and t unwinds (like a coroutine closed by
// CPython with GeneratorExit), running its deferred (finally) code.
func (t *Task) suspend() { t.suspendIn(nil) }

// suspendIn is suspend inside AwaitMachine(m). The deadlock report
// resumes a suspended task once to learn where it waits (Loop.locate):
// the task records that, from m when m can tell or else from its own
// stack, and switches straight back, so finding out costs nothing until
// a deadlock.
func (t *Task) suspendIn(m any) {
	for {
		if !t.w.yield(struct{}{}) {
			panic(t.loop.stopExc)
		}
		l := t.loop
		if !l.locating {
			return
		}
		if l.located = machineFrame(m); l.located.Line == 0 {
			l.located, _ = py.CurrentFrame()
		}
	}
}

// complete ends the task after its coroutine returned.
func (t *Task) complete() {
	t.loop.unlink(t)
	if t.mustCancel {
		// Cancelled right before the coroutine returned.
		t.mustCancel = false
		t.baseCancel(t.cancelMsg)
		return
	}
	t.finish()
}

// fail ends the task with the exception its coroutine raised.
func (t *Task) fail(e *py.Exc) {
	t.loop.unlink(t)
	if e.Is(py.StopIteration) {
		// A coroutine never raises StopIteration (PEP 479): CPython
		// replaces it, as the direct cause of a RuntimeError.
		r := py.RuntimeError.New("coroutine raised StopIteration")
		r.Cause, r.Context, r.SuppressContext = e, e, true
		// Raised outside the coroutine's frames: CPython's traceback has
		// only those that await the task, of which the module's line that
		// runs the loop is the one at hand.
		for _, f := range e.Frames() {
			if f.Func == "<module>" {
				r.Traceback = append(r.Traceback, f)
			}
		}
		e = r
	}
	if e.Is(py.CancelledError) {
		t.cancelledExc = e
		t.baseCancel(nil)
		return
	}
	t.setException(e)
	if isFatal(e) {
		// CPython re-raises these out of the loop.
		t.loop.fatal = e
	}
}
