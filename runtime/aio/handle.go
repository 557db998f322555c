package aio

import "slices"

// handle is one entry of the ready queue: cb.call(fut).
type handle struct {
	cb  callback
	fut *futCore
}

// Handle is asyncio.Handle / TimerHandle: a callback scheduled by
// CallSoon, CallLater or CallAt (and the timers behind sleep and
// timeouts), which can be cancelled until it runs.
type Handle struct {
	loop *Loop
	// fn is a user callback; otherwise cb.call(nil) is an internal one.
	fn        func()
	cb        callback
	when      float64
	seq       uint64
	queued    bool // in the timer heap
	cancelled bool
}

func (h *Handle) call(*futCore) {
	if h.cancelled {
		return
	}
	if h.fn != nil {
		h.loop.runUserFunc(h.fn)
		return
	}
	h.cb.call(nil)
}

// Cancel is Handle.cancel(): the callback will not run.
func (h *Handle) Cancel() {
	if h.cancelled {
		return
	}
	h.cancelled = true
	if h.queued {
		h.loop.cancelledTimers++
	}
	h.fn, h.cb = nil, nil
}

// Cancelled is Handle.cancelled().
func (h *Handle) Cancelled() bool { return h.cancelled }

// When is TimerHandle.when(): the loop time the callback is due.
func (h *Handle) When() float64 { return h.when }

// timerHeap orders timers by (deadline, scheduling order). CPython's heapq
// compares deadlines only; the sequence number makes equal deadlines run
// in the order they were scheduled, which is what CPython shows in practice.
// Each entry carries its deadline so that sifting reads the heap's own
// memory: with thousands of timers, following every entry's pointer to
// compare deadlines missed the cache at each step.
type timerHeap []timerEntry

type timerEntry struct {
	when float64 // a copy of h.when
	h    *Handle
}

func (h timerHeap) less(i, j int) bool {
	return h[i].when < h[j].when || h[i].when == h[j].when && h[i].h.seq < h[j].h.seq
}

func (h *timerHeap) push(x *Handle) {
	x.queued = true
	if n := len(*h); n == cap(*h) {
		// Double, for the reason py.List.Append gives.
		*h = slices.Grow(*h, max(n, 16))
	}
	*h = append(*h, timerEntry{x.when, x})
	h.up(len(*h) - 1)
}

func (h *timerHeap) pop() *Handle {
	old := *h
	n := len(old) - 1
	x := old[0].h
	old[0] = old[n]
	old[n] = timerEntry{}
	*h = old[:n]
	h.down(0)
	x.queued = false
	return x
}

func (h timerHeap) up(j int) {
	for j > 0 {
		i := (j - 1) / 2
		if !h.less(j, i) {
			break
		}
		h[i], h[j] = h[j], h[i]
		j = i
	}
}

func (h timerHeap) down(i int) {
	n := len(h)
	for {
		j := 2*i + 1
		if j >= n {
			return
		}
		if r := j + 1; r < n && h.less(r, j) {
			j = r
		}
		if !h.less(j, i) {
			return
		}
		h[i], h[j] = h[j], h[i]
		i = j
	}
}

// compact drops cancelled timers and rebuilds the heap, as _run_once does
// when they make up more than half of many scheduled timers.
func (h *timerHeap) compact() {
	kept := (*h)[:0]
	for _, e := range *h {
		if e.h.cancelled {
			e.h.queued = false
		} else {
			kept = append(kept, e)
		}
	}
	clear((*h)[len(kept):])
	*h = kept
	for i := len(kept)/2 - 1; i >= 0; i-- {
		kept.down(i)
	}
}
