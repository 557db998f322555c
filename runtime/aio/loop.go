package aio

import (
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/aiogo-dev/aiogo/runtime/py"
)

// clockResolution is time.get_clock_info('monotonic').resolution on Linux:
// _run_once treats timers due within it as due now.
const clockResolution = 1e-9

// Options configure a loop.
type Options struct {
	// VirtualTime makes the clock jump to the next timer whenever nothing
	// is ready and no executor job is running, so sleeps take no real
	// time while every ordering stays the same.
	VirtualTime bool
}

// Loop is an asyncio event loop (BaseEventLoop). All of its state is
// touched only by the goroutine running it, except the thread-safe queue
// guarded by mu.
type Loop struct {
	ready           deque[handle]
	timers          timerHeap
	timerSeq        uint64
	cancelledTimers int

	virtual bool
	start   time.Time // monotonic origin of Time
	// wallStart and monoStart are time.time() and time.monotonic() at
	// start: the clocks that tasks read are those plus Time.
	wallStart, monoStart float64
	// vnow is the clock under virtual time. It moves only when the loop
	// jumps to a timer or waits for an executor job, never while code
	// runs, so timers set in one iteration with equal delays share a
	// deadline and fire together, as they do in CPython.
	vnow float64

	running, stopping, closed bool
	current                   *Task
	taskHead, taskTail        *Task // pending tasks in creation order
	taskSeq                   int
	idle                      []*worker
	spare                     []*futCore // recycled waiter futures
	stopper                   loopStopper

	// locating asks the task being resumed to record in located where it
	// is suspended, and switch back (Task.suspendIn).
	locating bool
	located  py.Frame

	stopExc  *coroStop // unwinds coroutines stopped at close
	deadlock *py.Exc   // set when every task waits and nothing can wake one
	fatal    *py.Exc   // SystemExit or KeyboardInterrupt raised in a task

	executor *Executor
	inflight int // executor jobs whose result has not come back yet

	mu  sync.Mutex
	tsq []*Handle // call_soon_threadsafe callbacks not yet queued
	// tsn counts tsq's entries, so that an iteration can skip the lock
	// when there are none.
	tsn  atomic.Int32
	wake chan struct{}
}

// NewEventLoop is asyncio.new_event_loop().
func NewEventLoop(opts Options) *Loop {
	now := time.Now()
	l := &Loop{
		virtual:   opts.VirtualTime,
		start:     now,
		wallStart: py.TimeTime(),
		monoStart: py.Monotonic(),
		wake:      make(chan struct{}, 1),
	}
	l.stopExc = &coroStop{l}
	l.stopper.l = l
	return l
}

// Time is loop.time(): a monotonic clock in seconds, or the virtual clock.
func (l *Loop) Time() float64 {
	if l.virtual {
		return l.vnow
	}
	return time.Since(l.start).Seconds()
}

// Now is time.time() as seen from inside the loop's tasks: the wall clock,
// moved by the virtual jumps under virtual time.
func Now(t *Task) float64 { return t.loop.wallStart + t.loop.Time() }

// Monotonic is time.monotonic() and time.perf_counter() as seen from
// inside the loop's tasks.
func Monotonic(t *Task) float64 { return t.loop.monoStart + t.loop.Time() }

// IsRunning is loop.is_running().
func (l *Loop) IsRunning() bool { return l.running }

// IsClosed is loop.is_closed().
func (l *Loop) IsClosed() bool { return l.closed }

// CurrentTask is asyncio.current_task(): the task running now, or nil.
func (l *Loop) CurrentTask() *Task { return l.current }

// AllTasks is asyncio.all_tasks(): the tasks not done yet, in creation
// order (CPython returns a set).
func (l *Loop) AllTasks() []*Task {
	var ts []*Task
	for t := l.taskHead; t != nil; t = t.next {
		ts = append(ts, t)
	}
	return ts
}

func (l *Loop) link(t *Task) {
	t.prev = l.taskTail
	if l.taskTail == nil {
		l.taskHead = t
	} else {
		l.taskTail.next = t
	}
	l.taskTail = t
}

func (l *Loop) unlink(t *Task) {
	if t.prev == nil {
		l.taskHead = t.next
	} else {
		t.prev.next = t.next
	}
	if t.next == nil {
		l.taskTail = t.prev
	} else {
		t.next.prev = t.prev
	}
	t.prev, t.next = nil, nil
}

// CallSoon is loop.call_soon(fn): fn runs in the next iteration, after the
// callbacks already queued.
func (l *Loop) CallSoon(fn func()) *Handle {
	h := &Handle{loop: l, fn: fn}
	l.ready.pushBack(handle{cb: h})
	return h
}

// CallLater is loop.call_later(delay, fn).
func (l *Loop) CallLater(delay float64, fn func()) *Handle {
	return l.CallAt(l.Time()+delay, fn)
}

// CallAt is loop.call_at(when, fn): fn runs in the first iteration that
// starts at or after loop time when, after the callbacks that were
// already ready then; timers due together run by deadline, then in
// scheduling order.
func (l *Loop) CallAt(when float64, fn func()) *Handle {
	h := &Handle{loop: l, fn: fn}
	l.schedule(h, when)
	return h
}

// callSoon and callAt schedule internal callbacks as cancellable handles.
func (l *Loop) callSoon(cb callback) *Handle {
	h := &Handle{loop: l, cb: cb}
	l.ready.pushBack(handle{cb: h})
	return h
}

func (l *Loop) callAt(when float64, cb callback) *Handle {
	h := &Handle{cb: cb}
	l.schedule(h, when)
	return h
}

func (l *Loop) schedule(h *Handle, when float64) {
	h.loop = l
	h.when = when
	l.timerSeq++
	h.seq = l.timerSeq
	l.timers.push(h)
}

// CallSoonThreadsafe is loop.call_soon_threadsafe(fn), the only method
// safe to call from another goroutine: fn joins the ready queue at the
// start of a coming iteration and wakes the loop if it is idle. The
// deadlock report cannot know about goroutines of the caller's own that
// will call it later; wait for outside work through RunInExecutor, which
// the loop does count.
func (l *Loop) CallSoonThreadsafe(fn func()) *Handle {
	h := &Handle{loop: l, fn: fn}
	l.mu.Lock()
	l.tsq = append(l.tsq, h)
	l.tsn.Add(1)
	l.mu.Unlock()
	select {
	case l.wake <- struct{}{}:
	default:
	}
	return h
}

// runUserFunc runs a callback of user code. An exception in it goes to
// stderr and the loop carries on, like CPython's default exception
// handler.
func (l *Loop) runUserFunc(fn func()) {
	defer func() {
		if r := recover(); r != nil {
			reportException("Exception in callback", toExc(r))
		}
	}()
	fn()
}

// reportException is the default exception handler: msg, then the
// traceback, on stderr after flushing stdout.
func reportException(msg string, e *py.Exc) {
	py.Flush()
	fmt.Fprintf(os.Stderr, "%s\n%s", msg, py.FormatTraceback(e))
}

// newWaiter returns a pending future for a lock, event or queue to park a
// task on, reusing one that an earlier waiter handed back.
func (l *Loop) newWaiter() *futCore {
	if n := len(l.spare); n > 0 {
		f := l.spare[n-1]
		l.spare = l.spare[:n-1]
		return f
	}
	return &futCore{loop: l}
}

// recycle takes back a waiter future that nothing references any more:
// its owner removed it from its waiter list after the wake-up that
// resumed the owner's task, the only other holder, had run.
func (l *Loop) recycle(f *futCore) {
	*f = futCore{loop: l}
	l.spare = append(l.spare, f)
}

// loopStopper is _run_until_complete_cb: a done-callback that stops the
// loop at the end of the iteration it runs in.
type loopStopper struct{ l *Loop }

func (s *loopStopper) call(*futCore) { s.l.stopping = true }

// Stop is loop.stop(): the loop finishes the current iteration, then
// RunForever returns.
func (l *Loop) Stop() { l.stopping = true }

// RunForever is loop.run_forever().
func (l *Loop) RunForever() {
	if l.closed {
		panic(py.RuntimeError.New("Event loop is closed"))
	}
	if l.running {
		panic(py.RuntimeError.New("This event loop is already running"))
	}
	l.running = true
	for {
		l.runOnce()
		if l.stopping || l.fatal != nil {
			break
		}
	}
	l.stopping = false
	l.running = false
}

// runUntilComplete is loop.run_until_complete(f) without reading the
// result: it returns a SystemExit or KeyboardInterrupt raised in a task,
// the deadlock report, or the error of a loop stopped early.
func (l *Loop) runUntilComplete(f *futCore) *py.Exc {
	f.addCallback(&l.stopper)
	l.RunForever()
	f.removeCallback(&l.stopper)
	if e := l.fatal; e != nil {
		l.fatal = nil
		return e
	}
	if e := l.deadlock; e != nil {
		l.deadlock = nil
		return e
	}
	if !f.Done() {
		return py.RuntimeError.New("Event loop stopped before Future completed.")
	}
	return nil
}

// RunUntilComplete is loop.run_until_complete(task): it runs the loop
// until task is done and returns its result.
func RunUntilComplete[T any](l *Loop, task *TaskOf[T]) T {
	if e := l.runUntilComplete(&task.futCore); e != nil {
		panic(e)
	}
	return task.Result()
}

// runOnce is _run_once: one iteration runs exactly the handles that were
// ready when it began, followed by the timers due by then.
func (l *Loop) runOnce() {
	if n := len(l.timers); n > 100 && 2*l.cancelledTimers > n {
		l.timers.compact()
		l.cancelledTimers = 0
	} else {
		for len(l.timers) > 0 && l.timers[0].h.cancelled {
			l.timers.pop()
			l.cancelledTimers--
		}
	}
	if l.ready.len() == 0 && !l.stopping {
		l.waitForWork()
	}
	l.takeThreadsafe()
	if len(l.timers) > 0 {
		end := l.Time() + clockResolution
		for len(l.timers) > 0 && l.timers[0].when < end {
			h := l.timers.pop()
			if h.cancelled {
				l.cancelledTimers--
				continue
			}
			l.ready.pushBack(handle{cb: h})
		}
	}
	for n := l.ready.len(); n > 0 && l.fatal == nil; n-- {
		h := l.ready.popFront()
		h.cb.call(h.fut)
	}
}

// waitForWork is the select() of _run_once, entered when nothing is
// ready: it waits for the first timer or for an executor result. Under
// virtual time it jumps the clock to the timer instead of sleeping. With
// no timer and no executor job in flight nothing can ever become ready:
// it records a deadlock and stops the loop rather than hang.
func (l *Loop) waitForWork() {
	if l.tsn.Load() > 0 {
		return
	}
	if len(l.timers) == 0 {
		if l.inflight == 0 {
			l.deadlock = l.deadlockError()
			l.stopping = true
			return
		}
		l.waitReal(-1)
		return
	}
	d := l.timers[0].when - l.Time()
	if d <= 0 {
		return
	}
	if l.virtual && l.inflight == 0 {
		l.vnow = l.timers[0].when
		return
	}
	l.waitReal(d)
}

// waitReal blocks until a wake-up (an executor result or a threadsafe
// callback) or until d seconds have passed; d < 0 waits for the wake-up
// alone. Under virtual time the clock advances by the real time waited,
// since the executor jobs being waited for ran in real time.
func (l *Loop) waitReal(d float64) {
	began := time.Now()
	if d < 0 {
		<-l.wake
	} else {
		// The selector rounds its timeout up to whole milliseconds
		// (selectors.EpollSelector.select), so timers set microseconds
		// apart are due together when the loop wakes: do the same.
		tm := time.NewTimer(time.Duration(math.Ceil(d*1e3)) * time.Millisecond)
		select {
		case <-l.wake:
		case <-tm.C:
		}
		tm.Stop()
	}
	if l.virtual {
		l.vnow += time.Since(began).Seconds()
	}
}

// takeThreadsafe moves call_soon_threadsafe callbacks to the ready queue.
func (l *Loop) takeThreadsafe() {
	if l.tsn.Load() == 0 {
		return
	}
	l.mu.Lock()
	hs := l.tsq
	l.tsq = nil
	l.tsn.Store(0)
	l.mu.Unlock()
	for _, h := range hs {
		l.ready.pushBack(handle{cb: h})
	}
}

// deadlockError names every waiting task, what it waits on and, when the
// task runs generated code, the DSL line of the await.
func (l *Loop) deadlockError() *py.Exc {
	var b strings.Builder
	b.WriteString("deadlock: every task is waiting and nothing can wake them:")
	for t := l.taskHead; t != nil; t = t.next {
		b.WriteString("\n  " + t.Name() + " waits on " + t.waitingOn())
		if f := l.locate(t); f.Line > 0 {
			b.WriteString(" in " + f.Func + "() at " + f.File + ":" + strconv.Itoa(f.Line))
		}
	}
	return py.RuntimeError.New(b.String())
}

// locate returns the frame suspended task t waits in, or the zero Frame
// when it cannot be told: a stackless task asks its machine, a stackful
// one is resumed in locate mode and reads its own stack.
func (l *Loop) locate(t *Task) py.Frame {
	if t.stackless {
		return t.runner.machineFrame()
	}
	if t.w == nil {
		return py.Frame{}
	}
	l.locating, l.located = true, py.Frame{}
	t.w.next()
	l.locating = false
	return l.located
}

func (t *Task) waitingOn() string {
	if t.waiter != nil {
		if w, ok := t.waiter.ext.(*Task); ok {
			return w.Name()
		}
	}
	if t.waitKind != waitUnknown {
		return waitLabels[t.waitKind]
	}
	return "a future"
}

// waitKind is what a task waits on, named in the deadlock report.
type waitKind uint8

const (
	waitUnknown waitKind = iota // a task (named instead) or a future
	waitFuture
	waitSleep
	waitYield
	waitGather
	waitLock
	waitEvent
	waitSemaphore
	waitQueueGet
	waitQueuePut
	waitCondition
	waitTaskGroup
	waitWait
	waitWaitFor
)

var waitLabels = [...]string{
	waitFuture:    "a Future",
	waitSleep:     "sleep()",
	waitYield:     "sleep(0)",
	waitGather:    "gather()",
	waitLock:      "Lock.acquire()",
	waitEvent:     "Event.wait()",
	waitSemaphore: "Semaphore.acquire()",
	waitQueueGet:  "Queue.get()",
	waitQueuePut:  "Queue.put()",
	waitCondition: "Condition.wait()",
	waitTaskGroup: "TaskGroup",
	waitWait:      "wait()",
	waitWaitFor:   "wait_for()",
}

// Close is loop.close(). Coroutines of tasks still pending are stopped,
// which runs their deferred code with GeneratorExit as CPython does when
// it closes a coroutine, and the pooled coroutines end, so no goroutine
// outlives the loop.
func (l *Loop) Close() {
	if l.running {
		panic(py.RuntimeError.New("Cannot close a running event loop"))
	}
	if l.closed {
		return
	}
	l.closed = true
	if l.virtual {
		py.AdvanceClocks(time.Duration(l.vnow*1e9) - time.Since(l.start))
	}
	for t := l.taskHead; t != nil; t = t.next {
		if w := t.w; w != nil {
			// t.w stays set while t unwinds: its deferred code may try
			// to await again, and that must unwind too.
			w.stop()
			t.w = nil
		}
	}
	for _, w := range l.idle {
		w.stop()
	}
	l.idle = nil
	if l.executor != nil {
		l.executor.Shutdown(true)
	}
}
