package progen

import (
	"fmt"
	"math"
	"strings"
)

// Sets of ints appear inside expressions of the other types (a set is
// never stored): their sizes, sums and members, the sorted or listed
// items, their printed form. CPython orders an int set by its hash table,
// which aiogo's runtime replays, so list(s) and str(s) check that order.

// setExpr returns an int set: set() or frozenset() of a list, a
// comprehension over one, a display of one or two items or of three to
// five constants (which CPython builds from a frozenset constant, and
// which collide often), or sets combined by an operator or a method. Its
// bound is its largest size.
func (g *gen) setExpr(c ctx, d int) expr {
	list := func() expr { return g.expr(c, tListInt, d-1) }
	item := func() expr { return g.fit(c, g.expr(c, tInt, d-1), valueCap) }
	return choose(g,
		alt[expr]{3, func() expr {
			xs := list()
			// A frozenset prints as one; combined with a set, the result
			// is of the left operand's kind.
			return call(oneOf(g, "set", "set", "frozenset"), tSetInt, xs.bound, xs)
		}},
		alt[expr]{2, func() expr {
			xs, x, k := list(), g.compVar(c, "x"), g.between(2, 9)
			e := atomExpr(fmt.Sprintf("{%s %% %d for %s in %s}", x, k, x, xs.at(precAtom)), tSetInt, math.Min(xs.bound, float64(k)))
			e.flow = join(xs)
			return e
		}},
		alt[expr]{2, func() expr {
			a := item()
			if g.chance(50) {
				e := atomExpr("{"+a.at(precTernary)+"}", tSetInt, 1)
				e.flow = join(a)
				return e
			}
			b := item()
			e := atomExpr("{"+a.at(precTernary)+", "+b.at(precTernary)+"}", tSetInt, 2)
			e.flow = join(a, b)
			return e
		}},
		alt[expr]{1, func() expr {
			n := g.between(3, 5)
			items := make([]string, n)
			for i := range items {
				items[i] = fmt.Sprint(g.between(-2, 3) + 8*g.between(0, 4))
			}
			return atomExpr("{"+strings.Join(items, ", ")+"}", tSetInt, float64(n))
		}},
		alt[expr]{when(d > 1, 3), func() expr {
			x, y := g.setExpr(c, d-1), g.setExpr(c, d-1)
			op := oneOf(g, "|", "&", "-", "^")
			bound := x.bound
			if op == "|" || op == "^" {
				bound += y.bound
			}
			prec := map[string]int{"|": precBitOr, "&": precBitAnd, "-": precAdd, "^": precBitXor}[op]
			return binary(x, op, y, prec, tSetInt, bound)
		}},
		alt[expr]{when(d > 1, 2), func() expr {
			x, ys := g.setExpr(c, d-1), list()
			name := oneOf(g, "union", "intersection", "difference", "symmetric_difference")
			bound := x.bound
			if name == "union" || name == "symmetric_difference" {
				bound += ys.bound
			}
			return method(x, name, tSetInt, bound, ys)
		}},
	)
}

// setUse returns an expression of type t (int, bool, list[int] or str)
// computed from int sets.
func (g *gen) setUse(c ctx, t vtype, d int) expr {
	s := g.setExpr(c, d-1)
	switch t {
	case tInt:
		if g.chance(50) {
			return call("len", tInt, s.bound, s)
		}
		return call("sum", tInt, s.bound*valueCap, s)
	case tBool:
		switch g.r.IntN(4) {
		case 0:
			return g.in(g.fit(c, g.expr(c, tInt, d-1), valueCap), s)
		case 1:
			return binary(s, oneOf(g, "<=", "<", ">=", ">", "==", "!="), g.setExpr(c, d-1), precCmp, tBool, 1)
		case 2:
			return method(s, oneOf(g, "issubset", "issuperset", "isdisjoint"), tBool, 1, g.expr(c, tListInt, d-1))
		}
		return call("bool", tBool, 1, s)
	case tListInt:
		return call(oneOf(g, "sorted", "list"), tListInt, s.bound, s)
	}
	return call("str", tStr, s.bound*22+2, s)
}
