package codegen

import (
	"strconv"

	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// The built-in types called as functions: list(x) makes a new list of
// the items of an iterable, dict(x) a new dict of a dict's items or of
// pairs.

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
	case isCallTo(call.Args[0].Value, "range"):
		c.lat.add(el, tInt)
		return compound(List, el)
	}
	switch x := args[0]; x.Kind {
	case Unknown:
		return tUnknown
	case List, Dict, Set:
		return compound(List, x.parts[0])
	case Str:
		c.lat.add(el, tStr)
	default:
		c.lat.add(el, tAny)
	}
	return compound(List, el)
}

// itemsCell is the element cell of the list of x's items that a builtin
// taking any iterable works on (itemsList): a list's, set's or dict's
// own element cell, else slot of call holding what iterElem gives a
// str's, a tuple's or a dynamic value's items. It is nil for a type
// that is not iterable, and for one not solved yet.
func (c *checker) itemsCell(call *grammar.Call, slot int, t *Type, x grammar.Expr) *cell {
	switch {
	case t.Kind == List || t.Kind == Set || t.Kind == Dict || t.Kind == IterT:
		return t.parts[0]
	case t.Kind == Str || t.Kind == Any || t.Kind == Tuple || iterableInstance(t):
		el := c.cellAt(call, slot)
		c.lat.add(el, iterElem(t, x))
		return el
	}
	return nil
}

// itemsList emits the items of x as a list for a builtin that takes any
// iterable: x itself when it is a list, else a new list (listItems) of
// the items' own type, or of want's where inference widened itemsCell's
// cell (want nil: where nothing else shares that cell). ok is false after
// reporting a value that is not iterable.
func (e *emitter) itemsList(call *grammar.Call, x grammar.Expr, want *Type) (code *jen.Statement, elem *Type, ok bool) {
	xt := e.typeOf(x)
	if xt.Kind == List {
		e.consume(x) // enumerate(zip(a, b)), set(map(f, xs))
		return operand(e.x(x), precPrimary, false), xt.elem(), true
	}
	if code, ok = e.listItems(call, x); !ok {
		return code, nil, false
	}
	return e.listAs(code, iterElem(xt, x), want)
}

// listAs converts a fresh list whose items have type have into one of
// want's items when inference made it wider (want nil: no conversion).
func (e *emitter) listAs(code *jen.Statement, have, want *Type) (*jen.Statement, *Type, bool) {
	if want == nil || goTypeString(want) == goTypeString(have) {
		return code, have, true
	}
	return jen.Qual(pyPkg, "ListAs").Types(goType(want)).Call(code), want, true
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
	if e.isIteratorCall(x) {
		return e.expr(x) // already a new list
	}
	if _, _, ok := e.dictView(x); ok {
		return e.expr(x)
	}
	if c, ok := x.(*grammar.Comprehension); ok && c.Kind == grammar.GenExp {
		return e.expr(x)
	}
	if e.typeOf(x).Kind == List {
		return operand(e.x(x), precPrimary, false).Dot("ToList").Call()
	}
	code, _, _ := e.itemsList(call, x, e.typeOf(call).elem()) // list("ab") widened by a list of other items
	return code
}

// listItems emits a new list of the items of x, an iterable other than
// a list; ok is false after reporting a value that is not one.
func (e *emitter) listItems(call *grammar.Call, x grammar.Expr) (code *jen.Statement, ok bool) {
	if r, isCall := x.(*grammar.Call); isCall && e.isBuiltinCall(r, "range") {
		bounds, ok := e.rangeArgs(r)
		return jen.Qual(pyPkg, "ListFrom").Call(jen.Qual(pyPkg, "Range").Call(bounds...)), ok
	}
	xv := func() *jen.Statement { return operand(e.x(x), precPrimary, false) }
	switch xt := e.typeOf(x); xt.Kind {
	case Dict:
		return jen.Qual(pyPkg, "NewList").Call(xv().Dot("Keys").Call().Op("...")), true
	case Set:
		return jen.Qual(pyPkg, "NewList").Call(xv().Dot("Items").Call().Op("...")), true
	case Str:
		return jen.Qual(pyPkg, "ListFrom").Call(jen.Qual(pyPkg, "StrChars").Call(e.expr(x))), true
	case IterT: // the items it has left
		return jen.Qual(pyPkg, "ListFrom").Call(xv().Dot("All").Call()), true
	case Any, Tuple: // a tuple's items as any, as iterElem has them
		return jen.Qual(pyPkg, "ListFrom").Call(jen.Qual(pyPkg, "Iter").Call(e.expr(x))), true
	case ClassT:
		if iterableInstance(xt) { // a named tuple's fields, as any
			return jen.Qual(pyPkg, "ListFrom").Call(jen.Qual(pyPkg, "Iter").Call(e.expr(x))), true
		}
	}
	name := call.Func.(*grammar.Name).Id
	e.diag.unsupported(call, name+"() of a value of type "+e.typeOf(x).String())
	return jen.Nil(), false
}

// rangeArgs emits the start, stop and step of range(...) of ints; ok is
// false after reporting other arguments.
func (e *emitter) rangeArgs(r *grammar.Call) (bounds []jen.Code, ok bool) {
	args, _ := e.positional(r, "range")
	for _, a := range args {
		if k := e.typeOf(a).Kind; k != Int && k != Bool {
			e.diag.unsupported(a, "range() of a value of type "+e.typeOf(a).String())
			return nil, false
		}
	}
	switch len(args) {
	case 1:
		return []jen.Code{jen.Lit(0), e.num(args[0], tInt), jen.Lit(1)}, true
	case 2:
		return []jen.Code{e.num(args[0], tInt), e.num(args[1], tInt), jen.Lit(1)}, true
	case 3:
		return []jen.Code{e.num(args[0], tInt), e.num(args[1], tInt), e.num(args[2], tInt)}, true
	}
	e.diag.unsupported(r, "range() with "+strconv.Itoa(len(args))+" arguments")
	return nil, false
}

// dictOf types dict(), dict(mapping), dict(pairs) and dict(k=v, ...).
// As with listOf, a dict copied or made from a list of pairs shares the
// key and value types of what it is made from.
func (c *checker) dictOf(call *grammar.Call, args []*Type) *Type {
	k, v := c.cellAt(call, 0), c.cellAt(call, 1)
	pos := positionalTypes(call, args)
	switch {
	case len(pos) == 0:
		for i, a := range call.Args {
			if a.Name != "" {
				c.lat.add(k, tStr)
				c.lat.add(v, args[i])
			}
		}
		return compound(Dict, k, v)
	case len(pos) != len(args) || len(pos) > 1:
		return tAny
	case pos[0].Kind == Unknown:
		return tUnknown
	case pos[0].Kind == Dict:
		return compound(Dict, pos[0].parts[0], pos[0].parts[1])
	case isPairList(pos[0]):
		pair := pos[0].elem()
		return compound(Dict, pair.parts[0], pair.parts[1])
	case fromAny(pos[0]): // py.DictFromAny
		c.lat.add(k, tAny)
		c.lat.add(v, tAny)
		return compound(Dict, k, v)
	}
	return tAny
}

// fromAny reports whether dict(x) of x of type t takes x's pairs or
// mapping at run time: a value of type any, or a list of them.
func fromAny(t *Type) bool {
	return t.Kind == Any || t.Kind == List && t.elem().Kind == Any
}

// newDict emits dict(...): an empty dict, a copy, the pairs of a list (or
// of zip(a, b)) inserted in order, or keyword arguments as str keys.
func (e *emitter) newDict(call *grammar.Call) *jen.Statement {
	t := e.typeOf(call)
	if t.Kind != Dict {
		e.diag.unsupported(call, "dict() of these arguments")
		return jen.Nil()
	}
	kt, vt := t.part(0), t.part(1)
	var items []jen.Code
	for _, a := range call.Args {
		if a.Name == "" && fromAny(e.typeOf(a.Value)) {
			return jen.Qual(pyPkg, "DictFromAny").Call(e.coerce(a.Value, tAny)) // t is dict[any, any]
		}
		if a.Name == "" {
			e.consume(a.Value)
			x := operand(e.x(a.Value), precPrimary, false)
			if e.typeOf(a.Value).Kind == Dict {
				// Of a Counter or a defaultdict too, a plain dict.
				return jen.Qual(pyPkg, "DictOf").Call(x.Dot("Items").Call().Op("..."))
			}
			return jen.Qual(pyPkg, "DictOf").Call(x.Dot("Items").Op("..."))
		}
		items = append(items, jen.Qual(pyPkg, "Tuple2").Types(goType(kt), goType(vt)).Values(
			jen.Id("V0").Op(":").Lit(a.Name), jen.Id("V1").Op(":").Add(e.coerce(a.Value, vt))))
	}
	if len(items) == 0 {
		return jen.Qual(pyPkg, "NewDict").Types(goType(kt), goType(vt)).Call()
	}
	return jen.Qual(pyPkg, "DictOf").Call(items...)
}

// fromKeysType types dict.fromkeys(xs[, v]): the keys are xs's items,
// the values v (None when omitted).
func (c *checker) fromKeysType(call *grammar.Call, args []*Type) *Type {
	if len(args) == 0 || len(args) > 2 || len(positionalTypes(call, args)) != len(args) {
		return tAny
	}
	if args[0].Kind == Unknown {
		return tUnknown
	}
	keys := c.itemsCell(call, 0, args[0], call.Args[0].Value)
	if keys == nil {
		return tAny
	}
	vals := c.cellAt(call, 1)
	if len(args) == 2 {
		c.lat.add(vals, args[1])
	} else {
		c.lat.add(vals, tNone)
	}
	return compound(Dict, keys, vals)
}

// fromKeys emits dict.fromkeys(xs[, v]).
func (e *emitter) fromKeys(call *grammar.Call) *jen.Statement {
	t := e.typeOf(call)
	if t.Kind != Dict {
		e.diag.unsupported(call, "dict.fromkeys() of these arguments")
		return jen.Nil()
	}
	keys, _, ok := e.itemsList(call, call.Args[0].Value, t.part(0))
	if !ok {
		return jen.Nil()
	}
	v := jen.Code(jen.Op("*").New(goType(t.part(1)))) // None: the zero value of what holds it
	if len(call.Args) == 2 {
		v = e.coerce(call.Args[1].Value, t.part(1))
	}
	return jen.Qual(pyPkg, "DictFromKeys").Types(goType(t.part(0)), goType(t.part(1))).Call(keys.Dot("Items"), v)
}

// reversed emits reversed(x) of a list, a str's characters or a value of
// type any that its consumer takes at once, as a new list (a for loop over a list's
// reversed() ranges over the list itself: loopHeader).
func (e *emitter) reversed(call *grammar.Call) *jen.Statement {
	args, _ := e.positional(call, "reversed")
	if !e.consumed[call] || len(args) != 1 || e.typeOf(call).Kind != List {
		// An iterator, whose repr CPython prints as an address.
		e.diag.unsupported(call, "reversed() other than of a list or a str, iterated at once (by a for loop, list(), str.join() ...)")
		return jen.Nil()
	}
	x := args[0]
	items := operand(e.x(x), precPrimary, false).Dot("Items")
	switch e.typeOf(x).Kind {
	case Str:
		items = jen.Qual(pyPkg, "ListFrom").Call(jen.Qual(pyPkg, "StrChars").Call(e.expr(x))).Dot("Items")
	case Any:
		return jen.Qual(pyPkg, "ReversedAny").Call(e.expr(x))
	}
	return jen.Qual(pyPkg, "ReversedList").Call(items)
}

// newTuple emits tuple() and tuple(x) of an iterable, a py.Tuple of the
// items (of type any: its length is known at run time only).
func (e *emitter) newTuple(call *grammar.Call) *jen.Statement {
	args, _ := e.positional(call, "tuple")
	if len(args) == 0 {
		return jen.Qual(pyPkg, "Tuple").Values()
	}
	if !e.arity(call, "tuple", 1, args) {
		return jen.Nil()
	}
	x := args[0]
	switch e.typeOf(x).Kind {
	case List:
		return jen.Qual(pyPkg, "TupleOf").Call(operand(e.x(x), precPrimary, false).Dot("Items"))
	case Tuple:
		return jen.Qual(pyPkg, "As").Types(jen.Qual(pyPkg, "Tuple")).Call(e.expr(x))
	}
	list, ok := e.listItems(call, x)
	if !ok {
		return jen.Nil()
	}
	return jen.Qual(pyPkg, "TupleOf").Call(list.Dot("Items"))
}
