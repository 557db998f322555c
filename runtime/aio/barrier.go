package aio

import "github.com/aiogo-dev/aiogo/runtime/py"

// BrokenBarrierError is asyncio.BrokenBarrierError.
var BrokenBarrierError = &py.ExcClass{Name: "BrokenBarrierError", Base: py.RuntimeError, Module: "asyncio.exceptions"}

type barrierState uint8

const (
	barrierFilling barrierState = iota
	barrierDraining
	barrierResetting
	barrierBroken
)

// Barrier is asyncio.Barrier (new in 3.11), built on a Condition exactly
// as locks.py builds it.
type Barrier struct {
	cond    *Condition
	parties int
	state   barrierState
	count   int
}

// NewBarrier is asyncio.Barrier(parties); it raises ValueError when
// parties < 1.
func NewBarrier(parties int) *Barrier {
	if parties < 1 {
		panic(py.ValueError.New("parties must be > 0"))
	}
	return &Barrier{cond: NewCondition(nil), parties: parties}
}

// Wait is `await barrier.wait()`: it returns once parties tasks are
// waiting, each with a distinct index in 0..parties-1.
func (b *Barrier) Wait(t *Task) (index int) {
	b.cond.Acquire(t)
	defer b.cond.Release()
	b.cond.WaitFor(t, func() bool { return b.state != barrierDraining && b.state != barrierResetting })
	if b.state == barrierBroken {
		panic(BrokenBarrierError.New("Barrier aborted"))
	}
	defer func() {
		b.count--
		b.exit()
	}()
	index = b.count
	b.count++
	if index+1 == b.parties {
		b.state = barrierDraining
		b.cond.NotifyAll()
	} else {
		b.cond.WaitFor(t, func() bool { return b.state != barrierFilling })
		if b.state == barrierBroken || b.state == barrierResetting {
			panic(BrokenBarrierError.New("Abort or reset of barrier"))
		}
	}
	return index
}

func (b *Barrier) exit() {
	if b.count == 0 {
		if b.state == barrierResetting || b.state == barrierDraining {
			b.state = barrierFilling
		}
		b.cond.NotifyAll()
	}
}

// Reset is `await barrier.reset()`: waiting tasks get BrokenBarrierError
// and the barrier starts over empty.
func (b *Barrier) Reset(t *Task) {
	b.cond.Acquire(t)
	defer b.cond.Release()
	if b.count > 0 {
		b.state = barrierResetting
	} else {
		b.state = barrierFilling
	}
	b.cond.NotifyAll()
}

// Abort is `await barrier.abort()`: the barrier is broken for good.
func (b *Barrier) Abort(t *Task) {
	b.cond.Acquire(t)
	defer b.cond.Release()
	b.state = barrierBroken
	b.cond.NotifyAll()
}

// Parties is Barrier.parties.
func (b *Barrier) Parties() int { return b.parties }

// NWaiting is Barrier.n_waiting.
func (b *Barrier) NWaiting() int {
	if b.state == barrierFilling {
		return b.count
	}
	return 0
}

// Broken is Barrier.broken.
func (b *Barrier) Broken() bool { return b.state == barrierBroken }
