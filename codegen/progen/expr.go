package progen

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// expr is a generated expression with what the generator knows of it.
type expr struct {
	src   string
	t     vtype
	bound float64 // see types.go
	prec  int     // binding strength of the outermost operator
	flow
	nonEmpty bool // a str, list or dict that is not empty
}

// flow is what an expression gets from its parts: the exceptions it
// may raise.
type flow struct {
	raises excSet
}

// join is the flow of an expression made of parts.
func join(parts ...expr) flow {
	var f flow
	for _, p := range parts {
		f.raises |= p.raises
	}
	return f
}

// Python's operator precedence, loosest first.
const (
	precTernary = iota + 1
	precOr
	precAnd
	precNot
	precCmp
	precBitOr
	precBitXor
	precBitAnd
	precShift
	precAdd
	precMul
	precUnary
	precPow
	precAwait
	precAtom
)

// at renders e as an operand that needs at least binding strength min.
func (e expr) at(min int) string {
	if e.prec < min {
		return "(" + e.src + ")"
	}
	return e.src
}

func atomExpr(src string, t vtype, bound float64) expr {
	return expr{src: src, t: t, bound: bound, prec: precAtom}
}

// binary joins two operands with a left-associative operator of
// strength prec.
func binary(x expr, op string, y expr, prec int, t vtype, bound float64) expr {
	return expr{src: x.at(prec) + " " + op + " " + y.at(prec+1), t: t, bound: bound, prec: prec, flow: join(x, y)}
}

// call renders a call of name with argument expressions.
func call(name string, t vtype, bound float64, args ...expr) expr {
	var s []string
	for _, a := range args {
		s = append(s, a.at(precTernary))
	}
	e := atomExpr(name+"("+strings.Join(s, ", ")+")", t, bound)
	e.flow = join(args...)
	return e
}

// method renders a method call on x.
func method(x expr, name string, t vtype, bound float64, args ...expr) expr {
	e := call(x.at(precAtom)+"."+name, t, bound, args...)
	e.flow = join(append(args, x)...)
	return e
}

func varExpr(v *variable) expr {
	e := atomExpr(v.name, v.t, v.cap)
	e.nonEmpty = v.nonEmpty
	return e
}

// expr returns an expression of type t, at most d operators deep.
func (g *gen) expr(c ctx, t vtype, d int) expr {
	if d <= 0 {
		return g.leaf(c, t)
	}
	switch t {
	case tInt:
		return g.intExpr(c, d)
	case tFloat:
		return g.floatExpr(c, d)
	case tStr:
		return g.strExpr(c, d)
	case tBool:
		return g.boolExpr(c, d)
	case tListInt, tListStr, tListAny:
		return g.listExpr(c, t, d)
	case tDictInt, tDictAny:
		return g.dictExpr(c, t, d)
	case tAny:
		return g.anyExpr(c, d)
	}
	return g.leaf(c, t)
}

// value returns an expression of type t that fits a stored value.
func (g *gen) value(c ctx, t vtype, d int) expr {
	return g.fit(c, g.expr(c, t, d), capOf(t))
}

// fit returns e, wrapped when its bound exceeds limit: a number taken
// modulo a constant, a str or list sliced; a dict too large is replaced
// by a small literal.
func (g *gen) fit(c ctx, e expr, limit float64) expr {
	if e.bound <= limit {
		return e
	}
	switch e.t {
	case tInt, tFloat:
		var ms []int
		for _, m := range []int{7, 10, 97, 100, 1000, 9973, 65536, 1000003} {
			if float64(m) <= limit {
				ms = append(ms, m)
			}
		}
		m := oneOf(g, ms...)
		f := binary(e, "%", atomExpr(strconv.Itoa(m), tInt, float64(m)), precMul, e.t, float64(m))
		return f
	case tStr, tListInt, tListStr, tListAny:
		n := int(limit)
		if n > 6 {
			n = g.between(n/2, n)
		}
		return expr{src: fmt.Sprintf("%s[:%d]", e.at(precAtom), n), t: e.t, bound: float64(n), prec: precAtom, flow: join(e)}
	}
	return g.literal(c, e.t)
}

// leaf returns a variable of type t or a literal.
func (g *gen) leaf(c ctx, t vtype) expr {
	if vs := c.sc.ofType(t); len(vs) > 0 && g.chance(70) {
		return varExpr(oneOf(g, vs...))
	}
	if t == tExc || t == tNone {
		return atomExpr("None", tAny, 0)
	}
	return g.literal(c, t)
}

// quote renders a str literal: single-quoted inside an f-string's
// replacement field (3.11 cannot reuse the outer quote there).
func quote(c ctx, s string) string {
	if c.inFString {
		return "'" + s + "'"
	}
	return `"` + s + `"`
}

var (
	words     = []string{"a", "ab", "xyz", "hello", "", "Go", "é", "日本", "a b", "done", "x-y", "Ok", "42", "3.5", "-7", "ÉCOLE", "hello world"}
	dictKeys  = []string{"a", "b", "c", "k1", "k2", "key"}
	floatLits = []string{"0.5", "2.5", "0.1", "1.25", "3.0", "0.2", "1e-3", "2.75", "-1.5", "10.0", "0.3", "1.5e3", "7.0", "0.0", "-0.0", "1e-05", "123456.125"}
)

func (g *gen) strLit(c ctx) expr {
	w := oneOf(g, words...)
	e := atomExpr(quote(c, w), tStr, float64(len([]rune(w))))
	e.nonEmpty = w != ""
	return e
}

func (g *gen) intLit() expr {
	var n int
	switch g.r.IntN(10) {
	case 0:
		n = g.between(100, 999)
	case 1:
		n = -g.between(1, 9)
	case 2:
		n = g.between(1000, 100000)
	default:
		n = g.between(0, 12)
	}
	e := atomExpr(strconv.Itoa(n), tInt, math.Abs(float64(n)))
	if n < 0 {
		e.prec = precUnary
	}
	return e
}

func (g *gen) floatLit() expr {
	s := oneOf(g, floatLits...)
	f, _ := strconv.ParseFloat(s, 64)
	e := atomExpr(s, tFloat, math.Abs(f))
	if strings.HasPrefix(s, "-") {
		e.prec = precUnary
	}
	return e
}

// literal returns a literal (a display, for containers) of type t.
func (g *gen) literal(c ctx, t vtype) expr {
	switch t {
	case tInt:
		return g.intLit()
	case tFloat:
		return g.floatLit()
	case tStr:
		return g.strLit(c)
	case tBool:
		return atomExpr(oneOf(g, "True", "False"), tBool, 1)
	case tAny:
		return g.scalarLit(c)
	case tListInt, tListStr, tListAny:
		n := g.between(0, 4)
		if t == tListAny && n < 2 {
			n = 2
		}
		var items []string
		for i := 0; i < n; i++ {
			var e expr
			switch {
			case t == tListInt:
				e = g.intLit()
			case t == tListStr || t == tListAny && i == 1:
				e = g.strLit(c) // a mixed list has a str and a number
			case t == tListAny && i == 0:
				e = oneOf(g, g.intLit, g.floatLit)()
			default:
				e = g.scalarLit(c)
			}
			items = append(items, e.src)
		}
		if t == tListAny {
			g.r.Shuffle(n, func(i, j int) { items[i], items[j] = items[j], items[i] })
		}
		e := atomExpr("["+strings.Join(items, ", ")+"]", t, float64(n))
		e.nonEmpty = n > 0
		return e
	case tDictInt, tDictAny:
		n := g.between(0, 3)
		if t == tDictAny && n < 2 {
			n = 2
		}
		var items []string
		keys := g.r.Perm(len(dictKeys))[:n]
		for i, k := range keys {
			v := g.intLit()
			switch {
			case t == tDictAny && i == 1:
				v = g.strLit(c) // a mixed dict has an int and a str
			case t == tDictAny && i > 1:
				v = g.scalarLit(c)
			}
			items = append(items, quote(c, dictKeys[k])+": "+v.src)
		}
		e := atomExpr("{"+strings.Join(items, ", ")+"}", t, float64(n))
		e.nonEmpty = n > 0
		return e
	}
	panic("progen: no literal of this type")
}

// scalarLit returns a literal of a random scalar type, None included.
func (g *gen) scalarLit(c ctx) expr {
	return choose(g,
		alt[expr]{3, g.intLit},
		alt[expr]{3, func() expr { return g.strLit(c) }},
		alt[expr]{2, g.floatLit},
		alt[expr]{1, func() expr { return atomExpr(oneOf(g, "True", "False"), tBool, 1) }},
		alt[expr]{1, func() expr { return atomExpr("None", tAny, 0) }},
	)
}

// callExpr returns a call of a helper, or an awaited call of a worker,
// whose result has type t; ok is false when none may be called here.
func (g *gen) callExpr(c ctx, t vtype, d int) (expr, bool) {
	var cands []*fn
	for _, f := range g.prog.helpers {
		if f.ret == t && c.canAwait(f) && f != c.fs.f {
			cands = append(cands, f)
		}
	}
	for _, f := range g.prog.workers {
		if f.ret == t && c.canAwait(f) && f != c.fs.f && !c.machine {
			cands = append(cands, f)
		}
	}
	if len(cands) == 0 {
		return expr{}, false
	}
	f := oneOf(g, cands...)
	e := g.invoke(c, f, d)
	if f.async {
		src := e.src
		switch g.r.IntN(10) {
		case 0:
			// 3.11 runs the coroutine in a task of its own when there is a timeout
			src = fmt.Sprintf("asyncio.wait_for(%s, timeout=%s)", src, oneOf(g, "None", "60"))
		case 1:
			if !c.cancellable { // a cancelled shield leaves its task running
				src = "asyncio.shield(" + src + ")"
			}
		}
		e = expr{src: "await " + src, t: t, bound: e.bound, prec: precAwait, flow: join(e)}
	}
	return e, true
}

// invoke renders a call of f with generated arguments (without the
// await) and records its cost and resources.
func (g *gen) invoke(c ctx, f *fn, d int) expr {
	c.call(f)
	var args []string
	var fl flow
	keywords := false // once one argument is passed by keyword, all later ones are
	var kwargs []expr // the arguments passed by keyword, in any order
	for _, p := range f.params {
		if p.res != nil {
			args = append(args, g.resourceArg(c, p.res))
			continue
		}
		if p.def != "" && g.chance(40) {
			keywords = true
			continue
		}
		a := g.value(c, p.t, d-1)
		fl = join(expr{flow: fl}, a)
		if p.def != "" && (keywords || g.chance(30)) {
			keywords = true
			kw := a
			kw.src = p.name + "=" + a.at(precTernary)
			kwargs = append(kwargs, kw)
		} else {
			args = append(args, a.at(precTernary))
		}
	}
	g.r.Shuffle(len(kwargs), func(i, j int) { kwargs[i], kwargs[j] = kwargs[j], kwargs[i] })
	for _, kw := range kwargs {
		args = append(args, kw.src)
	}
	e := atomExpr(f.name+"("+strings.Join(args, ", ")+")", f.ret, capOf(f.ret))
	e.flow = fl
	e.raises |= f.raises
	return e
}

// resourceArg names resource r for an argument: the global, or the
// current function's parameter that holds it.
func (g *gen) resourceArg(c ctx, r *resource) string {
	for _, p := range c.fs.f.params {
		if p.res == r && g.chance(60) {
			return p.name
		}
	}
	return r.name
}

func (g *gen) intExpr(c ctx, d int) expr {
	sub := func(limit float64) expr { return g.fit(c, g.expr(c, tInt, d-1), limit) }
	return choose(g,
		alt[expr]{3, func() expr { return g.leaf(c, tInt) }},
		alt[expr]{when(d > 1, 1), func() expr { return g.setUse(c, tInt, d) }},
		alt[expr]{1, func() expr { return g.dataInt(c, d) }},
		alt[expr]{5, func() expr {
			x, y := sub(exprCap/2), sub(exprCap/2)
			op := oneOf(g, "+", "-")
			return binary(x, op, y, precAdd, tInt, x.bound+y.bound)
		}},
		alt[expr]{2, func() expr {
			x, y := sub(1e7), sub(1e7)
			return binary(x, "*", y, precMul, tInt, x.bound*y.bound)
		}},
		alt[expr]{2, func() expr {
			x := sub(exprCap)
			k := oneOf(g, 2, 3, 5, 7, 10, -3, -4)
			y := g.intConst(k)
			switch g.r.IntN(5) {
			case 0:
				// divmod(x, k)[0] is x // k, [1] is x % k.
				q := g.chance(50)
				bound := map[bool]float64{true: x.bound/math.Abs(float64(k)) + 1, false: math.Abs(float64(k))}[q]
				e := call("divmod", tInt, bound, x, y)
				e.src += map[bool]string{true: "[0]", false: "[1]"}[q]
				return e
			case 1, 2:
				return binary(x, "//", y, precMul, tInt, x.bound/math.Abs(float64(k))+1)
			}
			return binary(x, "%", y, precMul, tInt, math.Abs(float64(k)))
		}},
		alt[expr]{when(!c.noRaise, 1), func() expr {
			x, y := sub(exprCap), g.divisor(c)
			e := binary(x, oneOf(g, "//", "%"), y, precMul, tInt, math.Max(x.bound, y.bound))
			e.raises |= setOf(kZeroDiv)
			return e
		}},
		alt[expr]{2, func() expr {
			x, y := sub(exprCap/2), sub(exprCap/2)
			bound := 2 * math.Max(x.bound, y.bound)
			switch g.r.IntN(4) {
			case 0:
				return binary(x, "&", y, precBitAnd, tInt, bound)
			case 1:
				return binary(x, "|", y, precBitOr, tInt, bound)
			case 2:
				return binary(x, "^", y, precBitXor, tInt, bound)
			}
			return expr{src: "~" + x.at(precUnary), t: tInt, bound: x.bound + 1, prec: precUnary, flow: join(x)}
		}},
		alt[expr]{1, func() expr {
			x := g.fit(c, g.expr(c, tFloat, d-1), exprCap)
			return call("math."+oneOf(g, "floor", "ceil", "trunc"), tInt, x.bound+1, x)
		}},
		alt[expr]{1, func() expr {
			x, y := sub(exprCap), sub(exprCap)
			return call("math.gcd", tInt, math.Max(x.bound, y.bound), x, y)
		}},
		alt[expr]{1, func() expr {
			k := g.between(0, 4)
			x := sub(exprCap / 16)
			if !c.noRaise && g.chance(20) {
				// A computed count, which may be negative (ValueError)
				// or past the width (0 or -1).
				e := binary(x, ">>", sub(100), precShift, tInt, x.bound)
				e.raises |= setOf(kValue)
				return e
			}
			if g.chance(50) {
				return binary(x, "<<", g.intConst(k), precShift, tInt, x.bound*math.Pow(2, float64(k)))
			}
			return binary(x, ">>", g.intConst(k), precShift, tInt, x.bound)
		}},
		alt[expr]{1, func() expr {
			k := g.between(0, 3)
			x := sub(math.Pow(exprCap, 1/math.Max(float64(k), 1)))
			if x.bound > 1000 && k == 3 {
				x = g.fit(c, x, 1000)
			}
			return expr{src: x.at(precAwait) + " ** " + strconv.Itoa(k), t: tInt, bound: math.Pow(math.Max(x.bound, 1), float64(k)), prec: precPow, flow: join(x)}
		}},
		alt[expr]{1, func() expr {
			x := sub(exprCap)
			if g.chance(50) {
				return expr{src: "-" + x.at(precUnary), t: tInt, bound: x.bound, prec: precUnary, flow: join(x)}
			}
			return call("abs", tInt, x.bound, x)
		}},
		alt[expr]{1, func() expr {
			x, y := sub(exprCap), sub(exprCap)
			return call(oneOf(g, "min", "max"), tInt, math.Max(x.bound, y.bound), x, y)
		}},
		alt[expr]{1, func() expr {
			// hash() of an int or a tuple of ints, which CPython does not
			// randomise, reduced to a small shard number.
			x := sub(exprCap)
			arg := x.at(precTernary)
			if g.chance(50) {
				y := sub(exprCap)
				arg = "(" + arg + ", " + y.at(precTernary) + ")"
				x.flow = join(x, y)
			}
			n := g.between(2, 97)
			return expr{src: "hash(" + arg + ") % " + strconv.Itoa(n), t: tInt, bound: float64(n), prec: precMul, flow: x.flow}
		}},
		alt[expr]{3, func() expr {
			x := g.expr(c, oneOf(g, tStr, tListInt, tListStr, tListAny, tDictInt, tDictAny), d-1)
			return call("len", tInt, x.bound, x)
		}},
		alt[expr]{2, func() expr { return g.sumExpr(c, d) }},
		alt[expr]{1, func() expr {
			// The first item a generator yields, or the default.
			xs := g.expr(c, tListInt, d-1)
			x := g.compVar(c, "x")
			cc := c.comprehension(x, tInt, xs)
			cond := g.expr(cc, tBool, d-1)
			elt := g.fit(c, g.expr(cc, tInt, d-1), valueCap)
			def := g.intLit()
			e := atomExpr(fmt.Sprintf("next((%s for %s in %s if %s), %s)", elt.at(precTernary), x, xs.at(precAtom), cond.at(precTernary), def.src), tInt, math.Max(elt.bound, def.bound))
			e.flow = join(xs, cond, elt)
			return e
		}},
		alt[expr]{1, func() expr {
			x := g.fit(c, g.expr(c, tFloat, d-1), exprCap)
			if g.chance(50) {
				return call("int", tInt, x.bound, x)
			}
			return call("round", tInt, x.bound+1, x)
		}},
		alt[expr]{1, func() expr {
			if !c.noRaise && g.chance(20) {
				s := g.expr(c, tStr, d-1)
				e := call("int", tInt, math.Pow(10, math.Min(s.bound, 15)), s)
				e.raises |= setOf(kValue)
				return g.fit(c, e, exprCap)
			}
			n := g.intLit()
			return call("int", tInt, n.bound, atomExpr(quote(c, n.src), tStr, 3))
		}},
		alt[expr]{1, func() expr {
			s := g.expr(c, tStr, d-1)
			if !c.noRaise && g.chance(15) {
				e := method(s, "index", tInt, s.bound, g.strLit(c))
				e.raises |= setOf(kValue)
				return e
			}
			return method(s, oneOf(g, "find", "count", "rfind"), tInt, s.bound+1, g.strLit(c))
		}},
		alt[expr]{1, func() expr {
			lt := oneOf(g, tListInt, tListStr)
			xs := g.expr(c, lt, d-1)
			return method(xs, "count", tInt, xs.bound, g.fit(c, g.expr(c, elemType(lt), d-1), capOf(elemType(lt))))
		}},
		alt[expr]{3, func() expr { return g.indexExpr(c, tListInt, d) }},
		alt[expr]{2, func() expr { return g.dictGet(c, d) }},
		alt[expr]{1, func() expr { return g.ternary(c, tInt, d) }},
		alt[expr]{1, func() expr {
			x, y := sub(exprCap), sub(exprCap)
			return binary(x, oneOf(g, "and", "or"), y, map[bool]int{true: precAnd, false: precOr}[g.chance(50)], tInt, math.Max(x.bound, y.bound))
		}},
		alt[expr]{1, func() expr {
			xs := g.expr(c, tListInt, d-1)
			e := call(oneOf(g, "min", "max"), tInt, valueCap, xs)
			if !xs.nonEmpty && g.chance(30) {
				d := g.intLit()
				e = atomExpr(fmt.Sprintf("%s(%s, default=%s)", oneOf(g, "min", "max"), xs.at(precTernary), d.src), tInt, math.Max(valueCap, d.bound))
				e.flow = join(xs)
				e.raises = xs.raises
				return e
			}
			if !xs.nonEmpty {
				if c.noRaise {
					return g.leaf(c, tInt)
				}
				e.raises |= setOf(kValue)
			}
			return e
		}},
		alt[expr]{when(!c.noRaise, 1), func() expr {
			xs := g.expr(c, tListInt, d-1)
			e := method(xs, "index", tInt, listCap, g.fit(c, g.expr(c, tInt, d-1), exprCap))
			e.raises |= setOf(kValue)
			return e
		}},
		alt[expr]{3, func() expr {
			if e, ok := g.callExpr(c, tInt, d); ok {
				return e
			}
			return g.leaf(c, tInt)
		}},
	)
}

// divisor returns an int that is 0 for some values of the variables it
// reads (a constant when none is visible): a division by it may raise
// ZeroDivisionError in some runs of a statement only.
func (g *gen) divisor(c ctx) expr {
	ints := c.sc.find(func(v *variable) bool { return v.t == tInt })
	if len(ints) == 0 {
		return g.intConst(oneOf(g, 0, 1, 2, -3))
	}
	x := varExpr(oneOf(g, ints...))
	k := g.intConst(g.between(1, 3))
	if g.chance(50) {
		return binary(x, "%", k, precMul, tInt, k.bound)
	}
	return binary(x, "-", k, precAdd, tInt, x.bound+k.bound)
}

// intConst renders a small int constant as an operand.
func (g *gen) intConst(k int) expr {
	e := atomExpr(strconv.Itoa(k), tInt, math.Abs(float64(k)))
	if k < 0 {
		e.prec = precUnary
	}
	return e
}

// sumExpr returns the sum of a list of ints, or of a generator over one.
func (g *gen) sumExpr(c ctx, d int) expr {
	xs := g.expr(c, tListInt, d-1)
	if g.chance(50) {
		return call("sum", tInt, xs.bound*valueCap, xs)
	}
	x := g.compVar(c, "x")
	cc := c.comprehension(x, tInt, xs)
	elt := g.fit(c, g.expr(cc, tInt, d-1), 1e7)
	src := fmt.Sprintf("sum(%s for %s in %s)", elt.at(precTernary), x, xs.at(precAtom+0))
	e := atomExpr(src, tInt, xs.bound*elt.bound)
	e.flow = join(xs, elt)
	return e
}

// comprehension returns the context of a comprehension's element,
// where the loop variable x of type t, an element of iterable, is
// visible. Python compiles the element into a function of its own, so
// it may not await here.
func (c ctx) comprehension(x string, t vtype, iterable expr) ctx {
	cc := c
	cc.sc = c.sc.child()
	cc.sc.add(&variable{name: x, t: t, cap: capOf(t)})
	cc.mult = c.mult * math.Max(iterable.bound, 1)
	cc.noAwait = true
	return cc
}

// indexExpr returns an element of a list of type lt (an IndexError
// where it may be out of range), or of a str.
func (g *gen) indexExpr(c ctx, lt vtype, d int) expr {
	et := map[vtype]vtype{tListInt: tInt, tListStr: tStr, tListAny: tAny, tStr: tStr}[lt]
	xs := g.expr(c, lt, d-1)
	bound := capOf(et)
	if lt == tStr {
		bound = 1
	}
	mk := func(i string, raises excSet) expr {
		e := atomExpr(xs.at(precAtom)+"["+i+"]", et, bound)
		e.flow = join(xs)
		e.raises |= raises
		return e
	}
	if xs.nonEmpty && (c.noRaise || g.chance(80)) {
		if v := c.sc.ofType(tInt); len(v) > 0 && !strings.Contains(xs.src, "(") && g.chance(50) {
			return mk(oneOf(g, v...).name+" % len("+xs.src+")", 0)
		}
		return mk(oneOf(g, "0", "-1"), 0)
	}
	if c.noRaise || g.chance(70) {
		// xs[0] if xs else default: no IndexError on an empty list
		e := mk(oneOf(g, "0", "-1"), 0)
		def := g.literal(c, et)
		if et == tStr && lt == tStr {
			def = atomExpr(quote(c, "?"), tStr, 1)
		}
		return expr{src: e.src + " if " + xs.at(precTernary+1) + " else " + def.at(precTernary), t: et,
			bound: math.Max(e.bound, def.bound), prec: precTernary, flow: e.flow}
	}
	return mk(strconv.Itoa(g.between(-3, 5)), setOf(kIndex))
}

// dictGet returns a value of a dict[str, int]: by get with a default,
// or by subscript (a KeyError where the key may be missing).
func (g *gen) dictGet(c ctx, d int) expr {
	m := g.expr(c, tDictInt, d-1)
	k := atomExpr(quote(c, oneOf(g, dictKeys...)), tStr, 3)
	if c.noRaise || g.chance(90) {
		if g.chance(70) {
			return method(m, "get", tInt, valueCap, k, g.intLit())
		}
		if !m.nonEmpty || c.noRaise {
			return method(m, "get", tInt, valueCap, k, g.intConst(0))
		}
	}
	e := atomExpr(m.at(precAtom)+"["+k.src+"]", tInt, valueCap)
	e.flow = join(m)
	e.raises |= setOf(kKey)
	return e
}

// ternary returns `a if cond else b` of type t.
func (g *gen) ternary(c ctx, t vtype, d int) expr {
	a, b := g.fit(c, g.expr(c, t, d-1), exprCap), g.fit(c, g.expr(c, t, d-1), exprCap)
	cond := g.expr(c, tBool, d-1)
	return expr{
		src: a.at(precTernary+1) + " if " + cond.at(precTernary+1) + " else " + b.at(precTernary),
		t:   t, bound: math.Max(a.bound, b.bound), prec: precTernary,
		flow: join(a, b, cond), nonEmpty: a.nonEmpty && b.nonEmpty,
	}
}

func (g *gen) floatExpr(c ctx, d int) expr {
	sub := func(t vtype, limit float64) expr { return g.fit(c, g.expr(c, t, d-1), limit) }
	num := func(limit float64) expr { return sub(oneOf(g, tFloat, tFloat, tInt), limit) }
	return choose(g,
		alt[expr]{3, func() expr { return g.leaf(c, tFloat) }},
		alt[expr]{4, func() expr {
			x, y := sub(tFloat, exprCap/2), num(exprCap/2)
			if g.chance(50) {
				x, y = y, x
			}
			return binary(x, oneOf(g, "+", "-"), y, precAdd, tFloat, x.bound+y.bound)
		}},
		alt[expr]{2, func() expr {
			x, y := sub(tFloat, 1e7), num(1e7)
			return binary(x, "*", y, precMul, tFloat, x.bound*y.bound)
		}},
		alt[expr]{3, func() expr {
			// a / b with an int divisor: |result| <= |a| unless b is 0.
			x := num(exprCap)
			if c.noRaise || g.chance(70) {
				return binary(x, "/", g.intConst(oneOf(g, 2, 3, 4, 7, -8)), precMul, tFloat, x.bound)
			}
			e := binary(x, "/", g.divisor(c), precMul, tFloat, x.bound)
			e.raises |= setOf(kZeroDiv)
			return e
		}},
		alt[expr]{2, func() expr {
			x := sub(tFloat, exprCap)
			y := g.floatLit()
			for math.Abs(mustFloat(y.src)) < 0.5 {
				y = g.floatLit()
			}
			op := oneOf(g, "/", "//", "%")
			bound := x.bound / 0.5
			if op == "%" {
				bound = y.bound
			}
			return binary(x, op, y, precMul, tFloat, bound)
		}},
		alt[expr]{1, func() expr {
			k := oneOf(g, 2, 3)
			x := sub(tFloat, 1e4)
			return expr{src: x.at(precAwait) + " ** " + strconv.Itoa(k), t: tFloat, bound: math.Pow(math.Max(x.bound, 1), float64(k)), prec: precPow, flow: join(x)}
		}},
		alt[expr]{2, func() expr {
			x := sub(tInt, exprCap)
			return call("float", tFloat, x.bound, x)
		}},
		alt[expr]{2, func() expr {
			x, y := num(exprCap/2), num(exprCap/2)
			switch g.r.IntN(4) {
			case 0:
				return call("math.sqrt", tFloat, math.Sqrt(x.bound)+1, call("abs", x.t, x.bound, x))
			case 1:
				list := atomExpr("["+x.at(precTernary)+", "+y.at(precTernary)+"]", tListAny, 0)
				list.flow = join(x, y) // what x and y raise, the fsum does (seed 143697)
				return call("math.fsum", tFloat, x.bound+y.bound, list)
			case 2:
				return call("math.hypot", tFloat, x.bound+y.bound, x, y)
			}
			lit := g.floatLit()
			for math.Abs(mustFloat(lit.src)) < 0.5 {
				lit = g.floatLit()
			}
			return call("math.fmod", tFloat, lit.bound, x, lit)
		}},
		alt[expr]{1, func() expr {
			f := g.floatLit()
			return call("float", tFloat, f.bound, atomExpr(quote(c, f.src), tStr, 6))
		}},
		alt[expr]{2, func() expr {
			x := sub(tFloat, exprCap)
			if g.chance(50) {
				return call("round", tFloat, x.bound+1, x, g.intConst(g.between(0, 3)))
			}
			return call("abs", tFloat, x.bound, x)
		}},
		alt[expr]{1, func() expr {
			x, y := sub(tFloat, exprCap), num(exprCap)
			return call(oneOf(g, "min", "max"), tFloat, math.Max(x.bound, y.bound), x, y)
		}},
		alt[expr]{1, func() expr { return g.ternary(c, tFloat, d) }},
		alt[expr]{2, func() expr {
			if e, ok := g.callExpr(c, tFloat, d); ok {
				return e
			}
			return g.leaf(c, tFloat)
		}},
	)
}

func mustFloat(s string) float64 {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		panic(err)
	}
	return f
}

func (g *gen) strExpr(c ctx, d int) expr {
	sub := func() expr { return g.fit(c, g.expr(c, tStr, d-1), strCap) }
	return choose(g,
		alt[expr]{3, func() expr { return g.leaf(c, tStr) }},
		alt[expr]{when(d > 1, 1), func() expr { return g.setUse(c, tStr, d) }},
		alt[expr]{when(d > 1, 1), func() expr { return g.iteratorStr(c, d) }},
		alt[expr]{1, func() expr { return g.dataStr(c, d) }},
		alt[expr]{1, func() expr {
			// A variable no environment sets: the default.
			x, key := sub(), atomExpr(quote(c, "AIOGO_PROGEN_UNSET"), tStr, 18)
			e := call("os.getenv", tStr, x.bound, key, x)
			if g.chance(50) {
				e = method(atomExpr("os.environ", tDictAny, 0), "get", tStr, x.bound, key, x)
			}
			e.nonEmpty = x.nonEmpty
			return e
		}},
		alt[expr]{3, func() expr {
			x, y := sub(), sub()
			e := binary(x, "+", y, precAdd, tStr, x.bound+y.bound)
			e.nonEmpty = x.nonEmpty || y.nonEmpty
			return e
		}},
		alt[expr]{when(!c.inFString, 4), func() expr { return g.fstring(c, d) }},
		alt[expr]{2, func() expr {
			x := g.expr(c, oneOf(g, tInt, tFloat, tStr, tBool, tListInt, tListAny), d-1)
			e := call(oneOf(g, "str", "repr"), tStr, printedLen(x), x)
			e.nonEmpty = true
			return e
		}},
		alt[expr]{3, func() expr {
			x := sub()
			switch g.r.IntN(7) {
			case 0:
				return method(x, "replace", tStr, x.bound*3, g.strLit(c), g.strLit(c))
			case 1:
				n := g.between(0, 12)
				e := method(x, oneOf(g, "zfill", "center"), tStr, math.Max(x.bound, float64(n)), g.intConst(n))
				e.nonEmpty = n > 0 || x.nonEmpty
				return e
			}
			if g.chance(20) {
				return method(x, oneOf(g, "strip", "lstrip", "rstrip"), tStr, x.bound, g.strLit(c))
			}
			m := oneOf(g, "upper", "lower", "strip", "lstrip", "rstrip", "title", "capitalize", "swapcase")
			e := method(x, m, tStr, x.bound)
			e.nonEmpty = x.nonEmpty && !strings.Contains(m, "strip")
			return e
		}},
		alt[expr]{2, func() expr {
			x := sub()
			var sl string
			switch g.r.IntN(4) {
			case 0:
				sl = "[::-1]"
			case 1:
				sl = fmt.Sprintf("[%d:]", g.between(-3, 3))
			case 2:
				sl = fmt.Sprintf("[:%d]", g.between(-2, 5))
			default:
				sl = fmt.Sprintf("[%d:%d]", g.between(0, 2), g.between(1, 6))
			}
			e := atomExpr(x.at(precAtom)+sl, tStr, x.bound)
			e.flow = join(x)
			e.nonEmpty = sl == "[::-1]" && x.nonEmpty
			return e
		}},
		alt[expr]{1, func() expr {
			x := g.fit(c, g.expr(c, tStr, d-1), 20)
			k := g.between(0, 3)
			e := binary(x, "*", g.intConst(k), precMul, tStr, x.bound*float64(k))
			e.nonEmpty = x.nonEmpty && k > 0
			return e
		}},
		alt[expr]{2, func() expr {
			sep := g.strLit(c)
			if g.chance(50) {
				xs := g.expr(c, tListStr, d-1)
				return method(sep, "join", tStr, xs.bound*(strCap+sep.bound), xs)
			}
			xs := g.expr(c, tListInt, d-1)
			x := g.compVar(c, "x")
			e := atomExpr(fmt.Sprintf("%s.join(str(%s) for %s in %s)", sep.src, x, x, xs.at(precAtom)), tStr, xs.bound*(8+sep.bound))
			e.flow = join(xs)
			return e
		}},
		alt[expr]{when(!c.inFString, 1), func() expr {
			n := g.between(1, 3)
			var holes []string
			var args []expr
			for i := 0; i < n; i++ {
				holes = append(holes, "{}")
				args = append(args, g.fit(c, g.expr(c, oneOf(g, tInt, tStr, tFloat, tBool), d-1), exprCap))
			}
			fmtStr := atomExpr(quote(c, strings.Join(holes, oneOf(g, " ", ", ", "-"))), tStr, 0)
			bound := 4.0
			for _, a := range args {
				bound += printedLen(a) + 2
			}
			e := method(fmtStr, "format", tStr, bound, args...)
			e.nonEmpty = true
			return e
		}},
		alt[expr]{1, func() expr { return g.ternary(c, tStr, d) }},
		alt[expr]{1, func() expr { return g.indexExpr(c, tListStr, d) }},
		alt[expr]{2, func() expr {
			if e, ok := g.callExpr(c, tStr, d); ok {
				return e
			}
			return g.leaf(c, tStr)
		}},
	)
}

// printedLen bounds the length of str(x).
func printedLen(x expr) float64 {
	switch x.t {
	case tInt:
		return 21
	case tFloat:
		return 25
	case tBool:
		return 5
	case tStr:
		return x.bound + 2
	case tListInt, tListStr, tListAny, tDictInt, tDictAny:
		return x.bound*(strCap+6) + 2
	}
	return strCap + 30
}

// fstring returns an f-string of literal text and replacement fields,
// some with conversions and format specs.
func (g *gen) fstring(c ctx, d int) expr {
	fc := c
	fc.inFString = true
	var b strings.Builder
	b.WriteString(`f"`)
	var parts []expr
	bound := 0.0
	for i, n := 0, g.between(1, 3); i < n; i++ {
		if g.chance(70) {
			w := oneOf(g, "v", "x=", "n:", "total", " ", "at", "[", "]", "-")
			b.WriteString(w)
			bound += float64(len(w))
		}
		t := oneOf(g, tInt, tInt, tFloat, tFloat, tStr, tStr, tBool, tListInt, tListAny)
		x := g.fit(c, g.expr(fc, t, d-1), exprCap)
		parts = append(parts, x)
		field := x.at(precTernary)
		if strings.HasPrefix(field, "{") {
			field = " " + field // not the escape {{
		}
		b.WriteString("{" + field + g.formatSpec(t) + "}")
		bound += printedLen(x) + 12
	}
	b.WriteString(`"`)
	e := atomExpr(b.String(), tStr, bound)
	e.flow = join(parts...)
	return e
}

// formatSpec returns a conversion or format spec (maybe none) that
// CPython accepts for a value of type t.
func (g *gen) formatSpec(t vtype) string {
	if g.chance(40) {
		return ""
	}
	if g.chance(20) {
		return "!r"
	}
	switch t {
	case tInt:
		return oneOf(g, ":>6", ":05d", ":,", ":x", ":+d", ":<4", ":.2f", ":^7")
	case tFloat:
		return oneOf(g, ":.2f", ":.3e", ":g", ":>10.3f", ":.1%", ":,.1f", ":.0f", ":+.4f")
	case tStr:
		return oneOf(g, ":>8", ":<6", ":^7", ":.3", "!s")
	}
	return ""
}

func (g *gen) boolExpr(c ctx, d int) expr {
	cmp := func(t vtype) expr {
		x, y := g.fit(c, g.expr(c, t, d-1), exprCap), g.fit(c, g.expr(c, t, d-1), exprCap)
		ops := []string{"==", "!=", "<", "<=", ">", ">="}
		if t == tStr && g.chance(30) {
			return g.in(x, y)
		}
		return binary(x, oneOf(g, ops...), y, precCmp, tBool, 1)
	}
	return choose(g,
		alt[expr]{1, func() expr { return g.leaf(c, tBool) }},
		alt[expr]{when(d > 1, 1), func() expr { return g.setUse(c, tBool, d) }},
		alt[expr]{1, func() expr { return g.dataBool(c, d) }},
		alt[expr]{5, func() expr { return cmp(oneOf(g, tInt, tInt, tFloat)) }},
		alt[expr]{2, func() expr { return cmp(tStr) }},
		alt[expr]{1, func() expr {
			x, y, z := g.fit(c, g.expr(c, tInt, d-1), exprCap), g.fit(c, g.expr(c, tInt, d-1), exprCap), g.fit(c, g.expr(c, tInt, d-1), exprCap)
			op1, op2 := oneOf(g, "<", "<=", "=="), oneOf(g, "<", "<=", "!=")
			return expr{src: x.at(precCmp+1) + " " + op1 + " " + y.at(precCmp+1) + " " + op2 + " " + z.at(precCmp+1),
				t: tBool, bound: 1, prec: precCmp, flow: join(x, y, z)}
		}},
		alt[expr]{3, func() expr {
			lt := oneOf(g, tListInt, tListStr, tListAny)
			et := map[vtype]vtype{tListInt: tInt, tListStr: tStr, tListAny: tAny}[lt]
			x := g.fit(c, g.expr(c, et, d-1), exprCap)
			xs := g.expr(c, lt, d-1)
			return g.in(x, xs)
		}},
		alt[expr]{1, func() expr {
			m := g.expr(c, oneOf(g, tDictInt, tDictAny), d-1)
			return binary(atomExpr(quote(c, oneOf(g, dictKeys...)), tStr, 3), oneOf(g, "in", "not in"), m, precCmp, tBool, 1)
		}},
		alt[expr]{1, func() expr {
			lt := oneOf(g, tListInt, tListStr, tListAny, tDictInt)
			x, y := g.expr(c, lt, d-1), g.expr(c, lt, d-1)
			if g.chance(20) {
				// Identity: a container is itself only (x may be y's
				// variable).
				return binary(x, oneOf(g, "is", "is not"), oneOf(g, y, x), precCmp, tBool, 1)
			}
			if lt == tListInt || lt == tListStr {
				return binary(x, oneOf(g, "==", "!=", "<", ">="), y, precCmp, tBool, 1)
			}
			return binary(x, oneOf(g, "==", "!="), y, precCmp, tBool, 1)
		}},
		alt[expr]{1, func() expr {
			x := g.expr(c, tBool, d-1)
			return expr{src: "not " + x.at(precNot), t: tBool, bound: 1, prec: precNot, flow: join(x)}
		}},
		alt[expr]{2, func() expr {
			x, y := g.expr(c, tBool, d-1), g.expr(c, tBool, d-1)
			if g.chance(50) {
				return binary(x, "and", y, precAnd, tBool, 1)
			}
			return binary(x, "or", y, precOr, tBool, 1)
		}},
		alt[expr]{1, func() expr {
			s := g.expr(c, tStr, d-1)
			if g.chance(50) {
				return method(s, oneOf(g, "isdigit", "isalpha", "isupper", "islower", "isspace"), tBool, 1)
			}
			return method(s, oneOf(g, "startswith", "endswith"), tBool, 1, g.strLit(c))
		}},
		alt[expr]{1, func() expr {
			xs := g.expr(c, tListInt, d-1)
			x := g.compVar(c, "x")
			cc := c.comprehension(x, tInt, xs)
			cond := g.expr(cc, tBool, d-1)
			e := atomExpr(fmt.Sprintf("%s(%s for %s in %s)", oneOf(g, "any", "all"), cond.at(precTernary), x, xs.at(precAtom)), tBool, 1)
			e.flow = join(xs, cond)
			return e
		}},
		alt[expr]{1, func() expr {
			x := g.expr(c, oneOf(g, tInt, tStr, tListInt, tFloat), d-1)
			return call("bool", tBool, 1, x)
		}},
	)
}

// in returns x in ys (or not in).
func (g *gen) in(x, ys expr) expr {
	return binary(x, oneOf(g, "in", "not in"), ys, precCmp, tBool, 1)
}

// listExpr returns a list of type t.
func (g *gen) listExpr(c ctx, t vtype, d int) expr {
	et := map[vtype]vtype{tListInt: tInt, tListStr: tStr, tListAny: tAny}[t]
	return choose(g,
		alt[expr]{4, func() expr { return g.leaf(c, t) }},
		alt[expr]{when(d > 1 && t == tListInt, 1), func() expr { return g.setUse(c, tListInt, d) }},
		alt[expr]{when(d > 1 && t != tListAny, 1), func() expr { return g.iteratorList(c, t, d) }},
		alt[expr]{2, func() expr {
			// [elt for x in xs if cond], over a list or a range
			x := c.fs.fresh(map[vtype]string{tInt: "i", tStr: "w", tAny: "y"}[et])
			var src string
			var n float64
			var cc ctx
			var parts []expr
			if g.chance(50) || et == tAny {
				n = float64(g.between(0, 5))
				src = fmt.Sprintf("range(%d)", int(n))
				cc = c.comprehension(x, tInt, expr{bound: n})
			} else {
				xs := g.expr(c, t, d-1)
				n, src = xs.bound, xs.at(precAtom)
				parts = append(parts, xs)
				cc = c.comprehension(x, et, xs)
			}
			elt := g.fit(c, g.expr(cc, et, d-1), capOf(et))
			if t == tListAny {
				// elements of two types, so that the list is mixed
				a, b := g.fit(c, g.expr(cc, tInt, d-1), valueCap), g.fit(c, g.expr(cc, tStr, d-1), strCap)
				cond := g.expr(cc, tBool, d-1)
				elt = expr{src: a.at(precTernary+1) + " if " + cond.at(precTernary+1) + " else " + b.at(precTernary), t: tAny, prec: precTernary, flow: join(a, b, cond)}
			}
			s := fmt.Sprintf("[%s for %s in %s", elt.at(precTernary), x, src)
			if g.chance(40) {
				cond := g.expr(cc, tBool, d-1)
				s += " if " + cond.at(precTernary+1)
				parts = append(parts, cond)
			}
			e := atomExpr(s+"]", t, n)
			e.flow = join(append(parts, elt)...)
			return e
		}},
		alt[expr]{2, func() expr {
			x, y := g.expr(c, t, d-1), g.expr(c, t, d-1)
			if t == tListAny && g.chance(50) {
				y = g.expr(c, oneOf(g, tListInt, tListStr), d-1)
			}
			e := binary(x, "+", y, precAdd, t, x.bound+y.bound)
			e.nonEmpty = x.nonEmpty || y.nonEmpty
			return e
		}},
		alt[expr]{when(t != tListAny, 2), func() expr {
			x := g.expr(c, t, d-1)
			var e expr
			switch g.r.IntN(3) {
			case 0:
				e = call("sorted", t, x.bound, x)
			case 1:
				e = call("sorted", t, x.bound, x)
				e.src = strings.TrimSuffix(e.src, ")") + ", reverse=True)"
			default:
				key := "lambda v: " + map[vtype]string{tListInt: oneOf(g, "-v", "v % 3", "abs(v - 5)"), tListStr: oneOf(g, "len(v)", "v[::-1]")}[t]
				if g.chance(30) {
					// A built-in as the key (str of ints sorts them as text).
					key = map[vtype]string{tListInt: oneOf(g, "abs", "str", "float"), tListStr: oneOf(g, "len", "repr")}[t]
				}
				e = call("sorted", t, x.bound, x)
				e.src = strings.TrimSuffix(e.src, ")") + ", key=" + key + ")"
			}
			e.nonEmpty = x.nonEmpty
			return e
		}},
		alt[expr]{1, func() expr {
			x := g.expr(c, t, d-1)
			e := method(x, "copy", t, x.bound)
			if g.chance(40) {
				e = call(oneOf(g, "copy.copy", "copy.deepcopy"), t, x.bound, x)
			}
			e.nonEmpty = x.nonEmpty
			return e
		}},
		alt[expr]{1, func() expr {
			x := g.expr(c, t, d-1)
			sl := oneOf(g, "[::-1]", "[1:]", "[:2]", "[::2]", "[-2:]")
			e := atomExpr(x.at(precAtom)+sl, t, x.bound)
			e.flow = join(x)
			e.nonEmpty = sl == "[::-1]" && x.nonEmpty
			return e
		}},
		alt[expr]{when(t != tListAny, 1), func() expr {
			x := g.fit(c, g.expr(c, et, d-1), capOf(et))
			k := g.between(0, 3)
			e := atomExpr(fmt.Sprintf("[%s] * %d", x.src, k), t, float64(k))
			e.prec = precMul
			e.flow = join(x)
			e.nonEmpty = k > 0
			return e
		}},
		alt[expr]{when(t == tListStr, 1), func() expr {
			s := g.expr(c, tStr, d-1)
			if g.chance(50) {
				return method(s, "split", tListStr, s.bound)
			}
			return method(s, "split", tListStr, s.bound+1, atomExpr(quote(c, oneOf(g, "-", " ", "a")), tStr, 1))
		}},
		alt[expr]{2, func() expr {
			if e, ok := g.callExpr(c, t, d); ok {
				return e
			}
			return g.leaf(c, t)
		}},
	)
}

// dictExpr returns a dict of type t.
func (g *gen) dictExpr(c ctx, t vtype, d int) expr {
	return choose(g,
		alt[expr]{4, func() expr { return g.leaf(c, t) }},
		alt[expr]{1, func() expr {
			m := g.expr(c, t, d-1)
			e := method(m, "copy", t, m.bound)
			e.nonEmpty = m.nonEmpty
			return e
		}},
		alt[expr]{when(t == tDictInt, 2), func() expr {
			if g.chance(50) {
				n := g.between(0, 4)
				i := g.compVar(c, "i")
				cc := c.comprehension(i, tInt, expr{bound: float64(n)})
				v := g.fit(c, g.expr(cc, tInt, d-1), valueCap)
				key := oneOf(g, quote(c, "k")+" + str("+i+")", "str("+i+")")
				e := atomExpr(fmt.Sprintf("{%s: %s for %s in range(%d)}", key, v.at(precTernary), i, n), t, float64(n))
				e.flow = join(v)
				return e
			}
			xs := g.fit(c, g.expr(c, tListStr, d-1), dictCap)
			w := g.compVar(c, "w")
			e := atomExpr(fmt.Sprintf("{%s: len(%s) for %s in %s}", w, w, w, xs.at(precAtom)), t, xs.bound)
			e.flow = join(xs)
			return e
		}},
		// A Counter or a defaultdict(int) is a dict[str, int] whose
		// missing keys read as 0 (a defaultdict's are stored too); an
		// OrderedDict is one that prints and compares its own way.
		alt[expr]{when(t == tDictInt, 1), func() expr {
			if g.chance(40) {
				return atomExpr("defaultdict(int)", t, 0)
			}
			if g.chance(30) {
				xs := g.fit(c, g.expr(c, t, d-1), dictCap)
				e := atomExpr("OrderedDict("+xs.at(precTernary)+")", t, xs.bound)
				e.flow = join(xs)
				return e
			}
			xs := g.fit(c, g.expr(c, oneOf(g, tListStr, tStr), d-1), dictCap)
			e := atomExpr("Counter("+xs.at(precTernary)+")", t, xs.bound)
			e.flow = join(xs)
			return e
		}},
	)
}

// anyExpr returns an element of a mixed list, or a scalar.
func (g *gen) anyExpr(c ctx, d int) expr {
	if g.chance(40) {
		return g.indexExpr(c, tListAny, d)
	}
	if g.chance(10) {
		// A JSON round trip gives the same scalar back, as a dynamic value.
		x := g.fit(c, g.expr(c, oneOf(g, tInt, tStr, tFloat, tBool), d-1), exprCap)
		return call("json.loads", tAny, x.bound, call("json.dumps", tStr, x.bound, x))
	}
	return g.fit(c, g.expr(c, oneOf(g, tInt, tStr, tFloat, tBool), d-1), exprCap)
}

// goishNames are names the Go that aiogo emits uses for itself (a state
// machine's receiver and results, the task, temporaries); a comprehension
// variable sometimes takes one, so that a clash shows.
var goishNames = []string{"m", "r", "v", "ok", "done", "t", "tmp0", "arg0", "exc0"}

// compVar names a comprehension's variable: a fresh name, or one of
// goishNames that no visible variable has.
func (g *gen) compVar(c ctx, prefix string) string {
	if g.chance(25) {
		name := oneOf(g, goishNames...)
		if len(c.sc.find(func(v *variable) bool { return v.name == name })) == 0 {
			return name
		}
	}
	return c.fs.fresh(prefix)
}
