package py

// copy.copy and copy.deepcopy of the runtime's values. A deep copy keeps
// CPython's sharing: an object reached twice is copied once (the memo,
// keyed by the original's pointer). Instances of the program's classes
// and exceptions are not copied by this path.

// deepCopier is a container that copies itself deeply.
type deepCopier interface {
	pyDeepCopy(memo map[any]any) any
}

// DeepCopy is copy.deepcopy(x).
func DeepCopy[T any](x T) T { return asCopy[T](deepCopy(x, map[any]any{})) }

// asCopy is a copy as its original's Go type (nil stays the zero value:
// None held as any).
func asCopy[T any](v any) T {
	if v == nil {
		var zero T
		return zero
	}
	return v.(T)
}

func deepCopy(x any, memo map[any]any) any {
	if isNilInstance(x) {
		return x
	}
	switch v := x.(type) {
	case nil, NoneType, bool, int, float64, string:
		return x
	case deepCopier:
		if c, ok := memo[x]; ok {
			return c
		}
		return v.pyDeepCopy(memo)
	}
	Unsupported("copy.deepcopy() of a value of type " + TypeName(x))
	return nil
}

// CopyAny is copy.copy(x) of a value of type any: a new list, dict or
// set holding the same items; an immutable value itself.
func CopyAny(x any) any {
	switch v := x.(type) {
	case nil, NoneType, bool, int, float64, string:
		return x
	case interface{ pyShallowCopy() any }:
		return v.pyShallowCopy()
	}
	if isTuple(x) {
		return x
	}
	Unsupported("copy.copy() of a value of type " + TypeName(x))
	return nil
}

func (l *List[T]) pyShallowCopy() any    { return l.Copy() }
func (d *Dict[K, V]) pyShallowCopy() any { return d.Copy() }
func (s *Set[T]) pyShallowCopy() any     { return s.Copy() }

func (l *List[T]) pyDeepCopy(memo map[any]any) any {
	out := &List[T]{Items: make([]T, len(l.Items)), deque: l.deque}
	memo[l] = out
	for i, x := range l.Items {
		out.Items[i] = asCopy[T](deepCopy(x, memo))
	}
	return out
}

func (d *Dict[K, V]) pyDeepCopy(memo map[any]any) any {
	out := &Dict[K, V]{index: make(map[K]int, len(d.index)), keyer: newKeyer[K](), flavor: d.flavor}
	if d.flavor == environFlavor {
		out.flavor = nil
	}
	memo[d] = out
	for k, v := range d.All() {
		out.Set(asCopy[K](deepCopy(k, memo)), asCopy[V](deepCopy(v, memo)))
	}
	return out
}

func (s *Set[T]) pyDeepCopy(memo map[any]any) any {
	out := s.Copy() // elements are hashable, so immutable
	memo[s] = out
	return out
}

func (t Tuple) pyDeepCopy(memo map[any]any) any {
	out := make(Tuple, len(t))
	for i, x := range t {
		out[i] = deepCopy(x, memo)
	}
	return out
}

func (t Tuple1[T0]) pyDeepCopy(memo map[any]any) any {
	return Tuple1[T0]{asCopy[T0](deepCopy(t.V0, memo))}
}

func (t Tuple2[T0, T1]) pyDeepCopy(memo map[any]any) any {
	return Tuple2[T0, T1]{asCopy[T0](deepCopy(t.V0, memo)), asCopy[T1](deepCopy(t.V1, memo))}
}

func (t Tuple3[T0, T1, T2]) pyDeepCopy(memo map[any]any) any {
	return Tuple3[T0, T1, T2]{asCopy[T0](deepCopy(t.V0, memo)), asCopy[T1](deepCopy(t.V1, memo)), asCopy[T2](deepCopy(t.V2, memo))}
}

func (t Tuple4[T0, T1, T2, T3]) pyDeepCopy(memo map[any]any) any {
	return Tuple4[T0, T1, T2, T3]{asCopy[T0](deepCopy(t.V0, memo)), asCopy[T1](deepCopy(t.V1, memo)),
		asCopy[T2](deepCopy(t.V2, memo)), asCopy[T3](deepCopy(t.V3, memo))}
}

func (t Tuple5[T0, T1, T2, T3, T4]) pyDeepCopy(memo map[any]any) any {
	return Tuple5[T0, T1, T2, T3, T4]{asCopy[T0](deepCopy(t.V0, memo)), asCopy[T1](deepCopy(t.V1, memo)),
		asCopy[T2](deepCopy(t.V2, memo)), asCopy[T3](deepCopy(t.V3, memo)), asCopy[T4](deepCopy(t.V4, memo))}
}

func (t Tuple6[T0, T1, T2, T3, T4, T5]) pyDeepCopy(memo map[any]any) any {
	return Tuple6[T0, T1, T2, T3, T4, T5]{asCopy[T0](deepCopy(t.V0, memo)), asCopy[T1](deepCopy(t.V1, memo)),
		asCopy[T2](deepCopy(t.V2, memo)), asCopy[T3](deepCopy(t.V3, memo)), asCopy[T4](deepCopy(t.V4, memo)),
		asCopy[T5](deepCopy(t.V5, memo))}
}

func (t Tuple7[T0, T1, T2, T3, T4, T5, T6]) pyDeepCopy(memo map[any]any) any {
	return Tuple7[T0, T1, T2, T3, T4, T5, T6]{asCopy[T0](deepCopy(t.V0, memo)), asCopy[T1](deepCopy(t.V1, memo)), asCopy[T2](deepCopy(t.V2, memo)), asCopy[T3](deepCopy(t.V3, memo)), asCopy[T4](deepCopy(t.V4, memo)), asCopy[T5](deepCopy(t.V5, memo)), asCopy[T6](deepCopy(t.V6, memo))}
}

func (t Tuple8[T0, T1, T2, T3, T4, T5, T6, T7]) pyDeepCopy(memo map[any]any) any {
	return Tuple8[T0, T1, T2, T3, T4, T5, T6, T7]{asCopy[T0](deepCopy(t.V0, memo)), asCopy[T1](deepCopy(t.V1, memo)), asCopy[T2](deepCopy(t.V2, memo)), asCopy[T3](deepCopy(t.V3, memo)), asCopy[T4](deepCopy(t.V4, memo)), asCopy[T5](deepCopy(t.V5, memo)), asCopy[T6](deepCopy(t.V6, memo)), asCopy[T7](deepCopy(t.V7, memo))}
}
