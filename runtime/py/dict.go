package py

import "iter"

// Dict is Python's dict: insertion ordered, O(1) lookups. Entries live in
// a slice in insertion order with a map from key to slot; deletion leaves
// a tombstone and the slice is compacted once tombstones outnumber live
// entries, as CPython's compact dict does.
//
// Keys compare with Go's ==, so 1, 1.0 and True are three keys here
// where CPython has one (a dict[any, V] mixing them differs).
type Dict[K comparable, V any] struct {
	index   map[K]int
	entries []dictEntry[K, V]
	dead    int
}

type dictEntry[K comparable, V any] struct {
	key  K
	val  V
	live bool
}

// NewDict makes an empty dict.
func NewDict[K comparable, V any]() *Dict[K, V] {
	return &Dict[K, V]{index: map[K]int{}}
}

// DictOf builds a dict from key/value pairs in order ({k: v, ...}).
func DictOf[K comparable, V any](pairs ...Tuple2[K, V]) *Dict[K, V] {
	d := &Dict[K, V]{index: make(map[K]int, len(pairs))}
	for _, p := range pairs {
		d.Set(p.V0, p.V1)
	}
	return d
}

// Len is len(d).
func (d *Dict[K, V]) Len() int { return len(d.index) }

// Set is d[k] = v: an existing key keeps its place.
func (d *Dict[K, V]) Set(k K, v V) {
	if d.index == nil {
		d.index = map[K]int{}
	}
	if i, ok := d.index[k]; ok {
		d.entries[i].val = v
		return
	}
	d.index[k] = len(d.entries)
	d.entries = append(d.entries, dictEntry[K, V]{k, v, true})
}

// Get is d[k]; KeyError(k) when absent.
func (d *Dict[K, V]) Get(k K) V {
	i, ok := d.index[k]
	if !ok {
		Raise(KeyError.New(k))
	}
	return d.entries[i].val
}

// Lookup is the comma-ok form of d[k].
func (d *Dict[K, V]) Lookup(k K) (V, bool) {
	if i, ok := d.index[k]; ok {
		return d.entries[i].val, true
	}
	var zero V
	return zero, false
}

// Contains is `k in d`.
func (d *Dict[K, V]) Contains(k K) bool {
	_, ok := d.index[k]
	return ok
}

// GetDefault is d.get(k, def).
func (d *Dict[K, V]) GetDefault(k K, def V) V {
	if i, ok := d.index[k]; ok {
		return d.entries[i].val
	}
	return def
}

// SetDefault is d.setdefault(k, def).
func (d *Dict[K, V]) SetDefault(k K, def V) V {
	if i, ok := d.index[k]; ok {
		return d.entries[i].val
	}
	d.Set(k, def)
	return def
}

// Delete is del d[k]; KeyError(k) when absent.
func (d *Dict[K, V]) Delete(k K) { d.Pop(k) }

// Pop is d.pop(k); KeyError(k) when absent.
func (d *Dict[K, V]) Pop(k K) V {
	i, ok := d.index[k]
	if !ok {
		Raise(KeyError.New(k))
	}
	return d.remove(k, i)
}

// PopDefault is d.pop(k, def).
func (d *Dict[K, V]) PopDefault(k K, def V) V {
	if i, ok := d.index[k]; ok {
		return d.remove(k, i)
	}
	return def
}

// PopItem is d.popitem(): the last inserted pair; KeyError when empty.
func (d *Dict[K, V]) PopItem() Tuple2[K, V] {
	for i := len(d.entries) - 1; i >= 0; i-- {
		if e := d.entries[i]; e.live {
			d.remove(e.key, i)
			return Tuple2[K, V]{e.key, e.val}
		}
	}
	Raise(KeyError.New("popitem(): dictionary is empty"))
	panic("unreachable")
}

func (d *Dict[K, V]) remove(k K, i int) V {
	v := d.entries[i].val
	delete(d.index, k)
	d.entries[i] = dictEntry[K, V]{}
	d.dead++
	if d.dead > 8 && d.dead > len(d.index) {
		d.compact()
	}
	return v
}

func (d *Dict[K, V]) compact() {
	live := make([]dictEntry[K, V], 0, len(d.index))
	for _, e := range d.entries {
		if e.live {
			d.index[e.key] = len(live)
			live = append(live, e)
		}
	}
	d.entries, d.dead = live, 0
}

// Clear is d.clear().
func (d *Dict[K, V]) Clear() {
	d.index, d.entries, d.dead = map[K]int{}, nil, 0
}

// Copy is d.copy().
func (d *Dict[K, V]) Copy() *Dict[K, V] {
	c := &Dict[K, V]{index: make(map[K]int, len(d.index))}
	for k, v := range d.All() {
		c.Set(k, v)
	}
	return c
}

// Update is d.update(other).
func (d *Dict[K, V]) Update(other *Dict[K, V]) {
	for k, v := range other.All() {
		d.Set(k, v)
	}
}

// Keys is list(d): the keys in insertion order.
func (d *Dict[K, V]) Keys() []K {
	out := make([]K, 0, len(d.index))
	for _, e := range d.entries {
		if e.live {
			out = append(out, e.key)
		}
	}
	return out
}

// Values is list(d.values()).
func (d *Dict[K, V]) Values() []V {
	out := make([]V, 0, len(d.index))
	for _, e := range d.entries {
		if e.live {
			out = append(out, e.val)
		}
	}
	return out
}

// Items is list(d.items()).
func (d *Dict[K, V]) Items() []Tuple2[K, V] {
	out := make([]Tuple2[K, V], 0, len(d.index))
	for _, e := range d.entries {
		if e.live {
			out = append(out, Tuple2[K, V]{e.key, e.val})
		}
	}
	return out
}

// All iterates like `for k, v in d.items()`. Adding or removing keys
// while iterating raises RuntimeError("dictionary changed size during
// iteration"), as CPython does at the next step.
func (d *Dict[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		n := len(d.index)
		for i := 0; i < len(d.entries); i++ {
			if len(d.index) != n {
				Raise(RuntimeError.New("dictionary changed size during iteration"))
			}
			if e := d.entries[i]; e.live && !yield(e.key, e.val) {
				return
			}
		}
		if len(d.index) != n {
			Raise(RuntimeError.New("dictionary changed size during iteration"))
		}
	}
}

// PyRepr is repr(d): "{'a': 1}".
func (d *Dict[K, V]) PyRepr() string {
	if d == nil {
		return "None"
	}
	b := []byte{'{'}
	first := true
	for _, e := range d.entries {
		if !e.live {
			continue
		}
		if !first {
			b = append(b, ", "...)
		}
		first = false
		b = appendRepr(b, e.key)
		b = append(b, ": "...)
		b = appendRepr(b, e.val)
	}
	return string(append(b, '}'))
}

// PyLen makes len() work on dicts held as any.
func (d *Dict[K, V]) PyLen() int { return len(d.index) }

// PyTypeName is "dict".
func (d *Dict[K, V]) PyTypeName() string { return "dict" }

// PyContains makes `in` work on dicts held as any.
func (d *Dict[K, V]) PyContains(k any) bool {
	kk, ok := k.(K)
	return ok && d.Contains(kk)
}

// PyEq is d == other for dicts of the same types: same keys, values equal
// by Python equality, order ignored.
func (d *Dict[K, V]) PyEq(other any) bool {
	o, ok := other.(*Dict[K, V])
	if !ok || o.Len() != d.Len() {
		return false
	}
	for k, v := range d.All() {
		ov, ok := o.Lookup(k)
		if !ok || !Eq(v, ov) {
			return false
		}
	}
	return true
}
