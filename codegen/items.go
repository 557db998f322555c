package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// x[k] and x[k] = v on an instance of a class that defines __getitem__
// or __setitem__: a call of the method, typed like any other (the key
// and the value flow into its parameters). Slices, del and augmented
// assignment of such items are refused; so is a class without the
// method, which CPython would make a TypeError.

// itemMethods are the item methods a class may define, with the number
// of parameters each takes (self included).
var itemMethods = map[string]int{"__getitem__": 2, "__setitem__": 3}

// checkItemMethod reports an item method with other parameters than
// (self, key) or (self, key, value), or in an enum or an exception
// class.
func (r *resolver) checkItemMethod(cls *Class, def *grammar.FuncDef) bool {
	n := itemMethods[def.Name]
	ok := len(def.Params) == n
	for _, p := range def.Params {
		ok = ok && p.Kind == grammar.ParamNormal && p.Default == nil
	}
	switch {
	case cls.enum != nil || cls.isExc() || cls.data != nil && cls.data.tuple:
		r.diag.unsupported(def, "'"+def.Name+"' in this class")
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
