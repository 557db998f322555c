package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// Sets: displays, comprehensions, set(x), the operators and the methods,
// onto the runtime's py.Set, which keeps CPython's iteration order for
// numbers (and insertion order for strs, whose order CPython randomises).
// Two sets combined by an operator or a method share their element type,
// as a list and its copy do, so that both have one Go type.

// setOperators are the set operators and the methods that compute the
// same with a set argument, by the py.Set operation of each (setOp).
var setOperators = map[string]string{
	"|": "Union", "&": "Intersection", "-": "Difference", "^": "SymmetricDifference",
}

// setInPlace are the augmented assignments that change a set in place.
var setInPlace = map[string]string{
	"|": "Update", "&": "IntersectionUpdate", "-": "DifferenceUpdate", "^": "SymmetricDifferenceUpdate",
}

// setMembers are the methods taking another collection: the py.Set
// operation (setOp) for a set argument, the one for a list's items (nil: the
// argument becomes a set first, which is what CPython does too), and the
// result.
var setMembers = map[string]struct{ ofSet, ofItems, result string }{
	"update":                      {"Update", "AddAll", "None"},
	"union":                       {"Union", "UnionItems", "self"},
	"intersection":                {"Intersection", "IntersectionItems", "self"},
	"intersection_update":         {"IntersectionUpdate", "IntersectionUpdateItems", "None"},
	"difference":                  {"Difference", "DifferenceItems", "self"},
	"difference_update":           {"DifferenceUpdate", "DiscardAll", "None"},
	"symmetric_difference":        {"SymmetricDifference", "SymmetricDifferenceItems", "self"},
	"symmetric_difference_update": {"SymmetricDifferenceUpdate", "", "None"},
	"issubset":                    {"IsSubset", "", "bool"},
	"issuperset":                  {"IsSuperset", "", "bool"},
	"isdisjoint":                  {"IsDisjoint", "", "bool"},
}

// frozensetFlavor marks a Set that is a frozenset: it prints as one, has
// no methods that change it, and an operation's result is one when its
// left operand is (runtime/py/set.go).
const frozensetFlavor = "frozenset"

// frozensetChanges are the set methods a frozenset does not have.
var frozensetChanges = setOf("add", "discard", "remove", "pop", "clear", "update",
	"intersection_update", "difference_update", "symmetric_difference_update")

// setOpType types `x op y` and `x op= y` for two sets: a set (a frozenset
// when x is one) sharing their element type; nil when x and y are not
// both sets.
func (c *checker) setOpType(op string, x, y *Type) *Type {
	if x.Kind != Set || y.Kind != Set || setOperators[op] == "" {
		return nil
	}
	c.lat.unify(x.parts[0], y.parts[0])
	return &Type{Kind: Set, parts: []*cell{x.parts[0]}, flavor: x.flavor}
}

// setOf types set() and set(x): a set of a list's items or a dict's
// keys shares their type, of a str's characters holds strs.
func (c *checker) setOf(call *grammar.Call, args []*Type) *Type {
	if len(args) == 0 {
		return compound(Set, c.cellAt(call, 0))
	}
	if isCallTo(call.Args[0].Value, "range") {
		el := c.cellAt(call, 0)
		c.lat.add(el, tInt)
		return compound(Set, el)
	}
	switch x := args[0]; x.Kind {
	case Unknown:
		return tUnknown
	case List, Dict, Set:
		return compound(Set, x.parts[0])
	case Str:
		return compound(Set, strCell())
	}
	if el := c.itemsCell(call, 0, args[0], call.Args[0].Value); el != nil {
		return compound(Set, el)
	}
	return tAny
}

// setMethodType types the methods taking another collection, whose items
// share the set's element type.
func (c *checker) setMethodType(recv *Type, name string, args []*Type) *Type {
	m, ok := setMembers[name]
	if !ok || len(args) != 1 {
		return nil
	}
	switch x := args[0]; x.Kind {
	case List, Dict, Set:
		c.lat.unify(recv.parts[0], x.parts[0])
	}
	return relType(recv, m.result)
}

// hashable reports whether values of type t can be set elements (or
// dict keys) with Python's meaning: not lists, dicts or sets.
func hashable(t *Type) bool {
	switch t.Kind {
	case List, Dict, Set:
		return false
	case Tuple:
		for i := range t.parts {
			if !hashable(t.part(i)) {
				return false
			}
		}
	}
	return true
}

// newSetOf emits an empty set of type t, or reports elements Python
// cannot hash.
func (e *emitter) newSetOf(at grammar.Node, t *Type, items ...jen.Code) *jen.Statement {
	if !hashable(t.elem()) {
		e.diag.unsupported(at, "set of "+t.elem().String()+" (unhashable)")
		return jen.Nil()
	}
	return jen.Qual(pyPkg, "NewSet").Types(goType(t.elem())).Call(items...)
}

// setDisplay emits {a, b, c}.
func (e *emitter) setDisplay(s *grammar.Set) *jen.Statement {
	t := e.typeOf(s)
	items := make([]jen.Code, len(s.Elts))
	for i, x := range s.Elts {
		if _, ok := x.(*grammar.Starred); ok {
			e.diag.unsupported(x, "'*' in a set display")
			return jen.Nil()
		}
		items[i] = e.coerce(x, t.elem())
	}
	if !hashable(t.elem()) || !allFoldable(s.Elts) {
		return e.newSetOf(s, t, items...)
	}
	// CPython 3.11 compiles constants to a frozenset constant: iterated
	// as it is by a for loop or a comprehension, copied into a new set
	// by a display of three or more.
	switch {
	case e.foldedIters[s]:
		return jen.Qual(pyPkg, "FrozenSetConstant").Types(goType(t.elem())).Call(items...)
	case len(items) > 2:
		return jen.Qual(pyPkg, "SetOfConstants").Types(goType(t.elem())).Call(items...)
	}
	return e.newSetOf(s, t, items...)
}

// newSet emits set() and set(x) of a list, a set, a dict's keys or a
// str's characters.
func (e *emitter) newSet(call *grammar.Call, args []grammar.Expr) *jen.Statement {
	t := e.typeOf(call)
	if len(args) == 0 {
		return e.newSetOf(call, t)
	}
	if !e.arity(call, "set", 1, args) || t.Kind != Set {
		e.diag.unsupported(call, "set() of a value of type "+e.typeOf(args[0]).String())
		return jen.Nil()
	}
	e.consume(args[0])
	x := args[0]
	// Of a range's ints or a str's characters, a set of them unless
	// inference widened its items (set("ab") held where other sets go).
	natural := goTypeString(iterElem(e.typeOf(x), x)) == goTypeString(t.elem())
	if r, isCall := x.(*grammar.Call); isCall && e.isBuiltinCall(r, "range") && natural {
		bounds, _ := e.rangeArgs(r)
		return jen.Qual(pyPkg, "SetFrom").Call(jen.Qual(pyPkg, "Range").Call(bounds...))
	}
	switch xt := e.typeOf(x); {
	case xt.Kind == Set:
		return operand(e.x(x), precPrimary, false).Dot("Copy").Call()
	case xt.Kind == Dict:
		return jen.Func().Params().Add(goType(t)).Block(
			jen.Id("s").Op(":=").Add(e.newSetOf(call, t)),
			jen.Id("s").Dot("AddKeys").Call(operand(e.x(x), precPrimary, false).Dot("Keys").Call()),
			jen.Return(jen.Id("s")),
		).Call()
	case xt.Kind == Str && natural:
		return jen.Qual(pyPkg, "SetFrom").Call(jen.Qual(pyPkg, "StrChars").Call(e.expr(x)))
	}
	items, _, _ := e.itemsList(call, x, t.elem())
	return e.newSetOf(call, t, items.Dot("Items").Op("..."))
}

// setBinary emits x op y for two sets of one Go type.
func (e *emitter) setBinary(op string, x, y grammar.Expr) gox {
	return primary(setOp(setOperators[op], e.x(x), e.expr(y)))
}

// setMethods are the py.Set operations that are methods, which every
// set has; the others are the runtime's functions named "Set" and the
// operation (py.SetUnion, ...), which only a program using them
// compiles.
var setMethods = setOf("Update", "AddAll", "AddKeys")

// setOp emits the py.Set operation name on the set s and arg.
func setOp(name string, s gox, arg jen.Code) *jen.Statement {
	if setMethods[name] {
		return operand(s, precPrimary, false).Dot(name).Call(arg)
	}
	return jen.Qual(pyPkg, "Set"+name).Call(s.code, arg)
}

// setCompare emits the subset tests x <= y, x < y, x >= y and x > y.
func (e *emitter) setCompare(op string, xc, yc gox) gox {
	switch op {
	case ">=", ">":
		xc, yc = yc, xc
	}
	method := "IsSubset"
	if op == "<" || op == ">" {
		method = "IsProperSubset"
	}
	return primary(setOp(method, xc, yc.code))
}

// setMethodCall emits a method taking another collection: a set of the
// receiver's type as it is, a list's items for the methods with a form
// for them, else the list made a set first (as CPython does); of a
// dict's keys, update() and the tests.
func (e *emitter) setMethodCall(recv grammar.Expr, name string, x grammar.Expr) *jen.Statement {
	m := setMembers[name]
	r := e.x(recv)
	xt := e.typeOf(x)
	switch {
	case xt.Kind == Set:
		return setOp(m.ofSet, r, e.expr(x))
	case xt.Kind == List && m.ofItems != "":
		return setOp(m.ofItems, r, operand(e.x(x), precPrimary, false).Dot("Items"))
	case xt.Kind == List:
		return setOp(m.ofSet, r, jen.Qual(pyPkg, "NewSet").Call(operand(e.x(x), precPrimary, false).Dot("Items").Op("...")))
	case xt.Kind == Dict && name == "update":
		return setOp("AddKeys", r, operand(e.x(x), precPrimary, false).Dot("Keys").Call())
	case xt.Kind == Dict && m.result == "bool":
		return setOp(m.ofSet, r, jen.Qual(pyPkg, "NewSet").Call(operand(e.x(x), precPrimary, false).Dot("Keys").Call().Op("...")))
	}
	e.diag.unsupported(x, "set."+name+"() of a value of type "+xt.String())
	return jen.Nil()
}
