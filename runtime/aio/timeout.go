package aio

import "github.com/aiogo-dev/aiogo/runtime/py"

type timeoutState uint8

const (
	timeoutCreated timeoutState = iota
	timeoutEntered
	timeoutExpiring
	timeoutExpired
	timeoutExited
)

// Timeout is asyncio.Timeout, the context manager returned by
// asyncio.timeout and asyncio.timeout_at (CPython 3.11's timeouts.py).
// When the deadline passes it cancels the task inside the block; Exit
// turns that cancellation into TimeoutError. Use Do, or Enter and Exit
// around the block.
type Timeout struct {
	state      timeoutState
	when       float64
	never      bool // when is None
	handle     *Handle
	task       *Task
	cancelling int
}

// NewTimeout is asyncio.timeout(delay): the deadline is loop.time()+delay.
func NewTimeout(t *Task, delay float64) *Timeout {
	return &Timeout{when: t.loop.Time() + delay}
}

// NewTimeoutAt is asyncio.timeout_at(when), a deadline in loop time.
func NewTimeoutAt(when float64) *Timeout { return &Timeout{when: when} }

// NewTimeoutNever is asyncio.timeout(None): a timeout that only fires if
// rescheduled.
func NewTimeoutNever() *Timeout { return &Timeout{never: true} }

// When is Timeout.when(); ok is false for None.
func (c *Timeout) When() (when float64, ok bool) { return c.when, !c.never }

// Expired is Timeout.expired().
func (c *Timeout) Expired() bool {
	return c.state == timeoutExpiring || c.state == timeoutExpired
}

// Reschedule is Timeout.reschedule(when).
func (c *Timeout) Reschedule(when float64) { c.reschedule(when, false) }

// RescheduleNever is Timeout.reschedule(None).
func (c *Timeout) RescheduleNever() { c.reschedule(0, true) }

func (c *Timeout) reschedule(when float64, never bool) {
	switch c.state {
	case timeoutEntered:
	case timeoutCreated:
		panic(py.RuntimeError.New("Timeout has not been entered"))
	default:
		panic(py.RuntimeError.New("Cannot change state of " + c.stateName() + " Timeout"))
	}
	c.when, c.never = when, never
	if c.handle != nil {
		c.handle.Cancel()
		c.handle = nil
	}
	if never {
		return
	}
	l := c.task.loop
	if when <= l.Time() {
		c.handle = l.callSoon(c)
	} else {
		c.handle = l.callAt(when, c)
	}
}

func (c *Timeout) stateName() string {
	return [...]string{"created", "active", "expiring", "expired", "finished"}[c.state]
}

// Enter is Timeout.__aenter__.
func (c *Timeout) Enter(t *Task) {
	if c.state != timeoutCreated {
		panic(py.RuntimeError.New("Timeout has already been entered"))
	}
	c.state = timeoutEntered
	c.task = t
	c.cancelling = t.Cancelling()
	c.reschedule(c.when, c.never)
}

// Exit is Timeout.__aexit__ given the exception leaving the block (nil if
// none); it returns the exception to propagate: TimeoutError (with the
// CancelledError as its cause) when this timeout's cancellation is what
// ended the block.
func (c *Timeout) Exit(exc *py.Exc) *py.Exc {
	if c.handle != nil {
		c.handle.Cancel()
		c.handle = nil
	}
	switch c.state {
	case timeoutExpiring:
		c.state = timeoutExpired
		if c.task.Uncancel() <= c.cancelling && exc != nil && exc.Class == py.CancelledError {
			te := py.TimeoutError.New()
			te.Cause = exc
			te.SuppressContext = true
			return te
		}
	case timeoutEntered:
		c.state = timeoutExited
	}
	return exc
}

// Do runs body inside `async with` c.
func (c *Timeout) Do(t *Task, body func()) {
	c.Enter(t)
	if e := c.Exit(guard(body)); e != nil {
		panic(e)
	}
}

// call is Timeout._on_timeout.
func (c *Timeout) call(*futCore) {
	c.task.cancel(nil)
	c.state = timeoutExpiring
	c.handle = nil
}

// Leave is Timeout.__aexit__ for generated code, which defers it at the
// start of the block: it takes the exception leaving the block, if any,
// and raises what Exit returns.
func (c *Timeout) Leave() {
	if e := c.Exit(recovered(recover())); e != nil {
		panic(e)
	}
}

// guard runs body and returns the Python exception it raised, if any.
func guard(body func()) (exc *py.Exc) {
	defer func() { exc = recovered(recover()) }()
	body()
	return nil
}

// recovered is the Python exception of a recovered panic value r, nil for
// none. The loop's coroutine-stop unwinding is no exception: it goes on.
func recovered(r any) *py.Exc {
	if r == nil {
		return nil
	}
	if _, ok := r.(py.Unwinder); ok {
		panic(r)
	}
	return toExc(r)
}
