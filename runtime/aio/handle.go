package aio

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
	// fn is a user callback; otherwise cb.call(fut) is an internal one.
	fn        func()
	cb        callback
	fut       *futCore
	when      float64
	seq       uint64
	index     int // position in the timer heap; -1 when not in it
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
	h.cb.call(h.fut)
}

// Cancel is Handle.cancel(): the callback will not run.
func (h *Handle) Cancel() {
	if h.cancelled {
		return
	}
	h.cancelled = true
	if h.index >= 0 {
		h.loop.cancelledTimers++
	}
	h.fn, h.cb, h.fut = nil, nil, nil
}

// Cancelled is Handle.cancelled().
func (h *Handle) Cancelled() bool { return h.cancelled }

// When is TimerHandle.when(): the loop time the callback is due.
func (h *Handle) When() float64 { return h.when }

// timerHeap orders timers by (deadline, scheduling order). CPython's heapq
// compares deadlines only; the sequence number makes equal deadlines run
// in the order they were scheduled, which is what CPython shows in practice.
type timerHeap []*Handle

func (h timerHeap) less(i, j int) bool {
	return h[i].when < h[j].when || h[i].when == h[j].when && h[i].seq < h[j].seq
}

func (h timerHeap) swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}

func (h *timerHeap) push(x *Handle) {
	x.index = len(*h)
	*h = append(*h, x)
	h.up(x.index)
}

func (h *timerHeap) pop() *Handle {
	old := *h
	n := len(old) - 1
	old.swap(0, n)
	x := old[n]
	old[n] = nil
	*h = old[:n]
	h.down(0)
	x.index = -1
	return x
}

func (h timerHeap) up(j int) {
	for j > 0 {
		i := (j - 1) / 2
		if !h.less(j, i) {
			break
		}
		h.swap(i, j)
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
		h.swap(i, j)
		i = j
	}
}

// compact drops cancelled timers and rebuilds the heap, as _run_once does
// when they make up more than half of many scheduled timers.
func (h *timerHeap) compact() {
	kept := (*h)[:0]
	for _, x := range *h {
		if x.cancelled {
			x.index = -1
		} else {
			x.index = len(kept)
			kept = append(kept, x)
		}
	}
	clear((*h)[len(kept):])
	*h = kept
	for i := len(kept)/2 - 1; i >= 0; i-- {
		kept.down(i)
	}
}
