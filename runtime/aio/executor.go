package aio

import (
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/aiogo-dev/aiogo/runtime/py"
)

// Executor is concurrent.futures.ThreadPoolExecutor: blocking functions
// run on goroutines, at most maxWorkers at a time, in parallel with the
// loop. Results come back to the loop through CallSoonThreadsafe.
type Executor struct {
	slots chan struct{}
	wg    sync.WaitGroup
	mu    sync.Mutex
	shut  bool
}

// NewThreadPoolExecutor is ThreadPoolExecutor(max_workers); maxWorkers <= 0
// means CPython's default, min(32, CPUs + 4).
func NewThreadPoolExecutor(maxWorkers int) *Executor {
	if maxWorkers <= 0 {
		maxWorkers = min(32, runtime.NumCPU()+4)
	}
	return &Executor{slots: make(chan struct{}, maxWorkers)}
}

// submit starts fn as soon as a worker slot is free.
func (e *Executor) submit(fn func()) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.shut {
		panic(py.RuntimeError.New("cannot schedule new futures after shutdown"))
	}
	e.wg.Add(1)
	go func() {
		defer e.wg.Done()
		e.slots <- struct{}{}
		defer func() { <-e.slots }()
		fn()
	}()
}

// Shutdown is Executor.shutdown(wait): no new jobs are accepted; with
// wait it returns once every submitted job has finished.
func (e *Executor) Shutdown(wait bool) {
	e.mu.Lock()
	e.shut = true
	e.mu.Unlock()
	if wait {
		e.wg.Wait()
	}
}

// RunInExecutor is loop.run_in_executor(ex, fn): fn starts on ex (the
// loop's default executor when ex is nil) and the returned future gets
// its result, or its panic as an exception, in a later loop iteration;
// where that lands among other callbacks depends on thread timing, in
// CPython too.
func RunInExecutor[T any](l *Loop, ex *Executor, fn func() T) *Future[T] {
	if ex == nil {
		if l.executor == nil {
			l.executor = NewThreadPoolExecutor(0)
		}
		ex = l.executor
	}
	f := NewFuture[T](l)
	l.inflight++
	// As with CPython's wrap_future, cancelling f cancels the job if it
	// has not started: f's first done-callback (one iteration after the
	// cancel) claims the job before a worker does, and it never runs.
	var state atomic.Int32
	f.AddDoneCallback(func(f *Future[T]) {
		if f.Cancelled() && state.CompareAndSwap(jobQueued, jobCancelled) {
			l.inflight--
		}
	})
	ex.submit(func() {
		if !state.CompareAndSwap(jobQueued, jobRunning) {
			return
		}
		var v T
		var exc *py.Exc
		func() {
			defer func() {
				if r := recover(); r != nil {
					exc = toExc(r)
				}
			}()
			v = fn()
		}()
		l.CallSoonThreadsafe(func() {
			l.inflight--
			if f.state != statePending {
				return
			}
			if exc != nil {
				f.setException(exc)
			} else {
				f.SetResult(v)
			}
		})
	})
	return f
}

// The states of an executor job, claimed by whichever comes first: a
// worker starting it or the cancellation of its future.
const (
	jobQueued int32 = iota
	jobRunning
	jobCancelled
)

// ToThread is asyncio.to_thread(fn): a coroutine running fn on the
// default executor.
func ToThread[T any](fn func() T) Coro[T] {
	return func(t *Task) T { return RunInExecutor(t.loop, nil, fn).Await(t) }
}
