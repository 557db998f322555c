// Package progen writes random asyncio programs for differential
// testing, as Csmith and YARPGen do for C compilers: Program(seed) is a
// Python 3.11 program inside the subset aiogo compiles, which CPython
// runs as the oracle; aiogo's binary must print the same stdout and exit
// with the same status. The same seed always gives the same bytes.
//
// # Design
//
// A program is built from a small model (model.go): module-level locks
// and semaphores (resources), counters, plain defs (helpers, calc0...),
// coroutines (workers, job0...), and main's scenes. Functions are
// generated in order, and each may call only those before it, so there
// is no recursion; once a body is written its facts are known to the
// later ones: the exceptions it may raise (exc.go), the resources it may
// acquire, its cost (an upper bound of the statements it runs), whether
// it tolerates cancellation.
//
// Bodies come from productions chosen by weighted random choice (choose
// in choose.go): statements (stmt.go), expressions by type (expr.go),
// try, raise and except (exc.go), the awaits of workers: sleep, async
// with, tasks, gathers, TaskGroups (async.go), and main's scenes
// (scene.go), which put workers to work, cancel them, and run producers
// and consumers, event waiters and setters, condition waiters and
// notifiers, barrier parties, and closures defined in the scene.
// Every program defines exception classes, two of them with a body
// (CodeError keeps attributes that handlers read, RetryError has a
// __str__). Some programs also define a class hierarchy (class.go) whose
// instances class_demo, awaited first in main, calls through a list of
// the base class.
// Some workers are written to the rules of aiogo's stackless state
// machines (ctx.machine), the others and the scenes compile stackful;
// TestDiff (diff_test.go) builds every program both ways. A production lists all of its alternatives in one place,
// each with its preconditions folded into its weight (when), and reads
// and updates the context (ctx, model.go): the visible variables, loop
// and nesting depth, the resources held, whether a cancellation may
// arrive, what may not appear (return, raise, await). Adding a construct
// is adding an alternative, and keeping the facts it changes right.
//
// # What makes a program valid
//
// Determinism: no time, no sleep but sleep(0), no ids, hashes or set
// iteration, no unseeded random, nothing printed whose repr has an
// address.
//
// Termination: every loop is bounded (for over a range or a short list,
// while on a counter), and every function's cost is bounded by a
// budget, so a program runs a few thousand statements at most.
//
// Values: every stored number, str, list and dict has a bound (types.go)
// that keeps ints far inside 64 bits and output short. An expression
// that may raise (a division by a value that may be 0, an index that may
// be out of range, a dict subscript, int() of a str...) adds the
// exception to its raise set, so the generator knows where exceptions go
// and catches them where an escape is unwanted: a scene never lets one
// out, and main lets one escape (exit status 1) only in
// Config.EscapePercent of the programs.
//
// Deadlock freedom, by construction:
//
//   - Resources are acquired only with async with (or acquire() and a
//     try/finally that releases), nested in their global order; code
//     holding a resource only awaits (inline, or as a task, gather or
//     TaskGroup it waits for) functions whose resources all come later in
//     the order. Workers never wait on events, queues or conditions, and
//     nothing waits on those while holding a resource.
//   - An Event that is waited on is set by a setter that is never
//     cancelled and cannot return, raise or break before the set; where
//     a scene cancels a waiter it sets the event itself right after.
//   - Queue producers put exactly as many items as the consumers get;
//     neither is ever cancelled, except consumers that loop forever,
//     which the scene cancels once q.join() returns, when they all wait in
//     get(). Their bodies cannot leave early, and task_done() sits in a
//     finally.
//   - Condition waiters loop on wait() until a shared count reaches their
//     need; the notifier raises the count to the highest need and ends
//     with notify_all(). A waiter that is cancelled needs at least 1, so
//     it is in wait(), not past it, when the cancel lands.
//
// No task is left behind: every task a function creates is awaited
// before it returns, in shapes that hold even when something fails or
// is cancelled (async.go's spawnStmt), so nothing is pending when main
// returns and asyncio.run's shutdown, whose cancellation order CPython
// takes from a set, has nothing to cancel. For the same reason a
// TaskGroup whose children may fail has at most two children (one
// cancelled sibling has no order), one when the group may be cancelled
// as a whole, and the code in its body neither raises nor runs what
// cannot be cancelled. asyncio.wait's done and pending sets are never
// iterated.
//
// Cancellation: a worker is cancellable or not. A cancellable worker may
// catch CancelledError (printing it, re-raising or swallowing it), only
// calls cancellable workers, and only spawns in shapes where a
// cancellation reaches every task it created (an awaited task with
// nothing between, a gather, a TaskGroup of one). Scenes cancel tasks of
// cancellable workers at different points: before their first step,
// after a few steps, while they wait for a lock the scene holds, as one
// task of a gather or a TaskGroup, and waiters of an Event or a
// Condition.
//
// Constructs that aiogo refuses or mistranslates are left out unless
// Config.Features turns them on (feature.go), each with the finding that
// made it a gap, so that the default programs check for new
// differences. Each difference found is kept, shrunk by hand, with what
// CPython and aiogo printed: once fixed, as a regression program in
// codegen/testdata/run/found_*.py (which codegen's TestRunPrograms
// compares with CPython both ways); while aiogo still refuses it, in
// testdata/found.
package progen
