package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// Sorting: sorted(xs) and xs.sort(), with reverse= and key=. A lambda is
// supported as a sort key only, where its parameter's type is known: the
// element type of what is sorted.

// sortKey types the key=lambda of a sorting call: its parameter gets the
// element type. It returns the lambda, or nil when the call has no key.
func (c *checker) sortKey(call *grammar.Call, elem *Type) *grammar.Lambda {
	for _, a := range call.Args {
		if lam, ok := a.Value.(*grammar.Lambda); ok && a.Name == "key" && len(c.lambdas[lam]) == 1 {
			c.store(c.lambdas[lam][0], elem)
			c.exprType(lam.Body)
			return lam
		}
	}
	return nil
}

// sortArgs emits the reverse flag and the key function of a sorting
// call; ok is false after reporting an argument of another form.
func (e *emitter) sortArgs(call *grammar.Call, name string) (list grammar.Expr, reverse bool, key jen.Code, ok bool) {
	args, kw := e.positional(call, name, "reverse", "key")
	if r := kw["reverse"]; r != nil {
		if !isTrue(r) && !isFalse(r) {
			e.diag.unsupported(r, "reverse= other than True or False")
			return nil, false, nil, false
		}
		reverse = isTrue(r)
	}
	if k := kw["key"]; k != nil {
		if key, ok = e.keyFunc(k); !ok {
			return nil, false, nil, false
		}
	}
	if len(args) > 0 {
		list = args[0]
	}
	return list, reverse, key, true
}

// keyFunc emits the key= of a sort, min or max: a lambda of one
// parameter, typed as the items are.
func (e *emitter) keyFunc(k grammar.Expr) (jen.Code, bool) {
	lam, isLambda := k.(*grammar.Lambda)
	if !isLambda || len(e.lambdas[lam]) != 1 {
		e.diag.unsupported(k, "key= other than a lambda of one parameter")
		return nil, false
	}
	p := e.lambdas[lam][0]
	return jen.Func().Params(jen.Id(p.Go).Add(goType(p.cell.get()))).Add(goType(e.typeOf(lam.Body))).Block(
		jen.Return(e.expr(lam.Body))), true
}

// sorted emits sorted(iterable, key=..., reverse=...): a list is sorted
// into a copy; other iterables are listed first, as list() lists them.
func (e *emitter) sorted(call *grammar.Call) *jen.Statement {
	list, reverse, key, ok := e.sortArgs(call, "sorted")
	if !ok {
		return jen.Nil()
	}
	if list == nil || len(call.Args) > 3 || e.typeOf(call).Kind != List {
		e.diag.unsupported(call, "sorted() of anything but one iterable")
		return jen.Nil()
	}
	e.consume(list)
	var items *jen.Statement
	if e.typeOf(list).Kind == List {
		items = e.expr(list)
	} else if items, ok = e.listItems(call, list); !ok {
		return jen.Nil()
	}
	if key != nil {
		return jen.Qual(pyPkg, "SortedKey").Call(items, key, jen.Lit(reverse))
	}
	return jen.Qual(pyPkg, "Sorted").Call(items, jen.Lit(reverse))
}

// listSort emits xs.sort(key=..., reverse=...).
func (e *emitter) listSort(recv grammar.Expr, call *grammar.Call) *jen.Statement {
	list, reverse, key, ok := e.sortArgs(call, "sort")
	if !ok {
		return jen.Nil()
	}
	if list != nil {
		e.diag.unsupported(call, "sort() with a positional argument")
		return jen.Nil()
	}
	xs := operand(e.x(recv), precPrimary, false)
	switch {
	case key != nil:
		return jen.Qual(pyPkg, "SortKey").Call(e.expr(recv), key, jen.Lit(reverse))
	case reverse:
		return xs.Dot("SortReverse").Call()
	}
	return xs.Dot("Sort").Call()
}
