package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// x[k], x[k] = v and x(args) on an instance of a class that defines
// __getitem__, __setitem__ or __call__: a call of the method, typed like
// any other (the key, the value and the arguments flow into its
// parameters). Slices, del and augmented assignment of such items are
// refused; so is a class without the method, which CPython would make a
// TypeError, and an instance called through an attribute (obj.f(x) with
// f holding it).

// itemMethods are the methods a class may define for x[k] and x(...),
// with the number of parameters each takes (self included; 0: any).
var itemMethods = map[string]int{"__getitem__": 2, "__setitem__": 3, "__delitem__": 2, "__call__": 0}

// checkItemMethod reports an item method with other parameters than
// (self, key) or (self, key, value), an async __call__, or one in an enum
// or an exception class.
func (r *resolver) checkItemMethod(cls *Class, def *grammar.FuncDef) bool {
	n := itemMethods[def.Name]
	ok := n == 0 || len(def.Params) == n
	for _, p := range def.Params {
		ok = ok && (n == 0 || p.Kind == grammar.ParamNormal && p.Default == nil)
	}
	switch {
	case cls.enum != nil || cls.isExc() || cls.data != nil && cls.data.tuple:
		r.diag.unsupported(def, "'"+def.Name+"' in this class")
	case def.Async:
		r.diag.unsupported(def, "async '"+def.Name+"'")
	case !ok:
		r.diag.unsupported(def, "'"+def.Name+"' with parameters other than "+map[int]string{2: "(self, key)", 3: "(self, key, value)"}[n])
	default:
		return true
	}
	return false
}

// itemMethod returns the item method name that instances of type t run
// for x[k] with this index, or nil (a slice is refused).
func itemMethod(t *Type, name string, index grammar.Expr) *Func {
	if t.Kind != ClassT || t.cls.enum != nil {
		return nil
	}
	if _, isSlice := index.(*grammar.Slice); isSlice {
		return nil
	}
	return t.cls.method(name)
}

// getItem emits x[k] through __getitem__.
func (e *emitter) getItem(s *grammar.Subscript, m *Func) gox {
	cls := e.classOf(s.X)
	return primary(e.instance(s.X, cls, m.Def.Name).Dot(m.Sym.Go).Call(e.coerce(s.Index, m.Params[1].cell.get())))
}

// setItem emits x[k] = value through __setitem__, value first as Python
// evaluates it.
func (e *emitter) setItem(g *jen.Group, t *grammar.Subscript, value grammar.Expr, m *Func) {
	cls := e.classOf(t.X)
	e.storeAfter(g, t, value, e.coerce(value, m.Params[2].cell.get()), func(v jen.Code) jen.Code {
		return e.instance(t.X, cls, m.Def.Name).Dot(m.Sym.Go).Call(e.coerce(t.Index, m.Params[1].cell.get()), v)
	})
}

// delItemBy emits del x[k] through __delitem__.
func (e *emitter) delItemBy(g *jen.Group, t *grammar.Subscript, m *Func) {
	cls := e.classOf(t.X)
	g.Add(e.instance(t.X, cls, m.Def.Name).Dot(m.Sym.Go).Call(e.coerce(t.Index, m.Params[1].cell.get())))
}

// callMethod returns the __call__ that calling a value of type t runs,
// or nil.
func callMethod(t *Type) *Func {
	if t.Kind != ClassT || t.cls.enum != nil {
		return nil
	}
	return t.cls.method("__call__")
}

// callInstance emits x(args) through __call__.
func (e *emitter) callInstance(call *grammar.Call, m *Func) *jen.Statement {
	margs, ok := e.callArgs(m, call)
	if !ok {
		return jen.Nil()
	}
	return e.instance(call.Func, e.classOf(call.Func), m.Def.Name).Dot(m.Sym.Go).Call(margs...)
}
