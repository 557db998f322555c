package aio

import "github.com/aiogo-dev/aiogo/runtime/py"

// Condition is asyncio.Condition: Notify wakes waiters in the order they
// began waiting, and each re-acquires the lock before Wait returns.
type Condition struct {
	lock    *Lock
	waiters waiters
}

// NewCondition is asyncio.Condition(lock); a nil lock makes a new one.
func NewCondition(lock *Lock) *Condition {
	if lock == nil {
		lock = NewLock()
	}
	return &Condition{lock: lock}
}

// Acquire acquires the underlying lock.
func (c *Condition) Acquire(t *Task) bool { return c.lock.Acquire(t) }

// Release releases the underlying lock.
func (c *Condition) Release() { c.lock.Release() }

// Locked reports whether the underlying lock is held.
func (c *Condition) Locked() bool { return c.lock.Locked() }

// Wait is `await cond.wait()`: it releases the lock, waits for a notify,
// and re-acquires the lock, even when cancelled (the cancellation is
// raised once the lock is held again).
func (c *Condition) Wait(t *Task) bool {
	if !c.lock.Locked() {
		panic(py.RuntimeError.New("cannot wait on un-acquired lock"))
	}
	c.lock.Release()
	f := &futCore{loop: t.loop}
	c.waiters.pushBack(f)
	e := t.block(f, waitCondition)
	c.waiters.remove(f)
	cancelled := false
	for {
		ae := guard(func() { c.lock.Acquire(t) })
		if ae == nil {
			break
		}
		if !ae.Is(py.CancelledError) {
			panic(ae)
		}
		cancelled = true
	}
	if cancelled {
		panic(py.CancelledError.New())
	}
	if e != nil {
		panic(e)
	}
	return true
}

// WaitFor is `await cond.wait_for(predicate)`.
func (c *Condition) WaitFor(t *Task, predicate func() bool) bool {
	for !predicate() {
		c.Wait(t)
	}
	return true
}

// Notify is Condition.notify(n): it wakes up to n waiters.
func (c *Condition) Notify(n int) {
	if !c.lock.Locked() {
		panic(py.RuntimeError.New("cannot notify on un-acquired lock"))
	}
	woken := 0
	for i := 0; i < c.waiters.len() && woken < n; i++ {
		if f := c.waiters.at(i); f.state == statePending {
			woken++
			f.finish()
		}
	}
}

// NotifyAll is Condition.notify_all().
func (c *Condition) NotifyAll() { c.Notify(c.waiters.len()) }
