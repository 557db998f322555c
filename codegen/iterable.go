package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// Instances that a for loop, a comprehension, list(), sorted() ... iterate
// over: named tuples, and instances of a class whose __iter__ returns
// iter(x) of a list, dict, set, str, tuple or deque. The method returns x
// itself; the class's PyIter adapter iterates over it, and iteration
// sites take the instance as a value of type any (py.Iter), its items as
// any. The only other iterator the compiler takes is the one of
// next(iter(x)[, default]): x's first item.

// checkIterMethod reports whether def, a class's __iter__, is one the
// compiler translates: `return iter(x)`, in a class that is not a named
// tuple, an enum or an exception.
func (r *resolver) checkIterMethod(cls *Class, def *grammar.FuncDef) bool {
	call, _ := returnedValue(def).(*grammar.Call)
	isIter := call != nil && onlyArg(call) != nil && r.isBuiltinName(call.Func, "iter")
	switch {
	case cls.enum != nil || cls.isExc() || cls.data != nil && cls.data.tuple:
		r.diag.unsupported(def, "'__iter__' in this class")
	case len(def.Params) != 1:
		r.diag.unsupported(def, "'__iter__' with parameters other than (self)")
	case !isIter:
		r.diag.unsupported(def, "'__iter__' other than `return iter(...)`")
	default:
		r.iterCalls[call] = true
		return true
	}
	return false
}

// iterableInstance reports whether values of type t are instances the
// runtime iterates over (PyIter): named tuples and instances of a class
// with __iter__.
func iterableInstance(t *Type) bool {
	return isNamedTuple(t) || t.Kind == ClassT && t.cls.method("__iter__") != nil
}

// iterAdapter declares PyIter for a class that defines __iter__: the
// items of what its __iter__ returns, as any.
func (e *emitter) iterAdapter(f *jen.File, cls *Class) {
	m := cls.methods["__iter__"]
	if m == nil {
		return
	}
	switch k := m.ret.get().Kind; k {
	case List, Dict, Set, Str, Tuple:
	default:
		e.diag.unsupported(m.Def, "__iter__() of a value of type "+m.ret.get().String())
		return
	}
	f.Line()
	f.Comment("PyIter iterates over a " + cls.Def.Name + ": over what its __iter__ returns iter() of.")
	f.Func().Params(jen.Id("self").Op("*").Id(cls.structName())).Id("PyIter").Params().Qual("iter", "Seq").Types(jen.Any()).Block(
		jen.Return(jen.Qual(pyPkg, "Iter").Call(jen.Id("self").Dot(m.Sym.Go).Call())))
}

// nextOfIter returns the inner call of next(iter(x)[, default]), or nil.
func (r *resolver) nextOfIter(call *grammar.Call) *grammar.Call {
	if !r.isBuiltinName(call.Func, "next") || len(call.Args) < 1 || len(call.Args) > 2 {
		return nil
	}
	for _, a := range call.Args {
		if a.Name != "" || a.Star || a.DoubleStar {
			return nil
		}
	}
	inner, ok := call.Args[0].Value.(*grammar.Call)
	if !ok || !r.isBuiltinName(inner.Func, "iter") || onlyArg(inner) == nil {
		return nil
	}
	return inner
}

// isBuiltinName reports whether f is a name of the built-in name.
func (r *resolver) isBuiltinName(f grammar.Expr, name string) bool {
	n, ok := f.(*grammar.Name)
	sym := r.lookup(name)
	return ok && n.Id == name && sym != nil && sym.Kind == symBuiltin
}

// nextIter emits next(iter(x)[, default]): x's first item, or default,
// or StopIteration.
func (e *emitter) nextIter(call, inner *grammar.Call) *jen.Statement {
	t := e.typeOf(call)
	e.consume(inner.Args[0].Value) // d.items(), zip(...): iterated here
	items := jen.Qual(pyPkg, "Iter").Call(e.expr(inner.Args[0].Value))
	if len(call.Args) == 2 {
		return jen.Qual(pyPkg, "NextOr").Types(goType(t)).Call(items, e.coerce(call.Args[1].Value, t))
	}
	return jen.Qual(pyPkg, "Next").Types(goType(t)).Call(items)
}
