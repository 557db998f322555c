package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// forStmt emits a for loop over range(...), a list, a dict's keys or a
// string's characters.
func (e *emitter) forStmt(g *jen.Group, st *grammar.For) {
	n, ok := st.Target.(*grammar.Name)
	if !ok {
		e.diag.unsupported(st.Target, "loop target other than a name")
		return
	}
	sym := e.uses[n]
	lv := loopVar{used: sym.read || sym.pkgLevel, define: e.define[n], id: sym.Go}
	if call, ok := st.Iter.(*grammar.Call); ok && isCallTo(call, "range") && e.uses[call.Func.(*grammar.Name)].Kind == symBuiltin {
		e.forRange(g, st, call, sym, lv)
		return
	}
	xt := e.typeOf(st.Iter)
	x := func() *jen.Statement { return operand(e.x(st.Iter), precPrimary, false) }
	var header jen.Code
	switch {
	case xt.Kind == List && isKeysCall(e, st.Iter):
		call := st.Iter.(*grammar.Call)
		header = lv.indexed(operand(e.x(call.Func.(*grammar.Attribute).X), precPrimary, false).Dot("Keys").Call())
	case xt.Kind == List:
		header = lv.indexed(x().Dot("Items"))
	case xt.Kind == Dict:
		header = lv.indexed(x().Dot("Keys").Call())
	case xt.Kind == Str:
		header = lv.single(jen.Qual(pyPkg, "StrChars").Call(e.expr(st.Iter)))
	default:
		e.diag.unsupported(st.Iter, "iterating over a value of type "+xt.String())
		return
	}
	g.For(header).BlockFunc(e.body(st.Body))
}

// isKeysCall reports whether e is `d.keys()` on a dict.
func isKeysCall(e *emitter, x grammar.Expr) bool {
	call, ok := x.(*grammar.Call)
	if !ok {
		return false
	}
	cl := e.calleeOf(call)
	return cl.kind == calleeMethod && cl.name == "keys" && e.typeOf(cl.recv).Kind == Dict && len(call.Args) == 0
}

// loopVar is how a loop binds its target: declared in the header, assigned
// to a variable declared earlier, or not at all when the body never reads it.
type loopVar struct {
	used, define bool
	id           string
}

func (lv loopVar) op() string {
	if lv.define {
		return ":="
	}
	return "="
}

// single is the header of a range over a sequence of values.
func (lv loopVar) single(seq jen.Code) jen.Code {
	if !lv.used {
		return jen.Range().Add(seq)
	}
	return jen.Id(lv.id).Op(lv.op()).Range().Add(seq)
}

// indexed is the header of a range over a slice, whose index is dropped.
func (lv loopVar) indexed(seq jen.Code) jen.Code {
	if !lv.used {
		return jen.Range().Add(seq)
	}
	return jen.List(jen.Id("_"), jen.Id(lv.id)).Op(lv.op()).Range().Add(seq)
}

// forRange emits `for i in range(...)`: `for i := range n` for one
// argument, a three-clause loop when the step is a constant and neither
// the bound nor the variable can change inside the body (Python
// evaluates range's arguments once and rebinds i each iteration), and a
// range over py.Range otherwise.
func (e *emitter) forRange(g *jen.Group, st *grammar.For, call *grammar.Call, sym *Symbol, lv loopVar) {
	args, _ := e.positional(call, "range")
	body := e.body(st.Body)
	switch len(args) {
	case 1:
		g.For(lv.single(e.coerce(args[0], tInt))).BlockFunc(body)
		return
	case 2, 3:
	default:
		e.diag.unsupported(call, "range() with these arguments")
		return
	}
	step, constStep := 1, true
	if len(args) == 3 {
		step, constStep = constInt(args[2])
	}
	stop := args[1]
	stableStop := isIntLit(stop) || isLocalNotAssigned(e, stop, st.Body)
	if constStep && step != 0 && lv.used && lv.define && !assignsTo(e, st.Body, sym) && stableStop {
		i := jen.Id(sym.Go)
		var cond, post jen.Code
		switch {
		case step == 1:
			cond, post = i.Clone().Op("<").Add(e.coerce(stop, tInt)), i.Clone().Op("++")
		case step > 0:
			cond, post = i.Clone().Op("<").Add(e.coerce(stop, tInt)), i.Clone().Op("+=").Lit(step)
		case step == -1:
			cond, post = i.Clone().Op(">").Add(e.coerce(stop, tInt)), i.Clone().Op("--")
		default:
			cond, post = i.Clone().Op(">").Add(e.coerce(stop, tInt)), i.Clone().Op("-=").Lit(-step)
		}
		g.For(i.Clone().Op(":=").Add(e.coerce(args[0], tInt)), cond, post).BlockFunc(body)
		return
	}
	stepCode := jen.Code(jen.Lit(1))
	if len(args) == 3 {
		stepCode = e.coerce(args[2], tInt)
	}
	seq := jen.Qual(pyPkg, "Range").Call(e.coerce(args[0], tInt), e.coerce(stop, tInt), stepCode)
	g.For(lv.single(seq)).BlockFunc(body)
}

// constInt returns the value of an int literal, possibly negated.
func constInt(x grammar.Expr) (int, bool) {
	sign := 1
	if u, ok := x.(*grammar.Unary); ok && u.Op == "-" {
		sign, x = -1, u.X
	}
	lit, ok := x.(*grammar.IntLit)
	if !ok || len(lit.Value) > 9 {
		return 0, false
	}
	v, _ := constIndex(lit, 1<<30)
	return sign * v, true
}

// isLocalNotAssigned reports whether x is a function-local name that the
// loop body never assigns, so evaluating it each iteration is safe.
func isLocalNotAssigned(e *emitter, x grammar.Expr, body []grammar.Stmt) bool {
	n, ok := x.(*grammar.Name)
	if !ok {
		return false
	}
	sym := e.uses[n]
	return sym != nil && (sym.Kind == symVar || sym.Kind == symParam) && !sym.pkgLevel && !assignsTo(e, body, sym)
}

// assignsTo reports whether a block stores to sym anywhere.
func assignsTo(e *emitter, stmts []grammar.Stmt, sym *Symbol) bool {
	found := false
	var target func(x grammar.Expr)
	target = func(x grammar.Expr) {
		switch x := x.(type) {
		case *grammar.Name:
			found = found || e.uses[x] == sym
		case *grammar.Tuple:
			for _, y := range x.Elts {
				target(y)
			}
		}
	}
	walkStmts(stmts, func(st grammar.Stmt) {
		switch st := st.(type) {
		case *grammar.Assign:
			for _, t := range st.Targets {
				target(t)
			}
		case *grammar.AnnAssign:
			target(st.Target)
		case *grammar.AugAssign:
			target(st.Target)
		case *grammar.For:
			target(st.Target)
		}
	})
	return found
}
