package py

import "iter"

// collections.OrderedDict is a dict with the OrderedDict flavor: it prints
// as OrderedDict([(k, v), ...]), two of them compare equal only in the
// same order, popitem and move_to_end take last=, and its iterator
// follows odictobject.c: any change of the key order (an insertion, a
// removal, a move) made while iterating raises RuntimeError at the next
// step, unless the item just produced was the last one.
var orderedFlavor = &dictFlavor{name: "OrderedDict"}

// Ordered makes a new dict an OrderedDict: OrderedDict(...) is the dict
// that dict(...) makes, ordered.
func Ordered[K comparable, V any](d *Dict[K, V]) *Dict[K, V] {
	d.flavor = orderedFlavor
	return d
}

// ordered returns d when it is an OrderedDict, else raises the
// AttributeError of calling method on a dict.
func (d *Dict[K, V]) ordered(method string) *Dict[K, V] {
	if d.flavor != orderedFlavor {
		Raise(AttributeError.New("'" + d.PyTypeName() + "' object has no attribute '" + method + "'"))
	}
	return d
}

// OrderedMoveToEnd is od.move_to_end(k), a function rather than a method
// of Dict[K, V] so that only a program calling it compiles it.
func OrderedMoveToEnd[K comparable, V any](d *Dict[K, V], k K) { OrderedMoveToEndLast(d, k, true) }

// OrderedMoveToEndLast is od.move_to_end(k, last): KeyError(k) when
// absent.
func OrderedMoveToEndLast[K comparable, V any](d *Dict[K, V], k K, last bool) {
	d.ordered("move_to_end")
	i, ok := d.slot(k)
	if !ok {
		Raise(KeyError.New(k))
	}
	e := d.entries[i]
	if last {
		if i != d.lastLive() {
			d.remove(i)
			d.Set(e.key, e.val)
		}
		return
	}
	if i == d.firstLive() {
		return
	}
	// Rare enough to rebuild the entries with e first.
	entries := make([]dictEntry[K, V], 0, len(d.index))
	entries = append(entries, e)
	for j, o := range d.entries {
		if o.live && j != i {
			entries = append(entries, o)
		}
	}
	for j, o := range entries {
		d.index[d.storedKey(o.key)] = j
	}
	d.entries, d.dead, d.head = entries, 0, 0
	d.state++
}

// PopItemLast is od.popitem(last): the last pair or, with last false, the
// first; KeyError when empty.
func (d *Dict[K, V]) PopItemLast(last bool) Tuple2[K, V] {
	d.ordered("popitem")
	i := d.lastLive()
	if !last {
		i = d.firstLive()
	}
	if i < 0 {
		Raise(KeyError.New("dictionary is empty"))
	}
	e := d.entries[i]
	d.remove(i)
	return Tuple2[K, V]{e.key, e.val}
}

// firstLive is the slot of the first entry, -1 when empty; it moves head
// past the tombstones before it, so that popping from the front stays
// O(1) amortized.
func (d *Dict[K, V]) firstLive() int {
	for ; d.head < len(d.entries); d.head++ {
		if d.entries[d.head].live {
			return d.head
		}
	}
	return -1
}

// lastLive is the slot of the last entry, -1 when empty.
func (d *Dict[K, V]) lastLive() int {
	for i := len(d.entries) - 1; i >= 0; i-- {
		if d.entries[i].live {
			return i
		}
	}
	return -1
}

// orderedAll iterates over an OrderedDict as odictiter_nextkey does: it
// holds the next entry when it produces one, and checks at each step but
// after the last that no key was added, removed or moved.
func (d *Dict[K, V]) orderedAll() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		state := d.state
		for i := d.firstLive(); i >= 0; {
			e, next := d.entries[i], d.nextLive(i)
			if !yield(e.key, e.val) || next < 0 {
				return
			}
			if d.state != state {
				Raise(RuntimeError.New("OrderedDict mutated during iteration"))
			}
			i = next
		}
	}
}

// orderedRepr is repr(od): OrderedDict([('a', 1)]), or OrderedDict().
func (d *Dict[K, V]) orderedRepr() string {
	if d.Len() == 0 {
		return "OrderedDict()"
	}
	b := d.appendItems([]byte("OrderedDict(["), func(b []byte, k K, v V) []byte {
		b = append(b, '(')
		b = appendRepr(b, k)
		b = append(b, ", "...)
		b = appendRepr(b, v)
		return append(b, ')')
	})
	return string(append(b, "])"...))
}

// orderedEqual is a == b of two OrderedDicts: the same pairs in the same
// order.
func orderedEqual[K comparable, V any](a, b *Dict[K, V]) bool {
	if a.Len() != b.Len() {
		return false
	}
	ai, bi := a.firstLive(), b.firstLive()
	for ai >= 0 {
		ea, eb := a.entries[ai], b.entries[bi]
		if !sameOrEq(ea.key, eb.key) || !sameOrEq(ea.val, eb.val) {
			return false
		}
		ai, bi = a.nextLive(ai), b.nextLive(bi)
	}
	return true
}

// nextLive is the slot of the first entry after slot i, -1 when none.
func (d *Dict[K, V]) nextLive(i int) int {
	for j := i + 1; j < len(d.entries); j++ {
		if d.entries[j].live {
			return j
		}
	}
	return -1
}
