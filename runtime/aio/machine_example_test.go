package aio_test

import (
	"fmt"

	"github.com/aiogo-dev/aiogo/runtime/aio"
)

// The two machines of the package documentation, verbatim, plus a main
// that uses them: what generated code can write with the exported API.

type worker struct {
	state int
	n     int
}

func (m *worker) Await(t *aio.Task) int { return aio.AwaitMachine(t, m) }

func (m *worker) Step(t *aio.Task) (r int, done bool) {
	for {
		switch m.state {
		case 0:
			m.state = 1
		case 1: // await asyncio.sleep(0)
			if !aio.PollSleep(t, 0) {
				return
			}
			return m.n * 2, true
		}
	}
}

type consumer struct {
	state    int
	q        *aio.Queue[int]
	n        int
	total, i int // x does not live across an await: a Go local
}

func (m *consumer) Await(t *aio.Task) int { return aio.AwaitMachine(t, m) }

func (m *consumer) Step(t *aio.Task) (r int, done bool) {
	for {
		switch m.state {
		case 0:
			m.total = 0
			m.i = 0
			m.state = 1
		case 1: // for i in range(n)
			if m.i >= m.n {
				return m.total, true
			}
			m.state = 2
		case 2: // x = await q.get()
			x, ok := m.q.PollGet(t)
			if !ok {
				return
			}
			m.total += x
			m.i++
			m.state = 1
		}
	}
}

// async def main():
//
//	q = asyncio.Queue()
//	c = asyncio.create_task(consumer(q, 3))
//	for i in range(3):
//	    q.put_nowait(await worker(i))
//	print(await asyncio.gather(c, worker(10)))
type mainM struct {
	state int
	q     *aio.Queue[int]
	c     *aio.TaskOf[int]
	i     int
	sub   *worker
	g     *aio.Gathering[int]
}

func (m *mainM) Await(t *aio.Task) struct{} { return aio.AwaitMachine(t, m) }

func (m *mainM) Step(t *aio.Task) (r struct{}, done bool) {
	for {
		switch m.state {
		case 0:
			m.q = aio.NewQueue[int](0)
			m.c = aio.CreateMachineTask(t, &consumer{q: m.q, n: 3})
			m.i = 0
			m.state = 1
		case 1:
			if m.i >= 3 {
				m.g = aio.StartGather[int](t, m.c, &worker{n: 10})
				m.state = 3
				continue
			}
			m.sub = &worker{n: m.i}
			m.state = 2
		case 2: // await worker(i), inline
			v, ok := m.sub.Step(t)
			if !ok {
				return
			}
			m.sub = nil
			m.q.PutNowait(v)
			m.i++
			m.state = 1
		case 3:
			res, ok := m.g.Poll(t)
			if !ok {
				return
			}
			fmt.Println(res.Items)
			return struct{}{}, true
		}
	}
}

func ExampleMachine() {
	aio.RunMachine(&mainM{})
	// Output: [6 20]
}
