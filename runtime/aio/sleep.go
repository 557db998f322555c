package aio

import "github.com/aiogo-dev/aiogo/runtime/py"

// sleeper is the future of asyncio.sleep together with its timer, in one
// allocation.
type sleeper struct {
	futCore
	timer Handle
}

// call is futures._set_result_unless_cancelled, run by the timer.
func (s *sleeper) call(*futCore) {
	if s.state == statePending {
		s.finish()
	}
}

// Sleep is asyncio.sleep(seconds). sleep(0) (or a negative delay) is one
// bare yield: the task goes to the back of the ready queue. A positive
// delay waits on a future set by a timer, so the task resumes one
// iteration after the timer fires, as in CPython.
func Sleep(t *Task, seconds float64) { SleepResult(t, seconds, struct{}{}) }

// Delay is the seconds of asyncio.sleep(delay) for a delay of dynamic
// type: an int, bool or float; anything else raises the TypeError that
// CPython's sleep raises from its `delay <= 0` test.
func Delay(delay any) float64 {
	switch d := delay.(type) {
	case float64:
		return d
	case int, bool:
		return py.As[float64](d)
	}
	py.Raise(py.TypeError.New("'<=' not supported between instances of '" + py.TypeName(delay) + "' and 'int'"))
	return 0
}

// newSleeper is the future of a sleep, done by its timer seconds from now.
func newSleeper(l *Loop, seconds float64) *sleeper {
	s := &sleeper{}
	s.loop = l
	s.timer.cb = s
	l.schedule(&s.timer, l.Time()+seconds)
	return s
}

// SleepResult is asyncio.sleep(seconds, result).
func SleepResult[T any](t *Task, seconds float64, result T) T {
	if seconds <= 0 {
		t.yield0()
		return result
	}
	s := newSleeper(t.loop, seconds)
	if e := t.block(&s.futCore, waitSleep); e != nil {
		s.timer.Cancel()
		panic(e)
	}
	return result
}
