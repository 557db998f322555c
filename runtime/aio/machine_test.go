package aio

import (
	"strings"
	"testing"

	"github.com/aiogo-dev/aiogo/runtime/py"
)

// catcher is `try: await <wait> except CancelledError as e: ...` followed
// by `await sleep(0)` and `return 5`, as a machine; wait is a Poll
// primitive.
type catcher struct {
	state int
	p     *printer
	wait  func(t *Task) bool
}

func (m *catcher) Await(t *Task) int { return AwaitMachine(t, m) }

func (m *catcher) Step(t *Task) (r int, done bool) {
	for {
		switch m.state {
		case 0:
			m.p.print("start")
			m.state = 1
		case 1:
			fin, e := catching(func() bool { return m.wait(t) }, py.CancelledError)
			if !fin {
				return
			}
			m.p.print("caught", e != nil)
			m.state = 2
		case 2:
			if !PollSleep(t, 0) {
				return
			}
			m.p.print("after")
			return 5, true
		}
	}
}

// stackfulCatcher is catcher as a stackful coroutine.
func stackfulCatcher(p *printer, wait func(t *Task)) Coro[int] {
	return func(t *Task) int {
		p.print("start")
		caught := func() (caught bool) {
			defer func() {
				if r := recover(); r != nil {
					if py.Catch(r, py.CancelledError) == nil {
						panic(r)
					}
					caught = true
				}
			}()
			wait(t)
			return false
		}()
		p.print("caught", caught)
		Sleep(t, 0)
		p.print("after")
		return 5
	}
}

// cancelScenario creates the catcher task made by mk, lets it run for
// yields sleep(0)s of main (and, with a lock, holds it so the catcher
// queues on it), cancels it and reports what everyone saw.
func cancelScenario(p *printer, yields int, lk *Lock, mk func(t *Task) *TaskOf[int]) {
	RunWith(Options{VirtualTime: true}, func(t *Task) none {
		if lk != nil {
			lk.Acquire(t)
		}
		tt := mk(t)
		for range yields {
			Sleep(t, 0)
		}
		p.print("cancel ->", tt.Cancel("stop"))
		if lk != nil {
			lk.Release()
		}
		func() {
			defer func() {
				if e := py.Catch(recover(), py.CancelledError); e != nil {
					p.print("task raised", py.ExcStr(e))
				}
			}()
			p.print("task ->", tt.Await(t))
		}()
		p.print("cancelled", tt.Cancelled(), "locked", lk != nil && lk.Locked())
		return none{}
	})
}

// TestMachineCancellationMatchesStackful cancels a stackless task and the
// same coroutine written stackfully at each kind of await and at several
// moments (before the first step, while queued, while waiting); both must
// see the CancelledError at the same await and print the same.
func TestMachineCancellationMatchesStackful(t *testing.T) {
	type wait struct {
		poll func(t *Task) bool
		call func(t *Task)
	}
	var (
		lk  *Lock
		ev  *Event
		q   *Queue[int]
		sem *Semaphore
	)
	waits := map[string]wait{
		"sleep0":    {func(t *Task) bool { return PollSleep(t, 0) }, func(t *Task) { Sleep(t, 0) }},
		"sleep10":   {func(t *Task) bool { return PollSleep(t, 10) }, func(t *Task) { Sleep(t, 10) }},
		"lock":      {func(t *Task) bool { return lk.PollAcquire(t) }, func(t *Task) { lk.Acquire(t) }},
		"event":     {func(t *Task) bool { return ev.PollWait(t) }, func(t *Task) { ev.Wait(t) }},
		"queue":     {func(t *Task) bool { _, ok := q.PollGet(t); return ok }, func(t *Task) { q.Get(t) }},
		"put":       {func(t *Task) bool { return q.PollPut(t, 2) }, func(t *Task) { q.Put(t, 2) }},
		"semaphore": {func(t *Task) bool { return sem.PollAcquire(t) }, func(t *Task) { sem.Acquire(t) }},
		"future": {
			func(t *Task) bool { _, ok := NewFuture[int](t.loop).Poll(t); return ok },
			func(t *Task) { NewFuture[int](t.loop).Await(t) },
		},
	}
	// Awaiting a task or a gather needs the awaited thing to persist
	// across polls, so these machines make it on their first poll.
	var inner *TaskOf[int]
	var g *Gathering[int]
	sleeper := Coro[int](func(t *Task) int { Sleep(t, 10); return 1 })
	waits["task"] = wait{
		func(t *Task) bool {
			if inner == nil {
				inner = CreateTask(t, sleeper)
			}
			_, ok := inner.Poll(t)
			return ok
		},
		func(t *Task) { CreateTask(t, sleeper).Await(t) },
	}
	waits["gather"] = wait{
		func(t *Task) bool {
			if g == nil {
				g = StartGather[int](t, sleeper, sleeper)
			}
			_, ok := g.Poll(t)
			return ok
		},
		func(t *Task) { Gather[int](t, sleeper, sleeper) },
	}
	for name, w := range waits {
		for yields := range 4 {
			reset := func() {
				lk, ev, q, sem = NewLock(), NewEvent(), NewQueue[int](1), NewSemaphore(0)
				q.PutNowait(1)
				if name == "queue" {
					q.GetNowait()
				}
				inner, g = nil, nil
			}
			var want, got printer
			reset()
			cancelScenario(&want, yields, lk, func(t *Task) *TaskOf[int] {
				return CreateTask(t, stackfulCatcher(&want, w.call))
			})
			reset()
			cancelScenario(&got, yields, lk, func(t *Task) *TaskOf[int] {
				return CreateMachineTask[int](t, &catcher{p: &got, wait: w.poll})
			})
			if got.String() != want.String() {
				t.Errorf("%s, cancel after %d yields: stackless printed\n%s\nstackful printed\n%s", name, yields, got.String(), want.String())
			}
		}
	}
}

// nested awaits a machine inline, which awaits another inline: no task
// and no goroutine per level.
type nested struct {
	state int
	depth int
	sub   *nested
}

func (m *nested) Await(t *Task) int { return AwaitMachine(t, m) }

func (m *nested) Step(t *Task) (r int, done bool) {
	for {
		switch m.state {
		case 0:
			if m.depth == 0 {
				m.state = 2
				continue
			}
			m.sub = &nested{depth: m.depth - 1}
			m.state = 1
		case 1:
			v, ok := m.sub.Step(t)
			if !ok {
				return
			}
			m.sub = nil
			return v + 1, true
		case 2:
			if !PollSleep(t, 0) {
				return
			}
			if t.Cancelling() > 0 {
				panic(py.ValueError.New("unreachable"))
			}
			return 0, true
		}
	}
}

func TestMachineNestedAndMixed(t *testing.T) {
	got := RunWith(Options{}, func(t *Task) int {
		// A stackful coroutine awaits a machine inline...
		a := (&nested{depth: 3}).Await(t)
		// ...or gathers machines and coroutines together.
		res := Gather(t, AsAny[int](&nested{depth: 2}), AsAny(Coro[int](func(t *Task) int {
			Sleep(t, 0)
			return 10
		})), AsAny(CreateMachineTask[int](t, &nested{depth: 1})))
		sum := a
		for _, v := range res.Items {
			sum += v.(int)
		}
		// WaitFor wraps a machine in a stackless task.
		sum += WaitFor[int](t, &nested{depth: 4}, 5)
		return sum
	})
	if got != 3+2+10+1+4 {
		t.Errorf("got %d", got)
	}
	if n := RunMachineWith[int](Options{}, &nested{depth: 5}); n != 5 {
		t.Errorf("RunMachine: got %d", n)
	}
}

// raiser fails after a sleep(0), inline in a caller machine.
type raiser struct{ nested }

func (m *raiser) Step(t *Task) (r int, done bool) {
	if _, ok := m.nested.Step(t); !ok {
		return
	}
	panic(py.ValueError.New("boom"))
}

func TestMachineExceptionsEndTheTask(t *testing.T) {
	RunWith(Options{}, func(t *Task) none {
		tt := CreateMachineTask[int](t, &raiser{})
		defer func() {
			if e := py.Catch(recover(), py.ValueError); e == nil || py.ExcStr(e) != "boom" {
				t.Loop().Stop()
				panic("want ValueError boom")
			}
		}()
		tt.Await(t)
		return none{}
	})
}

// stuck waits on an event nobody sets.
type stuck struct{ ev Event }

func (m *stuck) Await(t *Task) none { return AwaitMachine(t, m) }

func (m *stuck) Step(t *Task) (none, bool) { return none{}, m.ev.PollWait(t) }

// stuckAt is stuck that can tell where it waits, as generated machines do.
type stuckAt struct{ stuck }

func (m *stuckAt) Await(t *Task) none { return AwaitMachine(t, m) }

func (m *stuckAt) SuspendedAt() py.Frame {
	return py.Frame{File: "prog.py", Line: 7, Func: "wait_forever"}
}

func TestMachineDeadlockReport(t *testing.T) {
	defer func() {
		e := py.Catch(recover(), py.RuntimeError)
		if e == nil {
			t.Fatal("no RuntimeError")
		}
		// Task-1 and Task-3 run no generated code: no line to tell.
		want := `deadlock: every task is waiting and nothing can wake them:
  Task-1 waits on Task-3
  Task-2 waits on Event.wait() in wait_forever() at prog.py:7
  Task-3 waits on Event.wait() in wait_forever() at prog.py:7
  Task-4 waits on Event.wait()`
		if got := py.ExcStr(e); got != want {
			t.Errorf("report:\n%s\nwant:\n%s", got, want)
		}
	}()
	RunWith(Options{}, func(t *Task) none {
		CreateMachineTask[none](t, &stuckAt{}) // stackless
		inline := CreateTask(t, func(t *Task) none {
			return (&stuckAt{}).Await(t) // stackful, suspended inside the machine
		})
		CreateMachineTask[none](t, &stuck{})
		return inline.Await(t)
	})
}

// stackfulInside awaits a stackful primitive that must suspend, which a
// task without a stack cannot do.
type stackfulInside struct{}

func (m *stackfulInside) Await(t *Task) none { return AwaitMachine(t, m) }

func (m *stackfulInside) Step(t *Task) (none, bool) {
	Sleep(t, 0)
	return none{}, true
}

func TestMachineRejectsStackfulSuspension(t *testing.T) {
	defer func() {
		if e := py.Catch(recover(), py.RuntimeError); e == nil || !strings.Contains(py.ExcStr(e), "stackless") {
			t.Errorf("got %v", e)
		}
	}()
	RunMachineWith[none](Options{}, &stackfulInside{})
}

func TestMachineInTaskGroup(t *testing.T) {
	got := RunWith(Options{}, func(t *Task) int {
		g := NewTaskGroup()
		g.Enter(t)
		a := CreateMachineTaskIn[int](g, &nested{depth: 2})
		b := CreateMachineTaskIn[int](g, &nested{depth: 3})
		g.Exit(t, nil)
		return a.Result() + b.Result()
	})
	if got != 5 {
		t.Errorf("got %d", got)
	}
}
