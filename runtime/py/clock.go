package py

import (
	"sync/atomic"
	"time"
)

// The clocks of time.time(), time.monotonic() and time.perf_counter().
// An event loop under virtual time moves its own clock ahead of the real
// one; when it closes it adds how far ahead it got to skew, so that the
// clocks read outside a loop agree with those read inside it (a program
// that times asyncio.run sees the seconds it slept, as under CPython).
var (
	processStart = time.Now()
	skew         atomic.Int64 // nanoseconds
)

// AdvanceClocks moves every clock ahead by d.
func AdvanceClocks(d time.Duration) {
	if d > 0 {
		skew.Add(int64(d))
	}
}

// TimeTime is time.time(): seconds since the epoch as a float.
func TimeTime() float64 {
	return float64(time.Now().UnixNano()+skew.Load()) / 1e9
}

// Monotonic is time.monotonic() and time.perf_counter(): seconds since
// an arbitrary origin (the start of the process) that never goes back.
func Monotonic() float64 {
	return (time.Since(processStart) + time.Duration(skew.Load())).Seconds()
}
