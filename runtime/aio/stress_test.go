package aio

import "testing"

// stressSize is n, or n/10 under the race detector.
func stressSize(n int) int {
	if raceEnabled {
		return n / 10
	}
	return n
}

func TestStressHundredThousandTasks(t *testing.T) {
	if testing.Short() {
		t.Skip("slow under -short")
	}
	n := stressSize(100_000)
	if got := RunWith(Options{}, func(t *Task) int { return spawnGather(t, n) }); got != n {
		t.Errorf("gathered %d results, want %d", got, n)
	}
}

func TestStressMillionQueueItems(t *testing.T) {
	if testing.Short() {
		t.Skip("slow under -short")
	}
	n := stressSize(1_000_000)
	for _, maxsize := range []int{0, 1, 100} {
		if got := RunWith(Options{}, func(t *Task) int { return queueThrough(t, n, maxsize) }); got != n*(n-1)/2 {
			t.Errorf("maxsize %d: sum %d, want %d", maxsize, got, n*(n-1)/2)
		}
	}
}

func TestStressThousandTasksOneLock(t *testing.T) {
	if got := RunWith(Options{}, func(t *Task) int { return lockTurns(t, 1000, 10) }); got != 10_000 {
		t.Errorf("%d turns, want 10000", got)
	}
}
