package aio

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aiogo-dev/aiogo/runtime/py"
)

// Go counterparts of the testdata programs beyond the probes, one per
// rule or primitive, each checked against CPython's recorded output.

func TestCancelDuringFinally(t *testing.T) {
	var p printer
	worker := func(t *Task) none {
		defer func() {
			p.print("worker finally starts")
			func() {
				defer catchCancel(func() { p.print("worker finally cancelled again") })
				Sleep(t, 0)
				p.print("worker finally after sleep0")
				Sleep(t, 10)
			}()
			p.print("worker finally ends")
		}()
		p.print("worker waits")
		Sleep(t, 10)
		return none{}
	}
	RunWith(Options{VirtualTime: true}, func(t *Task) none {
		tk := CreateTask(t, worker)
		Sleep(t, 0)
		p.print("cancel #1", pyBool(tk.Cancel()))
		Sleep(t, 0)
		Sleep(t, 0)
		p.print("cancel #2", pyBool(tk.Cancel()), "cancelling =", tk.Cancelling())
		func() {
			defer catchCancel(func() { p.print("main: t cancelled =", pyBool(tk.Cancelled())) })
			tk.Await(t)
		}()
		p.print("cancel on done task:", pyBool(tk.Cancel()))
		resilient := func(t *Task) string {
			func() {
				defer catchCancel(func() {
					cur := t.Loop().CurrentTask()
					p.print("resilient: cancelling =", cur.Cancelling())
					p.print("resilient: uncancel ->", cur.Uncancel())
				})
				Sleep(t, 10)
			}()
			Sleep(t, 0)
			return "resilient done"
		}
		r := CreateTask(t, resilient)
		Sleep(t, 0)
		r.Cancel("stop please")
		p.print(r.Await(t))
		s := CreateTask(t, func(t *Task) none { Sleep(t, 10); return none{} })
		Sleep(t, 0)
		s.Cancel("with message")
		func() {
			defer catch(py.CancelledError, func(e *py.Exc) { p.print("message:", fmt.Sprintf("('%v',)", e.Args[0])) })
			s.Await(t)
		}()
		return none{}
	})
	expectOutput(t, "cancel_finally", p.String())
}

func TestTimeoutsAndWaitFor(t *testing.T) {
	var p printer
	swallow := func(t *Task) string {
		func() {
			defer catchCancel(func() { p.print("swallow: cancelled, returning anyway") })
			Sleep(t, 1)
		}()
		return "swallowed"
	}
	quick := func(t *Task) string {
		Sleep(t, 0.01)
		return "quick"
	}
	onTimeout := func(msg string) func(*py.Exc) { return func(*py.Exc) { p.print(msg) } }
	RunWith(Options{VirtualTime: true}, func(t *Task) none {
		l := t.Loop()
		p.print("wait_for swallow ->", WaitFor(t, Coro[string](swallow), 0.05))
		p.print("wait_for quick ->", WaitFor(t, Coro[string](quick), 1))
		func() {
			defer catch(py.TimeoutError, onTimeout("wait_for timeout=0 -> TimeoutError"))
			WaitFor(t, Coro[string](quick), 0)
		}()
		cm := NewTimeout(t, 1)
		cm.Do(t, func() { Sleep(t, 0.01) })
		p.print("no expiry: expired =", pyBool(cm.Expired()))
		func() {
			cm := NewTimeout(t, 0.05)
			defer catch(py.TimeoutError, func(*py.Exc) { p.print("rescheduled timeout expired =", pyBool(cm.Expired())) })
			cm.Do(t, func() {
				cm.Reschedule(l.Time() + 0.01)
				Sleep(t, 1)
			})
		}()
		func() {
			defer catch(py.TimeoutError, onTimeout("timeout(None) rescheduled -> TimeoutError"))
			cm := NewTimeoutNever()
			cm.Do(t, func() {
				cm.Reschedule(l.Time() + 0.01)
				Sleep(t, 1)
			})
		}()
		func() {
			defer catch(py.TimeoutError, onTimeout("outer timeout_at fired"))
			NewTimeoutAt(l.Time()+0.02).Do(t, func() {
				defer catch(py.TimeoutError, onTimeout("inner timeout must not fire"))
				NewTimeout(t, 1).Do(t, func() { Sleep(t, 1) })
			})
		}()
		slow := func(t *Task) none {
			defer p.print("slow finally")
			Sleep(t, 1)
			return none{}
		}
		func() {
			defer catch(py.TimeoutError, onTimeout("wait_for slow -> TimeoutError"))
			WaitFor(t, Coro[none](slow), 0.01)
		}()
		return none{}
	})
	expectOutput(t, "timeouts", p.String())
}

func TestConditionAndBarrier(t *testing.T) {
	var p printer
	var box []string
	waiter := func(cond *Condition, name string) Coro[none] {
		return func(t *Task) none {
			cond.Acquire(t)
			defer cond.Release()
			p.print(name, "waits")
			cond.Wait(t)
			item := "None"
			if len(box) > 0 {
				item, box = box[0], box[1:]
			}
			p.print(name, "woke, item", item)
			return none{}
		}
	}
	with := func(t *Task, cond *Condition, body func()) {
		cond.Acquire(t)
		defer cond.Release()
		body()
	}
	RunWith(Options{}, func(t *Task) none {
		cond := NewCondition(nil)
		var ws []Awaitable[none]
		for i := range 4 {
			ws = append(ws, CreateTask(t, waiter(cond, fmt.Sprintf("w%d", i))))
		}
		Sleep(t, 0)
		with(t, cond, func() {
			box = append(box, "a")
			cond.Notify(1)
			p.print("notified 1")
		})
		Sleep(t, 0)
		with(t, cond, func() {
			box = append(box, "b", "c")
			cond.Notify(2)
			p.print("notified 2")
		})
		Sleep(t, 0)
		with(t, cond, func() {
			box = append(box, "d")
			cond.NotifyAll()
			p.print("notified all")
		})
		Gather(t, ws...)
		n := 0
		cw := CreateTask(t, func(t *Task) none {
			with(t, cond, func() {
				cond.WaitFor(t, func() bool { return n >= 3 })
				p.print("predicate true at", n)
			})
			return none{}
		})
		for range 3 {
			Sleep(t, 0)
			with(t, cond, func() {
				n++
				p.print("n =", n)
				cond.NotifyAll()
			})
		}
		cw.Await(t)
		p.print("--- barrier")
		barrier := NewBarrier(3)
		party := func(i int) Coro[none] {
			return func(t *Task) none {
				p.print("party", i, "arrives")
				idx := barrier.Wait(t)
				p.print("party", i, "passes with index", idx)
				return none{}
			}
		}
		Gather(t, party(0), party(1), party(2))
		p.print("n_waiting", barrier.NWaiting(), "broken", pyBool(barrier.Broken()))
		d := CreateTask(t, func(t *Task) none {
			defer catch(BrokenBarrierError, func(*py.Exc) { p.print("doomed: BrokenBarrierError") })
			barrier.Wait(t)
			return none{}
		})
		Sleep(t, 0)
		barrier.Abort(t)
		d.Await(t)
		p.print("broken", pyBool(barrier.Broken()))
		return none{}
	})
	expectOutput(t, "condition_barrier", p.String())
}

func TestWaitAsCompletedShield(t *testing.T) {
	var p printer
	job := func(name string, delay float64, fail bool) Coro[string] {
		return func(t *Task) string {
			Sleep(t, delay)
			if fail {
				panic(py.ValueError.New(name))
			}
			return name
		}
	}
	named := func(t *Task, name string, c Coro[string]) FutureLike[string] {
		tk := CreateTask(t, c)
		tk.SetName(name)
		return tk
	}
	names := func(fs []FutureLike[string]) string {
		var ns []string
		for _, f := range fs {
			ns = append(ns, "'"+f.(*TaskOf[string]).Name()+"'")
		}
		slices.Sort(ns)
		return pyList(ns)
	}
	none := math.Inf(1)
	RunWith(Options{VirtualTime: true}, func(t *Task) struct{} {
		ts := []FutureLike[string]{named(t, "a", job("a", 0.3, false)), named(t, "b", job("b", 0.1, false)), named(t, "c", job("c", 0.2, false))}
		done, pending := Wait(t, ts, none, FirstCompleted)
		p.print("first completed:", names(done), "pending:", names(pending))
		done, pending = Wait(t, ts, 0.15, AllCompleted)
		p.print("after timeout:", names(done), "pending:", names(pending))
		done, pending = Wait(t, ts, none, AllCompleted)
		p.print("all:", names(done), "pending:", names(pending))
		fs := []FutureLike[string]{named(t, "x", job("x", 0.1, true)), named(t, "y", job("y", 0.3, false))}
		done, pending = Wait(t, fs, none, FirstException)
		p.print("first exception:", names(done), "pending:", names(pending))
		fs[1].Await(t)
		for _, c := range AsCompleted(t, []Awaitable[string]{job("slow", 0.3, false), job("fast", 0.1, false), job("mid", 0.2, false)}, none) {
			p.print("as_completed ->", c.Await(t))
		}
		func() {
			defer catch(py.TimeoutError, func(*py.Exc) { p.print("as_completed timeout") })
			for _, c := range AsCompleted(t, []Awaitable[string]{job("late", 1, false)}, 0.1) {
				c.Await(t)
			}
		}()
		inner := CreateTask(t, job("inner", 0.2, false))
		o := CreateTask(t, func(t *Task) string { return Shield[string](t, inner).Await(t) })
		Sleep(t, 0.1)
		o.Cancel()
		func() {
			defer catchCancel(func() { p.print("outer cancelled; inner cancelled?", pyBool(inner.Cancelled())) })
			o.Await(t)
		}()
		p.print("inner result", inner.Await(t))
		return struct{}{}
	})
	expectOutput(t, "wait_shield", p.String())
}

// TestLoopAPI: asyncio.set_event_loop has no counterpart (aiogo keeps no
// global loop); everything else is the explicit loop API.
func TestLoopAPI(t *testing.T) {
	var p printer
	l := NewEventLoop(Options{VirtualTime: true})
	var order []string
	add := func(s string) func() { return func() { order = append(order, s) } }
	l.CallSoon(add("soon1"))
	h := l.CallSoon(add("cancelled"))
	l.CallLater(0.02, add("later 0.02"))
	l.CallLater(0.01, add("later 0.01"))
	l.CallAt(l.Time()+0.01, add("at +0.01"))
	l.CallSoon(add("soon2"))
	h.Cancel()
	p.print(RunUntilComplete(l, CreateTaskOn(l, func(t *Task) string {
		order = append(order, "task step")
		Sleep(t, 0.03)
		return "result"
	})))
	quoted := make([]string, len(order))
	for i, s := range order {
		quoted[i] = "'" + s + "'"
	}
	p.print(pyList(quoted))
	p.print("running:", pyBool(l.IsRunning()), "closed:", pyBool(l.IsClosed()))
	l.Close()
	p.print("closed:", pyBool(l.IsClosed()))
	expectOutput(t, "loop_api", p.String())
}

func TestTasksAPI(t *testing.T) {
	var p printer
	named := func(t *Task) none {
		p.print("current task:", t.Loop().CurrentTask().Name())
		Sleep(t, 0)
		return none{}
	}
	RunWith(Options{VirtualTime: true}, func(t *Task) none {
		l := t.Loop()
		p.print("main is", l.CurrentTask().Name())
		ts := []Awaitable[none]{CreateTask(t, named), CreateTask(t, named)}
		p.print("all_tasks:", len(l.AllTasks()))
		Gather(t, ts...)
		p.print("all_tasks after:", len(l.AllTasks()))
		fut := NewFuture[int](l)
		l.CallLater(0.01, func() { fut.SetResult(42) })
		p.print("future ->", fut.Await(t))
		fut2 := NewFuture[string](l)
		fut2.AddDoneCallback(func(f *Future[string]) { p.print("callback 1 sees", f.Result()) })
		fut2.AddDoneCallback(func(f *Future[string]) { p.print("callback 2 sees", f.Result()) })
		fut2.SetResult("x")
		p.print("set_result returned")
		Sleep(t, 0)
		p.print("after one iteration")
		return none{}
	})
	expectOutput(t, "tasks_api", p.String())
}

func TestQueuesMore(t *testing.T) {
	var p printer
	RunWith(Options{}, func(t *Task) none {
		lq := NewLifoQueue[int](0)
		for i := range 3 {
			lq.PutNowait(i)
		}
		var got []int
		for range 3 {
			got = append(got, lq.GetNowait())
		}
		p.print("lifo:", pyList(got))
		pq := NewPriorityQueue(0, func(a, b int) bool { return a < b })
		for _, x := range []int{5, 1, 4, 1, 3} {
			pq.PutNowait(x)
		}
		got = nil
		for range 5 {
			got = append(got, pq.GetNowait())
		}
		p.print("priority:", pyList(got))
		q := NewQueue[string](2)
		q.PutNowait("a")
		q.PutNowait("b")
		func() {
			defer catch(py.QueueFull, func(*py.Exc) { p.print("QueueFull, full() =", pyBool(q.Full()), "qsize =", q.QSize()) })
			q.PutNowait("c")
		}()
		putter := func(x string) Coro[none] {
			return func(t *Task) none {
				p.print("putting", x)
				q.Put(t, x)
				p.print("put", x)
				return none{}
			}
		}
		ps := []Awaitable[none]{CreateTask(t, putter("c")), CreateTask(t, putter("d"))}
		Sleep(t, 0)
		p.print("got", q.Get(t))
		Sleep(t, 0)
		p.print("got", q.Get(t))
		Gather(t, ps...)
		for !q.Empty() {
			p.print("drain", q.GetNowait())
		}
		func() {
			defer catch(py.QueueEmpty, func(*py.Exc) { p.print("QueueEmpty") })
			q.GetNowait()
		}()
		g := CreateTask(t, func(t *Task) none {
			p.print("slow getter got", q.Get(t))
			return none{}
		})
		Sleep(t, 0)
		q.PutNowait("1")
		p.print("main steals", q.GetNowait())
		Sleep(t, 0)
		p.print("getter still waiting:", pyBool(!g.Done()))
		q.PutNowait("2")
		g.Await(t)
		func() {
			defer catch(py.ValueError, func(e *py.Exc) { p.print("ValueError:", py.ExcStr(e)) })
			for range 7 {
				q.TaskDone()
			}
		}()
		bs := NewBoundedSemaphore(1)
		bs.Acquire(t)
		bs.Release()
		func() {
			defer catch(py.ValueError, func(e *py.Exc) { p.print("ValueError:", py.ExcStr(e)) })
			bs.Release()
		}()
		return none{}
	})
	expectOutput(t, "queues_more", p.String())
}

// The remaining tests pin behaviour CPython has no output for.

func TestDeadlockFailsMainNamingWaiters(t *testing.T) {
	var cleaned []string
	defer func() {
		e, _ := recover().(*py.Exc)
		if e == nil || !e.Is(py.RuntimeError) {
			t.Fatalf("want a RuntimeError, got %v", e)
		}
		msg := py.ExcStr(e)
		for _, want := range []string{"deadlock", "Task-1 waits on Task-2", "Task-2 waits on Event.wait()", "Task-3 waits on Queue.get()"} {
			if !strings.Contains(msg, want) {
				t.Errorf("report %q lacks %q", msg, want)
			}
		}
		if got := strings.Join(cleaned, ","); got != "event,queue,main" {
			t.Errorf("finally blocks ran as %q, want event,queue,main", got)
		}
	}()
	RunWith(Options{}, func(t *Task) none {
		defer func() { cleaned = append(cleaned, "main") }()
		ev := NewEvent()
		q := NewQueue[int](0)
		a := CreateTask(t, func(t *Task) none {
			defer func() { cleaned = append(cleaned, "event") }()
			ev.Wait(t)
			return none{}
		})
		CreateTask(t, func(t *Task) int {
			defer func() { cleaned = append(cleaned, "queue") }()
			return q.Get(t)
		})
		return a.Await(t)
	})
}

func TestVirtualTimeSkipsSleeps(t *testing.T) {
	var p printer
	start := time.Now()
	RunWith(Options{VirtualTime: true}, func(t *Task) none {
		t0 := Now(t)
		Gather(t,
			Coro[none](func(t *Task) none { Sleep(t, 3600); p.print("hour"); return none{} }),
			Coro[none](func(t *Task) none { Sleep(t, 60); p.print("minute"); return none{} }),
		)
		p.print(fmt.Sprintf("elapsed %.1f", Now(t)-t0))
		return none{}
	})
	if got, want := p.String(), "minute\nhour\nelapsed 3600.0\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("virtual sleeps took %v of real time", d)
	}
}

func TestIndependentLoopsInParallel(t *testing.T) {
	results := make(chan int, 8)
	for i := range 8 {
		go func() {
			results <- RunWith(Options{}, func(t *Task) int { return i + lockTurns(t, 50, 20) + queueThrough(t, 1000, 1) })
		}()
	}
	sum := 0
	for range 8 {
		sum += <-results
	}
	if want := 28 + 8*(1000+1000*999/2); sum != want {
		t.Errorf("sum %d, want %d", sum, want)
	}
}

func TestGoRuntimePanicBecomesPythonException(t *testing.T) {
	var p printer
	RunWith(Options{}, func(t *Task) none {
		bad := CreateTask(t, func(t *Task) int {
			var xs []int
			Sleep(t, 0)
			return xs[3]
		})
		func() {
			defer catch(py.IndexError, func(e *py.Exc) { p.print("IndexError") })
			bad.Await(t)
		}()
		func() {
			defer catch(py.ZeroDivisionError, func(e *py.Exc) { p.print("ZeroDivisionError from executor") })
			zero := 0
			RunInExecutor(t.Loop(), nil, func() int { return 1 / zero }).Await(t)
		}()
		ex := NewThreadPoolExecutor(2)
		defer ex.Shutdown(true)
		sum := 0
		for _, v := range Gather(t,
			Awaitable[int](RunInExecutor(t.Loop(), ex, func() int { return 1 })),
			Awaitable[int](RunInExecutor(t.Loop(), ex, func() int { return 2 })),
			Awaitable[int](RunInExecutor(t.Loop(), ex, func() int { return 3 })),
		).Items {
			sum += v
		}
		p.print("executor sum", sum)
		return none{}
	})
	if got, want := p.String(), "IndexError\nZeroDivisionError from executor\nexecutor sum 6\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestMainExceptionReachesCaller(t *testing.T) {
	defer func() {
		e, _ := recover().(*py.Exc)
		if e == nil || !e.Is(py.ValueError) || py.ExcStr(e) != "boom" {
			t.Fatalf("want ValueError('boom'), got %v", e)
		}
	}()
	RunWith(Options{}, func(t *Task) none {
		Sleep(t, 0)
		panic(py.ValueError.New("boom"))
	})
}

// A task that swallows every cancellation would hang CPython's shutdown;
// here the loop gives up on it and closing unwinds its stack, running its
// deferred code, so no goroutine is left behind.
func TestCloseUnwindsTaskThatIgnoresCancellation(t *testing.T) {
	unwound := false
	RunWith(Options{}, func(t *Task) none {
		CreateTask(t, func(t *Task) none {
			defer func() { unwound = true }()
			ev := NewEvent()
			for {
				func() {
					defer catchCancel(func() {})
					ev.Wait(t)
				}()
			}
		})
		Sleep(t, 0)
		return none{}
	})
	if !unwound {
		t.Error("the stubborn task's deferred code did not run")
	}
}

func TestGatherCancelAndFailure(t *testing.T) {
	var p printer
	child := func(n int, delay float64) Coro[int] {
		return func(t *Task) int {
			defer onCancel(func() { p.print("child", n, "cancelled") })
			Sleep(t, delay)
			p.print("child", n, "finished")
			return n
		}
	}
	failing := func(t *Task) int {
		Sleep(t, 0.1)
		panic(py.KeyError.New("bad"))
	}
	RunWith(Options{VirtualTime: true}, func(t *Task) none {
		waiter := func(t *Task) none {
			defer onCancel(func() { p.print("waiter sees CancelledError") })
			Gather(t, child(1, 1), child(2, 1))
			return none{}
		}
		tk := CreateTask(t, waiter)
		Sleep(t, 0)
		tk.Cancel()
		func() {
			defer catchCancel(func() { p.print("waiter cancelled:", pyBool(tk.Cancelled())) })
			tk.Await(t)
		}()
		func() {
			defer catch(py.KeyError, func(e *py.Exc) { p.print("gather raised KeyError", py.ExcStr(e)) })
			Gather(t, child(3, 0.2), Coro[int](failing), child(4, 0.3))
		}()
		Sleep(t, 0.5)
		p.print("done")
		return none{}
	})
	expectOutput(t, "gather_cancel", p.String())
}

// Deferred code of a coroutine stopped at close may await; the await
// unwinds at once instead of suspending.
func TestCloseUnwindsAwaitInDeferredCode(t *testing.T) {
	steps := ""
	RunWith(Options{}, func(t *Task) none {
		CreateTask(t, func(t *Task) none {
			defer func() { steps += " outer" }()
			defer func() {
				defer func() { steps += " inner" }()
				Sleep(t, 0)
				steps += " unreachable"
			}()
			for {
				func() {
					defer catchCancel(func() {})
					NewEvent().Wait(t)
				}()
			}
		})
		Sleep(t, 0)
		return none{}
	})
	if steps != " inner outer" {
		t.Errorf("deferred code ran as %q, want \" inner outer\"", steps)
	}
}

// TestEqualDelaysFireTogether: under either clock, equal sleeps started
// in one iteration wake in one iteration, in scheduling order.
func TestEqualDelaysFireTogether(t *testing.T) {
	for _, virtual := range []bool{false, true} {
		var p printer
		napper := func(name string) Coro[none] {
			return func(t *Task) none {
				Sleep(t, 0.05)
				p.print("woke", name)
				Sleep(t, 0)
				p.print("after yield", name)
				return none{}
			}
		}
		RunWith(Options{VirtualTime: virtual}, func(t *Task) none {
			Gather(t, napper("a"), napper("b"), napper("c"))
			p.print("done")
			return none{}
		})
		expectOutput(t, "equal_delays", p.String())
	}
}

func TestPolicyCurrentLoop(t *testing.T) {
	var p printer
	policy := NewPolicy(Options{VirtualTime: true})
	which := func(loop *Loop) Coro[string] {
		return func(t *Task) string {
			p.print("running loop is the current one:", pyBool(t.Loop() == loop))
			p.print("get_event_loop inside:", pyBool(t.Loop() == loop))
			return "ok"
		}
	}
	first := policy.GetEventLoop()
	p.print("same loop twice:", pyBool(policy.GetEventLoop() == first))
	p.print(RunUntilComplete(first, CreateTaskOn(first, which(first))))
	other := NewEventLoop(Options{VirtualTime: true})
	policy.SetEventLoop(other)
	p.print("replaced:", pyBool(policy.GetEventLoop() == other), pyBool(policy.GetEventLoop() == first))
	p.print(RunUntilComplete(other, CreateTaskOn(other, which(other))))
	first.Close()
	other.Close()
	expectOutput(t, "policy", p.String())
}

// TestGatherOfTaskList pins asyncio.gather(*tasks) through
// TaskAwaitables: results in list order, each task awaited in place.
func TestGatherOfTaskList(t *testing.T) {
	var p printer
	val := func(n int, delay float64) Coro[int] {
		return func(t *Task) int { Sleep(t, delay); return n }
	}
	RunWith(Options{VirtualTime: true}, func(t *Task) none {
		tasks := []*TaskOf[int]{CreateTask(t, val(3, 0.3)), CreateTask(t, val(1, 0.1)), CreateTask(t, val(2, 0.2))}
		p.print(pyList(Gather(t, TaskAwaitables(tasks)...).Items))
		p.print(pyBool(tasks[0].Done()), pyBool(tasks[1].Done()), pyBool(tasks[2].Done()))
		return none{}
	})
	expectOutput(t, "gather_tasks", p.String())
}

// TestSleepDelayOfDynamicType pins Delay: ints and floats are seconds,
// and a str fails as in CPython 3.11 (python3 -c "import asyncio;
// asyncio.run(asyncio.sleep('1'))").
func TestSleepDelayOfDynamicType(t *testing.T) {
	if Delay(2) != 2 || Delay(0.5) != 0.5 || Delay(true) != 1 {
		t.Fatal("numbers must convert")
	}
	defer func() {
		e := py.AsExc(recover())
		if e == nil || e.Error() != "TypeError: '<=' not supported between instances of 'str' and 'int'" {
			t.Fatalf("got %v", e)
		}
	}()
	Delay("1")
}

func TestExecutorCancel(t *testing.T) {
	var p printer
	started, release := make(chan struct{}), make(chan struct{})
	var ran []string // appended to by the one worker, read after shutdown
	RunWith(Options{}, func(t *Task) none {
		pool := NewThreadPoolExecutor(1)
		running := RunInExecutor(t.Loop(), pool, func() string {
			close(started)
			<-release
			ran = append(ran, "blocker")
			return "blocker done"
		})
		waiting := RunInExecutor(t.Loop(), pool, func() string {
			ran = append(ran, "queued")
			return "queued done"
		})
		p.print("cancel queued job:", pyBool(waiting.Cancel()))
		Sleep(t, 0)
		<-started
		p.print("cancel running job:", pyBool(running.Cancel()))
		Sleep(t, 0)
		close(release)
		func() {
			defer catchCancel(func() { p.print("queued job cancelled") })
			waiting.Await(t)
		}()
		func() {
			defer catchCancel(func() { p.print("running job's future cancelled") })
			running.Await(t)
		}()
		pool.Shutdown(true)
		p.print("ran:", "["+strings.Join(quoted(ran), ", ")+"]")
		return none{}
	})
	expectOutput(t, "executor_cancel", p.String())
}

// quoted gives each string Python's repr quotes.
func quoted(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = "'" + s + "'"
	}
	return out
}
