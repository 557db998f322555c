package py

import (
	"slices"
	"strings"
)

// collections.defaultdict, Counter and OrderedDict (ordered_dict.go) are
// dicts (Python subclasses of dict) with a flavor: what d[k] of a missing
// key does, the name type() gives, their repr, and their own methods. A
// *Dict is any of these kinds, so a Counter goes wherever a dict of its
// types goes, and the flavor decides at run time, as the subclass does in
// CPython.
type dictFlavor struct {
	name string // "defaultdict", "Counter" or "OrderedDict"
	// factory is a defaultdict's default_factory, whose repr is
	// factoryRepr ("<class 'list'>").
	factory     func() any
	factoryRepr string
}

var counterFlavor = &dictFlavor{name: "Counter"}

// NewDefaultDict is collections.defaultdict(factory): d[k] of a missing
// key stores factory() under k and returns it.
func NewDefaultDict[K comparable, V any](factory func() any, factoryRepr string) *Dict[K, V] {
	d := NewDict[K, V]()
	d.flavor = &dictFlavor{name: "defaultdict", factory: factory, factoryRepr: factoryRepr}
	return d
}

// NewCounter is collections.Counter(): d[k] of a missing key is 0, and
// nothing is stored. V is int, or any where the program also stores other
// values in it.
func NewCounter[K comparable, V any]() *Dict[K, V] {
	d := NewDict[K, V]()
	d.flavor = counterFlavor
	return d
}

// CounterOf is collections.Counter(iterable): how many times each item
// occurs, in the order items first occur.
func CounterOf[K comparable, V any](items any) *Dict[K, V] {
	d := NewCounter[K, V]()
	d.count(items, 1)
	return d
}

// missing is d[k] of a key d does not hold: a defaultdict's new value, a
// Counter's 0, a dict's KeyError.
func (d *Dict[K, V]) missing(k K) V {
	switch {
	case d.flavor == counterFlavor:
		return asItem[V](0)
	case d.flavor != nil && d.flavor.factory != nil:
		v := asItem[V](d.flavor.factory())
		d.Set(k, v)
		return v
	}
	Raise(KeyError.New(k))
	panic("unreachable")
}

// counter returns d when it is a Counter, else raises the AttributeError
// of calling method on a dict.
func (d *Dict[K, V]) counter(method string) *Dict[K, V] {
	if d.flavor != counterFlavor {
		Raise(AttributeError.New("'" + d.PyTypeName() + "' object has no attribute '" + method + "'"))
	}
	return d
}

// The static forms of a Counter's own methods are functions rather than
// methods of Dict[K, V], so that only a program calling them compiles
// them.

// CounterMostCommon is c.most_common(n) of a Counter: the n largest
// counts with their keys, ties in insertion order; n < 0 gives all of
// them.
func CounterMostCommon[K comparable, V any](d *Dict[K, V], n int) *List[Tuple2[K, V]] {
	items := d.counter("most_common").byCount()
	if n >= 0 && n < len(items) {
		items = items[:n]
	}
	return NewList(items...)
}

// byCount is d's items sorted by value, largest first, stably.
func (d *Dict[K, V]) byCount() []Tuple2[K, V] {
	items := d.Items()
	slices.SortStableFunc(items, func(a, b Tuple2[K, V]) int {
		switch {
		case Lt(b.V1, a.V1):
			return -1
		case Lt(a.V1, b.V1):
			return 1
		}
		return 0
	})
	return items
}

// CounterTotal is c.total() of a Counter: the sum of the counts.
func CounterTotal[K comparable, V any](d *Dict[K, V]) V {
	var sum any = 0
	for _, v := range d.counter("total").All() {
		sum = Add(sum, v)
	}
	return asItem[V](sum)
}

// CounterUnary is +c (sign 1) or -c (sign -1) of a Counter: a new
// Counter of the counts that are positive after the sign, in c's order.
func CounterUnary[K comparable, V any](d *Dict[K, V], sign int) *Dict[K, V] {
	out := NewCounter[K, V]()
	for k, v := range d.All() {
		var n any = v
		if sign < 0 {
			n = Sub(0, v)
		}
		if Lt(0, n) {
			out.Set(k, asItem[V](n))
		}
	}
	return out
}

// CounterElements is list(c.elements()) of a Counter: each key repeated
// as many times as its count, in c's order; keys counted less than one
// are left out.
func CounterElements[K comparable, V any](d *Dict[K, V]) *List[K] {
	out := NewList[K]()
	for k, v := range d.counter("elements").All() {
		for range As[int](v) { // a float count raises CPython's TypeError

			out.Append(k)
		}
	}
	return out
}

// CounterUpdate is c.update(items) of a Counter: each item's count goes
// up by one, or, for a mapping, by its value.
func CounterUpdate[K comparable, V any](d *Dict[K, V], items any) {
	d.counter("update").count(items, 1)
}

// CounterSubtract is c.subtract(items) of a Counter: CounterUpdate going
// down.
func CounterSubtract[K comparable, V any](d *Dict[K, V], items any) {
	d.counter("subtract").count(items, -1)
}

func (d *Dict[K, V]) count(items any, sign int) {
	add := func(k any, n any) {
		kk := asItem[K](k)
		d.Set(kk, asItem[V](Add(d.GetDefault(kk, asItem[V](0)), n)))
	}
	if m, ok := items.(PyMapping); ok {
		for k := range m.PyIter() {
			v, _ := m.PyLookup(k)
			if sign < 0 {
				v = Neg(v)
			}
			add(k, v)
		}
		return
	}
	for k := range Iter(items) {
		add(k, sign)
	}
}

// PyConcat is c + other of two Counters: the sums of the counts, keeping
// the positive ones (Counter.__add__).
func (d *Dict[K, V]) PyConcat(other any) (any, bool) {
	return d.combine(other, func(a, b any) any { return Add(a, b) })
}

// PyBitwise is d | other of dicts (a new dict of d's kind holding both,
// other's value winning), and c - other, c | other and c & other of
// Counters: the differences, maximums and minimums of the counts,
// keeping the positive ones.
func (d *Dict[K, V]) PyBitwise(op string, other any) (any, bool) {
	o, ok := other.(PyMapping)
	counters := d.flavor == counterFlavor && ok && o.PyTypeName() == "Counter"
	switch {
	case !ok || !isMappingType(o.PyTypeName()):
		return nil, false
	case op == "|" && !counters:
		out := d.Copy()
		if d.flavor == nil || d.flavor == counterFlavor {
			// dict.__or__ (Counter's own needs two Counters) makes a dict,
			// unless other is a defaultdict or an OrderedDict, whose
			// __ror__ Python calls first and which makes one of its kind.
			out.flavor = nil
			if f, ok := other.(flavored); ok && f.dictFlavor() != counterFlavor {
				out.flavor = f.dictFlavor()
			}
		}
		out.PyUpdate(other)
		return out, true
	case op == "-":
		return d.combine(other, func(a, b any) any { return Sub(a, b) })
	case op == "|":
		return d.combine(other, func(a, b any) any { return maxOf(a, b) })
	case op == "&":
		return d.combine(other, func(a, b any) any { return minOf(a, b) })
	}
	return nil, false
}

// combine makes the Counter of f(d[k], other[k]) for every key of either
// (a missing count is 0), keeping the positive results, in d's order then
// other's; ok is false unless both are Counters.
func (d *Dict[K, V]) combine(other any, f func(a, b any) any) (any, bool) {
	o, ok := other.(PyMapping)
	if d.flavor != counterFlavor || !ok || o.PyTypeName() != "Counter" {
		return nil, false
	}
	out := NewDict[K, V]()
	out.flavor = counterFlavor
	put := func(k any, a any) {
		b, ok := o.PyLookup(k)
		if !ok {
			b = 0
		}
		if r := f(a, b); Lt(0, r) {
			out.Set(asItem[K](k), asItem[V](r))
		}
	}
	for k, v := range d.All() {
		put(k, v)
	}
	for k := range o.PyIter() {
		if kk := asItem[K](k); !d.Contains(kk) {
			put(k, 0)
		}
	}
	return out, true
}

func maxOf(a, b any) any {
	if Lt(a, b) {
		return b
	}
	return a
}

func minOf(a, b any) any {
	if Lt(b, a) {
		return b
	}
	return a
}

// counterRepr is repr(c) of a Counter: its items by count, largest first.
func (d *Dict[K, V]) counterRepr() string {
	if d.Len() == 0 {
		return "Counter()"
	}
	var b strings.Builder
	b.WriteString("Counter({")
	for i, it := range d.byCount() {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(Repr(it.V0))
		b.WriteString(": ")
		b.WriteString(Repr(it.V1))
	}
	b.WriteString("})")
	return b.String()
}

// countsEqual is a == b of two Counters: a missing key counts 0.
func countsEqual[K comparable, V any](a, b *Dict[K, V]) bool {
	for _, pair := range [][2]*Dict[K, V]{{a, b}, {b, a}} {
		for k, v := range pair[0].All() {
			if !Eq(v, pair[1].GetDefault(k, asItem[V](0))) {
				return false
			}
		}
	}
	return true
}

// flavored is a dict of any instantiation, whose flavor a conversion to
// another instantiation keeps.
type flavored interface{ dictFlavor() *dictFlavor }

func (d *Dict[K, V]) dictFlavor() *dictFlavor { return d.flavor }

// IOr is d |= other of a dict.
func (d *Dict[K, V]) IOr(other any) {
	if !d.PyInPlace("|", other) {
		unsupported("|=", d, other)
	}
}

// PyInPlace is d op= other for op + - | &: d itself becomes what d op
// other makes (dict.__ior__, Counter.__iadd__, ...); false when d op
// other is not defined.
func (d *Dict[K, V]) PyInPlace(op string, other any) bool {
	var r any
	var ok bool
	if op == "+" {
		r, ok = d.PyConcat(other)
	} else {
		r, ok = d.PyBitwise(op, other)
	}
	if ok {
		made := r.(*Dict[K, V])
		d.index, d.entries, d.dead, d.head = made.index, made.entries, made.dead, 0
		d.state++
	}
	return ok
}
