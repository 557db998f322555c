package aio

// deque is a growable ring buffer: the ready queue and every waiter list
// (collections.deque in CPython) use it, so a push or pop allocates only
// when the ring has to grow. A Queue's items, which may grow much longer,
// use blockDeque.
type deque[T any] struct {
	buf  []T
	head int
	n    int
}

func (d *deque[T]) len() int { return d.n }

func (d *deque[T]) pushBack(v T) {
	if d.n == len(d.buf) {
		d.grow()
	}
	d.buf[(d.head+d.n)&(len(d.buf)-1)] = v
	d.n++
}

func (d *deque[T]) popFront() T {
	var zero T
	v := d.buf[d.head]
	d.buf[d.head] = zero // drop the reference for the collector
	d.head = (d.head + 1) & (len(d.buf) - 1)
	d.n--
	return v
}

// at returns the i-th element from the front.
func (d *deque[T]) at(i int) T { return d.buf[(d.head+i)&(len(d.buf)-1)] }

// removeAt deletes the i-th element, shifting the shorter side.
func (d *deque[T]) removeAt(i int) {
	var zero T
	mask := len(d.buf) - 1
	if i < d.n/2 {
		for j := i; j > 0; j-- {
			d.buf[(d.head+j)&mask] = d.buf[(d.head+j-1)&mask]
		}
		d.buf[d.head] = zero
		d.head = (d.head + 1) & mask
	} else {
		for j := i; j < d.n-1; j++ {
			d.buf[(d.head+j)&mask] = d.buf[(d.head+j+1)&mask]
		}
		d.buf[(d.head+d.n-1)&mask] = zero
	}
	d.n--
}

func (d *deque[T]) grow() {
	size := 2 * len(d.buf)
	if size == 0 {
		size = 8
	}
	buf := make([]T, size)
	for i := 0; i < d.n; i++ {
		buf[i] = d.at(i)
	}
	d.buf, d.head = buf, 0
}

// blockDeque is the deque of a Queue's items: a growable ring like
// deque, split into blocks of blockLen elements once it outgrows one. A
// small ring doubles, copying, as deque does; past blockLen the ring grows
// by adding blocks instead, so growing copies at most part of one block
// and leaves no old storage behind as garbage. A queue that fills with a
// million items before its consumer runs would otherwise touch twice its
// final size in fresh memory, and faulting in those pages, with the
// copies, was most of such a program's time. The ready queue and the
// waiter lists stay plain rings, whose single indexing their many short
// pushes and pops notice.
type blockDeque[T any] struct {
	// The ring: element position p (0 <= p < size) lives in buf[p] while
	// the ring fits one block (a power of two up to blockLen), then in
	// blocks[p>>blockShift][p&(blockLen-1)], a power of two of blocks of
	// blockLen, each present only while the ring needs it.
	buf    []T
	blocks [][]T
	size   int // positions in the ring
	head   int // position of the front element
	n      int
}

// blockLen is the length of a blockDeque's blocks: 4 KiB of pointers.
const (
	blockShift = 9
	blockLen   = 1 << blockShift
)

func (d *blockDeque[T]) len() int { return d.n }

// slot is the element at ring position p.
func (d *blockDeque[T]) slot(p int) *T {
	if d.blocks == nil {
		return &d.buf[p]
	}
	return &d.blocks[p>>blockShift][p&(blockLen-1)]
}

func (d *blockDeque[T]) pushBack(v T) {
	if d.n == d.size {
		d.grow()
	}
	p := (d.head + d.n) & (d.size - 1)
	if d.blocks != nil && d.blocks[p>>blockShift] == nil {
		d.blocks[p>>blockShift] = d.takeBlock(p >> blockShift)
	}
	*d.slot(p) = v
	d.n++
}

// takeBlock returns storage for block b, which the back has just reached:
// the block behind the front's when pops have emptied it, so that a ring
// whose contents travel round it keeps reusing the same few blocks, else a
// new one. Nothing live is behind the front, and pops leave zeros.
func (d *blockDeque[T]) takeBlock(b int) []T {
	prev := (d.head>>blockShift - 1) & (len(d.blocks) - 1)
	if blk := d.blocks[prev]; blk != nil && prev != b {
		d.blocks[prev] = nil
		return blk
	}
	return make([]T, blockLen)
}

func (d *blockDeque[T]) popFront() T {
	var zero T
	s := d.slot(d.head)
	v := *s
	*s = zero // drop the reference for the collector
	d.head = (d.head + 1) & (d.size - 1)
	d.n--
	return v
}

func (d *blockDeque[T]) popBack() T {
	var zero T
	s := d.slot((d.head + d.n - 1) & (d.size - 1))
	v := *s
	*s = zero
	d.n--
	return v
}

// grow makes room in a full ring.
func (d *blockDeque[T]) grow() {
	if d.size < blockLen {
		// One small block: double it, copying, with the front at 0.
		buf := make([]T, max(8, 2*d.size))
		for i := 0; i < d.n; i++ {
			buf[i] = d.buf[(d.head+i)&(d.size-1)]
		}
		d.buf, d.size, d.head = buf, len(buf), 0
		return
	}
	if d.blocks == nil {
		d.blocks, d.buf = [][]T{d.buf}, nil
	}
	// Twice the blocks, starting with the front's. When the front is not
	// at the start of its block, the back has wrapped round into that
	// block's first part: it moves to a new block after the others, where
	// it continues the sequence.
	nb, k, off := len(d.blocks), d.head>>blockShift, d.head&(blockLen-1)
	blocks := make([][]T, 2*nb)
	for j := range nb {
		blocks[j] = d.blocks[(k+j)&(nb-1)]
	}
	if off > 0 {
		wrapped := make([]T, blockLen)
		copy(wrapped, blocks[0][:off])
		clear(blocks[0][:off])
		blocks[nb] = wrapped
	}
	d.blocks, d.size, d.head = blocks, 2*nb*blockLen, off
}

// waiters is a FIFO of waiter futures, as the deques of locks.py and
// queues.py hold them.
type waiters struct{ deque[*futCore] }

// remove deletes f (searching from the front, where it nearly always is),
// like deque.remove; it is a no-op when f is absent.
func (w *waiters) remove(f *futCore) {
	for i := 0; i < w.n; i++ {
		if w.at(i) == f {
			w.removeAt(i)
			return
		}
	}
}
