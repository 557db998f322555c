package codegen

import "github.com/aiogo-dev/aiogo/grammar"

// Evaluation order of module variables.
//
// Python evaluates operands strictly left to right. Go does too for
// calls, but leaves unspecified when a plain variable is read relative to
// calls in the same expression, and the gc compiler reads it after them.
// Only module variables (Go package-level variables) can change during a
// call in generated code, so `print(counter, inc())` where inc updates
// counter must read counter first. markOrdered finds each read of a
// module variable that Python performs before a later call or await of
// the same statement (not one it is an argument of); the emitter turns
// those reads into calls, which Go orders.

func (c *checker) markOrdered() {
	anyGlobals := false
	for _, sym := range c.module.order {
		anyGlobals = anyGlobals || sym.pkgLevel
	}
	if !anyGlobals {
		return
	}
	bodies := [][]grammar.Stmt{c.body}
	for _, fn := range c.funcs {
		bodies = append(bodies, fn.Def.Body)
	}
	for _, b := range bodies {
		walkStmts(b, func(st grammar.Stmt) {
			o := &orderScan{c: c}
			for _, x := range stmtExprs(st) {
				o.expr(x)
			}
		})
	}
}

// stmtExprs lists the expressions a statement itself evaluates, in order.
func stmtExprs(st grammar.Stmt) []grammar.Expr {
	switch st := st.(type) {
	case *grammar.ExprStmt:
		return []grammar.Expr{st.X}
	case *grammar.Assign:
		return append([]grammar.Expr{st.Value}, st.Targets...)
	case *grammar.AnnAssign:
		return []grammar.Expr{st.Value}
	case *grammar.AugAssign:
		return []grammar.Expr{st.Target, st.Value}
	case *grammar.Return:
		return []grammar.Expr{st.Value}
	case *grammar.If:
		return []grammar.Expr{st.Cond}
	case *grammar.While:
		return []grammar.Expr{st.Cond}
	case *grammar.For:
		return []grammar.Expr{st.Iter}
	case *grammar.Raise:
		return []grammar.Expr{st.Exc, st.Cause}
	case *grammar.Assert:
		return []grammar.Expr{st.Test, st.Msg}
	}
	return nil
}

type orderScan struct {
	c    *checker
	seen []*grammar.Name // module variable reads so far, in evaluation order
}

func (o *orderScan) expr(e grammar.Expr) {
	if e == nil {
		return
	}
	switch e := e.(type) {
	case *grammar.Name:
		if sym := o.c.uses[e]; sym != nil && sym.pkgLevel {
			o.seen = append(o.seen, e)
		}
		return
	case *grammar.Call, *grammar.Await:
		// Reads before this call, outside its own operands, must happen
		// before it runs.
		before := len(o.seen)
		o.children(e)
		if o.mayRunCode(e) {
			for _, n := range o.seen[:before] {
				o.c.ordered[n] = true
			}
		}
		return
	}
	o.children(e)
}

// mayRunCode reports whether evaluating e can run user code, which may
// assign module variables: a call of a module-level function, an await,
// asyncio.run.
func (o *orderScan) mayRunCode(e grammar.Expr) bool {
	if call, ok := e.(*grammar.Call); ok {
		cl := o.c.calleeOf(call)
		return cl.kind == calleeFunc || cl.kind == calleeLib && cl.name == "asyncio.run"
	}
	return true
}

// children scans the direct operands of e in evaluation order.
func (o *orderScan) children(e grammar.Expr) {
	for _, x := range exprChildren(e) {
		o.expr(x)
	}
}
