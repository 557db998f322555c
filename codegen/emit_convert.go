package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// The built-in types called as functions: list(x) makes a new list of
// the items of an iterable.

// listOf types list() and list(x). The new list shares its element type
// with the list or dict it copies (a join that widens one widens both,
// which keeps their Go types equal); the items of a str are strs, of a
// value of type any values of type any.
func (c *checker) listOf(call *grammar.Call, args []*Type) *Type {
	el := c.cellAt(call, 0)
	switch {
	case len(args) == 0:
		return compound(List, el)
	case len(args) != 1:
		return tAny
	}
	switch x := args[0]; x.Kind {
	case Unknown:
		return tUnknown
	case List, Dict:
		return compound(List, x.parts[0])
	case Str:
		c.lat.add(el, tStr)
	default:
		c.lat.add(el, tAny)
	}
	return compound(List, el)
}

// newList emits list() and list(x): a copy of a list, the keys of a
// dict, the items of a dict view or a generator expression (already a
// new list), the characters of a str, the items of any iterable held as
// any (py.Iter raises CPython's TypeError for anything else).
func (e *emitter) newList(call *grammar.Call, args []grammar.Expr) *jen.Statement {
	if len(args) == 0 {
		return jen.Qual(pyPkg, "NewList").Types(goType(e.typeOf(call).elem())).Call()
	}
	if !e.arity(call, "list", 1, args) {
		return jen.Nil()
	}
	x := args[0]
	if _, _, ok := e.dictView(x); ok {
		return e.expr(x)
	}
	if c, ok := x.(*grammar.Comprehension); ok && c.Kind == grammar.GenExp {
		return e.expr(x)
	}
	if e.typeOf(x).Kind == List {
		return operand(e.x(x), precPrimary, false).Dot("Copy").Call()
	}
	code, _ := e.listItems(call, x)
	return code
}

// listItems emits a new list of the items of x, an iterable other than
// a list; ok is false after reporting a value that is not one.
func (e *emitter) listItems(call *grammar.Call, x grammar.Expr) (code *jen.Statement, ok bool) {
	xv := func() *jen.Statement { return operand(e.x(x), precPrimary, false) }
	switch xt := e.typeOf(x); xt.Kind {
	case Dict:
		return jen.Qual(pyPkg, "NewList").Call(xv().Dot("Keys").Call().Op("...")), true
	case Str:
		return jen.Qual(pyPkg, "ListFrom").Call(jen.Qual(pyPkg, "StrChars").Call(e.expr(x))), true
	case Any:
		return jen.Qual(pyPkg, "ListFrom").Call(jen.Qual(pyPkg, "Iter").Call(e.expr(x))), true
	}
	name := call.Func.(*grammar.Name).Id
	e.diag.unsupported(call, name+"() of a value of type "+e.typeOf(x).String())
	return jen.Nil(), false
}
