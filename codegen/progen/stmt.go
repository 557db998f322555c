package progen

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// stmtInfo is what the generator knows about a statement it wrote.
type stmtInfo struct {
	raises excSet
	term   bool // control never reaches the next statement (return, raise, break, continue)
}

// maxMult bounds how many times a statement may run per call of its
// function: the product of the iteration counts of the loops around it.
const maxMult = 48

// nested returns the context of a block nested in the current one.
func (c ctx) nested() ctx {
	c.depth++
	c.sc = c.sc.child()
	return c
}

// block writes up to n statements, stopping after one that never
// falls through.
func (g *gen) block(c ctx, n int) (block, excSet) {
	var b block
	var raises excSet
	for i := 0; i < n; i++ {
		var s block
		var info stmtInfo
		if c.depth < g.cfg.MaxDepth && g.chance(30) {
			s, info = g.guarded(c).unpack()
		} else {
			s, info = g.stmt(c)
		}
		b = append(b, s...)
		raises |= info.raises
		if info.term {
			break
		}
	}
	return b, raises
}

// blockSize is a random statement count for a block at c's depth.
func (g *gen) blockSize(c ctx) int {
	if c.depth >= 2 {
		return g.between(1, 2)
	}
	return g.between(1, 4)
}

// stmt writes one statement, chosen by weight among those allowed here.
func (g *gen) stmt(c ctx) (block, stmtInfo) {
	c.charge(1)
	deep := c.depth >= g.cfg.MaxDepth || c.room() < 8
	async := c.async()
	mutable := c.sc.find(func(v *variable) bool { return v.mutable })
	return choose(g,
		alt[stmtResult]{6, func() stmtResult { return g.printStmt(c) }},
		alt[stmtResult]{5, func() stmtResult { return g.assignNew(c) }},
		alt[stmtResult]{when(len(mutable) > 0, 5), func() stmtResult { return g.update(c, oneOf(g, mutable...)) }},
		alt[stmtResult]{when(!deep, 3), func() stmtResult { return g.ifStmt(c) }},
		alt[stmtResult]{when(!deep && c.mult*2 <= maxMult, 2), func() stmtResult { return g.forStmt(c) }},
		alt[stmtResult]{when(!deep && c.mult*2 <= maxMult, 1), func() stmtResult { return g.whileStmt(c) }},
		alt[stmtResult]{when(!deep, 3), func() stmtResult { return g.tryStmt(c) }},
		alt[stmtResult]{when(!c.noRaise, 1), func() stmtResult { return g.raiseStmt(c) }},
		alt[stmtResult]{when(c.depth > 0 && !c.noReturn, 1), func() stmtResult { return g.returnStmt(c) }},
		alt[stmtResult]{when(c.loops > 0, 2), func() stmtResult { return g.jumpStmt(c) }},
		alt[stmtResult]{when(async, 3), func() stmtResult { return g.sleepStmt(c) }},
		alt[stmtResult]{when(async && !deep && g.freeResources(c) != nil, 3), func() stmtResult { return g.asyncWith(c) }},
		alt[stmtResult]{3, func() stmtResult { return g.callStmt(c) }},
		alt[stmtResult]{when(async && !deep, 2), func() stmtResult { return g.spawnStmt(c) }},
		alt[stmtResult]{when(async && !deep && !c.machine, 1), func() stmtResult { return g.timeoutBlock(c) }},
		alt[stmtResult]{when(len(g.prog.counters) > 0, 1), func() stmtResult { return g.counterStmt(c) }},
		alt[stmtResult]{1, func() stmtResult { return g.dequeStmt(c) }},
		alt[stmtResult]{1, func() stmtResult { return g.orderedDictStmt(c) }},
		alt[stmtResult]{1, func() stmtResult { return g.dynamicContainerStmt(c) }},
		alt[stmtResult]{1, func() stmtResult { return g.heapStmt(c) }},
		alt[stmtResult]{1, func() stmtResult { return g.iteratorStmt(c) }},
		alt[stmtResult]{1, func() stmtResult { return g.maybeUnboundStmt(c) }},
		alt[stmtResult]{1, func() stmtResult { return g.starredStmt(c) }},
	).unpack()
}

// stmtResult pairs a statement with its info, for choose.
type stmtResult struct {
	b    block
	info stmtInfo
}

func (r stmtResult) unpack() (block, stmtInfo) { return r.b, r.info }

func result(b block, raises excSet) stmtResult { return stmtResult{b, stmtInfo{raises: raises}} }

func one(line string, raises excSet) stmtResult { return result(block{line}, raises) }

// tag is the label a print starts with: the function's name.
func (c ctx) tag() string { return c.fs.f.name }

func (g *gen) printStmt(c ctx) stmtResult {
	if g.chance(35) {
		e := g.fstring(c, 2)
		return one(fmt.Sprintf(`print("%s", %s)`, c.tag(), e.src), e.raises)
	}
	var args []string
	var raises excSet
	args = append(args, fmt.Sprintf(`"%s"`, c.tag()))
	vars := c.sc.find(func(v *variable) bool { return v.t != tNone })
	for i, n := 0, g.between(1, 3); i < n; i++ {
		if len(vars) > 0 && g.chance(40) {
			args = append(args, oneOf(g, vars...).name)
			continue
		}
		t := oneOf(g, tInt, tInt, tFloat, tStr, tStr, tBool, tListInt, tListStr, tListAny, tDictInt, tDictAny, tExc)
		if t == tExc {
			if vs := c.sc.ofType(tExc); len(vs) > 0 {
				args = append(args, oneOf(g, vs...).name)
				continue
			}
			t = tInt
		}
		e := g.expr(c, t, g.between(1, 2))
		if (t == tListInt || t == tListStr || t == tListAny || t == tStr) && g.chance(20) {
			args = append(args, "*"+e.at(precAtom)) // its items
		} else {
			args = append(args, e.at(precTernary))
		}
		raises |= e.raises
	}
	switch g.r.IntN(8) {
	case 0:
		args = append(args, `sep="|"`)
	case 1:
		args = append(args, `end=" .\n"`)
	}
	return one("print("+strings.Join(args, ", ")+")", raises)
}

// assignNew binds a fresh local to a value of a random type.
func (g *gen) assignNew(c ctx) stmtResult {
	t := oneOf(g, tInt, tInt, tInt, tFloat, tStr, tStr, tBool, tListInt, tListStr, tListAny, tDictInt, tDictAny)
	prefix := map[vtype]string{tInt: "n", tFloat: "f", tStr: "s", tBool: "ok", tListInt: "xs", tListStr: "ws", tListAny: "mix", tDictInt: "d", tDictAny: "dm"}[t]
	v := &variable{name: c.fs.fresh(prefix), t: t, cap: capOf(t), mult: c.mult, mutable: true}
	switch {
	case t.isNum():
		v.assignCap = oneOf(g, 1e3, 1e5, valueCap)
	case t.sized():
		v.assignCap = math.Ceil(v.cap * oneOf(g, 0.5, 0.7))
	default:
		v.assignCap = v.cap
	}
	v.budget = v.cap - v.assignCap
	e := g.fit(c, g.expr(c, t, g.between(1, 3)), v.assignCap)
	v.nonEmpty = e.nonEmpty
	c.sc.add(v)
	return one(v.name+" = "+e.src, e.raises)
}

// ratio is how many times a statement here runs per run of the point
// where v was bound.
func (c ctx) ratio(v *variable) float64 { return c.mult / v.mult }

// update assigns or changes a variable in place.
func (g *gen) update(c ctx, v *variable) stmtResult {
	ratio := c.ratio(v)
	d := g.between(1, 2)
	switch {
	case v.t.isNum() && g.chance(60) && v.budget/ratio >= 1:
		limit := math.Min(v.budget/ratio, exprCap)
		e := g.fit(c, g.expr(c, v.t, d), limit)
		v.budget -= e.bound * ratio
		return one(v.name+" "+oneOf(g, "+=", "-=")+" "+e.at(precTernary), e.raises)
	case v.t == tStr && g.chance(50) && v.budget/ratio >= 1:
		e := g.fit(c, g.expr(c, tStr, d), v.budget/ratio)
		v.budget -= e.bound * ratio
		return one(v.name+" += "+e.at(precTernary), e.raises)
	case v.t.isList() && g.chance(80):
		return g.listUpdate(c, v)
	case v.t.isDict() && g.chance(80):
		return g.dictUpdate(c, v)
	}
	e := g.fit(c, g.expr(c, v.t, d), v.assignCap)
	if v.nonEmpty && !e.nonEmpty {
		return g.printStmt(c)
	}
	return one(v.name+" = "+e.src, e.raises)
}

// elemType is the element type of a list type (tAny for a mixed list).
func elemType(t vtype) vtype {
	return map[vtype]vtype{tListInt: tInt, tListStr: tStr, tListAny: tAny}[t]
}

func (g *gen) listUpdate(c ctx, v *variable) stmtResult {
	ratio := c.ratio(v)
	et := elemType(v.t)
	elem := func() expr { return g.fit(c, g.expr(c, et, g.between(1, 2)), capOf(et)) }
	switch r := g.r.IntN(8); {
	case r == 6 && !v.nonEmpty && !c.noRaise:
		e := elem()
		return one(v.name+".remove("+e.src+")", e.raises|setOf(kValue))
	case r == 7 && !v.nonEmpty:
		return one(v.name+".clear()", 0)
	case r <= 1 && v.budget >= ratio:
		v.budget -= ratio
		e := elem()
		if g.chance(20) {
			return one(fmt.Sprintf("%s.insert(%d, %s)", v.name, g.between(0, 2), e.src), e.raises)
		}
		return one(v.name+".append("+e.src+")", e.raises)
	case r == 2 && v.budget >= 2*ratio:
		limit := math.Floor(v.budget / ratio)
		xs := g.fit(c, g.expr(c, v.t, 1), limit)
		v.budget -= xs.bound * ratio
		if g.chance(50) {
			return one(v.name+" += "+xs.src, xs.raises)
		}
		return one(v.name+".extend("+xs.src+")", xs.raises)
	case r == 3 && v.t != tListAny:
		if g.chance(50) {
			return one(v.name+".sort()", 0)
		}
		return one(v.name+".sort(reverse=True)", 0)
	case r == 4 && v.nonEmpty && g.chance(30):
		// The ends swapped, or both set at once (chained).
		if g.chance(50) {
			return one(fmt.Sprintf("%[1]s[0], %[1]s[-1] = %[1]s[-1], %[1]s[0]", v.name), 0)
		}
		e := elem()
		return one(fmt.Sprintf("%[1]s[0] = %[1]s[-1] = %[2]s", v.name, e.src), e.raises)
	case r == 4 && v.nonEmpty:
		e := elem()
		return one(fmt.Sprintf("%s[%s] = %s", v.name, oneOf(g, "0", "-1"), e.src), e.raises)
	case r == 5 && !v.nonEmpty && !c.noRaise:
		if g.chance(20) {
			return one(fmt.Sprintf("del %s[%s]", v.name, oneOf(g, "0", "-1")), setOf(kIndex))
		}
		pop := v.name + ".pop()"
		if g.chance(50) {
			pop = v.name + ".pop(0)"
		}
		if g.chance(50) {
			pop = fmt.Sprintf(`print("%s", %s)`, c.tag(), pop)
		}
		return one(pop, setOf(kIndex))
	}
	return one(v.name+".reverse()", 0)
}

func (g *gen) dictUpdate(c ctx, v *variable) stmtResult {
	ratio := c.ratio(v)
	key := atomExpr(quote(c, oneOf(g, dictKeys...)), tStr, 3)
	if g.chance(30) {
		key = g.fit(c, g.expr(c, tStr, 1), 8)
	}
	k := key.src
	val := func() expr {
		if v.t == tDictAny {
			return g.fit(c, g.expr(c, oneOf(g, tInt, tStr, tFloat, tBool), 1), exprCap)
		}
		return g.fit(c, g.expr(c, tInt, g.between(1, 2)), valueCap)
	}
	switch r := g.r.IntN(4); {
	case r <= 1 && v.budget >= ratio:
		v.budget -= ratio
		e := val()
		if v.t == tDictInt && g.chance(30) {
			e = g.fit(c, binary(atomExpr(fmt.Sprintf("%s.get(%s, 0)", v.name, k), tInt, valueCap), "+", g.fit(c, e, valueCap), precAdd, tInt, 2*valueCap), valueCap)
		}
		return one(fmt.Sprintf("%s[%s] = %s", v.name, k, e.src), e.raises|key.raises)
	case r == 3 && !c.noRaise && g.chance(30):
		return one(fmt.Sprintf("del %s[%s]", v.name, k), key.raises|setOf(kKey))
	case r == 2 && v.t == tDictInt && g.chance(50):
		return one(fmt.Sprintf(`print("%s", %s.pop(%s, %s))`, c.tag(), v.name, k, g.intLit().src), 0)
	case r == 2 && v.t == tDictInt && g.chance(30):
		return one(fmt.Sprintf(`print("%s", Counter(%s.values()).most_common(2))`, c.tag(), v.name), 0)
	case r == 2 && v.t == tDictInt && g.chance(30):
		// A Counter of the mapping: its positive and negative counts,
		// and the elements of one counting each key once.
		return one(fmt.Sprintf(`print("%s", +Counter(%s), -Counter(%s), sorted(Counter(list(%s)).elements()))`, c.tag(), v.name, v.name, v.name), 0)
	case r == 3 && v.t == tDictInt && !c.noRaise && v.budget >= ratio && g.chance(40):
		// KeyError unless v is a Counter or a defaultdict.
		v.budget -= ratio
		e := g.fit(c, g.expr(c, tInt, 1), valueCap)
		return one(fmt.Sprintf("%s[%s] += %s", v.name, k, e.src), e.raises|key.raises|setOf(kKey))
	case r == 2 && v.budget >= ratio:
		v.budget -= ratio
		e := val()
		return one(fmt.Sprintf(`print("%s", %s.setdefault(%s, %s))`, c.tag(), v.name, k, e.src), e.raises)
	}
	if v.t == tDictInt {
		e := g.expr(c, tDictInt, 1)
		if e.bound*ratio <= v.budget {
			v.budget -= e.bound * ratio
			return one(v.name+".update("+e.src+")", e.raises)
		}
	}
	return one(fmt.Sprintf(`print("%s", len(%s), %s in %s)`, c.tag(), v.name, k, v.name), 0)
}

// cond returns the condition of an if, a while or a guarded jump: most
// often a test of a variable (the innermost first, so a loop's variable),
// which goes both ways as the program runs.
func (g *gen) cond(c ctx) expr {
	ints := c.sc.find(func(v *variable) bool { return v.t == tInt && !v.global })
	sized := c.sc.find(func(v *variable) bool { return v.t.sized() })
	return choose(g,
		alt[expr]{when(len(ints) > 0, 6), func() expr {
			v := ints[0]
			if g.chance(40) {
				v = oneOf(g, ints...)
			}
			x := varExpr(v)
			k := g.intConst(g.between(0, 4))
			switch g.r.IntN(3) {
			case 0:
				m := g.intConst(g.between(2, 4))
				mod := binary(x, "%", m, precMul, tInt, m.bound)
				return binary(mod, oneOf(g, "==", "!="), g.intConst(g.between(0, 1)), precCmp, tBool, 1)
			case 1:
				return binary(x, oneOf(g, "<", ">", "<=", ">="), k, precCmp, tBool, 1)
			}
			return binary(x, oneOf(g, "==", "!="), k, precCmp, tBool, 1)
		}},
		alt[expr]{when(len(sized) > 0, 2), func() expr {
			x := varExpr(oneOf(g, sized...))
			return binary(call("len", tInt, x.bound, x), oneOf(g, ">", "<", "=="), g.intConst(g.between(0, 3)), precCmp, tBool, 1)
		}},
		alt[expr]{3, func() expr { return g.expr(c, tBool, g.between(1, 2)) }},
	)
}

func (g *gen) ifStmt(c ctx) stmtResult {
	var b block
	var raises excSet
	cond := g.cond(c)
	raises |= cond.raises
	b.add("if %s:", cond.src)
	body, r := g.block(c.nested(), g.blockSize(c))
	b.nest(body)
	raises |= r
	for i, n := 0, g.between(0, 2); i < n && g.chance(40); i++ {
		cond := g.cond(c)
		raises |= cond.raises
		b.add("elif %s:", cond.src)
		body, r := g.block(c.nested(), g.blockSize(c))
		b.nest(body)
		raises |= r
	}
	if g.chance(50) {
		b.add("else:")
		body, r := g.block(c.nested(), g.blockSize(c))
		b.nest(body)
		raises |= r
	}
	return result(b, raises)
}

// loopBody returns the context of the body of a loop that runs up to
// iters times.
func (c ctx) loopBody(iters float64) ctx {
	c = c.nested()
	c.mult *= math.Max(iters, 1)
	c.loops++
	return c
}

// forStmt writes a for loop over a range, a list, a dict, a str, or
// enumerate, zip or reversed of lists, or one whose target unpacks
// nested or wide tuples, maybe with an else block.
func (g *gen) forStmt(c ctx) stmtResult {
	var b block
	var raises excSet
	maxIters := math.Floor(maxMult / c.mult)
	var head string
	var iters float64
	var loopVars []*variable
	newVar := func(prefix string, t vtype) *variable {
		v := &variable{name: c.fs.fresh(prefix), t: t, cap: capOf(t)}
		loopVars = append(loopVars, v)
		return v
	}
	// iterable returns a list expression of type t short enough to loop over.
	iterable := func(t vtype) expr {
		e := g.expr(c, t, 1)
		if e.bound > maxIters {
			e = g.fit(c, e, maxIters)
		}
		raises |= e.raises
		return e
	}
	unpack := "" // a statement the body starts with
	kinds := 8
	if c.machine {
		kinds = 3 // aiogo's machines loop over a range or a list
	}
	switch g.r.IntN(kinds) {
	case 0, 1:
		n := g.between(1, int(math.Min(6, maxIters)))
		start := g.between(-2, 3)
		step := oneOf(g, 1, 1, 2, -1)
		stop := start + n*step
		iters = float64(n)
		i := newVar("i", tInt)
		switch {
		case step != 1:
			head = fmt.Sprintf("for %s in range(%d, %d, %d):", i.name, start, stop, step)
		case start != 0:
			head = fmt.Sprintf("for %s in range(%d, %d):", i.name, start, stop)
		default:
			head = fmt.Sprintf("for %s in range(%d):", i.name, stop)
		}
	case 2:
		t := oneOf(g, tListInt, tListStr, tListAny)
		xs := iterable(t)
		iters = xs.bound
		x := newVar(map[vtype]string{tListInt: "x", tListStr: "w", tListAny: "y"}[t], elemType(t))
		if g.chance(30) && !c.machine {
			head = fmt.Sprintf("for %s in reversed(%s):", x.name, xs.src)
		} else {
			head = fmt.Sprintf("for %s in %s:", x.name, xs.src)
		}
	case 3:
		t := oneOf(g, tListInt, tListStr)
		xs := iterable(t)
		iters = xs.bound
		i, x := newVar("i", tInt), newVar("x", elemType(t))
		if g.chance(50) {
			head = fmt.Sprintf("for %s, %s in enumerate(%s):", i.name, x.name, xs.src)
		} else {
			head = fmt.Sprintf("for %s, %s in enumerate(%s, %d):", i.name, x.name, xs.src, g.between(1, 3))
		}
	case 4:
		m := g.expr(c, tDictInt, 1)
		raises |= m.raises
		iters = m.bound
		switch r := g.r.IntN(10); {
		case r < 5:
			k, v := newVar("k", tStr), newVar("v", tInt)
			head = fmt.Sprintf("for %s, %s in %s.items():", k.name, v.name, m.at(precAtom))
		case r == 5: // each pair bound to one name, unpacked first thing
			k, v, pair := newVar("k", tStr), newVar("v", tInt), c.fs.fresh("pair")
			head = fmt.Sprintf("for %s in %s.items():", pair, m.at(precAtom))
			unpack = fmt.Sprintf("%s, %s = %s", k.name, v.name, pair)
		case r < 8:
			head = fmt.Sprintf("for %s in %s:", newVar("k", tStr).name, m.src)
		case r == 8:
			head = fmt.Sprintf("for %s in %s.keys():", newVar("k", tStr).name, m.at(precAtom))
		default:
			head = fmt.Sprintf("for %s in %s.values():", newVar("v", tInt).name, m.at(precAtom))
		}
	case 5:
		xs, ys := iterable(tListInt), iterable(oneOf(g, tListInt, tListStr))
		iters = math.Min(xs.bound, ys.bound)
		x, y := newVar("x", tInt), newVar("y", elemType(ys.t))
		head = fmt.Sprintf("for %s, %s in zip(%s, %s):", x.name, y.name, xs.src, ys.src)
	case 6:
		head, iters = g.unpackingLoop(c, maxIters, newVar, iterable, &raises)
	default:
		s := g.fit(c, g.strLit(c), maxIters)
		iters = s.bound
		ch := newVar("ch", tStr)
		head = fmt.Sprintf("for %s in %s:", ch.name, s.src)
	}
	if iters > maxIters {
		iters = maxIters // a sliced iterable: fit bounded it
	}
	b.add("%s", head)
	bc := c.loopBody(iters)
	for _, v := range loopVars {
		v.mult = bc.mult
		bc.sc.add(v)
	}
	body, r := g.block(bc, g.blockSize(c))
	if unpack != "" {
		body = append(block{unpack}, body...)
	}
	b.nest(append(g.yieldFirst(bc), body...))
	raises |= r
	raises |= g.loopElse(c, &b)
	return result(b, raises)
}

// unpackingLoop writes the head of a loop whose target unpacks more than
// a pair: `for i, (x, y) in enumerate(zip(xs, ys))`, `for x, y, z in
// zip(xs, ys, zs)`, or over a list display of tuples of two to five
// items, nested or not (`for a, (b, c) in [(1, ("x", 2.5)), ...]`). It
// returns the head and how many times the loop runs, and adds what the
// items may raise to raises.
func (g *gen) unpackingLoop(c ctx, maxIters float64, newVar func(string, vtype) *variable, iterable func(vtype) expr, raises *excSet) (string, float64) {
	switch g.r.IntN(3) {
	case 0:
		xs, ys := iterable(tListInt), iterable(oneOf(g, tListInt, tListStr))
		i, x, y := newVar("i", tInt), newVar("x", tInt), newVar("y", elemType(ys.t))
		start := ""
		if g.chance(50) {
			start = fmt.Sprintf(", %d", g.between(1, 3))
		}
		return fmt.Sprintf("for %s, (%s, %s) in enumerate(zip(%s, %s)%s):", i.name, x.name, y.name, xs.src, ys.src, start),
			math.Min(xs.bound, ys.bound)
	case 1:
		xs, ys, zs := iterable(tListInt), iterable(oneOf(g, tListInt, tListStr)), iterable(tListStr)
		x, y, z := newVar("x", tInt), newVar("y", elemType(ys.t)), newVar("w", tStr)
		return fmt.Sprintf("for %s, %s, %s in zip(%s, %s, %s):", x.name, y.name, z.name, xs.src, ys.src, zs.src),
			math.Min(xs.bound, math.Min(ys.bound, zs.bound))
	}
	// A shape: how many items, and which of them is a nested pair.
	n := g.between(2, 5)
	nested, leaves := -1, n
	if n <= 3 && g.chance(60) {
		nested, leaves = g.r.IntN(n), n+1
	}
	var names []*variable
	var types []vtype
	for range leaves {
		t := oneOf(g, tInt, tStr, tFloat)
		types = append(types, t)
		names = append(names, newVar(map[vtype]string{tInt: "n", tStr: "s", tFloat: "f"}[t], t))
	}
	// shape renders one tuple of the shape with render(j) for the j-th leaf.
	shape := func(render func(j int) string) string {
		var items []string
		for i, j := 0, 0; i < n; i++ {
			if i == nested {
				items = append(items, "("+render(j)+", "+render(j+1)+")")
				j += 2
			} else {
				items = append(items, render(j))
				j++
			}
		}
		return strings.Join(items, ", ")
	}
	rows := make([]string, g.between(1, int(math.Min(3, maxIters))))
	for r := range rows {
		rows[r] = "(" + shape(func(j int) string {
			e := g.fit(c, g.expr(c, types[j], 1), capOf(types[j]))
			*raises |= e.raises
			return e.src
		}) + ")"
	}
	target := shape(func(j int) string { return names[j].name })
	return fmt.Sprintf("for %s in [%s]:", target, strings.Join(rows, ", ")), float64(len(rows))
}

// yieldFirst often starts a loop body of a coroutine with sleep(0), so
// that concurrent tasks interleave their iterations.
func (g *gen) yieldFirst(c ctx) block {
	if c.async() && g.chance(40) {
		return block{"await asyncio.sleep(0)"}
	}
	return nil
}

// loopElse maybe adds the else block of a loop, run when it ends without break.
func (g *gen) loopElse(c ctx, b *block) excSet {
	if !g.chance(25) || c.machine {
		return 0
	}
	b.add("else:")
	body, r := g.block(c.nested(), g.between(1, 2))
	b.nest(body)
	return r
}

// whileStmt writes a while loop bounded by a counter, incremented first
// thing in the body so that continue cannot skip it.
func (g *gen) whileStmt(c ctx) stmtResult {
	var b block
	n := g.between(1, int(math.Min(5, math.Floor(maxMult/c.mult))))
	k := &variable{name: c.fs.fresh("k"), t: tInt, cap: float64(n + 1), mult: c.mult}
	b.add("%s = 0", k.name)
	bc := c.loopBody(float64(n + 1))
	var raises excSet
	if g.chance(30) {
		b.add("while True:")
		var body block
		body.add("%s += 1", k.name)
		body.add("if %s > %d:", k.name, n)
		body.add("    break")
		body = append(body, g.yieldFirst(bc)...)
		bc.sc.add(k)
		rest, r := g.block(bc, g.blockSize(c))
		raises |= r
		b.nest(append(body, rest...))
	} else {
		// The counter goes up first, in the body or by := in the
		// condition (it then ends one higher).
		cond, step := fmt.Sprintf("%s < %d", k.name, n), block{fmt.Sprintf("%s += 1", k.name)}
		if g.chance(30) {
			cond, step = fmt.Sprintf("(%s := %s + 1) <= %d", k.name, k.name, n), nil
		}
		if g.chance(15) {
			extra := g.cond(c)
			raises |= extra.raises
			cond += " and " + extra.at(precAnd+1)
		}
		b.add("while %s:", cond)
		body := append(step, g.yieldFirst(bc)...)
		bc.sc.add(k)
		rest, r := g.block(bc, g.blockSize(c))
		raises |= r
		b.nest(append(body, rest...))
	}
	raises |= g.loopElse(c, &b)
	return result(b, raises)
}

// returnStmt writes an early return, often under an if.
func (g *gen) returnStmt(c ctx) stmtResult {
	ret := "return"
	var raises excSet
	if t := c.fs.f.ret; t != tNone {
		e := g.value(c, t, g.between(1, 2))
		if w := g.awaitable(c, t); w != nil && g.chance(40) {
			e = g.invoke(c, w, 1)
			e.src = "await " + e.src
		}
		ret += " " + e.src
		raises = e.raises
	}
	if g.chance(50) {
		cond := g.cond(c)
		return result(block{"if " + cond.src + ":", "    " + ret}, raises|cond.raises)
	}
	return stmtResult{block{ret}, stmtInfo{raises: raises, term: true}}
}

// jumpStmt writes break or continue, usually under an if.
func (g *gen) jumpStmt(c ctx) stmtResult {
	j := oneOf(g, "break", "continue")
	if g.chance(75) {
		cond := g.cond(c)
		return result(block{"if " + cond.src + ":", "    " + j}, cond.raises)
	}
	return stmtResult{block{j}, stmtInfo{term: true}}
}

// callStmt calls a helper or awaits a worker for its effects, or prints
// its result.
func (g *gen) callStmt(c ctx) stmtResult {
	var cands []*fn
	for _, f := range append(append([]*fn{}, g.prog.helpers...), g.prog.workers...) {
		if c.canAwait(f) && f != c.fs.f {
			cands = append(cands, f)
		}
	}
	if len(cands) == 0 {
		return g.printStmt(c)
	}
	f := oneOf(g, cands...)
	e := g.invoke(c, f, 2)
	src := e.src
	if f.async {
		src = "await " + src
	}
	switch {
	case f.ret == tNone:
	case f.async && c.machine || g.chance(30):
		v := g.bindResult(c, f)
		return one(v+" = "+src, e.raises)
	case g.chance(60):
		return one(fmt.Sprintf(`print("%s", %s)`, c.tag(), src), e.raises)
	}
	return one(src, e.raises)
}

// counterStmt adds a small constant to a module-level counter. The
// counters stay small because the whole program runs a bounded number
// of statements.
func (g *gen) counterStmt(c ctx) stmtResult {
	name := oneOf(g, g.prog.counters...)
	if c.fs.f.name == "" {
		return one(fmt.Sprintf("%s += %d", name, g.between(1, 9)), 0)
	}
	c.fs.useGlobal(name)
	return one(fmt.Sprintf("%s += %d", name, g.between(1, 9)), 0)
}

// starredStmt unpacks a list of ints into names around a starred one
// (`h, *mid, t = xs`), which raises ValueError for too few items.
func (g *gen) starredStmt(c ctx) stmtResult {
	xs := g.expr(c, tListInt, 1)
	names := make([]string, g.between(2, 4))
	star := g.r.IntN(len(names))
	for i := range names {
		names[i] = c.fs.fresh("p")
	}
	targets := slices.Clone(names)
	targets[star] = "*" + targets[star]
	var b block
	b.add("try:")
	b.nest(block{
		fmt.Sprintf("%s = %s", strings.Join(targets, ", "), xs.src),
		fmt.Sprintf("print(%q, %s)", c.tag(), strings.Join(names, ", ")),
	})
	e := c.fs.fresh("ve")
	b.add("except ValueError as %s:", e)
	b.nest(block{fmt.Sprintf("print(%q, %s)", c.tag(), e)})
	return result(b, xs.raises)
}
