package codegen

import (
	"strings"

	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// The key= of sorted(), list.sort(), min() and max(): a lambda of one
// parameter, a built-in that map() also applies (len, str, ...), a
// module-level def of one parameter, or operator.itemgetter and
// operator.attrgetter of constant keys and names. Each becomes a Go
// function of one item, called once per item as CPython calls the key.

// keyArg returns the key= argument of a call, or nil.
func keyArg(call *grammar.Call) grammar.Expr {
	for _, a := range call.Args {
		if a.Name == "key" {
			return a.Value
		}
	}
	return nil
}

// sortKey types the key function of a sorting call on items of type
// elem: a lambda's parameter or a def's gets the element type.
func (c *checker) sortKey(call *grammar.Call, elem *Type) {
	switch k := keyArg(call).(type) {
	case *grammar.Lambda:
		if len(c.lambdas[k]) == 1 {
			c.store(c.lambdas[k][0], elem)
			c.exprType(k.Body)
		}
	case *grammar.Name:
		if fn := c.keyDef(k); fn != nil {
			c.store(fn.Params[0], elem)
		}
	case *grammar.Call:
		for _, a := range k.Args {
			c.exprType(a.Value)
		}
	}
}

// keyDef returns the module-level def of one parameter that n names.
func (c *checker) keyDef(n *grammar.Name) *Func {
	sym := c.uses[n]
	if sym == nil || sym.Kind != symFunc || sym.fn.Def.Async || sym.fn.class != nil || len(sym.fn.Params) != 1 || len(sym.fn.Def.Params) != 1 {
		return nil
	}
	return sym.fn
}

// keyFunc emits the key function k of a sort, min or max of items of
// type elem; ok is false after reporting one of another form.
func (e *emitter) keyFunc(k grammar.Expr, elem *Type) (jen.Code, bool) {
	x := jen.Id("x")
	switch k := k.(type) {
	case *grammar.Lambda:
		if len(e.lambdas[k]) == 1 {
			p := e.lambdas[k][0]
			return jen.Func().Params(jen.Id(p.Go).Add(goType(p.cell.get()))).Add(goType(e.typeOf(k.Body))).Block(
				jen.Return(e.expr(k.Body))), true
		}
	case *grammar.Name:
		if sym := e.uses[k]; sym != nil && sym.Kind == symBuiltin && mapFuncs[k.Id].result != nil {
			return e.mapFunc(k, elem, mapFuncs[k.Id].result), true
		}
		if fn := e.keyDef(k); fn != nil {
			p, ret := fn.Params[0].cell.get(), fn.ret.get()
			if ret.Kind == None {
				break // no key a sort can compare
			}
			arg := e.coerceCode(k, primary(x.Clone()), elem, p)
			return jen.Func().Params(x.Clone().Add(goType(elem))).Add(goType(ret)).Block(
				jen.Return(jen.Id(fn.Sym.Go).Call(arg))), true
		}
	case *grammar.Call:
		if getter, ok := e.operatorGetter(k); ok {
			// The line directive names the line of the call the key is
			// in, which a traceback's frame shows for an IndexError.
			return jen.Func().Params(x.Clone().Add(goType(elem))).Any().BlockFunc(func(g *jen.Group) {
				e.lineDirective(g, k.Pos)
				g.Return(getter(x.Clone()))
			}), true
		}
	}
	e.diag.unsupported(k, "key= other than a lambda of one parameter, a built-in such as len, a def of one parameter, or operator.itemgetter/attrgetter")
	return nil, false
}

// isOperatorGetter reports whether x is operator.itemgetter or
// attrgetter of constants, which only makes a function.
func (e *emitter) isOperatorGetter(x grammar.Expr) bool {
	call, ok := x.(*grammar.Call)
	if !ok {
		return false
	}
	if cl := e.calleeOf(call); cl.kind != calleeLib || (cl.name != "operator.itemgetter" && cl.name != "operator.attrgetter") {
		return false
	}
	for _, a := range call.Args {
		if !isConstant(a.Value) {
			return false
		}
	}
	return true
}

// operatorGetter returns, for operator.itemgetter(k, ...) of constant
// keys or operator.attrgetter(name, ...) of constant (dotted) names, what
// it makes of an item: the value, or a tuple of the values when it takes
// several.
func (e *emitter) operatorGetter(call *grammar.Call) (func(x jen.Code) jen.Code, bool) {
	cl := e.calleeOf(call)
	if cl.kind != calleeLib || (cl.name != "operator.itemgetter" && cl.name != "operator.attrgetter") || len(call.Args) == 0 {
		return nil, false
	}
	var parts []func(x jen.Code) jen.Code
	for _, a := range call.Args {
		if a.Name != "" || a.Star {
			return nil, false
		}
		if cl.name == "operator.itemgetter" {
			key, ok := constKey(a.Value)
			if !ok {
				return nil, false
			}
			parts = append(parts, func(x jen.Code) jen.Code { return jen.Qual(pyPkg, "GetItemAny").Call(x, key) })
			continue
		}
		s, ok := a.Value.(*grammar.StrLit)
		if !ok {
			return nil, false
		}
		e.useDynamic()
		names := strings.Split(s.Value, ".")
		parts = append(parts, func(x jen.Code) jen.Code {
			for _, n := range names {
				x = jen.Qual(pyPkg, "GetAttr").Call(x, jen.Lit(n))
			}
			return x
		})
	}
	if len(parts) == 1 {
		return parts[0], true
	}
	return func(x jen.Code) jen.Code {
		items := make([]jen.Code, len(parts))
		for i, p := range parts {
			items[i] = p(x)
		}
		return jen.Qual(pyPkg, "Tuple").Values(items...)
	}, true
}

// constKey is an int or str constant as the Go value of an item key.
func constKey(x grammar.Expr) (jen.Code, bool) {
	if n, ok := constInt(x); ok {
		return jen.Lit(n), true
	}
	if s, ok := x.(*grammar.StrLit); ok {
		return jen.Lit(s.Value), true
	}
	return nil, false
}
