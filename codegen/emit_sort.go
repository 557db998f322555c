package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// Sorting: sorted(xs) and xs.sort(), with reverse= and key= (keyfunc.go).

// sortArgs emits the reverse flag and the key function of a sorting
// call of items of type elem; ok is false after reporting an argument of
// another form.
func (e *emitter) sortArgs(call *grammar.Call, name string, elem *Type) (list grammar.Expr, reverse bool, key jen.Code, ok bool) {
	args, kw := e.positional(call, name, "reverse", "key")
	if r := kw["reverse"]; r != nil {
		if !isTrue(r) && !isFalse(r) {
			e.diag.unsupported(r, "reverse= other than True or False")
			return nil, false, nil, false
		}
		reverse = isTrue(r)
	}
	if k := kw["key"]; k != nil {
		if key, ok = e.keyFunc(k, elem); !ok {
			return nil, false, nil, false
		}
	}
	if len(args) > 0 {
		list = args[0]
	}
	return list, reverse, key, true
}

// sorted emits sorted(iterable, key=..., reverse=...): a list is sorted
// into a copy; other iterables are listed first, as list() lists them.
func (e *emitter) sorted(call *grammar.Call) *jen.Statement {
	list, reverse, key, ok := e.sortArgs(call, "sorted", e.typeOf(call).elem())
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
	list, reverse, key, ok := e.sortArgs(call, "sort", e.typeOf(recv).elem())
	if !ok {
		return jen.Nil()
	}
	if list != nil {
		e.diag.unsupported(call, "sort() with a positional argument")
		return jen.Nil()
	}
	if key != nil {
		return jen.Qual(pyPkg, "SortKey").Call(e.expr(recv), key, jen.Lit(reverse))
	}
	return jen.Qual(pyPkg, "ListSort").Call(e.expr(recv), jen.Lit(reverse))
}
