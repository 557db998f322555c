package py

import "iter"

// Tuple1, Tuple2 and Tuple3 are Python tuples of static element types;
// fields V0, V1, V2 are t[0], t[1], t[2].
type (
	Tuple1[T0 any]     struct{ V0 T0 }
	Tuple2[T0, T1 any] struct {
		V0 T0
		V1 T1
	}
	Tuple3[T0, T1, T2 any] struct {
		V0 T0
		V1 T1
		V2 T2
	}
)

// Tuple is a tuple of any length and mixed or unknown element types.
type Tuple []any

// Tuple0 is the empty tuple ().
type Tuple0 struct{}

func (Tuple0) PyRepr() string     { return "()" }
func (Tuple0) PyLen() int         { return 0 }
func (Tuple0) PyTypeName() string { return "tuple" }
func (Tuple0) PyItem(int) any {
	Raise(IndexError.New("tuple index out of range"))
	return nil
}
func (t Tuple0) PyIter() iter.Seq[any] { return seqIter(t) }

// PyConvert and pyKeyAs take another empty tuple (a named tuple has
// fields).
func (Tuple0) PyConvert(v any) (any, bool) {
	_, ok := tupleOf(v, 0)
	return Tuple0{}, ok
}
func (t Tuple0) pyKeyAs(v any) (any, bool) { return t.PyConvert(v) }

// PyRepr is repr(t): "(1,)".
func (t Tuple1[T0]) PyRepr() string { return tupleRepr(t.V0) }

// PyRepr is repr(t): "(1, 'a')".
func (t Tuple2[T0, T1]) PyRepr() string { return tupleRepr(t.V0, t.V1) }

// PyRepr is repr(t): "(1, 'a', 2.0)".
func (t Tuple3[T0, T1, T2]) PyRepr() string { return tupleRepr(t.V0, t.V1, t.V2) }

// PyRepr is repr(t): "()", "(1,)", "(1, 2)".
func (t Tuple) PyRepr() string { return tupleRepr(t...) }

// PyLen and PyItem give dynamic helpers (Len, Eq, Lt) element access.
func (t Tuple1[T0]) PyLen() int         { return 1 }
func (t Tuple2[T0, T1]) PyLen() int     { return 2 }
func (t Tuple3[T0, T1, T2]) PyLen() int { return 3 }
func (t Tuple) PyLen() int              { return len(t) }

func (t Tuple1[T0]) PyItem(int) any { return t.V0 }
func (t Tuple2[T0, T1]) PyItem(i int) any {
	if i == 0 {
		return t.V0
	}
	return t.V1
}
func (t Tuple3[T0, T1, T2]) PyItem(i int) any {
	switch i {
	case 0:
		return t.V0
	case 1:
		return t.V1
	}
	return t.V2
}
func (t Tuple) PyItem(i int) any { return t[i] }

// PyTypeName is "tuple".
func (Tuple1[T0]) PyTypeName() string         { return "tuple" }
func (Tuple2[T0, T1]) PyTypeName() string     { return "tuple" }
func (Tuple3[T0, T1, T2]) PyTypeName() string { return "tuple" }
func (Tuple) PyTypeName() string              { return "tuple" }

// PyIter iterates over the items as anys (PyIterable).
func (t Tuple1[T0]) PyIter() iter.Seq[any]         { return seqIter(t) }
func (t Tuple2[T0, T1]) PyIter() iter.Seq[any]     { return seqIter(t) }
func (t Tuple3[T0, T1, T2]) PyIter() iter.Seq[any] { return seqIter(t) }
func (t Tuple) PyIter() iter.Seq[any]              { return seqIter(t) }

func seqIter(s PySequence) iter.Seq[any] {
	return func(yield func(any) bool) {
		for i := 0; i < s.PyLen(); i++ {
			if !yield(s.PyItem(i)) {
				return
			}
		}
	}
}

// PyConvert makes a tuple of the receiver's Go type of a tuple of the
// same length and other item types (PyConverter).
func (Tuple1[T0]) PyConvert(v any) (any, bool) {
	s, ok := tupleOf(v, 1)
	if !ok {
		return nil, false
	}
	x0, ok := Convert[T0](s.PyItem(0))
	return Tuple1[T0]{x0}, ok
}

func (Tuple2[T0, T1]) PyConvert(v any) (any, bool) {
	s, ok := tupleOf(v, 2)
	if !ok {
		return nil, false
	}
	x0, ok0 := Convert[T0](s.PyItem(0))
	x1, ok1 := Convert[T1](s.PyItem(1))
	return Tuple2[T0, T1]{x0, x1}, ok0 && ok1
}

func (Tuple3[T0, T1, T2]) PyConvert(v any) (any, bool) {
	s, ok := tupleOf(v, 3)
	if !ok {
		return nil, false
	}
	x0, ok0 := Convert[T0](s.PyItem(0))
	x1, ok1 := Convert[T1](s.PyItem(1))
	x2, ok2 := Convert[T2](s.PyItem(2))
	return Tuple3[T0, T1, T2]{x0, x1, x2}, ok0 && ok1 && ok2
}

func (Tuple) PyConvert(v any) (any, bool) {
	s, ok := tupleOf(v, -1)
	if !ok {
		return nil, false
	}
	return tupleItems(s), true
}

func (Tuple1[T0]) pyKeyAs(v any) (any, bool) {
	s, ok := tupleOf(v, 1)
	if !ok {
		return nil, false
	}
	x0, ok := keyAs[T0](s.PyItem(0))
	return Tuple1[T0]{x0}, ok
}

func (Tuple2[T0, T1]) pyKeyAs(v any) (any, bool) {
	s, ok := tupleOf(v, 2)
	if !ok {
		return nil, false
	}
	x0, ok0 := keyAs[T0](s.PyItem(0))
	x1, ok1 := keyAs[T1](s.PyItem(1))
	return Tuple2[T0, T1]{x0, x1}, ok0 && ok1
}

func (Tuple3[T0, T1, T2]) pyKeyAs(v any) (any, bool) {
	s, ok := tupleOf(v, 3)
	if !ok {
		return nil, false
	}
	x0, ok0 := keyAs[T0](s.PyItem(0))
	x1, ok1 := keyAs[T1](s.PyItem(1))
	x2, ok2 := keyAs[T2](s.PyItem(2))
	return Tuple3[T0, T1, T2]{x0, x1, x2}, ok0 && ok1 && ok2
}

// tupleOf returns v as a tuple of n items (any number for n < 0).
func tupleOf(v any, n int) (PySequence, bool) {
	if !isTuple(v) || n >= 0 && v.(PySequence).PyLen() != n {
		return nil, false
	}
	return v.(PySequence), true
}

func tupleRepr(items ...any) string {
	b := []byte{'('}
	for i, x := range items {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = appendRepr(b, x)
	}
	if len(items) == 1 {
		b = append(b, ',')
	}
	return string(append(b, ')'))
}

// Pairs is the items of a list of pairs as a for loop with two targets
// iterates them: `for name, delay in jobs`.
func Pairs[A, B any](items []Tuple2[A, B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		for _, p := range items {
			if !yield(p.V0, p.V1) {
				return
			}
		}
	}
}

// Unpack2 is `a, b = t` for a pair held in a value.
func Unpack2[A, B any](t Tuple2[A, B]) (A, B) { return t.V0, t.V1 }

// Unpack3 is `a, b, c = t` for a triple held in a value.
func Unpack3[A, B, C any](t Tuple3[A, B, C]) (A, B, C) { return t.V0, t.V1, t.V2 }
