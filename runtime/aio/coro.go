package aio

import "iter"

// maxIdleWorkers bounds the pool of finished coroutines kept for reuse; a
// burst of many short tasks returns the rest of its goroutines at once.
const maxIdleWorkers = 4096

// worker is a stackful coroutine that runs tasks one after another. Making
// one (iter.Pull) costs several allocations and a goroutine, so a worker
// whose task ended goes back to the loop's pool and runs the next new task.
type worker struct {
	next  func() (struct{}, bool)
	stop  func()
	yield func(struct{}) bool
	task  *Task
}

func (l *Loop) getWorker() *worker {
	if n := len(l.idle); n > 0 {
		w := l.idle[n-1]
		l.idle[n-1] = nil
		l.idle = l.idle[:n-1]
		return w
	}
	w := &worker{}
	w.next, w.stop = iter.Pull(func(yield func(struct{}) bool) {
		w.yield = yield
		for {
			if w.task.runBody() {
				return
			}
			w.task = nil
			// Back to the loop until the worker gets its next task.
			if !yield(struct{}{}) {
				return
			}
		}
	})
	return w
}

func (l *Loop) putWorker(w *worker) {
	if len(l.idle) < maxIdleWorkers {
		l.idle = append(l.idle, w)
	} else {
		w.stop()
	}
}

// runBody runs the task's coroutine to its end on the worker, turning a
// return or a panic into the task's outcome. It reports whether the
// coroutine was stopped by the loop closing instead.
func (t *Task) runBody() (stopped bool) {
	defer func() {
		if r := recover(); r != nil {
			if r == t.loop.stopExc {
				stopped = true
				return
			}
			t.fail(toExc(r))
		}
	}()
	t.runner.run()
	t.complete()
	return false
}
