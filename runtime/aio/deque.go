package aio

// deque is a growable ring buffer: the ready queue and every waiter list
// (collections.deque in CPython) use it, so a push or pop allocates only
// when the ring has to grow.
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

func (d *deque[T]) popBack() T {
	var zero T
	i := (d.head + d.n - 1) & (len(d.buf) - 1)
	v := d.buf[i]
	d.buf[i] = zero
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
