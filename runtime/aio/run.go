package aio

import (
	"os"

	"github.com/aiogo-dev/aiogo/runtime/py"
)

// Run is asyncio.run(main): it runs main as a task on a new loop, then
// shuts down as runners.py does and returns main's result, or panics with
// its exception (a *py.Exc). Virtual time is on when the environment
// variable AIOGO_VIRTUAL_TIME is "1".
func Run[T any](main Coro[T]) T {
	return RunWith(Options{VirtualTime: virtualFromEnv()}, main)
}

// virtualFromEnv reports whether AIOGO_VIRTUAL_TIME asks Run for virtual
// time.
func virtualFromEnv() bool { return os.Getenv("AIOGO_VIRTUAL_TIME") == "1" }

// RunWith is Run with explicit options, for Go tests and library mode.
//
// Shutdown follows CPython 3.11: the loop stops at the end of the
// iteration after the one where main finished (the stop is itself a
// done-callback of main), then every pending task is cancelled and the
// loop runs until all of them are done, so their finally blocks run; then
// async generators and the default executor are shut down. CPython cancels
// in set order (object addresses); aiogo cancels in creation order.
//
// Where CPython would hang because every task waits and nothing can wake
// them, main fails with a RuntimeError naming each waiting task.
func RunWith[T any](opts Options, main Coro[T]) T {
	return runMain(opts, func(l *Loop) *TaskOf[T] { return newTask(l, main) })
}

// runMain is RunWith for a main task of either kind, made by start.
func runMain[T any](opts Options, start func(*Loop) *TaskOf[T]) T {
	l := NewEventLoop(opts)
	defer func() {
		// Even after a panic of the loop itself, stop every coroutine.
		l.running = false
		l.Close()
	}()
	task := start(l)
	err := l.runUntilComplete(&task.futCore)
	if e := l.shutdown(); err == nil {
		err = e
	}
	l.Close()
	if err != nil {
		panic(err)
	}
	return task.Result()
}

// shutdown is Runner.close() before loop.close(): _cancel_all_tasks,
// shutdown_asyncgens, shutdown_default_executor. It returns a SystemExit
// or KeyboardInterrupt raised meanwhile.
func (l *Loop) shutdown() *py.Exc {
	var pending []*Task
	for t := l.taskHead; t != nil; t = t.next {
		pending = append(pending, t)
	}
	if len(pending) > 0 {
		children := make([]*futCore, len(pending))
		for i, t := range pending {
			t.cancel(nil)
			children[i] = &t.futCore
		}
		g := newGathering(l, children, false, true)
		if e := l.runUntilComplete(&g.futCore); isFatal(e) {
			return e
		}
		for _, t := range pending {
			if t.state == stateFinished && t.exc != nil {
				reportException("unhandled exception during asyncio.run() shutdown\ntask: "+t.Name(), t.exc)
			}
		}
	}
	// shutdown_asyncgens and shutdown_default_executor are coroutines run
	// to completion, each taking loop iterations that other callbacks
	// still share.
	for range 2 {
		if e := l.runUntilComplete(&newTask(l, noop).futCore); isFatal(e) {
			return e
		}
	}
	if l.executor != nil {
		l.executor.Shutdown(true)
	}
	return nil
}

// isFatal reports whether e is one of the exceptions CPython lets escape
// the loop: SystemExit and KeyboardInterrupt.
func isFatal(e *py.Exc) bool {
	return e != nil && (e.Is(py.SystemExit) || e.Is(py.KeyboardInterrupt))
}

func noop(*Task) struct{} { return struct{}{} }
