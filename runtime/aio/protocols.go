package aio

import "github.com/aiogo-dev/aiogo/runtime/py"

// The protocols of `async with` and `async for` on objects of the
// program's own classes, whose __aenter__, __aexit__ and __anext__ are
// coroutines generated code calls.

// AsyncExit is the end of `async with` on such an object, deferred by
// generated code at the start of the block: aexit awaits the object's
// __aexit__ with the exception leaving the block (nil if none) and reports
// whether it returned a true value, which suppresses that exception.
func AsyncExit(aexit func(exc *py.Exc) bool) {
	exc := recovered(recover())
	if !aexit(exc) && exc != nil {
		panic(exc)
	}
}

// AsyncNext is one step of `async for`: it awaits __anext__'s coroutine
// next and reports false when it raised StopAsyncIteration, the end of
// the iteration.
func AsyncNext[T any](t *Task, next Awaitable[T]) (v T, ok bool) {
	defer func() {
		if e := recovered(recover()); e != nil {
			if !e.Is(py.StopAsyncIteration) {
				panic(e)
			}
			ok = false
		}
	}()
	return next.Await(t), true
}
