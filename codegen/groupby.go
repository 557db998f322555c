package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// itertools.groupby, accepted only as `for key, group in groupby(xs[,
// key])` (or a comprehension with that one clause) that consumes the
// group at once and at most one time (list(group), sorted(group),
// sum(group), `for x in group`, a comprehension over it ...). CPython's groups are views of one shared
// iterator that the next step of the loop invalidates; consumed at once,
// they are the runs of consecutive items with equal keys, which the
// runtime makes in advance (py.GroupBy). The key function must not run
// code of the program (a lambda without calls, an operator getter, a
// built-in such as len), since CPython calls it lazily.

// groupbyLoops finds the for loops and comprehensions over groupby()
// whose group variable is only consumed at once; emission refuses any
// other groupby call.
func (c *checker) groupbyLoops() map[*grammar.Call]bool {
	ok := map[*grammar.Call]bool{}
	// accept records call when it is a groupby() whose (key, group)
	// target leaves the group to the statements and expressions given.
	accept := func(iter, target grammar.Expr, body []grammar.Stmt, exprs []grammar.Expr) {
		call, isCall := iter.(*grammar.Call)
		if !isCall || c.calleeOf(call).name != "itertools.groupby" {
			return
		}
		pair, isTuple := target.(*grammar.Tuple)
		if !isTuple || len(pair.Elts) != 2 {
			return
		}
		if group, isName := pair.Elts[1].(*grammar.Name); isName && c.consumedOnce(body, exprs, c.uses[group]) {
			ok[call] = true
		}
	}
	for _, body := range c.bodies() {
		walkStmts(body, func(st grammar.Stmt) {
			if loop, isFor := st.(*grammar.For); isFor {
				accept(loop.Iter, loop.Target, loop.Body, nil)
			}
			for _, x := range stmtExprs(st) {
				walkExpr(x, func(x grammar.Expr) {
					if comp, isComp := x.(*grammar.Comprehension); isComp && len(comp.Clauses) == 1 {
						cl := comp.Clauses[0]
						accept(cl.Iter, cl.Target, nil, append([]grammar.Expr{comp.Elt, comp.Value}, cl.Ifs...))
					}
				})
			}
		})
	}
	return ok
}

// groupConsumers are the built-ins that consume an iterable at once.
var groupConsumers = setOf("list", "sorted", "sum", "min", "max", "any", "all", "tuple", "set")

// consumedOnce reports whether body and exprs (a loop's statements, a
// comprehension's element and conditions) read the group variable sym
// at most once, and only where its items are consumed at once: as the
// argument of a consuming built-in or of str.join, the iterable of a for
// loop, or of a comprehension's first clause; never where it is
// evaluated again (a loop of the body, a while condition, a
// comprehension's element, a lambda) or in a nested def, and never
// assigning it.
func (c *checker) consumedOnce(body []grammar.Stmt, exprs []grammar.Expr, sym *Symbol) bool {
	if sym == nil || storesTo(c, body, sym) {
		return false
	}
	consumed := map[*grammar.Name]bool{}
	isGroup := func(x grammar.Expr) *grammar.Name {
		if n, ok := x.(*grammar.Name); ok && c.uses[n] == sym {
			return n
		}
		return nil
	}
	reads, ok := 0, true
	// check walks x, evaluated again and again when repeated (in a loop
	// of the body, a comprehension's element, a lambda).
	var check func(x grammar.Expr, repeated bool)
	check = func(x grammar.Expr, repeated bool) {
		switch x := x.(type) {
		case nil:
			return
		case *grammar.Call:
			if len(x.Args) == 1 && !x.Args[0].Star && x.Args[0].Name == "" {
				if n := isGroup(x.Args[0].Value); n != nil && c.consumesAtOnce(x) {
					consumed[n] = true
				}
			}
		case *grammar.Comprehension:
			first := x.Clauses[0]
			if n := isGroup(first.Iter); n != nil {
				consumed[n] = true
			}
			check(first.Iter, repeated)
			parts := append([]grammar.Expr{x.Elt, x.Value}, first.Ifs...)
			for _, cl := range x.Clauses[1:] {
				parts = append(append(parts, cl.Iter), cl.Ifs...)
			}
			for _, p := range parts {
				check(p, true)
			}
			return
		case *grammar.Lambda:
			check(x.Body, true)
			return
		case *grammar.Name:
			if c.uses[x] == sym {
				reads++
				ok = ok && consumed[x] && !repeated
			}
			return
		}
		for _, y := range exprChildren(x) {
			check(y, repeated)
		}
	}
	var visit func(stmts []grammar.Stmt, inLoop bool)
	visit = func(stmts []grammar.Stmt, inLoop bool) {
		for _, st := range stmts {
			switch st := st.(type) {
			case *grammar.For:
				if n := isGroup(st.Iter); n != nil {
					consumed[n] = true
				}
				check(st.Iter, inLoop)
			case *grammar.While:
				check(st.Cond, true) // evaluated at every turn
			case *grammar.FuncDef, *grammar.ClassDef:
				ok = false // it could run after the group is gone
				continue
			default:
				for _, x := range stmtExprs(st) {
					check(x, inLoop)
				}
			}
			_, loops := st.(*grammar.For)
			_, whiles := st.(*grammar.While)
			for _, b := range subBlocks(st) {
				visit(b, inLoop || loops || whiles)
			}
		}
	}
	visit(body, false)
	for _, x := range exprs {
		if x != nil {
			check(x, false)
		}
	}
	return ok && reads <= 1
}

// consumesAtOnce reports whether call consumes its one argument's items
// at once: a built-in of groupConsumers or str.join.
func (c *checker) consumesAtOnce(call *grammar.Call) bool {
	switch cl := c.calleeOf(call); cl.kind {
	case calleeBuiltin:
		return groupConsumers[cl.name]
	case calleeMethod:
		return cl.name == "join" && c.typeOf(cl.recv).Kind == Str
	}
	return false
}

// groupbyKey returns groupby's key function argument, or nil.
func groupbyKey(call *grammar.Call) grammar.Expr {
	if k := keyArg(call); k != nil {
		return k
	}
	if len(call.Args) == 2 && call.Args[1].Name == "" {
		return call.Args[1].Value
	}
	return nil
}

// groupbyType types groupby(xs[, key]) as the list of its (key, group)
// pairs; a lambda key's parameter gets the group items' type.
func (c *checker) groupbyType(call *grammar.Call, pos []grammar.Expr) *Type {
	group := c.cellAt(call, 1)
	c.lat.add(group, iterElem(c.typeOf(pos[0]), pos[0]))
	key := c.cellAt(call, 2)
	switch k := groupbyKey(call).(type) {
	case nil:
		key = group // the items are their own keys
	case *grammar.Lambda:
		if len(c.lambdas[k]) == 1 {
			c.store(c.lambdas[k][0], group.get())
			c.lat.add(key, c.exprType(k.Body))
		}
	case *grammar.Name:
		if f, ok := mapFuncs[k.Id]; ok && c.uses[k] != nil && c.uses[k].Kind == symBuiltin {
			c.lat.add(key, f.result)
		}
	default:
		c.lat.add(key, tAny) // an operator getter
	}
	groups := c.cellAt(call, 3)
	c.lat.add(groups, compound(List, group))
	pair := c.cellAt(call, 0)
	c.lat.add(pair, compound(Tuple, key, groups))
	return compound(List, pair)
}

// groupby emits groupby(xs[, key]) for a loop that consumes each group
// at once.
func (e *emitter) groupby(call *grammar.Call, pos []grammar.Expr) *jen.Statement {
	el := e.typeOf(call).elem()
	key, group := el.part(0), el.part(1).elem()
	k := groupbyKey(call)
	switch {
	case !e.groupbys[call]:
		e.diag.unsupported(call, "itertools.groupby() other than iterated by `for key, group in` consuming each group at once")
		return jen.Nil()
	case runsOwnEq(key, "=="):
		e.diag.unsupported(call, "itertools.groupby() of keys compared by the program's own __eq__")
		return jen.Nil()
	}
	var keyFn jen.Code
	switch kf := k.(type) {
	case nil:
		x := jen.Id("x")
		keyFn = jen.Func().Params(x.Clone().Add(goType(group))).Add(goType(key)).Block(jen.Return(x))
	case *grammar.Lambda:
		if hasCall(kf.Body) {
			e.diag.unsupported(k, "a groupby key that calls something (CPython calls it lazily)")
			return jen.Nil()
		}
	case *grammar.Name:
		if kf.Id == "str" || kf.Id == "repr" || e.keyDef(kf) != nil {
			e.diag.unsupported(k, "a groupby key that may run the program's code (CPython calls it lazily)")
			return jen.Nil()
		}
	}
	if keyFn == nil {
		fn, ok := e.keyFunc(k, group)
		if !ok {
			return jen.Nil()
		}
		keyFn = fn
	}
	items, ok := e.iterItems(call, pos[0], group)
	if !ok {
		return jen.Nil()
	}
	return jen.Qual(pyPkg, "GroupBy").Call(items, keyFn)
}
