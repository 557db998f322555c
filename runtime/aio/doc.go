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
// each task runs on a stackful coroutine made with iter.Pull. The loop
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
