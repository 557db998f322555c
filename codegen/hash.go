package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// __hash__ in the program's classes. The runtime files instances of a
// class defining it under their hash and compares them with __eq__
// (py.PyHasher, runtime/py/keys.go), and it calls the method whenever
// CPython would hash the instance, and sometimes more often (moving a
// key between tables): so the method must be a pure expression.

// checkHashMethod reports whether def, a class's __hash__, is one the
// compiler translates: `return` of an expression that only reads (the
// attributes of self, constants, hash(), len() and tuple(), operators),
// in a plain class whose bases all keep their __hash__.
func (r *resolver) checkHashMethod(cls *Class, def *grammar.FuncDef) bool {
	value := returnedValue(def)
	switch {
	case cls.enum != nil || cls.isExc() || cls.data != nil:
		r.diag.unsupported(def, "'__hash__' in this class")
	case len(def.Params) != 1:
		r.diag.unsupported(def, "'__hash__' with parameters other than (self)")
	case value == nil || !readsOnly(value):
		r.diag.unsupported(def, "'__hash__' other than `return` of an expression over self's attributes, hash(), len() and tuple()")
	case cls.base != nil && cls.base.unhashable():
		r.diag.unsupported(def, "'__hash__' in a subclass of a class whose __eq__ made it unhashable")
	default:
		return true
	}
	return false
}

// returnedValue is x when the body of def is `return x` (after a
// docstring), else nil.
func returnedValue(def *grammar.FuncDef) grammar.Expr {
	body := def.Body
	if len(body) > 1 && isDocstring(body[0]) {
		body = body[1:]
	}
	if ret, ok := body[0].(*grammar.Return); ok && len(body) == 1 {
		return ret.Value
	}
	return nil
}

// onlyArg is the argument of a call with one positional argument, else
// nil.
func onlyArg(call *grammar.Call) grammar.Expr {
	if len(call.Args) != 1 || call.Args[0].Name != "" || call.Args[0].Star || call.Args[0].DoubleStar {
		return nil
	}
	return call.Args[0].Value
}

// readsOnly reports whether evaluating x only reads: names, attributes,
// items, constants, tuples, operators and the calls hash(), len() and
// tuple().
func readsOnly(x grammar.Expr) bool {
	switch x := x.(type) {
	case *grammar.Name, *grammar.IntLit, *grammar.FloatLit, *grammar.StrLit, *grammar.Const:
		return true
	case *grammar.Attribute:
		return readsOnly(x.X)
	case *grammar.Subscript:
		return readsOnly(x.X) && readsOnly(x.Index)
	case *grammar.Tuple:
		for _, el := range x.Elts {
			if !readsOnly(el) {
				return false
			}
		}
		return true
	case *grammar.Binary:
		return readsOnly(x.X) && readsOnly(x.Y)
	case *grammar.Unary:
		return readsOnly(x.X)
	case *grammar.Call:
		f, ok := x.Func.(*grammar.Name)
		if arg := onlyArg(x); ok && arg != nil {
			switch f.Id {
			case "hash", "len", "tuple":
				return readsOnly(arg)
			}
		}
	}
	return false
}

// unhashable reports whether instances of cls have no hash: it or a base
// defines __eq__ without __hash__ (CPython sets __hash__ to None), and no
// class below that one defines __hash__ again.
func (cls *Class) unhashable() bool {
	for k := cls; k != nil; k = k.base {
		if k.methods["__hash__"] != nil {
			return false
		}
		if k.methods["__eq__"] != nil {
			return true
		}
	}
	return false
}

// hashAdapter declares PyHash for a class that defines __hash__.
func (e *emitter) hashAdapter(f *jen.File, cls *Class) {
	m := cls.methods["__hash__"]
	if m == nil {
		return
	}
	if m.ret.get().Kind != Int {
		e.diag.unsupported(m.Def, "__hash__() that may return something other than an int")
		return
	}
	f.Line()
	f.Comment("PyHash is hash() of a " + cls.Def.Name + ": its __hash__.")
	f.Func().Params(jen.Id("self").Op("*").Id(cls.structName())).Id("PyHash").Params().Int().Block(
		jen.Return(jen.Id("self").Dot(m.Sym.Go).Call()))
}
