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
