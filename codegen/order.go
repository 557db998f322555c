package codegen

import "github.com/aiogo-dev/aiogo/grammar"

// Evaluation order of reads that a call can change.
//
// Python evaluates operands strictly left to right. Go does too for
// calls, but leaves unspecified when a plain variable or a field is read
// relative to calls in the same expression, and the gc compiler reads it
// after them. In generated code a call can change module variables (Go
// package-level variables), variables of a function that a nested def
// assigns through nonlocal, and attributes of the program's objects, so
// `print(counter, inc())` where inc updates counter must read counter
// first, and `self.n + self.bump()` self.n. markOrdered finds each such
// read that Python performs before a later call or await of the same
// statement (not one it is an argument of); the emitter turns those
// reads into calls, which Go orders.

func (c *checker) markOrdered() {
	shared := c.nonlocalTargets()
	for _, b := range c.bodies() {
		walkStmts(b, func(st grammar.Stmt) {
			o := &orderScan{c: c, shared: shared}
			for _, x := range stmtExprs(st) {
				o.expr(x)
			}
		})
	}
}

// nonlocalTargets are the variables that nested defs assign through a
// nonlocal declaration.
func (c *checker) nonlocalTargets() map[*Symbol]bool {
	out := map[*Symbol]bool{}
	for _, fn := range c.funcs {
		for name := range fn.Scope.nonlocals {
			for p := fn.Scope.parent; p != nil; p = p.parent {
				if sym := p.syms[name]; sym != nil {
					out[sym] = true
					break
				}
			}
		}
	}
	return out
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
	case *grammar.Del:
		return st.Targets
	}
	return nil
}

type orderScan struct {
	c      *checker
	shared map[*Symbol]bool // variables that nested defs assign
	seen   []grammar.Expr   // reads a call may change, so far, in evaluation order
}

func (o *orderScan) expr(e grammar.Expr) {
	if e == nil {
		return
	}
	switch e := e.(type) {
	case *grammar.Name:
		if sym := o.c.uses[e]; sym != nil && (sym.pkgLevel || o.shared[sym]) {
			o.seen = append(o.seen, e)
		}
		return
	case *grammar.Attribute:
		before := len(o.seen)
		o.children(e)
		if cls := o.c.classOf(e.X); cls != nil && cls.property(e.Name) != nil {
			for _, x := range o.seen[:before] {
				o.c.ordered[x] = true // a getter is a call
			}
			return
		}
		if cls := o.c.classOf(e.X); cls != nil && (cls.attrOwner(e.Name) != nil || cls.classAttr(e.Name) != nil) {
			o.seen = append(o.seen, e)
		}
		if k := o.c.classNamed(e.X); k != nil && k.classAttr(e.Name) != nil {
			o.seen = append(o.seen, e)
		}
		return
	case *grammar.Call, *grammar.Await:
		// Reads before this call, outside its own operands, must happen
		// before it runs.
		before := len(o.seen)
		o.children(e)
		if o.mayRunCode(e) {
			for _, x := range o.seen[:before] {
				o.c.ordered[x] = true
			}
		}
		return
	}
	o.children(e)
}

// mayRunCode reports whether evaluating e can run the program's code:
// a call of one of its functions, methods or classes, an await,
// asyncio.run.
func (o *orderScan) mayRunCode(e grammar.Expr) bool {
	if call, ok := e.(*grammar.Call); ok {
		switch cl := o.c.calleeOf(call); cl.kind {
		case calleeFunc, calleeClass, calleeSuper:
			return true
		case calleeMethod:
			return o.c.classOf(cl.recv) != nil
		case calleeLib:
			return cl.name == "asyncio.run"
		}
		return false
	}
	return true
}

// children scans the direct operands of e in evaluation order.
func (o *orderScan) children(e grammar.Expr) {
	for _, x := range exprChildren(e) {
		o.expr(x)
	}
}
