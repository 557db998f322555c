package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// os.environ and os.getenv. os.environ is a dict of str to str (a
// *py.Dict with the _Environ flavor, runtime/py/environ.go), typed with
// that flavor: not a dict subclass in CPython (isinstance(os.environ,
// dict) is False, json refuses it), it joins with no dict but another
// environ, as a deque joins with no list.

const environFlavor = "_Environ"

var osNames = setOf("getenv", "environ")

// environType is the type of os.environ.
func (c *checker) environType(at grammar.Expr) *Type {
	k, v := c.cellAt(at, 0), c.cellAt(at, 1)
	c.lat.add(k, tStr)
	c.lat.add(v, tStr)
	return &Type{Kind: Dict, parts: []*cell{k, v}, flavor: environFlavor}
}

// environ emits os.environ, whose keys and values a program may not make
// other than strs (CPython raises TypeError).
func (e *emitter) environ(x grammar.Expr) gox {
	if t := e.typeOf(x); t.part(0).Kind != Str || t.part(1).Kind != Str {
		e.diag.unsupported(x, "os.environ holding values other than strs")
	}
	return primary(jen.Qual(pyPkg, "Environ").Call())
}

// getenvType types os.getenv(key) and os.getenv(key, default), and
// os.environ.get(...), which must not widen os.environ's values as a
// dict's get does: a str, or any for a default of another type or None.
func getenvType(args []*Type) *Type {
	if len(args) == 2 && args[1].Kind == Str {
		return tStr
	}
	return tAny
}

// getenv emits os.getenv(key[, default]) or os.environ.get(...) (name
// says which) of a str key.
func (e *emitter) getenv(call *grammar.Call, name string) *jen.Statement {
	args, kw := e.positional(call, name, "default")
	if d := kw["default"]; d != nil {
		args = append(args, d)
	}
	if len(args) != 1 && len(args) != 2 {
		e.diag.unsupported(call, name+"() other than of a key and a default")
		return jen.Nil()
	}
	if kt := e.typeOf(args[0]); kt.Kind != Str {
		e.diag.unsupported(args[0], name+"() of a key of type "+kt.String())
		return jen.Nil()
	}
	switch {
	case len(args) == 1:
		return jen.Qual(pyPkg, "Getenv").Call(e.expr(args[0]))
	case e.typeOf(call).Kind == Str:
		return jen.Qual(pyPkg, "Environ").Call().Dot("GetDefault").Call(e.expr(args[0]), e.expr(args[1]))
	}
	return jen.Qual(pyPkg, "GetenvDefault").Call(e.expr(args[0]), e.coerce(args[1], tAny))
}
