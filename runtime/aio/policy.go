package aio

// Policy is asyncio's event loop policy as far as get_event_loop and
// set_event_loop need it: the current loop for code that runs outside any
// task. CPython keeps it per thread in a process-wide policy; aiogo keeps
// no package-level state (independent loops run on separate goroutines),
// so a program owns one Policy and passes it where the current loop is
// asked for. Inside a task, the running loop is t.Loop()
// (asyncio.get_running_loop, and get_event_loop while a loop runs).
type Policy struct {
	opts Options
	loop *Loop
}

// NewPolicy makes a policy whose implicitly created loops use opts.
func NewPolicy(opts Options) *Policy { return &Policy{opts: opts} }

// GetEventLoop is asyncio.get_event_loop() outside a running loop: the
// loop set by SetEventLoop, else a new loop that becomes the current one.
// (CPython 3.11 also warns on stderr that there was no current loop.)
func (p *Policy) GetEventLoop() *Loop {
	if p.loop == nil {
		p.loop = NewEventLoop(p.opts)
	}
	return p.loop
}

// SetEventLoop is asyncio.set_event_loop(loop); nil clears it.
func (p *Policy) SetEventLoop(l *Loop) { p.loop = l }
