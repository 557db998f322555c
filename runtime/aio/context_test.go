package aio

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aiogo-dev/aiogo/runtime/py"
)

func TestRunContextReturnsResultOrError(t *testing.T) {
	double := func(n int) Coro[int] {
		return func(t *Task) int {
			Sleep(t, 0)
			return n * 2
		}
	}
	got, err := RunContext[int](context.Background(), double(21))
	require.NoError(t, err)
	assert.Equal(t, 42, got)

	_, err = RunContext[int](context.Background(), Coro[int](func(t *Task) int {
		Sleep(t, 0)
		py.Raise(py.ValueError.New("bad input"))
		return 0
	}))
	assert.True(t, errors.Is(err, py.ValueError), "got %v", err)
	assert.EqualError(t, err, "ValueError: bad input")
}

func TestRunContextCancelsAtTheNextAwait(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	started := make(chan struct{})
	var cleanedUp bool
	go func() {
		<-started
		cancel()
	}()
	_, err := RunContext[int](ctx, Coro[int](func(t *Task) int {
		defer func() { cleanedUp = true }()
		close(started)
		Sleep(t, 3600)
		return 1
	}))
	assert.ErrorIs(t, err, context.Canceled)
	assert.True(t, cleanedUp, "the coroutine unwound through its finally")
}

func TestRunContextAlreadyCancelledNeverRunsTheBody(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	ran := false
	_, err := RunContext[int](ctx, Coro[int](func(t *Task) int { ran = true; return 1 }))
	assert.ErrorIs(t, err, context.Canceled)
	assert.False(t, ran)
}

func TestRunContextCallersRunInParallel(t *testing.T) {
	var wg sync.WaitGroup
	results := make([]int, 8)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			results[i], _ = RunContext[int](ctx, Coro[int](func(t *Task) int {
				for range 100 {
					Sleep(t, 0)
				}
				return i
			}))
		}()
	}
	wg.Wait()
	for i, r := range results {
		assert.Equal(t, i, r)
	}
}
