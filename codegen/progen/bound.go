package progen

import "fmt"

// maybeUnboundStmt assigns a fresh variable on some paths only (an if, a
// for loop over a list that may be empty, a walrus behind `and` or in a
// comprehension), then
// reads it, updates it, deletes it or reads it from a comprehension
// under `except NameError`, which also catches UnboundLocalError. The
// variable stays out of scope for the statements that follow.
func (g *gen) maybeUnboundStmt(c ctx) stmtResult {
	name := c.fs.fresh("u")
	var b block
	var raises excSet
	value := g.fit(c, g.expr(c, tInt, 1), valueCap)
	raises |= value.raises
	switch g.r.IntN(4) {
	case 3:
		// A walrus in a comprehension binds in the function, once the
		// comprehension gets to it.
		xs := g.expr(c, tListInt, 1)
		raises |= xs.raises
		x := c.fs.fresh("x")
		b.add("print(%q, [%s for %s in %s if (%s := %s + %s) %% 2 == 0])", c.tag(), name, x, xs.at(precTernary), name, x, value.at(precMul))
	case 0:
		cond := g.cond(c)
		raises |= cond.raises
		b.add("if %s:", cond.src)
		b.nest(block{fmt.Sprintf("%s = %s", name, value.src)})
	case 1:
		xs := g.expr(c, tListInt, 1)
		raises |= xs.raises
		x := c.fs.fresh("x")
		b.add("for %s in %s:", x, xs.at(precTernary))
		b.nest(block{fmt.Sprintf("%s = %s + %s", name, x, value.at(precMul))})
	default:
		cond := g.cond(c)
		raises |= cond.raises
		b.add("if %s and (%s := %s) > 0:", cond.at(precNot), name, value.src)
		b.nest(block{fmt.Sprintf("print(%q, %s)", c.tag(), name)})
	}
	if c.async() && g.chance(50) {
		b.add("await asyncio.sleep(0)")
	}
	var try block
	switch g.r.IntN(4) {
	case 0:
		try.add("print(%q, %s)", c.tag(), name)
	case 1:
		try.add("%s += 1", name)
		try.add("print(%q, %s)", c.tag(), name)
	case 2:
		try.add("del %s", name)
		try.add("print(%q, %s)", c.tag(), name)
	default:
		try.add("print(%q, [%s + j for j in range(2)])", c.tag(), name)
	}
	b.add("try:")
	b.nest(try)
	e := c.fs.fresh("ne") // e may hold another class's exception
	b.add("except NameError as %s:", e)
	b.nest(block{fmt.Sprintf("print(%q, type(%s).__name__, %s)", c.tag(), e, e)})
	return result(b, raises)
}
