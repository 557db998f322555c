package aio

import "github.com/aiogo-dev/aiogo/runtime/py"

// Semaphore is asyncio.Semaphore (3.11.7): Release hands the unit straight
// to the first waiter, so a task arriving meanwhile cannot take it.
type Semaphore struct {
	value   int
	waiters waiters
}

// NewSemaphore is asyncio.Semaphore(value); it raises ValueError when
// value is negative.
func NewSemaphore(value int) *Semaphore {
	if value < 0 {
		panic(py.ValueError.New("Semaphore initial value must be >= 0"))
	}
	return &Semaphore{value: value}
}

// Locked is Semaphore.locked(): no unit is free, or a waiter is queued.
func (s *Semaphore) Locked() bool {
	if s.value == 0 {
		return true
	}
	return !allCancelled(&s.waiters)
}

// Acquire is `await sem.acquire()`; it returns true.
func (s *Semaphore) Acquire(t *Task) bool {
	if !s.Locked() {
		s.value--
		return true
	}
	f := t.loop.newWaiter()
	s.waiters.pushBack(f)
	s.woken(t, f, t.block(f, waitSemaphore))
	return true
}

// woken ends a wait of Acquire or PollAcquire.
func (s *Semaphore) woken(t *Task, f *futCore, e *py.Exc) {
	s.waiters.remove(f)
	if e != nil {
		if e.Is(py.CancelledError) && f.state != stateCancelled {
			// The unit was handed to us; pass it on.
			s.value++
			s.wakeUpNext()
		}
		panic(e)
	}
	t.loop.recycle(f)
	if s.value > 0 {
		s.wakeUpNext()
	}
}

// Release is Semaphore.release().
func (s *Semaphore) Release() {
	s.value++
	s.wakeUpNext()
}

func (s *Semaphore) wakeUpNext() {
	for i := 0; i < s.waiters.len(); i++ {
		if f := s.waiters.at(i); f.state == statePending {
			s.value--
			f.finish()
			return
		}
	}
}

// BoundedSemaphore is asyncio.BoundedSemaphore: Release raises ValueError
// when it would raise the value above the initial one.
type BoundedSemaphore struct {
	Semaphore
	bound int
}

// NewBoundedSemaphore is asyncio.BoundedSemaphore(value).
func NewBoundedSemaphore(value int) *BoundedSemaphore {
	return &BoundedSemaphore{Semaphore: *NewSemaphore(value), bound: value}
}

// Release is BoundedSemaphore.release().
func (s *BoundedSemaphore) Release() {
	if s.value >= s.bound {
		panic(py.ValueError.New("BoundedSemaphore released too many times"))
	}
	s.Semaphore.Release()
}
