package aio

import (
	"math/rand"
	"testing"
)

// TestBlockDequeModel checks blockDeque against a slice through random
// pushes and pops at both ends, at lengths that cross from one small
// block to several and back while the front wraps round the ring.
func TestBlockDequeModel(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	var d blockDeque[int]
	var model []int
	next := 0
	for step := range 300_000 {
		// Phases of mostly pushing then mostly popping move the length
		// between 0 and about 3000, six blocks.
		pushing := step/15000%2 == 0
		switch op := r.Intn(10); {
		case op < 6 == pushing || len(model) == 0:
			d.pushBack(next)
			model = append(model, next)
			next++
		case op < 9:
			if v := d.popFront(); v != model[0] {
				t.Fatalf("step %d: popFront = %d, want %d", step, v, model[0])
			}
			model = model[1:]
		default:
			if v := d.popBack(); v != model[len(model)-1] {
				t.Fatalf("step %d: popBack = %d, want %d", step, v, model[len(model)-1])
			}
			model = model[:len(model)-1]
		}
		if d.len() != len(model) {
			t.Fatalf("step %d: len = %d, want %d", step, d.len(), len(model))
		}
	}
	for len(model) > 0 {
		if v := d.popFront(); v != model[0] {
			t.Fatalf("draining: popFront = %d, want %d", v, model[0])
		}
		model = model[1:]
	}
}

// TestBlockDequeGrowWrapped fills rings whose front sits at various
// offsets of its block, so that growing has to move the wrapped back part.
func TestBlockDequeGrowWrapped(t *testing.T) {
	for _, size := range []int{8, blockLen, 2 * blockLen, 4 * blockLen} {
		for _, off := range []int{0, 1, 5, blockLen - 1, blockLen, 3*blockLen + 7} {
			var d blockDeque[int]
			for i := range size {
				d.pushBack(i)
			}
			// Move the front on by off, keeping the ring full.
			for i := range off {
				if d.popFront() != i {
					t.Fatalf("size %d off %d: wrong front", size, off)
				}
				d.pushBack(size + i)
			}
			for i := range size + 100 {
				d.pushBack(size + off + i)
			}
			for want := off; d.len() > 0; want++ {
				if v := d.popFront(); v != want {
					t.Fatalf("size %d off %d: popFront = %d, want %d", size, off, v, want)
				}
			}
		}
	}
}
