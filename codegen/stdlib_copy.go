package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// copy.copy and copy.deepcopy: a value of the type of their argument.
// Lists, dicts and sets copy themselves (runtime/py/copy.go); an instance
// of a class of the program is copied field by field by copy.copy, as
// CPython copies its __dict__, and refused by deepcopy.

var copyNames = setOf("copy", "deepcopy")

// copyType types copy.copy(x) and copy.deepcopy(x) as x; nil for other
// names.
func copyType(name string, args []*Type) *Type {
	if (name == "copy.copy" || name == "copy.deepcopy") && len(args) == 1 {
		return args[0]
	}
	return nil
}

// copyCall emits copy.copy(x) or copy.deepcopy(x); ok is false for other
// names.
func (e *emitter) copyCall(name string, call *grammar.Call) (code *jen.Statement, ok bool) {
	if name != "copy.copy" && name != "copy.deepcopy" {
		return nil, false
	}
	args, _ := e.positional(call, name)
	if !e.arity(call, name, 1, args) {
		return jen.Nil(), true
	}
	x := args[0]
	t := e.typeOf(x)
	if cls := instanceClass(t); cls != nil || t.Kind == ExcT {
		if name == "copy.deepcopy" || cls == nil || cls.inHierarchy() || cls.enum != nil || t.optional || cls.isExc() {
			e.diag.unsupported(call, name+"() of a value of type "+t.String())
			return jen.Nil(), true
		}
		// A new struct with the same fields.
		return jen.Func().Params().Add(goType(t)).Block(
			jen.Id("c").Op(":=").Op("*").Add(e.expr(x)),
			jen.Return(jen.Op("&").Id("c"))).Call(), true
	}
	switch {
	case name == "copy.deepcopy":
		return jen.Qual(pyPkg, "DeepCopy").Call(e.expr(x)), true
	case t.Kind == List || t.Kind == Set || t.Kind == Dict && t.flavor != environFlavor:
		return operand(e.x(x), precPrimary, false).Dot("Copy").Call(), true
	case t.Kind == Any || t.Kind == Unknown:
		return jen.Qual(pyPkg, "CopyAny").Call(e.expr(x)), true
	case t.Kind == Int || t.Kind == Float || t.Kind == Str || t.Kind == Bool || t.Kind == None || t.Kind == Tuple:
		return e.expr(x), true // immutable: copy.copy returns it
	}
	e.diag.unsupported(call, name+"() of a value of type "+t.String())
	return jen.Nil(), true
}
