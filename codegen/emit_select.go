package codegen

import (
	"math"
	"math/big"

	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// Branch-free choice between two int values.
//
// `if c: x = a else: x = b` with a and b cheap int arithmetic is the inner
// step of many numeric loops (collatz: x // 2 or 3 * x + 1). When c
// follows no pattern the CPU mispredicts the branch about half the time;
// computing both values and picking one with py.Pick compiles to a
// conditional move instead. Both values are then computed whatever c is,
// so neither may raise: int +, - and * raise OverflowError beyond 64 bits,
// so the fast form runs under a guard that every variable in the arms is
// small enough for no step of either arm to overflow (interval arithmetic
// over the arms gives the bound) and uses Go's operators; otherwise the
// ordinary if runs:
//
//	if py.Fits(x, 61) {
//		x = py.Pick(x&1 == 0, x>>1, 3*x+1)
//	} else if x&1 == 0 {
//		x = x >> 1
//	} else {
//		x = py.IntAdd(py.IntMul(3, x), 1)
//	}

// minGuardBits is the smallest guard worth a second copy of the if: below
// it the fast form would rarely run.
const minGuardBits = 16

// maxGuardBits is the largest bound py.Fits takes.
const maxGuardBits = 61

// selectStmt emits st in the branch-free form when it qualifies; it
// reports false, having emitted nothing, when it does not.
func (e *emitter) selectStmt(g *jen.Group, st *grammar.If) bool {
	if len(st.Elifs) > 0 || len(st.Body) != 1 || len(st.Else) != 1 || !e.cheapCond(st.Cond) {
		return false
	}
	target, a, ok := e.intAssign(st.Body[0])
	if !ok {
		return false
	}
	other, b, ok := e.intAssign(st.Else[0])
	if !ok || e.uses[other] != e.uses[target] {
		return false
	}
	var vars []*grammar.Name
	seen := map[*Symbol]bool{}
	if !e.cheapArm(a, &vars, seen) || !e.cheapArm(b, &vars, seen) {
		return false
	}
	k := guardBits(a, b)
	if k < minGuardBits {
		return false
	}
	guard := make([]jen.Code, len(vars))
	for i, v := range vars {
		guard[i] = jen.Qual(pyPkg, "Fits").Call(e.expr(v), jen.Lit(k))
	}
	cond := e.cond(st.Cond) // its variables are not bounded by the guard
	e.unchecked = true
	pick := jen.Qual(pyPkg, "Pick").Call(cond, e.expr(a), e.expr(b))
	e.unchecked = false
	g.If(andAll(guard)).Block(jen.Id(e.uses[target].Go).Op("=").Add(pick)).
		Else().If(e.cond(st.Cond)).BlockFunc(e.body(st.Body)).
		Else().BlockFunc(e.body(st.Else))
	return true
}

// andAll joins conditions with &&.
func andAll(conds []jen.Code) *jen.Statement {
	s := jen.Add(conds[0])
	for _, c := range conds[1:] {
		s = s.Op("&&").Add(c)
	}
	return s
}

// intAssign matches `x = value` assigning an int to an int variable that
// the statement does not declare.
func (e *emitter) intAssign(st grammar.Stmt) (*grammar.Name, grammar.Expr, bool) {
	as, ok := st.(*grammar.Assign)
	if !ok || len(as.Targets) != 1 {
		return nil, nil, false
	}
	n, ok := as.Targets[0].(*grammar.Name)
	if !ok || e.define[n] {
		return nil, nil, false
	}
	sym := e.uses[n]
	if sym == nil || sym.Kind != symVar && sym.Kind != symParam || !sym.read && !sym.pkgLevel || sym.cell.get().Kind != Int || e.typeOf(as.Value).Kind != Int {
		return nil, nil, false
	}
	return n, as.Value, true
}

// cheapCond reports whether x is one comparison of cheap int arms, the
// kind of test a conditional move pays off for.
func (e *emitter) cheapCond(x grammar.Expr) bool {
	c, ok := x.(*grammar.Compare)
	if !ok || len(c.Ops) != 1 {
		return false
	}
	switch c.Ops[0] {
	case "<", ">", "==", ">=", "<=", "!=":
	default:
		return false
	}
	seen := map[*Symbol]bool{}
	var vars []*grammar.Name
	return e.cheapArm(c.Left, &vars, seen) && e.cheapArm(c.Comparators[0], &vars, seen)
}

// cheapArm reports whether x is int arithmetic that cannot raise once its
// variables are bounded: int literals and variables, + - * and unary -,
// and // or % by a positive literal. It appends the variables not seen
// yet to vars, in source order.
func (e *emitter) cheapArm(x grammar.Expr, vars *[]*grammar.Name, seen map[*Symbol]bool) bool {
	if e.typeOf(x).Kind != Int {
		return false
	}
	switch x := x.(type) {
	case *grammar.IntLit:
		_, ok := intLitValue(x)
		return ok
	case *grammar.Name:
		sym := e.uses[x]
		if sym == nil || sym.Kind != symVar && sym.Kind != symParam {
			return false
		}
		if !seen[sym] {
			seen[sym] = true
			*vars = append(*vars, x)
		}
		return true
	case *grammar.Unary:
		return x.Op == "-" && e.cheapArm(x.X, vars, seen)
	case *grammar.Binary:
		switch x.Op {
		case "+", "-", "*":
		case "//", "%":
			if _, ok := posConst(x.Y); !ok {
				return false
			}
		default:
			return false
		}
		return e.cheapArm(x.X, vars, seen) && e.cheapArm(x.Y, vars, seen)
	}
	return false
}

// guardBits is the largest k (at most maxGuardBits) such that with every
// variable between -2**k and 2**k no step of a or b leaves int64; 0 when
// there is none.
func guardBits(a, b grammar.Expr) int {
	limit := big.NewInt(math.MaxInt64)
	fits := func(k int) bool {
		bound := new(big.Int).Lsh(big.NewInt(1), uint(k))
		_, okA := magnitude(a, bound, limit)
		_, okB := magnitude(b, bound, limit)
		return okA && okB
	}
	for k := maxGuardBits; k > 0; k-- {
		if fits(k) {
			return k
		}
	}
	return 0
}

// magnitude bounds |x| for variables bounded by bound in absolute value;
// ok is false when a step of x may exceed limit.
func magnitude(x grammar.Expr, bound, limit *big.Int) (m *big.Int, ok bool) {
	switch x := x.(type) {
	case *grammar.IntLit:
		v, _ := intLitValue(x)
		m = new(big.Int).SetUint64(v)
	case *grammar.Name:
		m = bound
	case *grammar.Unary:
		m, ok = magnitude(x.X, bound, limit)
		if !ok {
			return nil, false
		}
	case *grammar.Binary:
		l, okL := magnitude(x.X, bound, limit)
		r, okR := magnitude(x.Y, bound, limit)
		if !okL || !okR {
			return nil, false
		}
		switch x.Op {
		case "+", "-":
			m = new(big.Int).Add(l, r)
		case "*":
			m = new(big.Int).Mul(l, r)
		case "//":
			m = l // a floor quotient by a positive divisor is no larger
		case "%":
			m = r // the remainder lies between 0 and the divisor
		}
	}
	// -2**63 would fit too, but -(-2**63) would not: stay symmetric.
	return m, m.Cmp(limit) <= 0
}

// intLitValue is the value of an int literal that fits in int64.
func intLitValue(x *grammar.IntLit) (uint64, bool) {
	if isZeroLit(x) {
		return 0, true
	}
	return posConst(x)
}
