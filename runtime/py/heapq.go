package py

// heapq and bisect on lists, step for step as CPython's, so that a heap
// printed midway holds its items in CPython's order. Both compare with
// Python's < only.

// lessOf is Python's < for values of type T: Go's for ints, floats and
// strs (UTF-8 orders as code points do), py.Lt for the rest.
func lessOf[T any]() func(a, b T) bool {
	var zero T
	switch any(zero).(type) {
	case int:
		return func(a, b T) bool { return any(a).(int) < any(b).(int) }
	case float64:
		return func(a, b T) bool { return any(a).(float64) < any(b).(float64) }
	case string:
		return func(a, b T) bool { return any(a).(string) < any(b).(string) }
	}
	return func(a, b T) bool { return Lt(a, b) }
}

// HeapPush is heapq.heappush(h, x).
func HeapPush[T any](h *List[T], x T) {
	h.Append(x)
	siftDown(h.Items, 0, len(h.Items)-1, lessOf[T]())
}

// HeapPop is heapq.heappop(h): the smallest item.
func HeapPop[T any](h *List[T]) T {
	if len(h.Items) == 0 {
		Raise(IndexError.New("index out of range"))
	}
	last := h.Items[len(h.Items)-1]
	h.Items = h.Items[:len(h.Items)-1]
	if len(h.Items) == 0 {
		return last
	}
	top := h.Items[0]
	h.Items[0] = last
	siftUp(h.Items, 0, lessOf[T]())
	return top
}

// HeapReplace is heapq.heapreplace(h, x): pop, then push.
func HeapReplace[T any](h *List[T], x T) T {
	if len(h.Items) == 0 {
		Raise(IndexError.New("index out of range"))
	}
	top := h.Items[0]
	h.Items[0] = x
	siftUp(h.Items, 0, lessOf[T]())
	return top
}

// HeapPushPop is heapq.heappushpop(h, x): push, then pop.
func HeapPushPop[T any](h *List[T], x T) T {
	less := lessOf[T]()
	if len(h.Items) > 0 && less(h.Items[0], x) {
		x, h.Items[0] = h.Items[0], x
		siftUp(h.Items, 0, less)
	}
	return x
}

// Heapify is heapq.heapify(h).
func Heapify[T any](h *List[T]) {
	less := lessOf[T]()
	for i := len(h.Items)/2 - 1; i >= 0; i-- {
		siftUp(h.Items, i, less)
	}
}

// siftDown is heapq's _siftdown: the item at pos moves up towards start.
func siftDown[T any](heap []T, start, pos int, less func(a, b T) bool) {
	item := heap[pos]
	for pos > start {
		parent := (pos - 1) >> 1
		if !less(item, heap[parent]) {
			break
		}
		heap[pos] = heap[parent]
		pos = parent
	}
	heap[pos] = item
}

// siftUp is heapq's _siftup: the smaller child moves up until a leaf,
// where the item goes, then sifts down.
func siftUp[T any](heap []T, pos int, less func(a, b T) bool) {
	end, start, item := len(heap), pos, heap[pos]
	child := 2*pos + 1
	for child < end {
		if right := child + 1; right < end && !less(heap[child], heap[right]) {
			child = right
		}
		heap[pos] = heap[child]
		pos = child
		child = 2*pos + 1
	}
	heap[pos] = item
	siftDown(heap, start, pos, less)
}

// NSmallest is heapq.nsmallest(n, xs): sorted(xs)[:n].
func NSmallest[T any](n int, xs *List[T]) *List[T] { return firstN(Sorted(xs, false), n) }

// NLargest is heapq.nlargest(n, xs): sorted(xs, reverse=True)[:n].
func NLargest[T any](n int, xs *List[T]) *List[T] { return firstN(Sorted(xs, true), n) }

// NSmallestKey is heapq.nsmallest(n, xs, key=key): sorted(xs,
// key=key)[:n], each item's key computed once.
func NSmallestKey[T, K any](n int, xs *List[T], key func(T) K) *List[T] {
	return firstN(SortedKey(xs, key, false), n)
}

// NLargestKey is heapq.nlargest(n, xs, key=key): sorted(xs, key=key,
// reverse=True)[:n].
func NLargestKey[T, K any](n int, xs *List[T], key func(T) K) *List[T] {
	return firstN(SortedKey(xs, key, true), n)
}

func firstN[T any](l *List[T], n int) *List[T] {
	l.Items = l.Items[:max(0, min(n, len(l.Items)))]
	return l
}

// BisectLeft is bisect.bisect_left(a, x): the first index whose item is
// not below x.
func BisectLeft[T any](a *List[T], x T) int {
	less := lessOf[T]()
	return bisect(a.Items, func(item T) bool { return less(item, x) })
}

// BisectRight is bisect.bisect_right(a, x) and bisect.bisect: the first
// index whose item is above x.
func BisectRight[T any](a *List[T], x T) int {
	less := lessOf[T]()
	return bisect(a.Items, func(item T) bool { return !less(x, item) })
}

// bisect counts the leading items for which before holds (it holds for
// a prefix of sorted items), halving at (lo + hi) / 2 as CPython does.
func bisect[T any](items []T, before func(T) bool) int {
	lo, hi := 0, len(items)
	for lo < hi {
		mid := (lo + hi) / 2
		if before(items[mid]) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// InsortLeft is bisect.insort_left(a, x).
func InsortLeft[T any](a *List[T], x T) { ListInsert(a, BisectLeft(a, x), x) }

// InsortRight is bisect.insort_right(a, x) and bisect.insort.
func InsortRight[T any](a *List[T], x T) { ListInsert(a, BisectRight(a, x), x) }
