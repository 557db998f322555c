package py

// MinAny is min(a, b, ...) of values of dynamic or mixed types (an int
// and a float): the first of the smallest, compared with Python's <,
// which raises TypeError for values that do not order.
func MinAny(first any, rest ...any) any { return extremeOf(first, rest, "<") }

// MaxAny is max(a, b, ...) of values of dynamic or mixed types: the
// first of the largest, compared with Python's >.
func MaxAny(first any, rest ...any) any { return extremeOf(first, rest, ">") }

// MinIter is min(v) of an iterable of dynamic type or of items of mixed
// types (or of none at all): ValueError when it is empty.
func MinIter(v any) any { return extremeIn(v, "min", "<") }

// MaxIter is max(v) of an iterable of dynamic type or mixed items.
func MaxIter(v any) any { return extremeIn(v, "max", ">") }

// extremeOf keeps the current value unless a later one compares better
// (CPython's min_max: `item op best`, in that order, so that a TypeError
// names the operand types as CPython does).
func extremeOf(best any, rest []any, op string) any {
	for _, v := range rest {
		if compare(v, best, op) {
			best = v
		}
	}
	return best
}

func extremeIn(v any, name, op string) any {
	var best any
	found := false
	for x := range Iter(v) {
		if !found {
			best, found = x, true
		} else if compare(x, best, op) {
			best = x
		}
	}
	if !found {
		Raise(ValueError.New(name + "() arg is an empty sequence"))
	}
	return best
}

// MinBy is min(l, key=key): the first item whose key is smallest, with
// each item's key computed once, in order, as CPython does; ValueError
// when l is empty. Keys compare with Python's <.
func MinBy[T, K any](l *List[T], key func(T) K) T { return extremeBy(l, key, nil, "min", "<") }

// MaxBy is max(l, key=key).
func MaxBy[T, K any](l *List[T], key func(T) K) T { return extremeBy(l, key, nil, "max", ">") }

// MinByOr is min(l, key=key, default=def); generated code passes Val as
// the key of min(l, default=def).
func MinByOr[T, K any](l *List[T], key func(T) K, def T) T {
	return extremeBy(l, key, &def, "min", "<")
}

// MaxByOr is max(l, key=key, default=def).
func MaxByOr[T, K any](l *List[T], key func(T) K, def T) T {
	return extremeBy(l, key, &def, "max", ">")
}

func extremeBy[T, K any](l *List[T], key func(T) K, def *T, name, op string) T {
	if len(l.Items) == 0 {
		if def != nil {
			return *def
		}
		Raise(ValueError.New(name + "() arg is an empty sequence"))
	}
	best := l.Items[0]
	bestKey := key(best)
	for i := 1; i < len(l.Items); i++ {
		v := l.Items[i]
		if k := key(v); compare(k, bestKey, op) {
			best, bestKey = v, k
		}
	}
	return best
}

// MinOrdered is min(l) of instances of the program's classes, which
// compare through their methods (or raise TypeError): the first of the
// smallest by Python's <.
func MinOrdered[T any](l *List[T]) T {
	return extreme(l, "min", func(a, b T) bool { return Lt(a, b) })
}

// MaxOrdered is max(l) of instances of the program's classes: the first
// of the largest by Python's >.
func MaxOrdered[T any](l *List[T]) T {
	return extreme(l, "max", func(a, b T) bool { return Gt(a, b) })
}
