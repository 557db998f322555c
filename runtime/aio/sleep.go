package aio

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

// SleepResult is asyncio.sleep(seconds, result).
func SleepResult[T any](t *Task, seconds float64, result T) T {
	if seconds <= 0 {
		t.yield0()
		return result
	}
	l := t.loop
	s := &sleeper{}
	s.loop = l
	s.timer.cb = s
	l.schedule(&s.timer, l.Time()+seconds)
	if e := t.block(&s.futCore, "sleep()"); e != nil {
		s.timer.Cancel()
		panic(e)
	}
	return result
}
