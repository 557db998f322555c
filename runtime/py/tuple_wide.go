package py

import "iter"

// Tuple4 to Tuple8 are the wider tuples of static element types
// (records such as (id, name, price, qty)); like Tuple2 their fields
// V0... are t[0]... and they are comparable when their items are, so
// they can key a dict.
type (
	Tuple4[T0, T1, T2, T3 any] struct {
		V0 T0
		V1 T1
		V2 T2
		V3 T3
	}
	Tuple5[T0, T1, T2, T3, T4 any] struct {
		V0 T0
		V1 T1
		V2 T2
		V3 T3
		V4 T4
	}
	Tuple6[T0, T1, T2, T3, T4, T5 any] struct {
		V0 T0
		V1 T1
		V2 T2
		V3 T3
		V4 T4
		V5 T5
	}
	Tuple7[T0, T1, T2, T3, T4, T5, T6 any] struct {
		V0 T0
		V1 T1
		V2 T2
		V3 T3
		V4 T4
		V5 T5
		V6 T6
	}
	Tuple8[T0, T1, T2, T3, T4, T5, T6, T7 any] struct {
		V0 T0
		V1 T1
		V2 T2
		V3 T3
		V4 T4
		V5 T5
		V6 T6
		V7 T7
	}
)

// items lists a tuple's fields as anys, for the dynamic helpers.
func (t Tuple4[T0, T1, T2, T3]) items() []any { return []any{t.V0, t.V1, t.V2, t.V3} }
func (t Tuple5[T0, T1, T2, T3, T4]) items() []any {
	return []any{t.V0, t.V1, t.V2, t.V3, t.V4}
}
func (t Tuple6[T0, T1, T2, T3, T4, T5]) items() []any {
	return []any{t.V0, t.V1, t.V2, t.V3, t.V4, t.V5}
}

func (t Tuple4[T0, T1, T2, T3]) PyRepr() string         { return tupleRepr(t.items()...) }
func (t Tuple5[T0, T1, T2, T3, T4]) PyRepr() string     { return tupleRepr(t.items()...) }
func (t Tuple6[T0, T1, T2, T3, T4, T5]) PyRepr() string { return tupleRepr(t.items()...) }

func (Tuple4[T0, T1, T2, T3]) PyLen() int         { return 4 }
func (Tuple5[T0, T1, T2, T3, T4]) PyLen() int     { return 5 }
func (Tuple6[T0, T1, T2, T3, T4, T5]) PyLen() int { return 6 }

func (t Tuple4[T0, T1, T2, T3]) PyItem(i int) any         { return t.items()[i] }
func (t Tuple5[T0, T1, T2, T3, T4]) PyItem(i int) any     { return t.items()[i] }
func (t Tuple6[T0, T1, T2, T3, T4, T5]) PyItem(i int) any { return t.items()[i] }

func (Tuple4[T0, T1, T2, T3]) PyTypeName() string         { return "tuple" }
func (Tuple5[T0, T1, T2, T3, T4]) PyTypeName() string     { return "tuple" }
func (Tuple6[T0, T1, T2, T3, T4, T5]) PyTypeName() string { return "tuple" }

func (t Tuple4[T0, T1, T2, T3]) PyIter() iter.Seq[any]         { return seqIter(t) }
func (t Tuple5[T0, T1, T2, T3, T4]) PyIter() iter.Seq[any]     { return seqIter(t) }
func (t Tuple6[T0, T1, T2, T3, T4, T5]) PyIter() iter.Seq[any] { return seqIter(t) }

// PyConvert and pyKeyAs convert each item as Tuple2's do.
func (Tuple4[T0, T1, T2, T3]) PyConvert(v any) (any, bool) {
	return tuple4As[T0, T1, T2, T3](v, Convert, Convert, Convert, Convert)
}
func (Tuple4[T0, T1, T2, T3]) pyKeyAs(v any) (any, bool) {
	return tuple4As[T0, T1, T2, T3](v, keyAs, keyAs, keyAs, keyAs)
}
func (Tuple5[T0, T1, T2, T3, T4]) PyConvert(v any) (any, bool) {
	return tuple5As[T0, T1, T2, T3, T4](v, Convert, Convert, Convert, Convert, Convert)
}
func (Tuple5[T0, T1, T2, T3, T4]) pyKeyAs(v any) (any, bool) {
	return tuple5As[T0, T1, T2, T3, T4](v, keyAs, keyAs, keyAs, keyAs, keyAs)
}
func (Tuple6[T0, T1, T2, T3, T4, T5]) PyConvert(v any) (any, bool) {
	return tuple6As[T0, T1, T2, T3, T4, T5](v, Convert, Convert, Convert, Convert, Convert, Convert)
}
func (Tuple6[T0, T1, T2, T3, T4, T5]) pyKeyAs(v any) (any, bool) {
	return tuple6As[T0, T1, T2, T3, T4, T5](v, keyAs, keyAs, keyAs, keyAs, keyAs, keyAs)
}

// conv is Convert or keyAs for one item type.
type conv[T any] func(any) (T, bool)

func tuple4As[T0, T1, T2, T3 any](v any, c0 conv[T0], c1 conv[T1], c2 conv[T2], c3 conv[T3]) (any, bool) {
	s, ok := tupleOf(v, 4)
	if !ok {
		return nil, false
	}
	x0, ok0 := c0(s.PyItem(0))
	x1, ok1 := c1(s.PyItem(1))
	x2, ok2 := c2(s.PyItem(2))
	x3, ok3 := c3(s.PyItem(3))
	return Tuple4[T0, T1, T2, T3]{x0, x1, x2, x3}, ok0 && ok1 && ok2 && ok3
}

func tuple5As[T0, T1, T2, T3, T4 any](v any, c0 conv[T0], c1 conv[T1], c2 conv[T2], c3 conv[T3], c4 conv[T4]) (any, bool) {
	s, ok := tupleOf(v, 5)
	if !ok {
		return nil, false
	}
	x0, ok0 := c0(s.PyItem(0))
	x1, ok1 := c1(s.PyItem(1))
	x2, ok2 := c2(s.PyItem(2))
	x3, ok3 := c3(s.PyItem(3))
	x4, ok4 := c4(s.PyItem(4))
	return Tuple5[T0, T1, T2, T3, T4]{x0, x1, x2, x3, x4}, ok0 && ok1 && ok2 && ok3 && ok4
}

func tuple6As[T0, T1, T2, T3, T4, T5 any](v any, c0 conv[T0], c1 conv[T1], c2 conv[T2], c3 conv[T3], c4 conv[T4], c5 conv[T5]) (any, bool) {
	s, ok := tupleOf(v, 6)
	if !ok {
		return nil, false
	}
	x0, ok0 := c0(s.PyItem(0))
	x1, ok1 := c1(s.PyItem(1))
	x2, ok2 := c2(s.PyItem(2))
	x3, ok3 := c3(s.PyItem(3))
	x4, ok4 := c4(s.PyItem(4))
	x5, ok5 := c5(s.PyItem(5))
	return Tuple6[T0, T1, T2, T3, T4, T5]{x0, x1, x2, x3, x4, x5}, ok0 && ok1 && ok2 && ok3 && ok4 && ok5
}

// Tuple7 and Tuple8: the same, wider.

func (t Tuple7[T0, T1, T2, T3, T4, T5, T6]) items() []any {
	return []any{t.V0, t.V1, t.V2, t.V3, t.V4, t.V5, t.V6}
}

func (t Tuple7[T0, T1, T2, T3, T4, T5, T6]) PyRepr() string { return tupleRepr(t.items()...) }

func (Tuple7[T0, T1, T2, T3, T4, T5, T6]) PyLen() int { return 7 }

func (t Tuple7[T0, T1, T2, T3, T4, T5, T6]) PyItem(i int) any { return t.items()[i] }

func (Tuple7[T0, T1, T2, T3, T4, T5, T6]) PyTypeName() string { return "tuple" }

func (t Tuple7[T0, T1, T2, T3, T4, T5, T6]) PyIter() iter.Seq[any] { return seqIter(t) }

func (Tuple7[T0, T1, T2, T3, T4, T5, T6]) PyConvert(v any) (any, bool) {
	return tuple7As[T0, T1, T2, T3, T4, T5, T6](v, Convert, Convert, Convert, Convert, Convert, Convert, Convert)
}

func (Tuple7[T0, T1, T2, T3, T4, T5, T6]) pyKeyAs(v any) (any, bool) {
	return tuple7As[T0, T1, T2, T3, T4, T5, T6](v, keyAs, keyAs, keyAs, keyAs, keyAs, keyAs, keyAs)
}

func tuple7As[T0, T1, T2, T3, T4, T5, T6 any](v any, c0 conv[T0], c1 conv[T1], c2 conv[T2], c3 conv[T3], c4 conv[T4], c5 conv[T5], c6 conv[T6]) (any, bool) {
	s, ok := tupleOf(v, 7)
	if !ok {
		return nil, false
	}
	x0, ok0 := c0(s.PyItem(0))
	x1, ok1 := c1(s.PyItem(1))
	x2, ok2 := c2(s.PyItem(2))
	x3, ok3 := c3(s.PyItem(3))
	x4, ok4 := c4(s.PyItem(4))
	x5, ok5 := c5(s.PyItem(5))
	x6, ok6 := c6(s.PyItem(6))
	return Tuple7[T0, T1, T2, T3, T4, T5, T6]{x0, x1, x2, x3, x4, x5, x6}, ok0 && ok1 && ok2 && ok3 && ok4 && ok5 && ok6
}

func (t Tuple8[T0, T1, T2, T3, T4, T5, T6, T7]) items() []any {
	return []any{t.V0, t.V1, t.V2, t.V3, t.V4, t.V5, t.V6, t.V7}
}

func (t Tuple8[T0, T1, T2, T3, T4, T5, T6, T7]) PyRepr() string { return tupleRepr(t.items()...) }

func (Tuple8[T0, T1, T2, T3, T4, T5, T6, T7]) PyLen() int { return 8 }

func (t Tuple8[T0, T1, T2, T3, T4, T5, T6, T7]) PyItem(i int) any { return t.items()[i] }

func (Tuple8[T0, T1, T2, T3, T4, T5, T6, T7]) PyTypeName() string { return "tuple" }

func (t Tuple8[T0, T1, T2, T3, T4, T5, T6, T7]) PyIter() iter.Seq[any] { return seqIter(t) }

func (Tuple8[T0, T1, T2, T3, T4, T5, T6, T7]) PyConvert(v any) (any, bool) {
	return tuple8As[T0, T1, T2, T3, T4, T5, T6, T7](v, Convert, Convert, Convert, Convert, Convert, Convert, Convert, Convert)
}

func (Tuple8[T0, T1, T2, T3, T4, T5, T6, T7]) pyKeyAs(v any) (any, bool) {
	return tuple8As[T0, T1, T2, T3, T4, T5, T6, T7](v, keyAs, keyAs, keyAs, keyAs, keyAs, keyAs, keyAs, keyAs)
}

func tuple8As[T0, T1, T2, T3, T4, T5, T6, T7 any](v any, c0 conv[T0], c1 conv[T1], c2 conv[T2], c3 conv[T3], c4 conv[T4], c5 conv[T5], c6 conv[T6], c7 conv[T7]) (any, bool) {
	s, ok := tupleOf(v, 8)
	if !ok {
		return nil, false
	}
	x0, ok0 := c0(s.PyItem(0))
	x1, ok1 := c1(s.PyItem(1))
	x2, ok2 := c2(s.PyItem(2))
	x3, ok3 := c3(s.PyItem(3))
	x4, ok4 := c4(s.PyItem(4))
	x5, ok5 := c5(s.PyItem(5))
	x6, ok6 := c6(s.PyItem(6))
	x7, ok7 := c7(s.PyItem(7))
	return Tuple8[T0, T1, T2, T3, T4, T5, T6, T7]{x0, x1, x2, x3, x4, x5, x6, x7}, ok0 && ok1 && ok2 && ok3 && ok4 && ok5 && ok6 && ok7
}
