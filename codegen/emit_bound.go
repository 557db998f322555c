package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// The bound flags of bound.go: a flagged variable's flag is set right
// after each statement that assigns it, at the start of the body of a
// for, with or except that binds it, and inside a walrus; del and the
// end of an except block clear it. A read that may find the variable
// unbound goes through py.Assigned.

// entryBinds maps the first statement of each block whose statement
// binds a target as control enters it (a for loop's target, a with's
// names, a handler's name) to those targets.
func (c *checker) entryBinds() map[grammar.Stmt][]grammar.Expr {
	out := map[grammar.Stmt][]grammar.Expr{}
	if len(c.boundFlags) == 0 {
		return out
	}
	add := func(body []grammar.Stmt, target grammar.Expr) {
		if len(body) > 0 && target != nil {
			out[body[0]] = append(out[body[0]], target)
		}
	}
	walk := func(st grammar.Stmt) {
		switch st := st.(type) {
		case *grammar.For:
			add(st.Body, st.Target)
		case *grammar.With:
			for _, it := range st.Items {
				add(st.Body, it.Target)
			}
		case *grammar.Try:
			for _, h := range st.Handlers {
				if n := c.handlerNames[h]; n != nil {
					add(h.Body, n)
				}
			}
		}
	}
	c.walkAllStmts(walk)
	return out
}

// assignedBy are the targets a simple statement binds once it completes.
func assignedBy(st grammar.Stmt) []grammar.Expr {
	if a, ok := st.(*grammar.AnnAssign); ok && a.Value == nil {
		return nil // `x: int` declares x and binds nothing
	}
	return assignTargets(st)
}

// setBound emits `flag = v` for each flagged variable that targets bind.
func (e *emitter) setBound(g *jen.Group, v bool, targets ...grammar.Expr) {
	if len(e.boundFlags) == 0 {
		return
	}
	for _, t := range targets {
		grammar.Inspect(t, func(n grammar.Node) bool {
			switch n := n.(type) {
			case *grammar.Name:
				if flag := e.boundFlags[e.uses[n]]; flag != nil {
					g.Id(flag.Go).Op("=").Lit(v)
				}
			case *grammar.Attribute, *grammar.Subscript:
				return false // an item or attribute, not a variable
			}
			return true
		})
	}
}

// checkedRead wraps read, the Go value of the variable n reads, in
// py.Assigned when the read may find the variable unbound.
func (e *emitter) checkedRead(n *grammar.Name, read *jen.Statement) *jen.Statement {
	scope, ok := e.unboundReads[n]
	if !ok {
		return read
	}
	flag := e.boundFlags[e.uses[n]]
	return jen.Qual(pyPkg, "Assigned").Call(read, jen.Id(flag.Go), jen.Lit(n.Id), jen.Qual(pyPkg, scope))
}

// checkBoundStmt emits the check of a read that happens before a
// statement's own work (`x += v` reads x first), when it may fail.
func (e *emitter) checkBoundStmt(g *jen.Group, n *grammar.Name) {
	if _, ok := e.unboundReads[n]; ok {
		g.Id("_").Op("=").Add(e.checkedRead(n, jen.Id(e.uses[n].Go)))
	}
}
