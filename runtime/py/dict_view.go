package py

import "iter"

// dictView is d.keys(), d.values() or d.items() of a dict held as any (a
// dict of static type has its views where they are iterated at once,
// codegen's emit_views.go): a live view of d that iterates, measures,
// tests membership and prints as CPython's; comparing one stops the
// program as unsupported.
type dictView[K comparable, V any] struct {
	d    *Dict[K, V]
	kind string // "keys", "values" or "items"
}

// PyTypeName is dict_keys, dict_values or dict_items (odict_... for an
// OrderedDict's).
func (v *dictView[K, V]) PyTypeName() string {
	if v.d.flavor == orderedFlavor {
		return "odict_" + v.kind
	}
	return "dict_" + v.kind
}

// PyLen is len(view).
func (v *dictView[K, V]) PyLen() int { return v.d.Len() }

// PyIter iterates over the keys, the values or the (key, value) tuples,
// raising RuntimeError when the dict changes size meanwhile.
func (v *dictView[K, V]) PyIter() iter.Seq[any] {
	return func(yield func(any) bool) {
		for k, val := range v.d.All() {
			var x any
			switch v.kind {
			case "keys":
				x = k
			case "values":
				x = val
			default:
				x = Tuple{k, val}
			}
			if !yield(x) {
				return
			}
		}
	}
}

// PyContains is `x in view`.
func (v *dictView[K, V]) PyContains(x any) bool {
	switch v.kind {
	case "keys":
		return v.d.PyContains(x)
	case "items":
		pair, ok := tupleOf(x, 2)
		if !ok {
			return false
		}
		val, found := v.d.PyLookup(pair.PyItem(0))
		return found && sameOrEq(val, pair.PyItem(1))
	}
	for val := range v.PyIter() {
		if sameOrEq(val, x) {
			return true
		}
	}
	return false
}

// PyRepr is CPython's: dict_items([('a', 1)]).
func (v *dictView[K, V]) PyRepr() string {
	return v.PyTypeName() + "(" + Repr(ListFrom(v.PyIter())) + ")"
}

// PyEq stops the program: CPython compares keys and items views as sets,
// which this view does not.
func (v *dictView[K, V]) PyEq(other any) bool {
	Unsupported("comparing a dict view")
	return false
}
