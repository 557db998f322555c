package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// Instances that a for loop, a comprehension, list(), sorted() ... iterate
// over: named tuples, instances of a class whose __iter__ returns iter(x)
// of a list, dict, set, str, tuple or deque, and iterators of the
// program's own, whose __iter__ returns self and whose __next__ gives the
// items until it raises StopIteration. For the first kind the method
// returns x itself. The class's PyIter adapter iterates over what
// __iter__ returns, and iteration sites take the instance as a value of
// type any (py.Iter), its items as any. next(it[, default]) calls an
// iterator's __next__; next(iter(x)[, default]) is x's first item. Any
// other iter(x) is an iterator held as a value (IterT, a *py.Iterator),
// as itertools.count(), cycle() and repeat(x) are.

// checkIterMethod reports whether def, a class's __iter__, is one the
// compiler translates: `return iter(x)`, or `return self` in a class
// defining __next__, in a class that is not a named tuple, an enum or an
// exception.
func (r *resolver) checkIterMethod(cls *Class, def *grammar.FuncDef) bool {
	call, _ := returnedValue(def).(*grammar.Call)
	isIter := call != nil && onlyArg(call) != nil && r.isBuiltinName(call.Func, "iter")
	switch {
	case cls.enum != nil || cls.isExc() || cls.data != nil && cls.data.tuple:
		r.diag.unsupported(def, "'__iter__' in this class")
	case len(def.Params) != 1:
		r.diag.unsupported(def, "'__iter__' with parameters other than (self)")
	case returnsSelf(def):
		if classDefines(cls.Def, "__next__") {
			return true
		}
		r.diag.unsupported(def, "'__iter__' returning self in a class without '__next__'")
	case !isIter:
		r.diag.unsupported(def, "'__iter__' other than `return iter(...)` or `return self`")
	default:
		r.iterCalls[call] = true
		return true
	}
	return false
}

// checkNextMethod reports whether def, a class's __next__, is one the
// compiler translates: a method of self alone, in a plain class outside
// a hierarchy (the adapter calls the class's own method).
func (r *resolver) checkNextMethod(cls *Class, def *grammar.FuncDef) bool {
	switch {
	case cls.enum != nil || cls.isExc() || cls.data != nil && cls.data.tuple || cls.inHierarchy():
		r.diag.unsupported(def, "'__next__' in this class")
	case len(def.Params) != 1:
		r.diag.unsupported(def, "'__next__' with parameters other than (self)")
	default:
		return true
	}
	return false
}

// returnsSelf reports whether a method's body is `return self`.
func returnsSelf(def *grammar.FuncDef) bool {
	n, ok := returnedValue(def).(*grammar.Name)
	return ok && len(def.Params) > 0 && n.Id == def.Params[0].Name
}

// classDefines reports whether a class body defines a method name.
func classDefines(def *grammar.ClassDef, name string) bool {
	for _, st := range def.Body {
		if f, ok := st.(*grammar.FuncDef); ok && f.Name == name {
			return true
		}
	}
	return false
}

// nextMethod is the __next__ of an iterator of the program's own of type
// t, or nil.
func nextMethod(t *Type) *Func {
	if t.Kind != ClassT {
		return nil
	}
	return t.cls.methods["__next__"]
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
	switch k := m.ret.get().Kind; {
	case returnsSelf(m.Def):
		next := cls.methods["__next__"]
		f.Line()
		f.Comment("PyIter iterates over a " + cls.Def.Name + ": over what its __next__ returns until StopIteration.")
		f.Func().Params(jen.Id("self").Op("*").Id(cls.structName())).Id("PyIter").Params().Qual("iter", "Seq").Types(jen.Any()).Block(
			jen.Id("it").Op(":=").Id("self").Dot(m.Sym.Go).Call(),
			jen.Return(jen.Qual(pyPkg, "NextSeq").Call(jen.Func().Params().Any().Block(jen.Return(jen.Id("it").Dot(next.Sym.Go).Call())))))
		return
	case k == List, k == Dict, k == Set, k == Str, k == Tuple:
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

// nextCall emits next(it[, default]) of an iterator of the program's own:
// its __next__, whose StopIteration gives the default.
//
//	func() T { it0 := it; return py.NextOrDefault(func() T { return it0.__next___() }, def) }()
func (e *emitter) nextCall(call *grammar.Call, next *Func) *jen.Statement {
	recv := operand(e.x(call.Args[0].Value), precPrimary, false)
	if len(call.Args) == 1 {
		return recv.Dot(next.Sym.Go).Call()
	}
	t, it := e.typeOf(call), e.tempVar("it")
	item := e.coerceCode(call, primary(jen.Id(it).Dot(next.Sym.Go).Call()), next.ret.get(), t)
	return jen.Func().Params().Add(goType(t)).Block(
		jen.Id(it).Op(":=").Add(recv),
		jen.Return(jen.Qual(pyPkg, "NextOrDefault").Types(goType(t)).Call(
			jen.Func().Params().Add(goType(t)).Block(jen.Return(item)),
			e.coerce(call.Args[1].Value, t))),
	).Call()
}

// iterCall emits iter(x) kept as a value: the iterator of the program's
// own that x's __iter__ returns (itself), an iterator held as a value
// itself, or a new *py.Iterator over x.
func (e *emitter) iterCall(call *grammar.Call) *jen.Statement {
	x := onlyArg(call) // the resolver takes iter() of one argument only
	xt := e.typeOf(x)
	xv := func() *jen.Statement { return operand(e.x(x), precPrimary, false) }
	if nextMethod(xt) != nil {
		return xv().Dot(xt.cls.methods["__iter__"].Sym.Go).Call()
	}
	if xt.Kind == IterT {
		return e.expr(x)
	}
	var it *jen.Statement
	have := iterElem(xt, x)
	_, _, view := e.dictView(x)
	switch r, isCall := x.(*grammar.Call); {
	case isCall && e.isBuiltinCall(r, "range"):
		bounds, ok := e.rangeArgs(r)
		if !ok {
			return jen.Nil()
		}
		it = jen.Qual(pyPkg, "IterRange").Call(bounds...)
	case e.isIteratorCall(x) || view:
		// Taken at once here, they would run map's function or see the
		// dict before next() asks, unlike CPython's lazy iterators.
		e.diag.unsupported(call, "iter() of map(), filter(), zip(), enumerate(), reversed(), itertools or a dict view")
		return jen.Nil()
	case xt.Kind == List:
		it = jen.Qual(pyPkg, "IterList").Call(xv())
	case xt.Kind == Dict:
		it = jen.Qual(pyPkg, "IterDict").Call(xv())
	case xt.Kind == Set:
		it = jen.Qual(pyPkg, "IterSet").Call(xv())
	case xt.Kind == Str:
		it = jen.Qual(pyPkg, "IterStr").Call(e.expr(x))
	default: // a tuple, an instance, a value of type any; TypeError for others
		it, have = jen.Qual(pyPkg, "IterAny").Call(e.expr(x)), tAny
	}
	return iterAs(it, have, e.typeOf(call).elem())
}

// iterAs converts an iterator whose items have type have into one of
// want's items when inference made it wider.
func iterAs(it *jen.Statement, have, want *Type) *jen.Statement {
	if goTypeString(want) == goTypeString(have) {
		return it
	}
	return jen.Qual(pyPkg, "IterAs").Types(goType(want)).Call(it)
}

// nextOf emits next(it[, default]) of an iterator held as a value (it.Next,
// it.NextOr) or of a value of type any (py.NextAny, whose result a
// default of another type than the items makes any).
func (e *emitter) nextOf(call *grammar.Call) *jen.Statement {
	x, t := call.Args[0].Value, e.typeOf(call)
	if xt := e.typeOf(x); xt.Kind == IterT && goTypeString(xt.elem()) == goTypeString(t) {
		if len(call.Args) == 1 {
			return operand(e.x(x), precPrimary, false).Dot("Next").Call()
		}
		return operand(e.x(x), precPrimary, false).Dot("NextOr").Call(e.coerce(call.Args[1].Value, t))
	}
	args := []jen.Code{e.expr(x)}
	if len(call.Args) == 2 {
		args = append(args, e.expr(call.Args[1].Value))
	}
	return e.coerceCode(call, primary(jen.Qual(pyPkg, "NextAny").Call(args...)), tAny, t)
}

// iterType types iter(x): what an __iter__ returns (the iterable itself,
// emitted by its use), an iterator's self (of the program's own, or one
// held as a value), else a new iterator (IterT) over x's items, which
// share the cell of a list's, dict's or set's items.
func (c *checker) iterType(call *grammar.Call, xt *Type) *Type {
	switch {
	case c.iterCalls[call] || nextMethod(xt) != nil || xt.Kind == IterT:
		return xt
	case xt.Kind == Unknown:
		return tUnknown
	}
	el := c.itemsCell(call, 0, xt, call.Args[0].Value)
	if el == nil { // not iterable: CPython's TypeError at run time (py.IterAny)
		el = c.cellAt(call, 0)
		c.lat.add(el, tAny)
	}
	return compound(IterT, el)
}
