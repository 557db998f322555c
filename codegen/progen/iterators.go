package progen

import "fmt"

// map(), filter() and reversed() taken at once, str.partition,
// collections.deque and OrderedDict, heapq and bisect.

// iteratorList returns a list of type t (list[int] or list[str]) made by
// list() of map() or filter() with a lambda, or of reversed(), or from
// itertools (chain, islice, and comprehensions over product, pairwise,
// combinations and groupby).
func (g *gen) iteratorList(c ctx, t vtype, d int) expr {
	et := elemType(t)
	xs := g.expr(c, t, d-1)
	if g.chance(40) {
		return g.itertoolsList(c, t, xs, d)
	}
	x := g.compVar(c, "v")
	cc := c.comprehension(x, et, xs)
	var e expr
	switch g.r.IntN(3) {
	case 0:
		body := g.fit(c, g.expr(cc, et, d-1), capOf(et))
		e = atomExpr(fmt.Sprintf("list(map(lambda %s: %s, %s))", x, body.at(precTernary), xs.at(precTernary)), t, xs.bound)
		e.flow = join(xs, body)
	case 1:
		cond := g.expr(cc, tBool, d-1)
		e = atomExpr(fmt.Sprintf("list(filter(lambda %s: %s, %s))", x, cond.at(precTernary), xs.at(precTernary)), t, xs.bound)
		e.flow = join(xs, cond)
	default:
		e = call("list", t, xs.bound, call("reversed", t, xs.bound, xs))
		e.nonEmpty = xs.nonEmpty
	}
	return e
}

// itertoolsList returns a list of type t made by itertools from xs and
// maybe another list: items of one of them, or of pairs of their items
// combined so that values stay small.
func (g *gen) itertoolsList(c ctx, t vtype, xs expr, d int) expr {
	pair := map[vtype]string{tListInt: oneOf(g, "min(%[1]s, %[2]s)", "%[1]s if %[1]s > %[2]s else %[2]s"), tListStr: "%[1]s[:2] + %[2]s[:2]"}[t]
	comp := func(src string, ys ...expr) expr {
		a, b := g.compVar(c, "a"), g.compVar(c, "b")
		for b == a {
			b = g.compVar(c, "b")
		}
		e := atomExpr(fmt.Sprintf("[%s for %s, %s in %s]", fmt.Sprintf(pair, a, b), a, b, src), t, listCap)
		e.flow = join(ys...)
		return e
	}
	switch g.r.IntN(6) {
	case 0:
		ys := g.expr(c, t, d-1)
		e := call("list", t, xs.bound+ys.bound, call("chain", t, xs.bound+ys.bound, xs, ys))
		e.nonEmpty = xs.nonEmpty || ys.nonEmpty
		return g.fit(c, e, listCap)
	case 1:
		k := g.between(0, 4)
		src := fmt.Sprintf("islice(%s, %d)", xs.at(precTernary), k)
		if g.chance(50) {
			src = fmt.Sprintf("itertools.islice(%s, %d, None, %d)", xs.at(precTernary), k, g.between(1, 3))
		}
		e := atomExpr("list("+src+")", t, xs.bound)
		e.flow = join(xs)
		return e
	case 2:
		xs, ys := g.fit(c, xs, 3), g.fit(c, g.expr(c, t, d-1), 3)
		return comp(fmt.Sprintf("itertools.product(%s, %s)", xs.at(precTernary), ys.at(precTernary)), xs, ys)
	case 3:
		return comp(fmt.Sprintf("pairwise(%s)", xs.at(precTernary)), xs)
	case 4:
		// The keys of the runs of equal items, or (for ints) the runs'
		// lengths, each group consumed at once.
		k, grp := g.compVar(c, "k"), g.compVar(c, "g")
		for grp == k {
			grp = g.compVar(c, "g")
		}
		elt, bound := k, xs.bound
		if t == tListInt && g.chance(50) {
			elt, bound = fmt.Sprintf("len(list(%s))", grp), listCap
		}
		e := atomExpr(fmt.Sprintf("[%s for %s, %s in itertools.groupby(%s)]", elt, k, grp, xs.at(precTernary)), t, bound)
		e.flow = join(xs)
		return e
	}
	xs = g.fit(c, xs, 4)
	return comp(fmt.Sprintf("itertools.%s(%s, 2)", oneOf(g, "combinations", "permutations", "combinations_with_replacement"), xs.at(precTernary)), xs)
}

// iteratorStr returns a str: the reversed characters of a str, the items
// of a list[int] mapped by str() and joined, the code points of a str
// (map(ord, ...)) joined, a str translated, or a part of a partition.
func (g *gen) iteratorStr(c ctx, d int) expr {
	switch g.r.IntN(5) {
	case 0:
		s := g.fit(c, g.expr(c, tStr, d-1), strCap)
		e := atomExpr(fmt.Sprintf("%s.join(reversed(%s))", quote(c, ""), s.at(precTernary)), tStr, s.bound)
		e.flow = join(s)
		return e
	case 1:
		xs := g.expr(c, tListInt, d-1)
		e := atomExpr(fmt.Sprintf("%s.join(map(str, %s))", quote(c, ","), xs.at(precTernary)), tStr, xs.bound*22)
		e.flow = join(xs)
		return e
	case 2:
		s := g.fit(c, g.expr(c, tStr, d-1), strCap)
		e := atomExpr(fmt.Sprintf("%s.join(map(str, map(ord, %s)))", quote(c, ","), s.at(precTernary)), tStr, s.bound*8)
		e.flow = join(s)
		return e
	case 3:
		s := g.fit(c, g.expr(c, tStr, d-1), strCap)
		table := fmt.Sprintf("str.maketrans(%s, %s, %s)", quote(c, oneOf(g, "ab", "xy", "a ")), quote(c, oneOf(g, "ba", "XY", "-_")), quote(c, oneOf(g, "", "c", "b,")))
		if g.chance(30) {
			table = fmt.Sprintf("{%d: %s, %d: None}", 'a'+g.r.IntN(4), oneOf(g, quote(c, "AB"), "120", quote(c, "")), 'a'+g.r.IntN(4))
		}
		e := atomExpr(fmt.Sprintf("%s.translate(%s)", s.at(precAtom), table), tStr, s.bound*2)
		e.flow = join(s)
		return e
	}
	s := g.fit(c, g.expr(c, tStr, d-1), strCap)
	sep := quote(c, oneOf(g, " ", "a", ",", "="))
	e := atomExpr(fmt.Sprintf("%s.%s(%s)[%d]", s.at(precAtom), oneOf(g, "partition", "rpartition"), sep, g.r.IntN(3)), tStr, s.bound)
	e.flow = join(s)
	return e
}

// dequeStmt builds a deque of a list's items (with a maxlen or not),
// changes it at both ends, and prints it, its length, its items as a list
// and its maxlen.
func (g *gen) dequeStmt(c ctx) stmtResult {
	name := c.fs.fresh("dq")
	xs := g.expr(c, oneOf(g, tListInt, tListStr), 1)
	et, raises := elemType(xs.t), xs.raises
	var b block
	maxlen := ""
	if g.chance(60) {
		maxlen = fmt.Sprintf(", maxlen=%d", g.between(0, 4))
	}
	b.add("%s = deque(%s%s)", name, xs.src, maxlen)
	for range g.between(1, 4) {
		switch g.r.IntN(5) {
		case 0, 1:
			x := g.fit(c, g.expr(c, et, 1), capOf(et))
			raises |= x.raises
			b.add("%s.%s(%s)", name, oneOf(g, "append", "appendleft"), x.src)
		case 2:
			b.add("%s.rotate(%d)", name, g.between(-3, 3))
		case 3:
			ys := g.expr(c, xs.t, 1)
			raises |= ys.raises
			b.add("%s.%s(%s)", name, oneOf(g, "extend", "extendleft"), ys.src)
		default:
			b.add("if %s:", name)
			b.nest(block{fmt.Sprintf("print(%q, %s.%s())", c.tag(), name, oneOf(g, "pop", "popleft"))})
		}
	}
	b.add("print(%q, %s, len(%s), list(%s), %s.maxlen)", c.tag(), name, name, name, name)
	return result(b, raises)
}

// orderedDictStmt builds an OrderedDict of a dict's items, reorders it
// (move_to_end at either end, popitem at either end, new keys), and
// prints it, its keys and how it compares with a dict and an OrderedDict
// holding the same items.
func (g *gen) orderedDictStmt(c ctx) stmtResult {
	name := c.fs.fresh("od")
	d := g.expr(c, tDictInt, 1)
	raises := d.raises
	var b block
	b.add("%s = OrderedDict(%s)", name, d.src)
	last := func() string { return oneOf(g, "", "False", "True", "last=False", "last=True") }
	for range g.between(1, 4) {
		k := quote(c, oneOf(g, dictKeys...))
		switch g.r.IntN(4) {
		case 0:
			b.add("if %s in %s:", k, name)
			arg := k
			if l := last(); l != "" {
				arg += ", " + l
			}
			b.nest(block{fmt.Sprintf("%s.move_to_end(%s)", name, arg)})
		case 1:
			b.add("if %s:", name)
			b.nest(block{fmt.Sprintf("print(%q, %s.popitem(%s))", c.tag(), name, last())})
		case 2:
			b.add("%s[%s] = %d", name, k, g.between(-9, 99))
		default:
			k := c.fs.fresh("k")
			b.add("for %s in list(%s)[:2]:", k, name)
			b.nest(block{fmt.Sprintf("%s.move_to_end(%s, %s)", name, k, oneOf(g, "False", "True"))})
		}
	}
	key := oneOf(g, "", ", key=itemgetter(1)", ", key=itemgetter(1, 0)", ", key=operator.itemgetter(-1)")
	b.add("print(%q, %s, list(%s), %s == dict(%s), %s == OrderedDict(sorted(%s.items()%s)))", c.tag(), name, name, name, name, name, name, key)
	return result(b, raises)
}

// dynamicContainerStmt decodes a list and a dict from JSON (values of
// type any), changes them through their methods, reached by name, and
// their items, reads the dict's views, passes them to the built-ins that
// take any iterable, and prints them.
func (g *gen) dynamicContainerStmt(c ctx) stmtResult {
	xs := g.fit(c, g.expr(c, oneOf(g, tListInt, tListStr), 1), 4)
	d := g.fit(c, g.expr(c, tDictInt, 1), 4)
	raises := xs.raises | d.raises
	jl, jd := c.fs.fresh("jl"), c.fs.fresh("jd")
	var b block
	b.add("%s = json.loads(json.dumps(%s))", jl, xs.src)
	b.add("%s = json.loads(json.dumps(%s))", jd, d.src)
	for range g.between(1, 4) {
		switch g.r.IntN(8) {
		case 7:
			// The built-ins that take any iterable, over the values of
			// type any, their keys and a tuple's slice (items of mixed
			// types are ordered by their str).
			b.add("print(%q, list(enumerate(%s, %d)), max(%s, key=str, default=None), min(%s, key=len, default=%s))",
				c.tag(), oneOf(g, jl, jd), g.between(-1, 2), jl, jd, quote(c, "-"))
			b.add("print(%q, len(set(%s)), sorted(map(str, set(%s))), dict.fromkeys(%s, %d), list(zip(%s, %s)))",
				c.tag(), jl, jd, oneOf(g, jl, jd), g.between(0, 9), jl, jd)
			b.add("print(%q, any(%s), all(%s), list(map(repr, %s)), list(filter(None, %s)), (%s, %d, %s)[%d:])",
				c.tag(), jl, jd, jd, jl, jl, g.between(0, 9), jd, g.between(-2, 2))
			// del of their items, and of a name nothing reads again.
			k, n := quote(c, oneOf(g, dictKeys...)), c.fs.fresh("n")
			b.add("if %s in %s:", k, jd)
			b.nest(block{fmt.Sprintf("del %s[%s]", jd, k)})
			b.add("if %s:", jl)
			b.nest(block{fmt.Sprintf("del %s[%d]", jl, oneOf(g, 0, -1))})
			b.add("%s = len(%s) + len(%s)", n, jl, jd)
			b.add("print(%q, %s)", c.tag(), n)
			b.add("del %s", n)
		case 6:
			// The views of a dict of type any: printed, iterated, tested.
			k, v := c.fs.fresh("k"), c.fs.fresh("v")
			b.add("for %s, %s in %s.items():", k, v, jd)
			b.nest(block{fmt.Sprintf("print(%q, %s, %s)", c.tag(), k, v)})
			b.add("print(%q, %s.%s(), len(%s.values()), %s in %s.keys())", c.tag(), jd, oneOf(g, "keys", "values", "items"), jd, quote(c, oneOf(g, dictKeys...)), jd)
			b.add("%s[%s] = %s", jd, quote(c, oneOf(g, dictKeys...)), g.intLit().src)
			b.add("if %s:", jl)
			b.nest(block{fmt.Sprintf("%s[%d] = %s", jl, oneOf(g, 0, -1), quote(c, oneOf(g, dictKeys...)))})
		case 0:
			b.add("%s.append(%s)", jl, g.intLit().src)
		case 1:
			b.add("%s.insert(%d, %s)", jl, g.between(-2, 3), quote(c, oneOf(g, dictKeys...)))
		case 2:
			b.add("%s.extend(%s)", jl, oneOf(g, "[1, 2]", "'ab'", "(3,)"))
		case 3:
			b.add("if %s:", jl)
			b.nest(block{fmt.Sprintf("print(%q, %s.pop(), %s.count(1))", c.tag(), jl, jl)})
		case 4:
			k := quote(c, oneOf(g, dictKeys...))
			b.add("print(%q, %s.setdefault(%s, %d), %s.get(%s, %q), %s.pop(%s, None))", c.tag(), jd, k, g.between(0, 9), jd, k, "-", jd, quote(c, oneOf(g, dictKeys...)))
		default:
			b.add("%s.update({%s: %s})", jd, quote(c, oneOf(g, dictKeys...)), jl)
		}
	}
	b.add("print(%q, %s, %s, len(%s))", c.tag(), jl, jd, jd)
	return result(b, raises)
}

// heapStmt builds a heap of ints with heapq (heapify, pushes, pops) or
// keeps a sorted list with bisect.insort, and prints the list (in
// heapq's order) with what the queries answer.
func (g *gen) heapStmt(c ctx) stmtResult {
	name := c.fs.fresh("hp")
	xs := g.expr(c, tListInt, 1)
	raises := xs.raises
	item := func() string {
		x := g.fit(c, g.expr(c, tInt, 1), valueCap)
		raises |= x.raises
		return x.src
	}
	var b block
	if g.chance(50) {
		b.add("%s = list(%s)", name, xs.src)
		b.add("heapq.heapify(%s)", name)
		for range g.between(1, 3) {
			switch g.r.IntN(3) {
			case 0:
				b.add("heapq.heappush(%s, %s)", name, item())
			case 1:
				b.add("if %s:", name)
				b.nest(block{fmt.Sprintf("print(%q, heapq.heappop(%s), heapq.heappushpop(%s, %s))", c.tag(), name, name, item())})
			default:
				b.add("print(%q, heapq.nsmallest(2, %s), heapq.nlargest(%d, %s), heapq.nsmallest(%d, %s, key=lambda v: v %% %d))",
					c.tag(), name, g.between(0, 3), name, g.between(0, 3), name, g.between(2, 4))
			}
		}
	} else {
		b.add("%s = sorted(%s)", name, xs.src)
		for range g.between(1, 3) {
			b.add("bisect.%s(%s, %s)", oneOf(g, "insort", "insort_left", "insort_right"), name, item())
		}
		b.add("print(%q, bisect.bisect_left(%s, %s), bisect.bisect(%s, %s))", c.tag(), name, item(), name, item())
	}
	b.add("print(%q, %s)", c.tag(), name)
	return result(b, raises)
}

// iteratorStmt keeps an iterator in a variable (iter() of a list, a str
// or a dict's keys, or itertools.count and cycle) and reads it several
// ways: next() with a default, islice, zip with another list, a loop
// that may stop early, and, for a finite one, what is left; in a
// coroutine an await may come between the reads.
func (g *gen) iteratorStmt(c ctx) stmtResult {
	name := c.fs.fresh("it")
	var b block
	var src expr
	et, finite := tInt, true
	switch g.r.IntN(5) {
	case 0:
		src = g.expr(c, tListStr, 1)
		et = tStr
		b.add("%s = iter(%s)", name, src.src)
	case 1:
		src = g.fit(c, g.expr(c, tStr, 1), strCap)
		et = tStr
		b.add("%s = iter(%s)", name, src.src)
	case 2:
		src = g.fit(c, g.expr(c, tInt, 1), valueCap)
		finite = false
		b.add("%s = itertools.count(%s, %d)", name, src.src, g.between(-2, 3))
	case 3:
		src = g.expr(c, tListInt, 1)
		finite = false
		b.add("%s = itertools.cycle(%s)", name, src.src)
	default:
		src = g.expr(c, tListInt, 1)
		b.add("%s = iter(%s)", name, src.src)
	}
	def := map[vtype]string{tInt: "-1", tStr: quote(c, "end")}[et]
	for range g.between(1, 4) {
		switch g.r.IntN(5) {
		case 0:
			b.add("print(%q, next(%s, %s))", c.tag(), name, def)
		case 1:
			b.add("print(%q, list(islice(%s, %d)))", c.tag(), name, g.between(0, 3))
		case 2:
			ys := g.expr(c, tListStr, 1)
			b.add("print(%q, list(zip(%s, %s)))", c.tag(), name, ys.at(precTernary))
		case 3:
			x := c.fs.fresh("x")
			b.add("for %s in %s:", x, name)
			b.nest(block{fmt.Sprintf("print(%q, %s)", c.tag(), x), "break"})
		default:
			if c.async() {
				b.add("await asyncio.sleep(0)")
			}
		}
	}
	raises := src.raises
	if g.chance(30) {
		// The iterator or a list in one variable, of type any: zip and
		// a loop that stops early take only what CPython takes.
		mixed := c.fs.fresh("mixed")
		cond, other := g.cond(c), g.expr(c, tListInt, 1)
		raises |= cond.raises | other.raises
		b.add("%s = %s if %s else %s", mixed, name, cond.at(precOr), other.at(precTernary))
		ys := g.expr(c, tListStr, 1)
		raises |= ys.raises
		b.add("print(%q, list(zip(%s, %s)))", c.tag(), mixed, ys.at(precTernary))
		x := c.fs.fresh("x")
		b.add("for %s in %s:", x, mixed)
		b.nest(block{fmt.Sprintf("print(%q, %s)", c.tag(), x), "break"})
	}
	if finite {
		b.add("print(%q, %s(%s))", c.tag(), oneOf(g, "list", "sorted"), name)
	}
	return result(b, raises)
}
