package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// Narrowing by isinstance() and except clauses. In the body of `if
// isinstance(v, C):` (or an elif, or a condition that is an `and` chain
// with such a test), after a guard `if not isinstance(v, C): return ...`
// in the rest of its block, in the operand after `isinstance(v, C) and`, in the
// value before `if isinstance(v, C) else`, and in the element of a
// comprehension (of one for clause) filtered by `if isinstance(v, C)`, a
// read of the local variable v is an instance of C (an exception, when C
// is an exception class), so its attributes and methods are C's; so is
// a read of e in the body of `except C as e:`. The emitter asserts the Go interface v is held in
// to C's type there, which cannot fail. Only a function's own local (or
// a comprehension's variable) is narrowed, and only when the body never
// assigns it and no nested def does (nonlocal); reads inside a lambda,
// which may run after v changes, are not.

// findNarrowings fills checker.narrowed for the module's and every
// function's body.
func (c *checker) findNarrowings() {
	shared := c.nonlocalTargets()
	for _, body := range c.bodies() {
		c.narrowGuards(body, shared)
		walkStmts(body, func(st grammar.Stmt) {
			switch st := st.(type) {
			case *grammar.If:
				c.narrowBranch(st.Cond, st.Body, shared)
				for _, el := range st.Elifs {
					c.narrowBranch(el.Cond, el.Body, shared)
				}
			case *grammar.Try:
				for _, h := range st.Handlers {
					c.narrowHandler(h, shared)
				}
			}
			for _, e := range stmtExprs(st) {
				walkExpr(e, func(x grammar.Expr) {
					switch x := x.(type) {
					case *grammar.BoolOp:
						if x.Op == "and" {
							c.narrowOperand(x.X, x.Y, shared)
						}
					case *grammar.IfExp:
						c.narrowOperand(x.Cond, x.Then, shared)
					case *grammar.Comprehension:
						if len(x.Clauses) == 1 { // one target: no later clause rebinds it
							for _, cond := range x.Clauses[0].Ifs {
								c.narrowOperand(cond, x.Elt, shared)
								c.narrowOperand(cond, x.Value, shared)
							}
						}
					}
				})
			}
		})
	}
}

// narrowGuards records the narrowed reads after each guard `if not
// isinstance(v, C):` whose body always leaves (returns, raises, breaks or
// continues), in body and the blocks inside it: the rest of the guard's
// block, when it never assigns v, runs only with v an instance of C.
func (c *checker) narrowGuards(body []grammar.Stmt, shared map[*Symbol]bool) {
	for i, st := range body {
		for _, b := range subBlocks(st) {
			c.narrowGuards(b, shared)
		}
		guard, ok := st.(*grammar.If)
		if !ok || len(guard.Elifs) > 0 || guard.Else != nil || (&reach{}).block(guard.Body) {
			continue
		}
		not, ok := guard.Cond.(*grammar.Unary)
		if !ok || not.Op != "not" {
			continue
		}
		if _, ok := not.X.(*grammar.Call); !ok { // not (a and b) does not make a hold
			continue
		}
		rest := body[i+1:]
		for _, t := range c.isinstanceTests(not.X) {
			if sym := c.uses[t.v]; c.narrowable(sym, shared) && !storesTo(c, rest, sym) {
				for _, st := range rest {
					c.narrowReads(st, sym, t.to)
				}
			}
		}
	}
}

// narrowOperand records the narrowed reads of an operand evaluated only
// when cond is true; an expression assigns no local.
func (c *checker) narrowOperand(cond, operand grammar.Expr, shared map[*Symbol]bool) {
	for _, t := range c.isinstanceTests(cond) {
		if sym := c.uses[t.v]; c.narrowable(sym, shared) {
			c.narrowExpr(operand, sym, t.to)
		}
	}
}

// narrowable reports whether sym is a function's local or a
// comprehension's variable, whose value only the statements (or the
// clause) binding it change: not a module variable, which a call may
// assign.
func (c *checker) narrowable(sym *Symbol, shared map[*Symbol]bool) bool {
	return sym != nil && sym.scope != nil && sym.scope != c.module && !shared[sym] && !sym.pkgLevel && !isDispatchSelf(sym)
}

// narrowBranch records the narrowed reads of one branch of an if.
func (c *checker) narrowBranch(cond grammar.Expr, body []grammar.Stmt, shared map[*Symbol]bool) {
	for _, t := range c.isinstanceTests(cond) {
		sym := c.uses[t.v]
		if !c.narrowable(sym, shared) || storesTo(c, body, sym) {
			continue
		}
		for _, st := range body {
			c.narrowReads(st, sym, t.to)
		}
	}
}

// narrowHandler records the reads of the name an except clause binds in
// its body, an exception of the clause's class: the variable is typed
// by every clause that binds it.
func (c *checker) narrowHandler(h *grammar.ExceptHandler, shared map[*Symbol]bool) {
	n := c.handlerNames[h]
	if n == nil || h.Type == nil {
		return
	}
	to := c.excType(h.Type)
	if sym := c.uses[n]; to.cls != nil && c.narrowable(sym, shared) && !storesTo(c, h.Body, sym) {
		for _, st := range h.Body {
			c.narrowReads(st, sym, to)
		}
	}
}

// An isinstanceTest is a test isinstance(v, C) that makes v's reads of
// type to: an instance of class C, or an exception (of C).
type isinstanceTest struct {
	v  *grammar.Name
	to *Type
}

// isinstanceTests lists the isinstance(name, C) tests that hold when
// cond is true: cond itself, or the operands of an `and` chain.
func (c *checker) isinstanceTests(cond grammar.Expr) []isinstanceTest {
	switch x := cond.(type) {
	case *grammar.BoolOp:
		if x.Op == "and" {
			return append(c.isinstanceTests(x.X), c.isinstanceTests(x.Y)...)
		}
	case *grammar.Call:
		f, ok := x.Func.(*grammar.Name)
		if !ok || f.Id != "isinstance" || c.uses[f] == nil || c.uses[f].Kind != symBuiltin || len(x.Args) != 2 ||
			x.Args[0].Name != "" || x.Args[1].Name != "" || x.Args[0].Star || x.Args[1].Star {
			return nil
		}
		v, ok := x.Args[0].Value.(*grammar.Name)
		n, isName := x.Args[1].Value.(*grammar.Name)
		switch {
		case !ok || !isName:
		case c.isExcClass(n):
			return []isinstanceTest{{v, c.excType(n)}}
		case c.uses[n] != nil && c.uses[n].Kind == symClass:
			return []isinstanceTest{{v, &Type{Kind: ClassT, cls: c.uses[n].cls}}}
		}
	}
	return nil
}

// narrowReads records the reads of sym in a statement (and the blocks in
// it), leaving out lambdas.
func (c *checker) narrowReads(st grammar.Stmt, sym *Symbol, to *Type) {
	walkStmts([]grammar.Stmt{st}, func(st grammar.Stmt) {
		var exprs []grammar.Expr
		switch st := st.(type) {
		case *grammar.With:
			for _, it := range st.Items {
				exprs = append(exprs, it.Context)
			}
		default:
			exprs = stmtExprs(st)
		}
		for _, e := range exprs {
			c.narrowExpr(e, sym, to)
		}
	})
}

func (c *checker) narrowExpr(e grammar.Expr, sym *Symbol, to *Type) {
	switch e := e.(type) {
	case nil, *grammar.Lambda:
		return
	case *grammar.Name:
		if c.uses[e] == sym {
			if prev := c.narrowed[e]; prev == nil || narrowedType(prev, to) != prev {
				c.narrowed[e] = to
			}
		}
		return
	}
	for _, x := range exprChildren(e) {
		c.narrowExpr(x, sym, to)
	}
}

// narrowedType is the type of a read of a variable of type t that a test
// proved of type to (an instance of a class, or an exception): to where
// t is wider (any, a base class, an exception of a base class or of any
// class), else t.
func narrowedType(t, to *Type) *Type {
	switch {
	case t.Kind == Any:
		return to
	case t.Kind != to.Kind || to.cls == nil || t.cls == to.cls:
		return t
	case t.cls == nil || to.cls.isSubclassOf(t.cls):
		return to
	}
	return t
}

// narrowedName emits a narrowed read: the variable asserted to the
// narrowed type's Go type, when its own type is wider.
func (e *emitter) narrowedName(n *grammar.Name, sym *Symbol) (gox, bool) {
	to := e.narrowed[n]
	if to == nil {
		return gox{}, false
	}
	t := sym.cell.get()
	switch nt := narrowedType(t, to); {
	case nt == t:
		return gox{}, false
	case nt.Kind == ExcT && t.Kind == ExcT:
		return primary(jen.Id(sym.Go)), true // every exception is a *py.Exc
	}
	return primary(jen.Id(sym.Go).Assert(goType(to))), true
}
