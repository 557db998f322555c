package py

import "slices"

// A list's (or a deque's) operations on the dynamic path, for a list
// held as any, are written once here over anyList rather than as methods
// of List[T]: every method of a generic type is compiled for each
// element type a program uses, whether called or not, and these are big
// and rarely called. The methods List[T] keeps for the dynamic protocol
// only hand themselves to the functions below.

// anyList is what the dynamic path needs of a List[T]: its items as
// anys, and changes that take items as anys, converting each to T.
type anyList interface {
	PySequence
	dequeOf() *dequeInfo // nil for a list
	// fits reports whether x converts to the element type.
	fits(x any) bool
	// zeroItem is the element type's zero value, to name the type.
	zeroItem() any
	// setAt and insertAt store x, which must fit, at index i.
	setAt(i int, x any)
	insertAt(i int, x any)
	deleteRange(lo, hi int)
	pyShallowCopy() any
	// widened is a copy whose items are anys, a deque still.
	widened() *List[any]
}

func (l *List[T]) dequeOf() *dequeInfo { return l.deque }

func (l *List[T]) fits(x any) bool {
	_, ok := Convert[T](x)
	return ok
}

func (l *List[T]) zeroItem() any {
	var zero T
	return zero
}

func (l *List[T]) setAt(i int, x any) {
	v, _ := Convert[T](x)
	l.Items[i] = v
}

func (l *List[T]) insertAt(i int, x any) {
	v, _ := Convert[T](x)
	l.Items = slices.Insert(l.Items, i, v)
}

func (l *List[T]) deleteRange(lo, hi int) { l.Items = slices.Delete(l.Items, lo, hi) }

func (l *List[T]) widened() *List[any] {
	out := &List[any]{Items: make([]any, len(l.Items)), deque: l.deque}
	for i, x := range l.Items {
		out.Items[i] = x
	}
	return out
}

// PyCallMethod calls a list's (or a deque's) method by name.
func (l *List[T]) PyCallMethod(name string, args []any) (any, bool) {
	return callListMethod(l, name, args)
}

// PySetItem is l[i] = v for a list or deque held as any.
func (l *List[T]) PySetItem(k, v any) { setListItem(l, k, v) }

// PyDelItem is del l[i] for a list or deque held as any.
func (l *List[T]) PyDelItem(k any) { delListItem(l, k) }

// PyConcat is l + other for a list held as any: other may be a list of
// any element type. The result has l's Go type when every item of other
// fits it, else it is a *List[any].
func (l *List[T]) PyConcat(other any) (any, bool) { return concatList(l, other) }

// PyExtend is l.extend(other) (and l += other) for an iterable of any
// type, whose items inference has made fit l's element type.
func (l *List[T]) PyExtend(other any) { extendList(l, other) }

func callListMethod(l anyList, name string, args []any) (any, bool) {
	method := l.PyTypeName() + "." + name
	d := l.dequeOf()
	if d != nil {
		switch name {
		case "appendleft":
			arity(method, args, 1)
			checkArg(l, args[0], method)
			if d.full(l.PyLen()) {
				if l.PyLen() == 0 {
					return None, true // maxlen=0 keeps nothing
				}
				l.deleteRange(l.PyLen()-1, l.PyLen())
			}
			l.insertAt(0, args[0])
			return None, true
		case "popleft":
			arity(method, args, 0)
			if l.PyLen() == 0 {
				d.popEmpty()
			}
			v := l.PyItem(0)
			l.deleteRange(0, 1)
			return v, true
		case "append", "pop", "clear", "extend":
		default:
			return nil, false
		}
	}
	switch name {
	case "append":
		arity(method, args, 1)
		checkArg(l, args[0], method)
		appendListItem(l, args[0])
	case "extend":
		arity(method, args, 1)
		extendList(l, args[0])
	case "insert":
		arity(method, args, 2)
		i := intArg(args[0], method)
		checkArg(l, args[1], method)
		l.insertAt(insertIndex(d, i, l.PyLen()), args[1])
	case "pop":
		arity(method, args, 0, 1)
		i := -1
		if len(args) == 1 && d == nil {
			i = intArg(args[0], method)
		} else {
			arity(method, args, 0)
		}
		if l.PyLen() == 0 {
			d.popEmpty()
		}
		i = index(i, l.PyLen(), "pop index out of range")
		v := l.PyItem(i)
		l.deleteRange(i, i+1)
		return v, true
	case "remove":
		arity(method, args, 1)
		RemoveAny(l, args[0])
	case "index":
		arity(method, args, 1)
		return IndexAny(l, args[0]), true
	case "count":
		arity(method, args, 1)
		return CountAny(l, args[0]), true
	case "clear":
		arity(method, args, 0)
		l.deleteRange(0, l.PyLen())
	case "copy":
		arity(method, args, 0)
		return l.pyShallowCopy(), true
	case "reverse":
		arity(method, args, 0)
		items := listItems(l)
		for i, x := range items {
			l.setAt(len(items)-1-i, x)
		}
	case "sort":
		arity(method, args, 0)
		items := listItems(l)
		defer func() { // also when a comparison raises: the items as far as sorted
			for i, x := range items {
				l.setAt(i, x)
			}
		}()
		sortList(items, false)
	default:
		return nil, false
	}
	return None, true
}

// checkArg stops the program when an argument of a method called by name
// does not fit the list's element type (convertArg).
func checkArg(l anyList, x any, method string) {
	if !l.fits(x) {
		Unsupported("passing a value of type " + TypeName(x) + " to " + method + " of a container held as a dynamic value")
	}
}

// listItems is a copy of the items of l.
func listItems(l PySequence) []any {
	items := make([]any, l.PyLen())
	for i := range items {
		items[i] = l.PyItem(i)
	}
	return items
}

// appendListItem appends x, which fits; a full deque drops its leftmost
// item.
func appendListItem(l anyList, x any) {
	if d := l.dequeOf(); d != nil && d.full(l.PyLen()) {
		if l.PyLen() == 0 {
			return // maxlen=0 keeps nothing
		}
		l.deleteRange(0, 1)
	}
	l.insertAt(l.PyLen(), x)
}

// extendList appends the items of other, all of which must fit (a
// TypeError otherwise, and l unchanged); they are taken before any is
// appended, so that l.extend(l) doubles l.
func extendList(l anyList, other any) {
	items := slices.Collect(Iter(other))
	for _, x := range items {
		if !l.fits(x) {
			Raise(TypeError.New("expected " + TypeName(l.zeroItem()) + ", got " + TypeName(x)))
		}
	}
	for _, x := range items {
		appendListItem(l, x)
	}
}

func setListItem(l anyList, k, v any) {
	i := intIndex(l.PyTypeName(), k)
	checkArg(l, v, l.PyTypeName()+".__setitem__")
	l.setAt(index(i, l.PyLen(), assignRangeMsg(l.dequeOf())), v)
}

func delListItem(l anyList, k any) {
	i := index(intIndex(l.PyTypeName(), k), l.PyLen(), assignRangeMsg(l.dequeOf()))
	l.deleteRange(i, i+1)
}

func concatList(l anyList, other any) (any, bool) {
	s, ok := other.(PySequence)
	if !ok || s.PyTypeName() != l.PyTypeName() {
		return nil, false // list + deque is a TypeError
	}
	items := listItems(s)
	out := anyList(l.widened())
	if !slices.ContainsFunc(items, func(x any) bool { return !l.fits(x) }) {
		out = l.pyShallowCopy().(anyList)
	}
	for _, x := range items {
		appendListItem(out, x)
	}
	return out, true
}

// repeatListInPlace is l *= n: l holds its items n times (a deque the
// last maxlen of them).
func repeatListInPlace(l anyList, n int) {
	items := listItems(l)
	if n <= 0 {
		l.deleteRange(0, len(items))
		return
	}
	for range n - 1 {
		for _, x := range items {
			appendListItem(l, x)
		}
	}
}
