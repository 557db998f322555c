package aio

import (
	"testing"

	"github.com/aiogo-dev/aiogo/runtime/py"
	"github.com/stretchr/testify/assert"
)

// A virtual loop's sleeps move the clocks tasks read, and the process's
// clocks after the loop closes, by the seconds slept: a program timing
// asyncio.run sees them as under CPython.
func TestVirtualSleepsMoveEveryClock(t *testing.T) {
	mono, wall := py.Monotonic(), py.TimeTime()
	var inside float64
	RunWith(Options{VirtualTime: true}, func(t *Task) none {
		start := Monotonic(t)
		Sleep(t, 3600)
		inside = Monotonic(t) - start
		return none{}
	})
	assert.InDelta(t, 3600, inside, 1e-6)
	assert.GreaterOrEqual(t, py.Monotonic()-mono, 3600.0)
	assert.Less(t, py.Monotonic()-mono, 3660.0)
	assert.GreaterOrEqual(t, py.TimeTime()-wall, 3600.0)
}
