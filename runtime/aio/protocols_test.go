package aio

import (
	"testing"

	"github.com/aiogo-dev/aiogo/runtime/py"
)

func TestAsyncNextEndsAtStopAsyncIteration(t *testing.T) {
	var got []int
	RunWith(Options{}, func(t *Task) none {
		n := 0
		next := func() Coro[int] {
			return func(t *Task) int {
				Sleep(t, 0)
				if n == 3 {
					panic(py.StopAsyncIteration.New())
				}
				n++
				return n
			}
		}
		for {
			v, ok := AsyncNext[int](t, next())
			if !ok {
				break
			}
			got = append(got, v)
		}
		return none{}
	})
	if len(got) != 3 || got[0] != 1 || got[2] != 3 {
		t.Errorf("got %v, want [1 2 3]", got)
	}
}

func TestAsyncNextPropagatesOtherExceptions(t *testing.T) {
	defer func() {
		if e := py.Catch(recover(), py.ValueError); e == nil {
			t.Error("want the ValueError raised by __anext__")
		}
	}()
	RunWith(Options{}, func(t *Task) none {
		AsyncNext[int](t, Coro[int](func(t *Task) int { panic(py.ValueError.New("bad")) }))
		return none{}
	})
}

// TestAsyncExit checks what __aexit__ sees and that only a true result
// suppresses the exception leaving the block.
func TestAsyncExit(t *testing.T) {
	block := func(raise *py.Exc, suppress bool) (seen, escaped *py.Exc) {
		defer func() { escaped, _ = recover().(*py.Exc) }()
		func() {
			defer AsyncExit(func(exc *py.Exc) bool {
				seen = exc
				return suppress
			})
			if raise != nil {
				panic(raise)
			}
		}()
		return seen, nil
	}
	boom := py.KeyError.New("k")
	if seen, escaped := block(nil, true); seen != nil || escaped != nil {
		t.Errorf("clean exit: __aexit__ saw %v, escaped %v", seen, escaped)
	}
	if seen, escaped := block(boom, false); seen != boom || escaped != boom {
		t.Errorf("not suppressed: __aexit__ saw %v, escaped %v", seen, escaped)
	}
	if seen, escaped := block(boom, true); seen != boom || escaped != nil {
		t.Errorf("suppressed: __aexit__ saw %v, escaped %v", seen, escaped)
	}
}

// TestAwaitAny awaits a coroutine, a task and a future held as any, each
// of its own result type, and a value that is not awaitable.
func TestAwaitAny(t *testing.T) {
	var got []any
	var msg string
	RunWith(Options{}, func(t *Task) none {
		word := Coro[string](func(t *Task) string { Sleep(t, 0); return "w" })
		task := CreateTask(t, Coro[int](func(t *Task) int { return 7 }))
		fut := NewFuture[float64](t.Loop())
		fut.SetResult(1.5)
		for _, v := range []any{word, task, fut} {
			got = append(got, AwaitAny(t, v))
		}
		func() {
			defer func() { msg = py.ExcStr(py.Catch(recover(), py.TypeError)) }()
			AwaitAny(t, 3)
		}()
		return none{}
	})
	if len(got) != 3 || got[0] != "w" || got[1] != 7 || got[2] != 1.5 {
		t.Errorf("got %v, want [w 7 1.5]", got)
	}
	if want := "object int can't be used in 'await' expression"; msg != want {
		t.Errorf("TypeError %q, want %q", msg, want)
	}
}

// TestStopIterationLeavingATaskIsRuntimeError checks PEP 479's rule: the
// task's exception is CPython's RuntimeError, caused by the StopIteration.
func TestStopIterationLeavingATaskIsRuntimeError(t *testing.T) {
	var got *py.Exc
	RunWith(Options{}, func(t *Task) none {
		task := CreateTask(t, Coro[int](func(t *Task) int {
			Sleep(t, 0)
			panic(py.StopIteration.New())
		}))
		func() {
			defer func() { got = py.Catch(recover(), py.RuntimeError) }()
			task.Await(t)
		}()
		return none{}
	})
	if got == nil || py.Str(got) != "coroutine raised StopIteration" || got.Cause == nil || !got.Cause.Is(py.StopIteration) {
		t.Errorf("got %v, want RuntimeError('coroutine raised StopIteration') caused by StopIteration", got)
	}
}
