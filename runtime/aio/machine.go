package aio

import "github.com/aiogo-dev/aiogo/runtime/py"

// Machine is a stackless coroutine: an `async def` compiled to a state
// machine (a struct holding the state number and the locals, and a Step
// method that switches on the state). It is the fast path beside Coro: a
// task running a Machine needs no goroutine, and a switch costs a method
// call instead of a coroutine switch. See the package documentation for
// the shape a compiler emits and which coroutines qualify.
//
// A Machine is a one-shot coroutine object like the one calling an
// `async def` returns: it is awaited once, or wrapped in one task.
type Machine[T any] interface {
	// Await runs the machine inline on a stackful task (await coro()):
	// generated machines implement it as AwaitMachine(t, m).
	Awaitable[T]
	// Step runs the coroutine on t, on the loop goroutine, from the state
	// it stopped in until it returns (v, true) or must wait (false). It
	// waits only through a Poll primitive (PollSleep, Lock.PollAcquire,
	// TaskOf.Poll, ...) or the Step of a machine it awaits, which has
	// already registered t's wake-up; the next Step calls the same
	// primitive again, which then delivers the outcome of the wait: its
	// value, or its exception (CancelledError included) raised as a panic
	// at that await, as CPython throws it into the coroutine there. An
	// exception raised by the coroutine is a panic too.
	Step(t *Task) (T, bool)
}

// locator is implemented by machines that can tell where they are
// suspended, for the deadlock report: aiogo's generated machines return
// the DSL frame of the await their state stands at.
type locator interface {
	SuspendedAt() py.Frame
}

// machineFrame is where m is suspended, if m is a machine that can tell;
// the zero Frame otherwise.
func machineFrame(m any) py.Frame {
	if lc, ok := m.(locator); ok {
		return lc.SuspendedAt()
	}
	return py.Frame{}
}

// yieldMark is what a task parked by sleep(0) holds in pend: it waits on
// no future. It is never written.
var yieldMark futCore

func (tt *TaskOf[T]) stepMachine() bool {
	v, done := tt.mach.Step(&tt.Task)
	if done {
		tt.result = v
		tt.mach = nil // let the locals go while the task lives on
	}
	return done
}

func (tt *TaskOf[T]) machineFrame() py.Frame { return machineFrame(tt.mach) }

// newMachineTask is newTask for a stackless coroutine.
func newMachineTask[T any](l *Loop, m Machine[T]) *TaskOf[T] {
	tt := &TaskOf[T]{mach: m}
	tt.stackless = true
	tt.start(l)
	return tt
}

// CreateMachineTask is asyncio.create_task for a stackless coroutine, with
// CreateTask's ordering: only the first step is queued.
func CreateMachineTask[T any](t *Task, m Machine[T]) *TaskOf[T] { return newMachineTask(t.loop, m) }

// CreateMachineTaskOn is loop.create_task for a stackless coroutine.
func CreateMachineTaskOn[T any](l *Loop, m Machine[T]) *TaskOf[T] { return newMachineTask(l, m) }

// CreateMachineTaskIn is TaskGroup.create_task for a stackless coroutine.
func CreateMachineTaskIn[T any](g *TaskGroup, m Machine[T]) *TaskOf[T] {
	g.checkOpen()
	tt := newMachineTask(g.loop, m)
	g.adopt(&tt.Task)
	return tt
}

// RunMachine is asyncio.run(main()) for a stackless main; see Run.
func RunMachine[T any](main Machine[T]) T {
	return runMain(Options{VirtualTime: virtualFromEnv()}, func(l *Loop) *TaskOf[T] { return newMachineTask(l, main) })
}

// RunMachineWith is RunWith for a stackless main.
func RunMachineWith[T any](opts Options, main Machine[T]) T {
	return runMain(opts, func(l *Loop) *TaskOf[T] { return newMachineTask(l, main) })
}

// AwaitMachine is `await m` in a stackful coroutine: like awaiting a Coro,
// m runs inline in t with no scheduling; t suspends wherever m waits.
func AwaitMachine[T any](t *Task, m Machine[T]) T {
	t.needStack()
	for {
		if v, ok := m.Step(t); ok {
			return v
		}
		t.suspendIn(m)
	}
}

// needStack raises RuntimeError when a stackless task reaches a stackful
// await that must suspend, before anything registers its wake-up: the
// compiler should have used the Poll form (or the callee's Step).
func (t *Task) needStack() {
	if t.stackless {
		panic(py.RuntimeError.New("a stackless task cannot suspend in a stackful await; poll it instead"))
	}
}

// stepMachine is Task.__step for a stackless task: it runs the machine's
// Step with exc to raise at the await it stopped at.
func (t *Task) stepMachine(exc *py.Exc) {
	if !t.started {
		if exc != nil {
			// A coroutine cancelled before its first step never runs.
			t.fail(exc)
			return
		}
		t.started = true
	}
	t.throw = exc
	t.loop.current = t
	defer t.endStep()
	if t.runner.stepMachine() {
		t.complete()
	}
}

// endStep ends a stackless step; an exception that escaped the machine
// ends the task, as one escaping a coroutine does.
func (t *Task) endStep() {
	t.loop.current = nil
	if r := recover(); r != nil {
		t.pend, t.throw = nil, nil
		t.fail(toExc(r))
	}
}

// park is block without the switch, for Poll primitives: f gets t's
// wake-up, and the poll that resumes t finds f in t.pend.
func (t *Task) park(f *futCore, what waitKind) {
	f.addCallback(t)
	t.waiter = f
	t.waitKind = what
	if t.mustCancel && f.cancel(t.cancelMsg) {
		t.mustCancel = false
	}
	t.pend = f
}

// parkYield is yield0 without the switch: the bare yield of sleep(0).
func (t *Task) parkYield() {
	t.loop.ready.pushBack(handle{cb: t})
	t.waitKind = waitYield
	t.pend = &yieldMark
}

// resuming takes back the park a Poll primitive resumes from. ok reports
// that t parked at this await; f is the future it parked on (nil after a
// sleep(0)) and e the exception to raise there, as block returns it.
func (t *Task) resuming() (f *futCore, e *py.Exc, ok bool) {
	if t.pend == nil {
		return nil, nil, false
	}
	f, e = t.pend, t.throw
	t.pend, t.throw = nil, nil
	if f == &yieldMark {
		f = nil
	}
	return f, e, true
}

// anyMachine is AsAny's view of a machine: still stackless.
type anyMachine[T any] struct{ m Machine[T] }

func (a anyMachine[T]) Step(t *Task) (any, bool) {
	if v, ok := a.m.Step(t); ok {
		return v, true
	}
	return nil, false
}

func (a anyMachine[T]) Await(t *Task) any { return AwaitMachine(t, a.m) }

func (a anyMachine[T]) SuspendedAt() py.Frame { return machineFrame(a.m) }
