package aio

import (
	"os"
	"os/exec"
	"syscall"
	"testing"
)

// Workloads 1, 3, 4 and 7 of DESIGN.md section 8 with every coroutine a
// hand-written stackless machine (what the compiler will emit for them),
// beside the stackful versions in workloads_test.go. Workload 7 is
// bench/memory.py: n tasks parked on one event at once.

// spawnWorker is `async def worker(i): await asyncio.sleep(0); return i`.
type spawnWorker struct {
	state int
	i     int
}

func (m *spawnWorker) Await(t *Task) int { return AwaitMachine(t, m) }

func (m *spawnWorker) Step(t *Task) (r int, done bool) {
	switch m.state {
	case 0:
		m.state = 1
		fallthrough
	case 1:
		if !PollSleep(t, 0) {
			return
		}
		return m.i, true
	}
	panic("unreachable")
}

// spawnMain gathers n spawnWorkers and returns the sum of their results.
type spawnMain struct {
	state int
	n     int
	g     *Gathering[int]
}

func (m *spawnMain) Await(t *Task) int { return AwaitMachine(t, m) }

func (m *spawnMain) Step(t *Task) (r int, done bool) {
	switch m.state {
	case 0:
		aws := make([]Awaitable[int], m.n)
		for i := range aws {
			aws[i] = &spawnWorker{i: i}
		}
		m.g = StartGather(t, aws...)
		m.state = 1
		fallthrough
	case 1:
		res, ok := m.g.Poll(t)
		if !ok {
			return
		}
		sum := 0
		for _, v := range res.Items {
			sum += v
		}
		return sum, true
	}
	panic("unreachable")
}

// lockWorker is bench/lock.py's worker: turns times `async with lock`
// around a read, a sleep(0) and a write of the shared counter.
type lockWorker struct {
	state   int
	lk      *Lock
	counter *int
	turns   int
	k, v    int
}

func (m *lockWorker) Await(t *Task) none { return AwaitMachine(t, m) }

func (m *lockWorker) Step(t *Task) (r none, done bool) {
	for {
		switch m.state {
		case 0:
			if m.k == m.turns {
				return none{}, true
			}
			m.state = 1
		case 1:
			if !m.lk.PollAcquire(t) {
				return
			}
			m.v = *m.counter
			m.state = 2
		case 2:
			if !PollSleep(t, 0) {
				return
			}
			*m.counter = m.v + 1
			m.lk.Release()
			m.k++
			m.state = 0
		}
	}
}

type lockMain struct {
	state        int
	tasks, turns int
	counter      int
	g            *Gathering[none]
}

func (m *lockMain) Await(t *Task) int { return AwaitMachine(t, m) }

func (m *lockMain) Step(t *Task) (r int, done bool) {
	switch m.state {
	case 0:
		lk := NewLock()
		aws := make([]Awaitable[none], m.tasks)
		for i := range aws {
			aws[i] = &lockWorker{lk: lk, counter: &m.counter, turns: m.turns}
		}
		m.g = StartGather(t, aws...)
		m.state = 1
		fallthrough
	case 1:
		if _, ok := m.g.Poll(t); !ok {
			return
		}
		return m.counter, true
	}
	panic("unreachable")
}

// ponger is bench/events.py's ponger.
type ponger struct {
	state      int
	ping, pong *Event
	n, count   int
}

func (m *ponger) Await(t *Task) int { return AwaitMachine(t, m) }

func (m *ponger) Step(t *Task) (r int, done bool) {
	for {
		switch m.state {
		case 0:
			if m.count == m.n {
				return m.count, true
			}
			m.state = 1
		case 1:
			if !m.ping.PollWait(t) {
				return
			}
			m.ping.Clear()
			m.count++
			m.pong.Set()
			m.state = 0
		}
	}
}

type pingMain struct {
	state      int
	n, trips   int
	ping, pong *Event
	tk         *TaskOf[int]
}

func (m *pingMain) Await(t *Task) int { return AwaitMachine(t, m) }

func (m *pingMain) Step(t *Task) (r int, done bool) {
	for {
		switch m.state {
		case 0:
			m.ping, m.pong = NewEvent(), NewEvent()
			m.tk = CreateMachineTask[int](t, &ponger{ping: m.ping, pong: m.pong, n: m.n})
			m.state = 1
		case 1:
			if m.trips == m.n {
				m.state = 3
				continue
			}
			m.ping.Set()
			m.state = 2
		case 2:
			if !m.pong.PollWait(t) {
				return
			}
			m.pong.Clear()
			m.trips++
			m.state = 1
		case 3:
			got, ok := m.tk.Poll(t)
			if !ok {
				return
			}
			return m.trips + got, true
		}
	}
}

// eventWaiter is bench/memory.py's `async def waiter(ev, i)`.
type eventWaiter struct {
	state int
	ev    *Event
	i     int
}

func (m *eventWaiter) Await(t *Task) int { return AwaitMachine(t, m) }

func (m *eventWaiter) Step(t *Task) (r int, done bool) {
	switch m.state {
	case 0:
		m.state = 1
		fallthrough
	case 1:
		if !m.ev.PollWait(t) {
			return
		}
		return m.i, true
	}
	panic("unreachable")
}

// suspendedMain is bench/memory.py's main: n tasks wait on one event, a
// sleep(0) lets all of them park, then the event is set.
type suspendedMain struct {
	state int
	n     int
	ev    *Event
	g     *Gathering[int]
}

func (m *suspendedMain) Await(t *Task) int { return AwaitMachine(t, m) }

func (m *suspendedMain) Step(t *Task) (r int, done bool) {
	for {
		switch m.state {
		case 0:
			m.ev = NewEvent()
			tasks := make([]Awaitable[int], m.n)
			for i := range tasks {
				tasks[i] = CreateMachineTask[int](t, &eventWaiter{ev: m.ev, i: i})
			}
			m.g = StartGather(t, tasks...)
			m.state = 1
		case 1:
			if !PollSleep(t, 0) {
				return
			}
			m.ev.Set()
			m.state = 2
		case 2:
			res, ok := m.g.Poll(t)
			if !ok {
				return
			}
			sum := 0
			for _, v := range res.Items {
				sum += v
			}
			return sum, true
		}
	}
}

// suspended is suspendedMain as stackful coroutines.
func suspended(t *Task, n int) int {
	ev := NewEvent()
	tasks := make([]Awaitable[int], n)
	for i := range tasks {
		tasks[i] = CreateTask(t, func(t *Task) int {
			ev.Wait(t)
			return i
		})
	}
	Sleep(t, 0)
	ev.Set()
	sum := 0
	for _, v := range Gather(t, tasks...).Items {
		sum += v
	}
	return sum
}

func TestStacklessWorkloads(t *testing.T) {
	n := stressSize(100_000)
	if got := RunMachineWith[int](Options{}, &spawnMain{n: n}); got != n*(n-1)/2 {
		t.Errorf("spawn: %d", got)
	}
	if got := RunMachineWith[int](Options{}, &lockMain{tasks: 1000, turns: 10}); got != 10_000 {
		t.Errorf("lock: %d", got)
	}
	if got := RunMachineWith[int](Options{}, &pingMain{n: n}); got != 2*n {
		t.Errorf("ping-pong: %d", got)
	}
	if got := RunMachineWith[int](Options{}, &suspendedMain{n: n}); got != n*(n-1)/2 {
		t.Errorf("suspended: %d", got)
	}
}

func BenchmarkStacklessSpawnGather100k(b *testing.B) {
	for b.Loop() {
		RunMachineWith[int](Options{}, &spawnMain{n: 100_000})
	}
}

func BenchmarkStacklessLock1000x100(b *testing.B) {
	for b.Loop() {
		RunMachineWith[int](Options{}, &lockMain{tasks: 1000, turns: 100})
	}
}

func BenchmarkStacklessEventPingPong100k(b *testing.B) {
	for b.Loop() {
		RunMachineWith[int](Options{}, &pingMain{n: 100_000})
	}
}

func BenchmarkStacklessSuspended100k(b *testing.B) {
	for b.Loop() {
		RunMachineWith[int](Options{}, &suspendedMain{n: 100_000})
	}
}

func BenchmarkSuspended100k(b *testing.B) {
	for b.Loop() {
		RunWith(Options{}, func(t *Task) int { return suspended(t, 100_000) })
	}
}

// rssChildEnv names the workload a child process of
// TestSuspendedPeakRSS runs in TestSuspendedPeakRSSChild.
const rssChildEnv = "AIOGO_AIO_RSS_CHILD"

// TestSuspendedPeakRSS runs workload 7 (100,000 tasks suspended at once)
// in a fresh process per task kind and reports its peak RSS, which
// bench/run compares with CPython's 149 MB; the stackless tasks must
// stay under it.
func TestSuspendedPeakRSS(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("measures memory: not under -short or -race")
	}
	for _, kind := range []string{"stackless", "stackful"} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestSuspendedPeakRSSChild$")
		cmd.Env = append(os.Environ(), rssChildEnv+"="+kind)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s child: %v\n%s", kind, err, out)
		}
		ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
		mb := float64(ru.Maxrss) / 1024 // Linux counts KiB
		t.Logf("%s: 100,000 suspended tasks, peak RSS %.1f MB (CPython 3.11: 149 MB)", kind, mb)
		if kind == "stackless" && mb > 149 {
			t.Errorf("stackless peak RSS %.1f MB exceeds CPython's 149 MB", mb)
		}
	}
}

func TestSuspendedPeakRSSChild(t *testing.T) {
	var got int
	switch os.Getenv(rssChildEnv) {
	case "stackless":
		got = RunMachineWith[int](Options{}, &suspendedMain{n: 100_000})
	case "stackful":
		got = RunWith(Options{}, func(t *Task) int { return suspended(t, 100_000) })
	default:
		t.Skip("run by TestSuspendedPeakRSS")
	}
	if got != 100_000*99_999/2 {
		t.Errorf("sum %d", got)
	}
}
