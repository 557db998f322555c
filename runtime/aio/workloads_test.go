package aio

// The workloads of DESIGN.md section 8, written against the Go API by hand
// (what aiogo's generated code does). The benchmarks time them; the stress
// tests check them for correctness at full size.

// spawnGather creates n tasks that each sleep(0) once and gathers them.
func spawnGather(t *Task, n int) int {
	aws := make([]Awaitable[int], n)
	for i := range aws {
		aws[i] = Coro[int](func(t *Task) int {
			Sleep(t, 0)
			return 1
		})
	}
	sum := 0
	for _, v := range Gather(t, aws...).Items {
		sum += v
	}
	return sum
}

// queueThrough moves n items from one producer to one consumer through a
// queue of the given maxsize and returns their sum.
func queueThrough(t *Task, n, maxsize int) int {
	q := NewQueue[int](maxsize)
	producer := CreateTask(t, func(t *Task) none {
		for i := range n {
			q.Put(t, i)
		}
		return none{}
	})
	sum := 0
	for range n {
		sum += q.Get(t)
	}
	producer.Await(t)
	return sum
}

// lockTurns runs tasks tasks that each take one lock turns times, with a
// sleep(0) while holding it, and returns the number of turns taken.
func lockTurns(t *Task, tasks, turns int) int {
	lk := NewLock()
	count := 0
	aws := make([]Awaitable[none], tasks)
	for i := range aws {
		aws[i] = Coro[none](func(t *Task) none {
			for range turns {
				lk.Acquire(t)
				count++
				Sleep(t, 0)
				lk.Release()
			}
			return none{}
		})
	}
	Gather(t, aws...)
	return count
}

// pingPong makes n round trips between two tasks over two events.
func pingPong(t *Task, n int) int {
	ping, pong := NewEvent(), NewEvent()
	trips := 0
	ponger := CreateTask(t, func(t *Task) none {
		for range n {
			ping.Wait(t)
			ping.Clear()
			pong.Set()
		}
		return none{}
	})
	for range n {
		ping.Set()
		pong.Wait(t)
		pong.Clear()
		trips++
	}
	ponger.Await(t)
	return trips
}

// collatz runs tasks tasks that share the numbers 1..total, each counting
// Collatz steps and yielding with sleep(0) every 100 numbers.
func collatz(t *Task, tasks, total int) int {
	per := total / tasks
	aws := make([]Awaitable[int], tasks)
	for k := range aws {
		aws[k] = Coro[int](func(t *Task) int {
			steps := 0
			for i := k*per + 1; i <= (k+1)*per; i++ {
				for x := i; x != 1; steps++ {
					if x%2 == 0 {
						x /= 2
					} else {
						x = 3*x + 1
					}
				}
				if i%100 == 0 {
					Sleep(t, 0)
				}
			}
			return steps
		})
	}
	sum := 0
	for _, v := range Gather(t, aws...).Items {
		sum += v
	}
	return sum
}
