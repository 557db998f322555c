package aio

import "github.com/aiogo-dev/aiogo/runtime/py"

// Event is asyncio.Event. Set wakes the waiters in the order they began
// waiting, each one iteration later. The zero value is a clear event.
type Event struct {
	value   bool
	waiters waiters
}

// NewEvent is asyncio.Event().
func NewEvent() *Event { return &Event{} }

// IsSet is Event.is_set().
func (ev *Event) IsSet() bool { return ev.value }

// Set is Event.set().
func (ev *Event) Set() {
	if ev.value {
		return
	}
	ev.value = true
	for i := 0; i < ev.waiters.len(); i++ {
		if f := ev.waiters.at(i); f.state == statePending {
			f.finish()
		}
	}
}

// Clear is Event.clear().
func (ev *Event) Clear() { ev.value = false }

// Wait is `await event.wait()`: it returns true at once if the event is
// set, else suspends until Set.
func (ev *Event) Wait(t *Task) bool {
	if ev.value {
		return true
	}
	f := t.loop.newWaiter()
	ev.waiters.pushBack(f)
	ev.woken(t, f, t.block(f, waitEvent))
	return true
}

// woken ends a wait of Wait or PollWait.
func (ev *Event) woken(t *Task, f *futCore, e *py.Exc) {
	ev.waiters.remove(f)
	if e != nil {
		panic(e)
	}
	t.loop.recycle(f)
}
