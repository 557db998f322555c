package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// The json module: dumps of any value to a str (runtime/py/json.go), and
// loads, whose result is a value of dynamic type (dicts and lists of
// any), used through the runtime's dynamic helpers.

// jsonNames are the names of json a program may use.
var jsonNames = setOf("dumps", "loads", "JSONDecodeError")

// jsonType is the type of a call of a json function, or nil for a name
// outside the module.
func jsonType(name string) *Type {
	switch name {
	case "json.dumps":
		return tStr
	case "json.loads":
		return tAny
	}
	return nil
}

// jsonCall emits a call of a json function; ok is false for a name
// outside the module.
func (e *emitter) jsonCall(name string, call *grammar.Call) (code *jen.Statement, ok bool) {
	switch name {
	case "json.dumps":
		return e.jsonDumps(call), true
	case "json.loads":
		args, _ := e.positional(call, name)
		if !e.arity(call, name, 1, args) {
			return jen.Nil(), true
		}
		if e.typeOf(args[0]).Kind == Str {
			return jen.Qual(pyPkg, "JSONLoads").Call(e.expr(args[0])), true
		}
		return jen.Qual(pyPkg, "JSONLoadsAny").Call(e.expr(args[0])), true
	case "json.JSONDecodeError":
		// CPython's constructor formats (msg, doc, pos) into its message.
		e.diag.unsupported(call, "constructing json.JSONDecodeError")
		return jen.Nil(), true
	}
	return nil, false
}

// jsonDumps emits json.dumps(obj, indent=, sort_keys=, separators=,
// ensure_ascii=) as py.JSONDumps with the options that differ from the
// defaults.
func (e *emitter) jsonDumps(call *grammar.Call) *jen.Statement {
	args, kw := e.positional(call, "json.dumps", "indent", "sort_keys", "separators", "ensure_ascii")
	if !e.arity(call, "json.dumps", 1, args) {
		return jen.Nil()
	}
	if !jsonable(e.typeOf(args[0]), 0) {
		// CPython's TypeError names the class, which the runtime's
		// objects do not all know.
		e.diag.unsupported(args[0], "json.dumps() of a value of type "+e.typeOf(args[0]).String())
		return jen.Nil()
	}
	opts := jen.Dict{}
	if x := kw["indent"]; x != nil && !isNone(x) {
		switch e.typeOf(x).Kind {
		case Int, Str, Bool, Any, Unknown:
			opts[jen.Id("Indent")] = e.expr(x)
		default:
			e.diag.unsupported(x, "indent= of type "+e.typeOf(x).String())
		}
	}
	if x := kw["sort_keys"]; x != nil {
		opts[jen.Id("SortKeys")] = e.cond(x)
	}
	if x := kw["ensure_ascii"]; x != nil {
		opts[jen.Id("KeepUnicode")] = jen.Op("!").Add(operand(e.condX(x), precUnary, false))
	}
	if x := kw["separators"]; x != nil && !isNone(x) {
		var parts []grammar.Expr
		switch s := x.(type) {
		case *grammar.Tuple:
			parts = s.Elts
		case *grammar.List:
			parts = s.Elts
		}
		if len(parts) != 2 || e.typeOf(parts[0]).Kind != Str || e.typeOf(parts[1]).Kind != Str {
			e.diag.unsupported(x, "separators= other than a pair of strs written out")
			return jen.Nil()
		}
		opts[jen.Id("Separators")] = jen.Index().String().Values(e.expr(parts[0]), e.expr(parts[1]))
	}
	return jen.Qual(pyPkg, "JSONDumps").Call(e.expr(args[0]), jen.Qual(pyPkg, "JSONOptions").Values(opts))
}

// jsonable reports whether a value of type t may be JSON: made of None,
// bools, numbers, strs, lists, tuples and dicts (or values of dynamic
// type).
func jsonable(t *Type, depth int) bool {
	switch t.Kind {
	case None, Bool, Int, Float, Str, Any, Unknown:
		return true
	case List, Dict, Tuple:
		if t.deque || t.flavor == environFlavor {
			return false
		}
		for i := range t.parts {
			if depth > maxTypeDepth || !jsonable(t.part(i), depth+1) {
				return false
			}
		}
		return true
	}
	return false
}
