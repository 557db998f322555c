package codegen

import (
	"github.com/dave/jennifer/jen"
)

// Optional instances. None joined with an instance of a plain class of
// the program (a parent that may be None, a lookup that may find nothing)
// or with an exception (the last error, None until one happens) is that
// class's type marked optional (Type.optional), not any: its Go type
// stays the pointer (or interface, or *py.Exc), and nil is None. So
// attributes and methods stay typed; reaching one of None raises
// CPython's AttributeError (py.NotNone), `x is None` compares with nil,
// and where the value goes dynamic (held as any, its truth) nil becomes
// py.None (py.Opt). Printing, type(), isinstance() and == of a nil
// instance reach the runtime, which answers for None. Enum members join
// None to any.

// canBeOptional reports whether None joined with t gives t optional.
func canBeOptional(t *Type) bool {
	switch t.Kind {
	case ClassT:
		return t.cls.enum == nil
	case ExcT:
		return true
	}
	return false
}

// withOptional is t marked optional.
func withOptional(t *Type) *Type {
	if t.optional {
		return t
	}
	o := *t
	o.optional = true
	return &o
}

// noneOf emits None as a value of type t: a typed nil for an optional
// instance, else py.None.
func noneOf(t *Type) jen.Code {
	if t.optional {
		return jen.Parens(goType(t)).Call(jen.Nil())
	}
	return jen.Qual(pyPkg, "None")
}

// notNone emits v, an optional instance, checked not to be None before
// attribute name of it is reached.
func notNone(v *jen.Statement, name string) *jen.Statement {
	return jen.Qual(pyPkg, "NotNone").Call(v, jen.Lit(name))
}

// optAny emits v, a value of type t, as the runtime's dynamic helpers
// take it: an optional instance's nil as py.None.
func optAny(v jen.Code, t *Type) jen.Code {
	if t.optional {
		return jen.Qual(pyPkg, "Opt").Call(v)
	}
	return v
}
