package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// map(f, xs) and filter(f, xs) of a list, where what consumes them takes
// them at once (a for loop, list(), sorted(), sum(), str.join ...): the
// list of the results, or of the items kept. f is a lambda of one
// parameter, or for map one of the built-ins mapFuncs names; for filter
// it may be None (the items that are true).

// mapFuncs are the built-ins map() may apply, with their result types and
// the runtime function taking any value.
var mapFuncs = map[string]struct {
	result *Type
	goName string
}{
	"str": {tStr, "Str"}, "repr": {tStr, "Repr"}, "int": {tInt, "IntAny"},
	"float": {tFloat, "FloatAny"}, "len": {tInt, "Len"}, "bool": {tBool, "Truth"},
	"round": {tInt, "RoundAny"}, "abs": {tAny, "AbsAny"}, // an int or a float, as the item is
	"ord": {tInt, "OrdAny"}, "chr": {tStr, "ChrAny"},
}

// mapArgs returns f and xs of map(f, xs) or filter(f, xs) written with
// two positional arguments.
func mapArgs(call *grammar.Call) (f, xs grammar.Expr, ok bool) {
	if len(call.Args) != 2 {
		return nil, nil, false
	}
	for _, a := range call.Args {
		if a.Name != "" || a.Star {
			return nil, nil, false
		}
	}
	return call.Args[0].Value, call.Args[1].Value, true
}

// mapType types map() and filter() as the list they make.
func (c *checker) mapType(name string, call *grammar.Call) *Type {
	f, xs, ok := mapArgs(call)
	if !ok {
		return tAny
	}
	xt := c.typeOf(xs)
	if xt.Kind == Unknown {
		return tUnknown
	}
	items := c.itemsCell(call, 1, xt, xs)
	if items == nil {
		return tAny
	}
	el := items.get()
	if lam, ok := f.(*grammar.Lambda); ok && len(c.lambdas[lam]) == 1 {
		c.store(c.lambdas[lam][0], el)
		rt := c.exprType(lam.Body)
		if name == "filter" {
			return compound(List, items)
		}
		out := c.cellAt(call, 0)
		c.lat.add(out, rt)
		return compound(List, out)
	}
	n, isName := f.(*grammar.Name)
	switch {
	case name == "filter" && isNone(f):
		return compound(List, items)
	case name == "map" && isName && c.uses[n] != nil && c.uses[n].Kind == symBuiltin && mapFuncs[n.Id].result != nil:
		out := c.cellAt(call, 0)
		c.lat.add(out, mapFuncs[n.Id].result)
		return compound(List, out)
	}
	return tAny
}

// mapCall emits map() or filter() taken at once: the list of its results.
func (e *emitter) mapCall(name string, call *grammar.Call) *jen.Statement {
	return e.mapOf(name, call, "List")
}

// mapSeq emits map() or filter() that a for loop, a comprehension, any()
// or all() iterates: f runs when they get to each item (py.MapSeq).
func (e *emitter) mapSeq(call *grammar.Call) *jen.Statement {
	return e.mapOf(e.calleeOf(call).name, call, "Seq")
}

// lazySeq emits the items of x, an argument of zip() or enumerate(), as
// an iter.Seq: a map() or filter() lazily (mapSeq), an iterator held as a
// value as it gives them, anything else as the items of the list
// itemsList makes of it.
func (e *emitter) lazySeq(call *grammar.Call, x grammar.Expr, want *Type) jen.Code {
	if e.isMapCall(x) {
		e.consume(x)
		return e.mapSeq(x.(*grammar.Call))
	}
	if xt := e.typeOf(x); xt.Kind == IterT {
		if want == nil {
			want = xt.elem()
		}
		return iterAs(operand(e.x(x), precPrimary, false), xt.elem(), want).Dot("All").Call()
	}
	if e.typeOf(x).Kind == Any && (want == nil || want.Kind == Any) {
		return jen.Qual(pyPkg, "Iter").Call(e.expr(x))
	}
	if e.interleavesNext("zip", x) {
		return jen.Nil()
	}
	list, _, _ := e.itemsList(call, x, want)
	return jen.Qual("slices", "Values").Call(list.Dot("Items"))
}

// hasLazyArg reports whether an argument of call is lazy.
func (e *emitter) hasLazyArg(call *grammar.Call) bool {
	for _, a := range call.Args {
		if e.isLazy(a.Value) {
			return true
		}
	}
	return false
}

// isLazy reports whether x gives its items one at a time, as a consumer
// asks for them, with effects (map(), filter()) or leaving the rest to
// later readers (an iterator held as a value, also as a value of type
// any in a program that makes iterators: it may be an endless one).
func (e *emitter) isLazy(x grammar.Expr) bool {
	t := e.typeOf(x)
	return e.isMapCall(x) || t.Kind == IterT || t.Kind == Any && e.makesIterators
}

// isMapCall reports whether x is a call of map() or filter().
func (e *emitter) isMapCall(x grammar.Expr) bool {
	call, ok := x.(*grammar.Call)
	return ok && (e.isBuiltinCall(call, "map") || e.isBuiltinCall(call, "filter"))
}

// mapOf emits map() or filter() as py.MapList or py.MapSeq (kind "List"
// or "Seq").
func (e *emitter) mapOf(name string, call *grammar.Call, kind string) *jen.Statement {
	f, xs, ok := mapArgs(call)
	if !ok || e.typeOf(call).Kind != List {
		e.diag.unsupported(call, name+"() other than of a lambda of one parameter (or a built-in such as str) and an iterable")
		return jen.Nil()
	}
	if !e.consumed[call] {
		// An iterator, whose repr CPython prints as an address.
		e.diag.unsupported(call, name+"() other than iterated at once (by a for loop, list(), sorted(), sum(), str.join() ...)")
		return jen.Nil()
	}
	if e.interleavesNext(name, xs) {
		return jen.Nil()
	}
	var want *Type // filter's result shares its items' cell
	if name == "filter" {
		want = e.typeOf(call).elem()
	}
	list, el, _ := e.itemsList(call, xs, want) // map(f, zip(a, b)), map(str, reversed(xs))
	items := list.Dot("Items")
	if name == "filter" {
		return jen.Qual(pyPkg, "Filter"+kind).Call(items, e.mapFunc(f, el, nil))
	}
	return jen.Qual(pyPkg, "Map"+kind).Call(items, e.mapFunc(f, el, e.typeOf(call).elem()))
}

// interleavesNext refuses an iterator passed to a built-in that runs
// other code between its items (a function, a key, the short cut of
// any()) or may stop before its end: the compiler takes all the items at
// once, so what __next__ does would come first, not in between as in
// CPython, and an iterator held as a value would lose the items left.
func (e *emitter) interleavesNext(name string, x grammar.Expr) bool {
	switch {
	case nextMethod(e.typeOf(x)) != nil:
		e.diag.unsupported(x, name+"() of an iterator of the program's own")
	case e.typeOf(x).Kind == IterT:
		e.diag.unsupported(x, name+"() of an iterator held as a value")
	default:
		return false
	}
	return true
}

// mapFunc emits f as a Go function of an item of type el returning one
// of type res, or for filter (res nil) the truth of its result: a lambda,
// a built-in by its runtime function, or filter's None (the item's
// truth).
func (e *emitter) mapFunc(f grammar.Expr, el, res *Type) jen.Code {
	x := jen.Id("x")
	lam, isLambda := f.(*grammar.Lambda)
	switch {
	case isLambda && res == nil:
		p := e.lambdas[lam][0]
		return jen.Func().Params(jen.Id(p.Go).Add(goType(p.cell.get()))).Bool().Block(jen.Return(e.cond(lam.Body)))
	case isLambda:
		p := e.lambdas[lam][0]
		return jen.Func().Params(jen.Id(p.Go).Add(goType(p.cell.get()))).Add(goType(res)).Block(jen.Return(e.coerce(lam.Body, res)))
	case isNone(f):
		return jen.Func().Params(x.Clone().Add(goType(el))).Bool().Block(jen.Return(e.truth(primary(x.Clone()), el).code))
	}
	m := mapFuncs[f.(*grammar.Name).Id]
	return jen.Func().Params(x.Clone().Add(goType(el))).Add(goType(res)).Block(
		jen.Return(e.coerceCode(f, primary(jen.Qual(pyPkg, m.goName).Call(x.Clone())), m.result, res)))
}

// makesIterators reports whether some expression of the program is an
// iterator held as a value.
func (c *checker) makesIterators() bool {
	for _, t := range c.types {
		if t.Kind == IterT {
			return true
		}
	}
	return false
}
