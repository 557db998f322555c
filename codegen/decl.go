package codegen

import "github.com/aiogo-dev/aiogo/grammar"

// Where each Python variable is declared in Go.
//
// Python binds a variable for the whole function; Go declares it in a
// block. A variable gets `x := v` at its first assignment when that
// assignment is a statement of some block and every other occurrence of
// the variable comes later in the same block (or nested inside later
// statements of it), since then no Go scope rule can be violated. Loop
// bodies qualify too: each iteration assigns before it reads. A for
// loop's target counts as assigned at the start of the loop body, so
// `for i := ...` works when i is not used after the loop. Every other
// variable is declared with `var` at the top of its function. Variables
// never read are not declared at all: their assignments become `_ = v`.
// Module variables read or assigned inside functions become Go
// package-level variables; the others are locals of the main body.

// slot is one level of an occurrence's position: a block and a statement
// index in it (-1 for a for loop's target, which precedes the body).
type slot struct{ block, index int }

type occurrence struct {
	path   []slot
	name   *grammar.Name
	store  bool
	simple bool // a whole-statement store that Go can turn into :=
	// opens marks a store made before the blocks of its own statement
	// (`async with x as y:` binds y, then runs the body), so occurrences
	// nested in that statement come after it.
	opens bool
}

// declScan walks one body and records, per symbol, its occurrences in
// source order.
type declScan struct {
	c      *checker
	scope  *Scope
	occs   map[*Symbol][]occurrence
	path   []slot
	blocks int
	groups [][]*grammar.Name // tuple targets: all define together or none do
}

func (c *checker) declare() {
	captured := c.captured()
	c.declareBody(c.body, c.module, captured)
	for _, fn := range c.funcs {
		c.declareBody(fn.Def.Body, fn.Scope, captured)
	}
}

// declareBody plans the declarations of one body; captured are the
// variables nested defs read.
func (c *checker) declareBody(body []grammar.Stmt, scope *Scope, captured map[*Symbol]bool) {
	d := &declScan{c: c, scope: scope, occs: map[*Symbol][]occurrence{}}
	d.block(body)
	for _, sym := range scope.order {
		if sym.Kind != symVar && !sym.isNested() || sym.pkgLevel || !sym.read {
			continue
		}
		occs := d.occs[sym]
		// A variable a nested def reads is one variable for the whole
		// function, as Python's cell is: declared at the top, so that a
		// loop assigns it rather than making one per iteration.
		if len(occs) > 0 && canDefine(occs) && !captured[sym] {
			c.define[occs[0].name] = true
			continue
		}
		c.topVars[scope] = append(c.topVars[scope], sym)
	}
	// A tuple assignment declares with := only if all its targets do.
	for _, g := range d.groups {
		all := true
		for _, n := range g {
			all = all && (c.define[n] || !c.uses[n].read)
		}
		if all {
			continue
		}
		for _, n := range g {
			if c.define[n] {
				delete(c.define, n)
				c.topVars[scope] = append(c.topVars[scope], c.uses[n])
			}
		}
	}
}

// canDefine reports whether the first occurrence can declare the variable.
func canDefine(occs []occurrence) bool {
	first := occs[0]
	if !first.store || !first.simple {
		return false
	}
	n := len(first.path)
	for _, o := range occs[1:] {
		if len(o.path) < n {
			return false
		}
		for i := 0; i < n-1; i++ {
			if o.path[i] != first.path[i] {
				return false
			}
		}
		at, from := o.path[n-1], first.path[n-1]
		nested := first.opens && at.index == from.index && len(o.path) > n
		if at.block != from.block || at.index < from.index || at.index == from.index && !nested {
			return false
		}
	}
	return true
}

func (d *declScan) block(stmts []grammar.Stmt) {
	d.blocks++
	id := d.blocks
	for i, st := range live(stmts) {
		d.path = append(d.path, slot{id, i})
		d.stmt(st)
		d.path = d.path[:len(d.path)-1]
	}
}

func (d *declScan) stmt(st grammar.Stmt) {
	switch st := st.(type) {
	case *grammar.FuncDef:
		// A nested def binds its name here, and its body reads the
		// variables around it here, where the closure is made.
		if fn := d.c.funcOf[st]; fn != nil && fn.def != nil {
			d.record(fn.def, true, true)
			grammar.Inspect(st, func(n grammar.Node) bool {
				if x, ok := n.(*grammar.Name); ok && d.c.uses[x] != nil && d.c.uses[x].scope == d.scope {
					d.record(x, false, false)
				}
				return true
			})
		}
	case *grammar.ClassDef:
		for _, a := range d.c.classAttrsOf(st) { // their values run here
			d.expr(a.value)
		}
	case *grammar.Assign:
		d.expr(st.Value)
		for _, t := range st.Targets {
			d.target(t, true)
		}
	case *grammar.AnnAssign:
		if st.Value != nil {
			d.expr(st.Value)
			d.target(st.Target, true)
		}
	case *grammar.AugAssign:
		d.expr(st.Target)
		d.expr(st.Value)
		d.target(st.Target, false)
	case *grammar.For:
		d.expr(st.Iter)
		d.beforeBlock(func() { d.target(st.Target, true) })
		d.block(st.Body)
		d.block(st.Else)
	case *grammar.While:
		d.expr(st.Cond)
		d.block(st.Body)
		d.block(whileElse(st))
	case *grammar.Del:
		for _, t := range st.Targets {
			d.expr(t)
		}
	case *grammar.Assert:
		d.expr(st.Test)
		d.expr(st.Msg)
	case *grammar.If:
		d.expr(st.Cond)
		d.block(st.Body)
		for _, e := range st.Elifs {
			d.expr(e.Cond)
			d.block(e.Body)
		}
		d.block(st.Else)
	case *grammar.With:
		for _, it := range st.Items {
			d.expr(it.Context)
			if n := asName(it.Target); n != nil {
				// What __aenter__ of a class returns is bound inside the
				// block's function literal: declared at the top.
				simple := !d.c.isAsyncCM(it.Context)
				d.add(occurrence{name: n, store: true, simple: simple, opens: true})
			}
		}
		d.block(st.Body)
	case *grammar.Try:
		d.block(st.Body)
		for _, h := range st.Handlers {
			d.expr(h.Type)
			if n := d.c.handlerNames[h]; n != nil {
				d.beforeBlock(func() { d.record(n, true, true) })
			}
			d.block(h.Body)
		}
		d.block(st.Else)
		d.block(st.Finally)
	case *grammar.Raise:
		d.expr(st.Exc)
		d.expr(st.Cause)
	case *grammar.Return:
		if st.Value != nil {
			d.expr(st.Value)
		}
	case *grammar.ExprStmt:
		d.expr(st.X)
	}
}

// beforeBlock records the stores f makes as happening just before the
// first statement of the block scanned next (slot -1 of it): a loop
// target is bound at the start of each iteration, an except name at the
// start of its handler.
func (d *declScan) beforeBlock(f func()) {
	d.path = append(d.path, slot{d.blocks + 1, -1})
	f()
	d.path = d.path[:len(d.path)-1]
}

func (d *declScan) target(e grammar.Expr, simple bool) {
	switch e := e.(type) {
	case *grammar.Name:
		d.record(e, true, simple)
	case *grammar.Tuple:
		var g []*grammar.Name
		for _, x := range e.Elts {
			if s, ok := x.(*grammar.Starred); ok {
				x = s.X
			}
			if n, ok := x.(*grammar.Name); ok {
				d.record(n, true, simple)
				g = append(g, n)
			} else {
				d.target(x, false)
			}
		}
		d.groups = append(d.groups, g)
	case *grammar.Subscript:
		d.expr(e.X)
		d.expr(e.Index)
	case *grammar.Attribute:
		d.expr(e.X)
	}
}

func (d *declScan) record(n *grammar.Name, store, simple bool) {
	d.add(occurrence{name: n, store: store, simple: simple})
}

// add records o at the current position.
func (d *declScan) add(o occurrence) {
	sym := d.c.uses[o.name]
	if sym == nil || sym.scope != d.scope {
		return
	}
	o.path = append([]slot(nil), d.path...)
	d.occs[sym] = append(d.occs[sym], o)
}

// expr records every name read inside an expression.
func (d *declScan) expr(e grammar.Expr) {
	walkExpr(e, func(x grammar.Expr) {
		if n, ok := x.(*grammar.Name); ok {
			d.record(n, false, false)
		}
	})
}

// walkExpr calls f on e and every sub-expression, in evaluation order.
func walkExpr(e grammar.Expr, f func(grammar.Expr)) {
	if e == nil {
		return
	}
	f(e)
	for _, x := range exprChildren(e) {
		walkExpr(x, f)
	}
}

// exprChildren lists the direct operands of e in evaluation order; some
// may be nil.
func exprChildren(e grammar.Expr) []grammar.Expr {
	switch e := e.(type) {
	case *grammar.FString:
		var out []grammar.Expr
		for _, p := range e.Parts {
			if p.X != nil {
				out = append(out, p.X)
				if p.Spec != nil {
					out = append(out, p.Spec)
				}
			}
		}
		return out
	case *grammar.Unary:
		return []grammar.Expr{e.X}
	case *grammar.Binary:
		return []grammar.Expr{e.X, e.Y}
	case *grammar.BoolOp:
		return []grammar.Expr{e.X, e.Y}
	case *grammar.Compare:
		return append([]grammar.Expr{e.Left}, e.Comparators...)
	case *grammar.Call:
		out := []grammar.Expr{e.Func}
		for _, a := range e.Args {
			out = append(out, a.Value)
		}
		return out
	case *grammar.Attribute:
		return []grammar.Expr{e.X}
	case *grammar.Subscript:
		return []grammar.Expr{e.X, e.Index}
	case *grammar.Slice:
		var out []grammar.Expr
		for _, b := range []grammar.Expr{e.Lo, e.Hi, e.Step} {
			if b != nil {
				out = append(out, b)
			}
		}
		return out
	case *grammar.Tuple:
		return e.Elts
	case *grammar.List:
		return e.Elts
	case *grammar.Set:
		return e.Elts
	case *grammar.Dict:
		var out []grammar.Expr
		for _, it := range e.Items {
			out = append(out, it.Key, it.Value)
		}
		return out
	case *grammar.Starred:
		return []grammar.Expr{e.X}
	case *grammar.Await:
		return []grammar.Expr{e.X}
	case *grammar.IfExp:
		return []grammar.Expr{e.Cond, e.Then, e.Else}
	case *grammar.NamedExpr:
		return []grammar.Expr{e.Value, e.Target}
	case *grammar.Comprehension:
		var out []grammar.Expr
		for _, cl := range e.Clauses {
			out = append(out, cl.Iter, cl.Target)
			out = append(out, cl.Ifs...)
		}
		return append(out, e.Elt, e.Value)
	}
	return nil
}

// captured returns the function variables that nested defs read.
func (c *checker) captured() map[*Symbol]bool {
	out := map[*Symbol]bool{}
	for _, fn := range c.funcs {
		if fn.outer == nil {
			continue
		}
		for sym := range fn.Scope.refs {
			if sym.scope.fn != nil && sym.Kind != symFunc {
				out[sym] = true
			}
		}
	}
	return out
}
