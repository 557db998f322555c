package aio

import (
	"fmt"
	"testing"

	"github.com/aiogo-dev/aiogo/runtime/py"
)

// The ordering probes again (testdata/p*.py, recorded by CPython 3.11.7),
// with every coroutine a hand-written stackless machine in the shape
// doc.go asks the compiler to emit: the state number and the locals in a
// struct, Step a loop over a switch on the state, one state per await.

// catching polls an await inside `try: ... except classes`: it reports
// the exception caught there, or re-raises one that does not match.
func catching(poll func() bool, classes ...*py.ExcClass) (done bool, caught *py.Exc) {
	defer func() {
		if r := recover(); r != nil {
			if caught = py.Catch(r, classes...); caught == nil {
				panic(r)
			}
			done = true
		}
	}()
	return poll(), nil
}

// p1: async def child(n)
type p1Child struct {
	state int
	p     *printer
	n     int
}

func (m *p1Child) Await(t *Task) none { return AwaitMachine(t, m) }

func (m *p1Child) Step(t *Task) (r none, done bool) {
	switch m.state {
	case 0:
		m.p.print("child start", m.n)
		m.state = 1
		fallthrough
	case 1:
		if !PollSleep(t, 0) {
			return
		}
		m.p.print("child after sleep0", m.n)
		return none{}, true
	}
	panic("unreachable")
}

// p1: async def inline(), awaited inline by main's machine.
type p1Inline struct {
	p *printer
}

func (m *p1Inline) Await(t *Task) int { return AwaitMachine(t, m) }

func (m *p1Inline) Step(t *Task) (r int, done bool) {
	m.p.print("inline body runs synchronously")
	return 1, true
}

type p1Main struct {
	state  int
	p      *printer
	t1, t2 *TaskOf[none]
	sub    *p1Inline
}

func (m *p1Main) Await(t *Task) none { return AwaitMachine(t, m) }

func (m *p1Main) Step(t *Task) (r none, done bool) {
	for {
		switch m.state {
		case 0:
			m.t1 = CreateMachineTask[none](t, &p1Child{p: m.p, n: 1})
			m.t2 = CreateMachineTask[none](t, &p1Child{p: m.p, n: 2})
			m.p.print("main after create_task")
			m.sub = &p1Inline{p: m.p}
			m.state = 1
		case 1:
			v, ok := m.sub.Step(t)
			if !ok {
				return
			}
			m.sub = nil
			m.p.print("main after await inline", v)
			m.state = 2
		case 2:
			if !PollSleep(t, 0) {
				return
			}
			m.p.print("main after sleep0 #1")
			m.state = 3
		case 3:
			if !PollSleep(t, 0) {
				return
			}
			m.p.print("main after sleep0 #2")
			m.state = 4
		case 4:
			if _, ok := m.t1.Poll(t); !ok {
				return
			}
			m.state = 5
		case 5:
			if _, ok := m.t2.Poll(t); !ok {
				return
			}
			return none{}, true
		}
	}
}

func TestMachineProbeCreateTask(t *testing.T) {
	var p printer
	RunMachineWith[none](Options{}, &p1Main{p: &p})
	expectOutput(t, "p1_create_task", p.String())
}

// p2: async def ticker(), reading the module-level stop.
type p2Ticker struct {
	state int
	p     *printer
	stop  *bool
	i     int
}

func (m *p2Ticker) Await(t *Task) none { return AwaitMachine(t, m) }

func (m *p2Ticker) Step(t *Task) (r none, done bool) {
	for {
		switch m.state {
		case 0: // while not stop
			if *m.stop {
				return none{}, true
			}
			m.p.print("tick", m.i)
			m.i++
			m.state = 1
		case 1:
			if !PollSleep(t, 0) {
				return
			}
			m.state = 0
		}
	}
}

// p2: async def work(n, fail=False)
type p2Work struct {
	state int
	p     *printer
	n     int
	fail  bool
}

func (m *p2Work) Await(t *Task) int { return AwaitMachine(t, m) }

func (m *p2Work) Step(t *Task) (r int, done bool) {
	switch m.state {
	case 0:
		m.p.print("work start", m.n)
		m.state = 1
		fallthrough
	case 1:
		if !PollSleep(t, 0) {
			return
		}
		m.p.print("work end", m.n)
		if m.fail {
			panic(py.ValueError.New(fmt.Sprintf("boom%d", m.n)))
		}
		return m.n * 10, true
	}
	panic("unreachable")
}

type p2Main struct {
	state int
	p     *printer
	stop  bool
	tk    *TaskOf[none]
	g     *Gathering[int]
	t4    *TaskOf[int]
}

func (m *p2Main) Await(t *Task) none { return AwaitMachine(t, m) }

func (m *p2Main) work(n int, fail bool) Awaitable[int] {
	return &p2Work{p: m.p, n: n, fail: fail}
}

func (m *p2Main) Step(t *Task) (r none, done bool) {
	for {
		switch m.state {
		case 0:
			m.tk = CreateMachineTask[none](t, &p2Ticker{p: m.p, stop: &m.stop})
			m.state = 1
		case 1:
			if !PollSleep(t, 0) {
				return
			}
			m.g = StartGather(t, m.work(1, false), m.work(2, false), m.work(3, false))
			m.state = 2
		case 2:
			res, ok := m.g.Poll(t)
			if !ok {
				return
			}
			m.p.print("gather ->", pyList(res.Items))
			m.t4 = CreateMachineTask[int](t, &p2Work{p: m.p, n: 4})
			m.state = 3
		case 3:
			v, ok := m.t4.Poll(t)
			if !ok {
				return
			}
			m.p.print("await task ->", v)
			m.g = StartGather(t, m.work(5, false), m.work(6, true), m.work(7, true))
			m.state = 4
		case 4: // try: await gather(...) except ValueError as e
			fin, e := catching(func() bool { _, ok := m.g.Poll(t); return ok }, py.ValueError)
			if !fin {
				return
			}
			m.p.print("gather raised", py.ExcStr(e))
			m.g = StartGatherReturnExceptions(t, m.work(8, true), m.work(9, false))
			m.state = 5
		case 5:
			res, ok := m.g.PollOutcomes(t)
			if !ok {
				return
			}
			reprs := []string{}
			for _, x := range res.Items {
				if e, ok := x.(*py.Exc); ok {
					reprs = append(reprs, fmt.Sprintf("%q", e.Class.Name+"('"+py.ExcStr(e)+"')"))
				} else {
					reprs = append(reprs, fmt.Sprintf("'%v'", x))
				}
			}
			m.p.print("return_exceptions ->", fmt.Sprintf("[%s, %s]", reprs[0], reprs[1]))
			m.stop = true
			m.state = 6
		case 6:
			if _, ok := m.tk.Poll(t); !ok {
				return
			}
			return none{}, true
		}
	}
}

func TestMachineProbeGatherHops(t *testing.T) {
	var p printer
	RunMachineWith[none](Options{}, &p2Main{p: &p})
	expectOutput(t, "p2_gather_hops", p.String())
}

// p3: async def holder(lock, name, n), `async with lock` as acquire and
// release around the body.
type p3Holder struct {
	state int
	p     *printer
	lk    *Lock
	name  string
	n, i  int
}

func (m *p3Holder) Await(t *Task) none { return AwaitMachine(t, m) }

func (m *p3Holder) Step(t *Task) (r none, done bool) {
	for {
		switch m.state {
		case 0: // for i in range(n)
			if m.i == m.n {
				return none{}, true
			}
			m.state = 1
		case 1:
			if !m.lk.PollAcquire(t) {
				return
			}
			m.p.print(m.name, "got", m.i)
			m.state = 2
		case 2:
			if !PollSleep(t, 0) {
				return
			}
			m.lk.Release()
			m.p.print(m.name, "released", m.i)
			m.i++
			m.state = 0
		}
	}
}

// p3: async def barger(lock)
type p3Barger struct {
	state int
	p     *printer
	lk    *Lock
}

func (m *p3Barger) Await(t *Task) none { return AwaitMachine(t, m) }

func (m *p3Barger) Step(t *Task) (r none, done bool) {
	switch m.state {
	case 0:
		m.p.print("barger tries; locked =", pyBool(m.lk.Locked()))
		m.state = 1
		fallthrough
	case 1:
		if !m.lk.PollAcquire(t) {
			return
		}
		m.p.print("barger got lock")
		m.lk.Release()
		return none{}, true
	}
	panic("unreachable")
}

type p3Main struct {
	state int
	p     *printer
	lk    *Lock
	g     *Gathering[none]
	w, b  *TaskOf[none]
}

func (m *p3Main) Await(t *Task) none { return AwaitMachine(t, m) }

func (m *p3Main) Step(t *Task) (r none, done bool) {
	for {
		switch m.state {
		case 0:
			m.lk = NewLock()
			m.g = StartGather[none](t,
				&p3Holder{p: m.p, lk: m.lk, name: "A", n: 2},
				&p3Holder{p: m.p, lk: m.lk, name: "B", n: 2},
				&p3Holder{p: m.p, lk: m.lk, name: "C", n: 1})
			m.state = 1
		case 1:
			if _, ok := m.g.Poll(t); !ok {
				return
			}
			m.p.print("---")
			m.state = 2
		case 2:
			if !m.lk.PollAcquire(t) {
				return
			}
			m.w = CreateMachineTask[none](t, &p3Holder{p: m.p, lk: m.lk, name: "W", n: 1})
			m.state = 3
		case 3:
			if !PollSleep(t, 0) {
				return
			}
			m.b = CreateMachineTask[none](t, &p3Barger{p: m.p, lk: m.lk})
			m.lk.Release()
			m.p.print("main released; locked =", pyBool(m.lk.Locked()))
			m.g = StartGather[none](t, m.w, m.b)
			m.state = 4
		case 4:
			if _, ok := m.g.Poll(t); !ok {
				return
			}
			return none{}, true
		}
	}
}

func TestMachineProbeLockHandOver(t *testing.T) {
	var p printer
	RunMachineWith[none](Options{}, &p3Main{p: &p})
	expectOutput(t, "p3_lock", p.String())
}

// p4: async def waiter(ev, n)
type p4Waiter struct {
	state int
	p     *printer
	ev    *Event
	n     int
}

func (m *p4Waiter) Await(t *Task) none { return AwaitMachine(t, m) }

func (m *p4Waiter) Step(t *Task) (r none, done bool) {
	switch m.state {
	case 0:
		m.p.print("wait", m.n)
		m.state = 1
		fallthrough
	case 1:
		if !m.ev.PollWait(t) {
			return
		}
		m.p.print("woke", m.n)
		return none{}, true
	}
	panic("unreachable")
}

// p4: async def sem_user(sem, n)
type p4SemUser struct {
	state int
	p     *printer
	sem   *Semaphore
	n     int
}

func (m *p4SemUser) Await(t *Task) none { return AwaitMachine(t, m) }

func (m *p4SemUser) Step(t *Task) (r none, done bool) {
	switch m.state {
	case 0:
		if !m.sem.PollAcquire(t) {
			return
		}
		m.p.print("sem in", m.n)
		m.state = 1
		fallthrough
	case 1:
		if !PollSleep(t, 0) {
			return
		}
		m.p.print("sem out", m.n)
		m.sem.Release()
		return none{}, true
	}
	panic("unreachable")
}

// p4: async def producer(q, n)
type p4Producer struct {
	state int
	p     *printer
	q     *Queue[int]
	n, i  int
}

func (m *p4Producer) Await(t *Task) none { return AwaitMachine(t, m) }

func (m *p4Producer) Step(t *Task) (r none, done bool) {
	for {
		switch m.state {
		case 0:
			if m.i == m.n {
				m.p.print("producer done")
				return none{}, true
			}
			m.p.print("put", m.i)
			m.state = 1
		case 1:
			if !m.q.PollPut(t, m.i) {
				return
			}
			m.i++
			m.state = 0
		}
	}
}

// p4: async def consumer(q, name, n)
type p4Consumer struct {
	state int
	p     *printer
	q     *Queue[int]
	name  string
	n, i  int
}

func (m *p4Consumer) Await(t *Task) none { return AwaitMachine(t, m) }

func (m *p4Consumer) Step(t *Task) (r none, done bool) {
	for {
		switch m.state {
		case 0:
			if m.i == m.n {
				return none{}, true
			}
			m.state = 1
		case 1:
			x, ok := m.q.PollGet(t)
			if !ok {
				return
			}
			m.p.print(m.name, "got", x)
			m.q.TaskDone()
			m.i++
			m.state = 0
		}
	}
}

// p4: the nested async def worker(), looping forever.
type p4Worker struct {
	state int
	p     *printer
	q     *Queue[int]
	x     int
}

func (m *p4Worker) Await(t *Task) none { return AwaitMachine(t, m) }

func (m *p4Worker) Step(t *Task) (r none, done bool) {
	for {
		switch m.state {
		case 0:
			x, ok := m.q.PollGet(t)
			if !ok {
				return
			}
			m.x = x
			m.p.print("worker", m.x)
			m.state = 1
		case 1:
			if !PollSleep(t, 0) {
				return
			}
			m.q.TaskDone()
			m.state = 0
		}
	}
}

type p4Main struct {
	state int
	p     *printer
	ev    *Event
	g     *Gathering[none]
	q     *Queue[int]
	w     *TaskOf[none]
}

func (m *p4Main) Await(t *Task) none { return AwaitMachine(t, m) }

func (m *p4Main) Step(t *Task) (r none, done bool) {
	for {
		switch m.state {
		case 0:
			m.ev = NewEvent()
			var ts []Awaitable[none]
			for i := range 3 {
				ts = append(ts, CreateMachineTask[none](t, &p4Waiter{p: m.p, ev: m.ev, n: i}))
			}
			m.g = StartGather(t, ts...)
			m.state = 1
		case 1:
			// The gather above only wraps tasks, so starting it before
			// this sleep(0) changes no order.
			if !PollSleep(t, 0) {
				return
			}
			m.p.print("setting")
			m.ev.Set()
			m.p.print("set returned")
			m.state = 2
		case 2:
			if _, ok := m.g.Poll(t); !ok {
				return
			}
			m.p.print("--- semaphore(2)")
			sem := NewSemaphore(2)
			var us []Awaitable[none]
			for i := range 5 {
				us = append(us, &p4SemUser{p: m.p, sem: sem, n: i})
			}
			m.g = StartGather(t, us...)
			m.state = 3
		case 3:
			if _, ok := m.g.Poll(t); !ok {
				return
			}
			m.p.print("--- queue unbounded")
			q := NewQueue[int](0)
			m.g = StartGather[none](t, &p4Producer{p: m.p, q: q, n: 3}, &p4Consumer{p: m.p, q: q, name: "c", n: 3})
			m.state = 4
		case 4:
			if _, ok := m.g.Poll(t); !ok {
				return
			}
			m.p.print("--- queue maxsize=1, two consumers")
			q := NewQueue[int](1)
			m.g = StartGather[none](t, &p4Producer{p: m.p, q: q, n: 4},
				&p4Consumer{p: m.p, q: q, name: "c1", n: 2}, &p4Consumer{p: m.p, q: q, name: "c2", n: 2})
			m.state = 5
		case 5:
			if _, ok := m.g.Poll(t); !ok {
				return
			}
			m.p.print("--- join")
			m.q = NewQueue[int](0)
			for i := range 2 {
				m.q.PutNowait(i)
			}
			m.w = CreateMachineTask[none](t, &p4Worker{p: m.p, q: m.q})
			m.state = 6
		case 6:
			if !m.q.PollJoin(t) {
				return
			}
			m.p.print("joined")
			m.w.Cancel()
			m.state = 7
		case 7: // try: await w except CancelledError
			fin, e := catching(func() bool { _, ok := m.w.Poll(t); return ok }, py.CancelledError)
			if !fin {
				return
			}
			if e != nil {
				m.p.print("worker cancelled")
			}
			return none{}, true
		}
	}
}

func TestMachineProbeEventSemaphoreQueue(t *testing.T) {
	var p printer
	RunMachineWith[none](Options{}, &p4Main{p: &p})
	expectOutput(t, "p4_event_sem_queue", p.String())
}
