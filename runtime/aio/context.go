package aio

import (
	"context"
	"errors"

	"github.com/aiogo-dev/aiogo/runtime/py"
)

// RunContext is how Go code calls a coroutine (library mode): asyncio.run
// on a new loop of its own, so any number of goroutines may call at once,
// with cancelling ctx cancelling the main task at its next await, and an
// exception coming back as an error instead of a panic. The error is the
// *py.Exc, or ctx.Err() when the task was cancelled because of ctx.
//
// The deadlock report still applies: a main task waiting on something
// that nothing in the loop can ever wake fails at once rather than waiting
// for ctx.
func RunContext[T any](ctx context.Context, main Awaitable[T]) (T, error) {
	stop := func() bool { return false }
	defer func() { stop() }()
	result, err := py.Call(func() T {
		return runMain(Options{}, func(l *Loop) *TaskOf[T] {
			var task *TaskOf[T]
			if m, ok := main.(Machine[T]); ok {
				task = newMachineTask(l, m)
			} else {
				task = newTask(l, Coro[T](main.Await))
			}
			if ctx.Err() != nil {
				task.Cancel() // before its first step: the body never runs
			}
			stop = context.AfterFunc(ctx, func() { l.CallSoonThreadsafe(func() { task.Cancel() }) })
			return task
		})
	})
	if err != nil && ctx.Err() != nil && errors.Is(err, py.CancelledError) {
		err = ctx.Err()
	}
	return result, err
}
