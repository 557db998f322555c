package aio

import "testing"

// CPython 3.11 on the reference machine (DESIGN.md section 8), for the
// ratios reported alongside these benchmarks: spawn 1167 ms; queue
// 603 / 7955 / 811 ms; lock 708 ms; events 691 ms; collatz 1237 ms.

func BenchmarkSpawnGather100k(b *testing.B) {
	for b.Loop() {
		RunWith(Options{}, func(t *Task) int { return spawnGather(t, 100_000) })
	}
}

func benchQueue(b *testing.B, maxsize int) {
	for b.Loop() {
		RunWith(Options{}, func(t *Task) int { return queueThrough(t, 1_000_000, maxsize) })
	}
}

func BenchmarkQueue1MUnbounded(b *testing.B)  { benchQueue(b, 0) }
func BenchmarkQueue1MMaxsize1(b *testing.B)   { benchQueue(b, 1) }
func BenchmarkQueue1MMaxsize100(b *testing.B) { benchQueue(b, 100) }

func BenchmarkLock1000x100(b *testing.B) {
	for b.Loop() {
		RunWith(Options{}, func(t *Task) int { return lockTurns(t, 1000, 100) })
	}
}

func BenchmarkEventPingPong100k(b *testing.B) {
	for b.Loop() {
		RunWith(Options{}, func(t *Task) int { return pingPong(t, 100_000) })
	}
}

func BenchmarkCollatz100Tasks(b *testing.B) {
	for b.Loop() {
		RunWith(Options{}, func(t *Task) int { return collatz(t, 100, 200_000) })
	}
}
