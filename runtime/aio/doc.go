// Package aio is the asyncio event loop that aiogo's generated code runs
// on: tasks, futures, timers, gather, wait, timeouts, task groups, queues,
// locks and the other synchronization primitives, and the thread pool
// behind run_in_executor. Programs must print what CPython 3.11 prints, and
// with cooperative tasks the interleaving is part of the output, so the
// loop reproduces asyncio's scheduling step for step rather than merely
// running coroutines concurrently. CPython's base_events.py, tasks.py,
// futures.py, locks.py, queues.py, taskgroups.py, timeouts.py and
// runners.py are the specification; the code follows their structure, and
// each exported name says which behaviour it mirrors.
//
// # The loop
//
// The loop owns one FIFO ready queue of callbacks. Everything that makes
// progress goes through it: the step of a new task, the wake-up of a task
// whose future completed, the done-callbacks of futures, call_soon.
// Timers wait in a heap ordered by deadline and then by scheduling order.
// One iteration (_run_once) takes the callbacks that are ready when it
// begins, appends the timers that are due by then, and runs exactly those;
// whatever they schedule waits for the next iteration. That rule is where
// asyncio's ordering comes from: a task that ends schedules its future's
// done-callbacks, so a task awaiting it resumes one iteration later and
// the caller of gather two iterations later (the child's callback
// completes the gather, whose own callback wakes the caller); sleep(0)
// puts the task at the back of the queue; create_task only queues a first
// step. When nothing is ready the loop waits for the first timer or for a
// result from the thread pool, which comes back through the only locked
// structure, a queue fed by CallSoonThreadsafe.
//
// # Tasks
//
// Generated code is ordinary Go: an `async def` becomes a function
// returning a Coro, and `await coro()` is a plain call that passes the
// running *Task along. So that an await deep in nested calls can suspend,
// each task runs on a stackful coroutine made with iter.Pull (unless it
// is a stackless state machine; see below). The loop
// goroutine is the only one that resumes coroutines, so exactly one task
// runs at a time and generated code needs no locks. A task suspends by
// registering its wake-up as a done-callback of the future it awaits and
// switching back to the loop; the wake-up resumes it with the future's
// exception, or the pending cancellation, raised at the await as a panic
// of a *py.Exc. Coroutines of finished tasks go back to a pool and run
// later tasks, which saves most of a task's allocations; the pool and the
// coroutines of tasks still suspended are stopped when the loop closes,
// unwinding their stacks so that deferred (finally) code runs and no
// goroutine is left behind.
//
// Cancellation follows 3.11: Cancel cancels the future a task waits on
// (or marks the task so that its next step raises CancelledError), the
// task sees CancelledError only at a suspension point, may catch it and
// continue, and a task cancelled before its first step never runs.
//
// # Stackless coroutines
//
// A coroutine whose awaits all sit at statement level can instead be
// compiled to a state machine (Machine): a struct holding the state
// number, the parameters and the locals that live across an await, and a
// Step method that switches on the state. A task running one (made by
// CreateMachineTask, StartGather, RunMachine, ...) has no goroutine: the
// loop calls Step on its own goroutine, which makes a switch a method
// call and a suspended task a few hundred bytes. Such tasks share the
// ready queue, the futures, the ordering rules, cancellation and the
// Task API with stackful ones, and the two kinds mix freely: either kind
// of task awaits, gathers or cancels the other, and a stackful coroutine
// awaits a machine inline with m.Await(t) (AwaitMachine).
//
// Each await is one state, and the state's code is re-run from its start
// every time the task is stepped there, so the await is a call of a Poll
// primitive that reports whether it finished: the first call takes the
// fast path or parks the task (registers its wake-up) and returns false,
// after which Step returns at once with done == false; the call made when
// the wake-up steps the task again returns the awaited value, or raises
// (panics with) the exception CPython throws in at that await,
// CancelledError included. The await points are PollSleep (sleep(0) is
// one bare yield), TaskOf.Poll and Future.Poll, Lock.PollAcquire,
// Event.PollWait, Semaphore.PollAcquire, Queue.PollGet, Queue.PollPut,
// Queue.PollJoin, Gathering.Poll and Gathering.PollOutcomes (after
// StartGather or StartGatherReturnExceptions in the state before), and
// the Step of a machine awaited inline: `await callee()` keeps the callee
// in a field of the caller and calls its Step, so nested stackless calls
// run in the caller's task, re-entered from the outermost machine on each
// step (a chain as deep as the nesting, a few nanoseconds a level).
// Primitives that never suspend (Event.Set, Lock.Release, PutNowait,
// CreateMachineTask, ...) are plain calls. The stackful await functions
// (Sleep, Lock.Acquire, Coro calls, ...) must not suspend a stackless
// task: that raises RuntimeError.
//
// For
//
//	async def worker(n):
//	    await asyncio.sleep(0)
//	    return n * 2
//
// a compiler emits
//
//	type worker struct {
//		state int
//		n     int
//	}
//
//	// Calling worker(n) makes the coroutine object: &worker{n: n}.
//
//	func (m *worker) Await(t *aio.Task) int { return aio.AwaitMachine(t, m) }
//
//	func (m *worker) Step(t *aio.Task) (r int, done bool) {
//		for {
//			switch m.state {
//			case 0: // await asyncio.sleep(0)
//				if !aio.PollSleep(t, 0) {
//					return
//				}
//				return m.n * 2, true
//			}
//		}
//	}
//
// and for a loop with a queue get
//
//	async def consumer(q, n):
//	    total = 0
//	    for i in range(n):
//	        x = await q.get()
//	        total += x
//	    return total
//
// it emits
//
//	type consumer struct {
//		state    int
//		q        *aio.Queue[int]
//		n        int
//		total, i int // x does not live across an await: a Go local
//	}
//
//	func (m *consumer) Await(t *aio.Task) int { return aio.AwaitMachine(t, m) }
//
//	func (m *consumer) Step(t *aio.Task) (r int, done bool) {
//		for {
//			switch m.state {
//			case 0:
//				m.total = 0
//				m.i = 0
//				m.state = 1
//			case 1: // for i in range(n)
//				if m.i >= m.n {
//					return m.total, true
//				}
//				m.state = 2
//			case 2: // x = await q.get()
//				x, ok := m.q.PollGet(t)
//				if !ok {
//					return
//				}
//				m.total += x
//				m.i++
//				m.state = 1
//			}
//		}
//	}
//
// States are the basic blocks between awaits: a jump sets m.state and
// lets the loop go round (or falls through); an await state starts with
// its Poll call and nothing before it, because that code runs again on
// every step there. What the awaited expression needs is therefore
// evaluated once, in the state before, into fields: the receiver when it
// is not a plain local or parameter (`await self.q.get()`), the gather
// (m.g = aio.StartGather[int](t, &worker{n: 1}, &worker{n: 2}), then
// res, ok := m.g.Poll(t)), the callee awaited inline (m.sub =
// &worker{n: 3}, then v, ok := m.sub.Step(t), then m.sub = nil so its
// locals go). Temporaries must not shadow the results r and done.
// create_task(worker(3)) is aio.CreateMachineTask(t, &worker{n: 3}), and
// asyncio.run(main()) is aio.RunMachine(&mainM{}). Results of void
// coroutines are struct{}.
//
// A coroutine qualifies when each await is a whole statement (`await e`),
// the whole right-hand side of an assignment to a name (`x = await e`) or
// of a return, e is one of the awaitables above (a call of a qualifying
// coroutine included), and no await sits inside try, with, async with,
// async for, or an expression. Anything else (wait_for, timeout,
// Condition, TaskGroup's async with, awaiting a stackful coroutine inline)
// makes it stackful, and so does awaiting a coroutine that is itself
// stackful. A try or with containing no await is plain Go inside a state.
//
// # Beyond CPython
//
// Under virtual time (Options.VirtualTime, or AIOGO_VIRTUAL_TIME=1 for
// Run) the clock jumps to the next timer whenever nothing is ready and no
// executor job is running, so sleeps cost nothing and orders stay the
// same. When every task waits and no timer or executor job can wake one,
// the program would hang under CPython; here main fails with a
// RuntimeError naming each waiting task and what it waits on. Loops keep
// no package-level state, so independent loops run on different
// goroutines at once.
//
// # Known differences
//
// Where CPython iterates a set of tasks (TaskGroup cancelling siblings,
// asyncio.run cancelling leftover tasks, wait's result sets, as_completed
// wrapping its arguments) the order follows object addresses; aiogo uses
// creation or argument order. Task names count per loop, not per process.
package aio
