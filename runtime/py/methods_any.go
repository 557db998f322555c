package py

import (
	"slices"
	"strconv"
	"strings"
)

// The methods of the runtime's dicts and sets (and, in list_any.go, of
// its lists and deques) called by name on a value of type any
// (CallMethod). Values reached that way hold
// items of type any (inference widens the element types of a container
// that becomes a dynamic value), so an item always converts; where one
// would not, or a call has another number of arguments than handled
// here, the program stops as unsupported rather than raise what CPython
// would not (its argument-count messages vary from method to method).

// pyMethodCaller is a value with methods callable by name.
type pyMethodCaller interface {
	PyCallMethod(name string, args []any) (result any, found bool)
}

// convertArg converts argument x of a method called by name.
func convertArg[T any](x any, method string) T {
	v, ok := Convert[T](x)
	if !ok {
		Unsupported("passing a value of type " + TypeName(x) + " to " + method + " of a container held as a dynamic value")
	}
	return v
}

// arity stops the program unless len(args) is one of counts.
func arity(method string, args []any, counts ...int) {
	for _, n := range counts {
		if len(args) == n {
			return
		}
	}
	Unsupported("calling " + method + " with " + strconv.Itoa(len(args)) + " arguments on a value held as a dynamic value")
}

// intArg is an int argument (bools count as ints).
func intArg(x any, method string) int {
	k, i, _ := numeric(x)
	if k != 1 {
		Unsupported("passing a value of type " + TypeName(x) + " as an index to " + method)
	}
	return i
}

// PyCallMethod calls a dict's method by name; the views (keys, values,
// items), which print as views, are left to the static path.
func (d *Dict[K, V]) PyCallMethod(name string, args []any) (any, bool) {
	method := d.PyTypeName() + "." + name
	switch name {
	case "get":
		arity(method, args, 1, 2)
		if v, ok := d.PyLookup(args[0]); ok {
			return v, true
		}
		if len(args) == 2 {
			return args[1], true
		}
		return None, true
	case "pop":
		arity(method, args, 1, 2)
		if k, ok := keyAs[K](args[0]); ok && d.Contains(k) {
			return d.Pop(k), true
		}
		checkHashable(args[0])
		if len(args) == 2 {
			return args[1], true
		}
		Raise(KeyError.New(args[0]))
	case "setdefault":
		arity(method, args, 1, 2)
		var def any = None
		if len(args) == 2 {
			def = args[1]
		}
		return d.SetDefault(convertArg[K](args[0], method), convertArg[V](def, method)), true
	case "update":
		arity(method, args, 1)
		d.PyUpdate(args[0])
	case "popitem":
		arity(method, args, 0)
		return d.PopItem(), true
	case "clear":
		arity(method, args, 0)
		d.Clear()
	case "copy":
		arity(method, args, 0)
		return d.Copy(), true
	case "keys", "values", "items":
		arity(method, args, 0)
		return &dictView[K, V]{d, name}, true
	case "subtract":
		arity(method, args, 1)
		d.counter(name).count(args[0], -1)
	case "most_common", "total", "elements":
		return counterMethod(d.counter(name), method, args), true
	default:
		return nil, false
	}
	return None, true
}

// counterMethod is c.most_common([n]), c.total() or c.elements() of a
// Counter held as any, through its PyMapping, so that Go compiles it once
// rather than for every dict type.
func counterMethod(c PyMapping, method string, args []any) any {
	var items []Tuple
	for k := range c.PyIter() {
		v, _ := c.PyLookup(k)
		items = append(items, Tuple{k, v})
	}
	switch {
	case strings.HasSuffix(method, ".total"):
		arity(method, args, 0)
		var sum any = 0
		for _, it := range items {
			sum = Add(sum, it[1])
		}
		return sum
	case strings.HasSuffix(method, ".elements"):
		arity(method, args, 0)
		var elems []any
		for _, it := range items {
			for range As[int](it[1]) {
				elems = append(elems, it[0])
			}
		}
		i := 0
		return newIterator("itertools.chain", func() (any, bool) {
			if i >= len(elems) {
				return nil, false
			}
			i++
			return elems[i-1], true
		})
	}
	arity(method, args, 0, 1)
	slices.SortStableFunc(items, func(a, b Tuple) int {
		switch {
		case Lt(b[1], a[1]):
			return -1
		case Lt(a[1], b[1]):
			return 1
		}
		return 0
	})
	if len(args) == 1 && !isNone(args[0]) {
		if n := intArg(args[0], method); n < len(items) {
			items = items[:max(n, 0)]
		}
	}
	out := NewList[any]()
	for _, it := range items {
		out.Append(it)
	}
	return out
}

// PySetItem is d[k] = v for a dict held as any.
func (d *Dict[K, V]) PySetItem(k, v any) {
	d.Set(convertArg[K](k, d.PyTypeName()+".__setitem__"), convertArg[V](v, d.PyTypeName()+".__setitem__"))
}

// PyDelItem is del d[k] for a dict held as any: KeyError for a key it
// does not have (one of another type cannot be among its keys).
func (d *Dict[K, V]) PyDelItem(k any) {
	checkHashable(k)
	key, ok := Convert[K](k)
	if !ok || !d.Contains(key) {
		Raise(KeyError.New(k))
	}
	d.Delete(key)
}

// PyCallMethod calls a set's method by name.
func (s *Set[T]) PyCallMethod(name string, args []any) (any, bool) {
	method := "set." + name
	if s.frozen && name != "copy" {
		return nil, false // a frozenset has no methods that change it
	}
	switch name {
	case "add":
		arity(method, args, 1)
		s.Add(convertArg[T](args[0], method))
	case "discard", "remove":
		arity(method, args, 1)
		checkHashable(args[0])
		x, ok := keyAs[T](args[0])
		switch {
		case ok && name == "discard":
			s.Discard(x)
		case ok:
			s.Remove(x)
		case name == "remove":
			Raise(KeyError.New(args[0]))
		}
	case "pop":
		arity(method, args, 0)
		return s.Pop(), true
	case "clear":
		arity(method, args, 0)
		s.Clear()
	case "copy":
		arity(method, args, 0)
		return s.Copy(), true
	default:
		return nil, false
	}
	return None, true
}
