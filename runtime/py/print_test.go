package py

import (
	"bufio"
	"bytes"
	"io"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
)

// captureStdout points the buffered stdout at a buffer for one test.
func captureStdout(t *testing.T) *bytes.Buffer {
	var buf bytes.Buffer
	stdout.mu.Lock()
	old := stdout.w
	stdout.w = bufio.NewWriter(&buf)
	stdout.mu.Unlock()
	t.Cleanup(func() {
		stdout.mu.Lock()
		stdout.w = old
		stdout.mu.Unlock()
	})
	return &buf
}

func TestPrintSepEnd(t *testing.T) {
	buf := captureStdout(t)
	Print("a", 1, 2.0, true, None, NewList("x"), ValueError.New("boom"), KeyError.New("k"))
	PrintSepEnd("-", "|", 1, "b")
	Print()
	assert.Empty(t, buf.String(), "output stays buffered until Flush")
	Flush()
	assert.Equal(t, "a 1 2.0 True None ['x'] boom 'k'\n1-b|\n", buf.String())
}

func TestPrintFromManyGoroutinesKeepsLinesWhole(t *testing.T) {
	buf := captureStdout(t)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for range 200 {
				Print("goroutine", g, "line")
			}
		})
	}
	wg.Wait()
	Flush()
	lines := bytes.Split(bytes.TrimSuffix(buf.Bytes(), []byte("\n")), []byte("\n"))
	assert.Len(t, lines, 1600)
	for _, l := range lines {
		assert.Regexp(t, `^goroutine \d line$`, string(l))
	}
}

func BenchmarkPrintInt(b *testing.B) {
	stdout.mu.Lock()
	old := stdout.w
	stdout.w = bufio.NewWriter(io.Discard)
	stdout.mu.Unlock()
	defer func() { stdout.w = old }()
	for b.Loop() {
		Print("value", 12345)
	}
}

func BenchmarkPrintFloatList(b *testing.B) {
	stdout.mu.Lock()
	old := stdout.w
	stdout.w = bufio.NewWriter(io.Discard)
	stdout.mu.Unlock()
	defer func() { stdout.w = old }()
	l := NewList(1.5, 2.25, 3.0)
	for b.Loop() {
		Print(l)
	}
}
