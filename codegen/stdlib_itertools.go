package codegen

import (
	"strconv"
	"strings"

	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// itertools. The finite iterators (chain, chain.from_iterable, islice,
// product, permutations, combinations, combinations_with_replacement,
// accumulate, repeat with a count, pairwise) are accepted where they are
// iterated at once, as zip() is (emit_views.go), and typed as the list of
// what they yield; count, cycle and repeat without a count are iterators
// (IterT) held as values, like iter(x) (iterator.go); groupby as groupby.go says. The runtime makes them (runtime/py/itertools.go).

var itertoolsNames = setOf("chain", "islice", "product", "permutations", "combinations",
	"combinations_with_replacement", "accumulate", "repeat", "pairwise", "count", "cycle", "groupby")

// itertoolsKeywords are the keyword arguments each itertools function
// takes here (CPython's others, accumulate's initial= and func= say, are
// refused with it).
var itertoolsKeywords = map[string]map[string]bool{
	"itertools.permutations": {"r": true}, "itertools.combinations": {"r": true},
	"itertools.combinations_with_replacement": {"r": true}, "itertools.product": {"repeat": true},
	"itertools.repeat": {"times": true}, "itertools.count": {"start": true, "step": true},
	"itertools.groupby": {"key": true},
}

// tupleSize is the constant size of the tuples permutations, combinations
// and product(repeat=) make, when it is one with a typed tuple (2 or 3),
// else 0: they are then tuples of dynamic length.
func tupleSize(x grammar.Expr) int {
	if n, ok := constInt(x); ok && (n == 2 || n == 3) {
		return n
	}
	return 0
}

// itertoolsArgs returns the positional arguments of call and its one
// keyword (repeat= of product, r= of permutations ...), if any.
func itertoolsArgs(call *grammar.Call) (pos []grammar.Expr, kw string, kwValue grammar.Expr, ok bool) {
	for _, a := range call.Args {
		switch {
		case a.Star || kw != "":
			return nil, "", nil, false
		case a.Name != "":
			kw, kwValue = a.Name, a.Value
		default:
			pos = append(pos, a.Value)
		}
	}
	return pos, kw, kwValue, true
}

// itertoolsType types a call of an itertools function as the list of
// what it yields; nil for other names.
func (c *checker) itertoolsType(name string, call *grammar.Call, args []*Type) *Type {
	if !isItertools(name) {
		return nil
	}
	// An infinite one is an iterator whatever its arguments turn out to
	// be: typed any for want of them, a loop or zip would take it all.
	infinite := name == "itertools.count" || name == "itertools.cycle" || name == "itertools.repeat" && len(call.Args) == 1 && call.Args[0].Name == ""
	for _, a := range args {
		if a.Kind == Unknown && !infinite {
			return tUnknown
		}
	}
	pos, kw, kwValue, ok := itertoolsArgs(call)
	if !ok || len(pos) == 0 && name != "itertools.count" || kw != "" && !itertoolsKeywords[name][kw] {
		return tAny
	}
	elem := func(i int) *Type { return iterElem(c.typeOf(pos[i]), pos[i]) }
	list := func(item *Type) *Type {
		el := c.cellAt(call, 0)
		c.lat.add(el, item)
		return compound(List, el)
	}
	iterator := func(item *Type) *Type {
		el := c.cellAt(call, 0)
		c.lat.add(el, item)
		return compound(IterT, el)
	}
	tuples := func(n int, item *Type) *Type {
		if n == 0 {
			return list(tAny)
		}
		parts := make([]*cell, n)
		for i := range parts {
			parts[i] = c.cellAt(call, 1)
		}
		c.lat.add(parts[0], item)
		return list(compound(Tuple, parts...))
	}
	switch name {
	case "itertools.chain":
		el := c.cellAt(call, 0)
		for i := range pos {
			c.lat.add(el, elem(i))
		}
		return compound(List, el)
	case "itertools.chain.from_iterable":
		if inner := elem(0); inner.Kind == List {
			return list(inner.elem())
		}
	case "itertools.islice", "itertools.accumulate":
		return list(elem(0))
	case "itertools.cycle":
		return iterator(elem(0))
	case "itertools.repeat":
		if len(pos) == 1 && kw == "" {
			return iterator(c.typeOf(pos[0]))
		}
		return list(c.typeOf(pos[0]))
	case "itertools.count":
		for _, a := range args {
			if k := a.Kind; k != Int && k != Bool { // count(True) counts from 1
				return iterator(tAny) // py.CountOf
			}
		}
		return iterator(tInt)
	case "itertools.pairwise":
		return tuples(2, elem(0))
	case "itertools.groupby":
		if len(pos) <= 2 {
			return c.groupbyType(call, pos)
		}
	case "itertools.permutations", "itertools.combinations", "itertools.combinations_with_replacement":
		r := kwValue
		if len(pos) == 2 {
			r = pos[1]
		}
		switch {
		case kw != "" && kw != "r", r == nil && name != "itertools.permutations":
			return tAny
		case r == nil:
			return list(tAny) // permutations of all the items: their count is known at run time
		}
		return tuples(tupleSize(r), elem(0))
	case "itertools.product":
		switch {
		case kw == "repeat" && len(pos) == 1:
			return tuples(tupleSize(kwValue), elem(0))
		case kw == "" && (len(pos) == 2 || len(pos) == 3):
			parts := make([]*cell, len(pos))
			for i := range pos {
				parts[i] = c.cellAt(call, 2+i)
				c.lat.add(parts[i], elem(i))
			}
			return list(compound(Tuple, parts...))
		}
	}
	return tAny
}

// isItertools reports whether a library name is an itertools function
// handled here.
func isItertools(name string) bool {
	short, ok := strings.CutPrefix(name, "itertools.")
	return ok && (itertoolsNames[short] || short == "chain.from_iterable")
}

// itertoolsCall emits a finite itertools call iterated at once; ok is
// false for other names.
func (e *emitter) itertoolsCall(name string, call *grammar.Call) (code *jen.Statement, ok bool) {
	if !isItertools(name) {
		return nil, false
	}
	t := e.typeOf(call)
	pos, kw, kwValue, _ := itertoolsArgs(call)
	switch {
	case t.Kind == IterT:
		if code, ok := e.infiniteIter(call, t.elem()); ok {
			return code, true
		}
		e.diag.unsupported(call, name+"() of these arguments")
		return jen.Nil(), true
	case t.Kind != List:
		e.diag.unsupported(call, name+"() of these arguments")
		return jen.Nil(), true
	case !e.consumed[call]:
		// An iterator, whose repr CPython prints as an address.
		e.diag.unsupported(call, name+"() other than iterated at once (by a for loop, list(), sorted(), sum(), str.join() ...)")
		return jen.Nil(), true
	}
	el := t.elem()
	items := func(x grammar.Expr, want *Type) jen.Code {
		code, ok := e.iterItems(call, x, want)
		if !ok {
			return jen.Nil()
		}
		return code
	}
	n := func(x grammar.Expr) jen.Code { return e.coerce(x, tInt) }
	switch name {
	case "itertools.chain":
		args := make([]jen.Code, len(pos))
		for i, x := range pos {
			args[i] = items(x, el)
		}
		return jen.Qual(pyPkg, "Chain").Types(goType(el)).Call(args...), true
	case "itertools.chain.from_iterable":
		lists := e.typeOf(pos[0])
		if lists.Kind != List || goTypeString(lists.elem().elem()) != goTypeString(el) {
			break
		}
		return jen.Qual(pyPkg, "ChainLists").Call(items(pos[0], lists.elem())), true
	case "itertools.islice":
		bounds := []jen.Code{jen.Lit(0), jen.Qual(pyPkg, "NoStop"), jen.Lit(1)}
		stop := func(x grammar.Expr) jen.Code {
			if isNone(x) {
				return jen.Qual(pyPkg, "NoStop")
			}
			return n(x)
		}
		// An iterator gives just the items islice takes, the rest stay.
		islice := func() *jen.Statement {
			if xt := e.typeOf(pos[0]); xt.Kind == IterT {
				it := iterAs(operand(e.x(pos[0]), precPrimary, false), xt.elem(), el)
				return jen.Qual(pyPkg, "ISliceIter").Call(append([]jen.Code{it}, bounds...)...)
			}
			return jen.Qual(pyPkg, "ISlice").Call(append([]jen.Code{items(pos[0], el)}, bounds...)...)
		}
		switch {
		case kw != "":
		case len(pos) == 2:
			bounds[1] = stop(pos[1])
			return islice(), true
		case len(pos) == 3 || len(pos) == 4:
			if !isNone(pos[1]) {
				bounds[0] = n(pos[1])
			}
			bounds[1] = stop(pos[2])
			if len(pos) == 4 && !isNone(pos[3]) {
				bounds[2] = n(pos[3])
			}
			return islice(), true
		}
	case "itertools.accumulate":
		if len(pos) == 1 && kw == "" {
			return jen.Qual(pyPkg, "Accumulate").Call(items(pos[0], el)), true
		}
	case "itertools.repeat":
		if len(pos) == 2 && kw == "" || len(pos) == 1 && kw == "times" {
			count := kwValue
			if count == nil {
				count = pos[1]
			}
			return jen.Qual(pyPkg, "RepeatN").Call(e.coerce(pos[0], el), n(count)), true
		}
	case "itertools.groupby":
		if len(pos) <= 2 {
			return e.groupby(call, pos), true
		}
	case "itertools.pairwise":
		if len(pos) == 1 && kw == "" {
			return jen.Qual(pyPkg, "Pairwise").Call(items(pos[0], el.part(0))), true
		}
	case "itertools.permutations", "itertools.combinations", "itertools.combinations_with_replacement":
		item := iterElem(e.typeOf(pos[0]), pos[0])
		if el.Kind == Tuple {
			item = el.part(0)
		}
		var r jen.Code = jen.Qual(pyPkg, "NoStop") // permutations of all
		if len(pos) == 2 {
			r = n(pos[1])
		} else if kwValue != nil {
			r = n(kwValue)
		}
		mk := e.tupleMaker(el, item)
		if name == "itertools.permutations" {
			if len(pos) == 1 && kwValue == nil {
				return jen.Qual(pyPkg, "PermutationsAll").Call(items(pos[0], item), mk), true
			}
			return jen.Qual(pyPkg, "Permutations").Call(items(pos[0], item), r, mk), true
		}
		return jen.Qual(pyPkg, "Combinations").Call(items(pos[0], item), r, jen.Lit(name != "itertools.combinations"), mk), true
	case "itertools.product":
		if kw == "repeat" {
			return jen.Qual(pyPkg, "ProductRepeat").Call(items(pos[0], el.part(0)), n(kwValue), e.tupleMaker(el, el.part(0))), true
		}
		args := make([]jen.Code, len(pos))
		for i, x := range pos {
			args[i] = items(x, el.part(i))
		}
		return jen.Qual(pyPkg, "Product"+strconv.Itoa(len(pos))).Call(args...), true
	}
	e.diag.unsupported(call, name+"() of these arguments")
	return jen.Nil(), true
}

// tupleMaker is the py function making one tuple of type el from a
// slice of items of type item: Pair, Triple, or TupleOf for el any.
func (e *emitter) tupleMaker(el, item *Type) jen.Code {
	switch {
	case el.Kind == Tuple && len(el.parts) == 2:
		return jen.Qual(pyPkg, "Pair").Types(goType(item))
	case el.Kind == Tuple && len(el.parts) == 3:
		return jen.Qual(pyPkg, "Triple").Types(goType(item))
	}
	return jen.Qual(pyPkg, "TupleOf").Types(goType(item))
}

// iterItems emits the items of x, an iterable argument of call, as a Go
// slice of want's Go type; ok is false after reporting x.
func (e *emitter) iterItems(call *grammar.Call, x grammar.Expr, want *Type) (jen.Code, bool) {
	xt := e.typeOf(x)
	have := iterElem(xt, x)
	var list *jen.Statement
	switch r, isCall := x.(*grammar.Call); {
	case xt.Kind == List:
		e.consume(x)
		list = operand(e.x(x), precPrimary, false)
	case xt.Kind == Dict, xt.Kind == Set, xt.Kind == Str, xt.Kind == Any, isCall && e.isBuiltinCall(r, "range"):
		var ok bool
		if list, ok = e.listItems(call, x); !ok {
			return nil, false
		}
	default:
		e.diag.unsupported(x, "an iterable of type "+xt.String()+" here")
		return nil, false
	}
	if goTypeString(have) != goTypeString(want) {
		list = jen.Qual(pyPkg, "ListAs").Types(goType(want)).Call(list)
	}
	return list.Dot("Items"), true
}

// infiniteIter emits itertools.count(start, step) of ints, cycle(iterable)
// or repeat(x), a *py.Iterator of items of type el; ok is false for
// other arguments.
func (e *emitter) infiniteIter(call *grammar.Call, el *Type) (*jen.Statement, bool) {
	cl := e.calleeOf(call)
	pos, kw, kwValue, ok := itertoolsArgs(call)
	if !ok {
		return nil, false
	}
	switch {
	case cl.name == "itertools.count" && len(pos) <= 2:
		// Of ints and bools py.Count, else py.CountOf.
		ints := el.Kind == Int
		arg := func(x grammar.Expr) jen.Code {
			if ints {
				return e.num(x, tInt)
			}
			return e.coerce(x, tAny)
		}
		bounds := []jen.Code{jen.Lit(0), jen.Lit(1)}
		for i, x := range pos {
			bounds[i] = arg(x)
		}
		switch kw {
		case "":
		case "start":
			bounds[0] = arg(kwValue)
		case "step":
			bounds[1] = arg(kwValue)
		default:
			return nil, false
		}
		if ints {
			return jen.Qual(pyPkg, "Count").Call(bounds...), true
		}
		return jen.Qual(pyPkg, "CountOf").Call(bounds...), true
	case cl.name == "itertools.cycle" && len(pos) == 1 && kw == "":
		items, ok := e.iterItems(call, pos[0], el)
		if !ok {
			return jen.Nil(), true
		}
		return jen.Qual(pyPkg, "Cycle").Call(items), true
	case cl.name == "itertools.repeat" && len(pos) == 1 && kw == "":
		return jen.Qual(pyPkg, "Forever").Call(e.coerce(pos[0], el)), true
	}
	return nil, false
}
