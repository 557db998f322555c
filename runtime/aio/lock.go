package aio

import "github.com/aiogo-dev/aiogo/runtime/py"

// Lock is asyncio.Lock. Waiters queue in FIFO order, and there is no
// barging (CPython 3.11.7): after Release wakes the first waiter, a task
// that runs before that waiter resumes finds the lock free but still
// queues behind it, because the fast path requires that no waiter be
// pending. The zero value is an unlocked lock.
type Lock struct {
	locked  bool
	waiters waiters
}

// NewLock is asyncio.Lock().
func NewLock() *Lock { return &Lock{} }

// Locked is Lock.locked().
func (lk *Lock) Locked() bool { return lk.locked }

// Acquire is `await lock.acquire()`; it returns true.
func (lk *Lock) Acquire(t *Task) bool {
	if !lk.locked && allCancelled(&lk.waiters) {
		lk.locked = true
		return true
	}
	f := t.loop.newWaiter()
	lk.waiters.pushBack(f)
	lk.woken(t, f, t.block(f, waitLock))
	return true
}

// woken ends a waiter's turn in the queue, whether its task blocked
// (Acquire) or was stepped again (PollAcquire): it owns the lock, or, when
// cancelled before the lock was handed over, lets the next waiter try.
func (lk *Lock) woken(t *Task, f *futCore, e *py.Exc) {
	lk.waiters.remove(f)
	if e != nil {
		if e.Is(py.CancelledError) && !lk.locked {
			lk.wakeUpFirst()
		}
		panic(e)
	}
	t.loop.recycle(f)
	lk.locked = true
}

// Release is Lock.release(); it raises RuntimeError on an unlocked lock.
func (lk *Lock) Release() {
	if !lk.locked {
		panic(py.RuntimeError.New("Lock is not acquired."))
	}
	lk.locked = false
	lk.wakeUpFirst()
}

func (lk *Lock) wakeUpFirst() {
	if lk.waiters.len() == 0 {
		return
	}
	if f := lk.waiters.at(0); f.state == statePending {
		f.finish()
	}
}

func allCancelled(ws *waiters) bool {
	for i := 0; i < ws.len(); i++ {
		if ws.at(i).state != stateCancelled {
			return false
		}
	}
	return true
}
