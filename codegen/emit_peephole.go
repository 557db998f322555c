package codegen

import (
	"math/bits"
	"strconv"

	"github.com/aiogo-dev/aiogo/grammar"
)

// Peepholes for int // and % by a positive constant. py.FloorDiv and
// py.Mod must test for a zero divisor and correct the sign of Go's
// truncated division; with a literal divisor c > 0 neither can happen
// (no ZeroDivisionError, and c > 0 excludes MinInt64 // -1, the one
// overflowing quotient), and these forms compute Python's result for
// every int64 operand, negative ones included:
//
//   - a // 2**k is a >> k: an arithmetic shift rounds toward minus
//     infinity, which is floor division (-7 >> 1 == -4 == -7 // 2).
//   - a % 2**k is a & (2**k - 1): in two's complement the low k bits of
//     a are the non-negative remainder of floor division, the sign of
//     the divisor's (-3 & 1 == 1 == -3 % 2).
//   - a % c == 0 (or != 0) is Go's a%c == 0: Go's remainder takes the
//     dividend's sign and Python's the divisor's, but they differ by c
//     at most, so one is zero exactly when the other is.
//
// Other divisors keep the helpers, whose fast path for a >= 0 and b > 0
// already reduces to Go's / and % once inlined with a constant b.

// posConst returns the value of x when it is an int literal between 1
// and MaxInt64.
func posConst(x grammar.Expr) (uint64, bool) {
	lit, ok := x.(*grammar.IntLit)
	if !ok {
		return 0, false
	}
	v, err := strconv.ParseInt(lit.Value, 10, 64)
	return uint64(v), err == nil && v > 0
}

// log2Const returns k when x is the int literal 2**k with k >= 1 (a
// divisor of 1 is left to the helpers: a >> 0 and a & 0 read oddly).
func log2Const(x grammar.Expr) (int, bool) {
	c, ok := posConst(x)
	if !ok || c < 2 || c&(c-1) != 0 {
		return 0, false
	}
	return bits.TrailingZeros64(c), true
}

// intByConst emits x // y or x % y, both ints, when y is a power of two
// as above; ok is false for every other form.
func (e *emitter) intByConst(op string, x, y grammar.Expr) (gox, bool) {
	k, ok := log2Const(y)
	if !ok || op != "//" && op != "%" {
		return gox{}, false
	}
	a := operand(e.numX(x, tInt), precMul, false)
	if op == "//" {
		return gox{a.Op(">>").Lit(k), precMul}, true
	}
	return gox{a.Op("&").Lit((1 << k) - 1), precMul}, true
}

// modOfConst reports whether x is a % c on ints with a literal c > 0.
func (e *emitter) modOfConst(x grammar.Expr) (*grammar.Binary, bool) {
	b, ok := x.(*grammar.Binary)
	if !ok || b.Op != "%" || boolAsInt(e.typeOf(b.X)).Kind != Int || e.typeOf(b.Y).Kind != Int {
		return nil, false
	}
	_, ok = posConst(b.Y)
	return b, ok
}

// isZeroLit reports whether x is the int literal 0.
func isZeroLit(x grammar.Expr) bool {
	lit, ok := x.(*grammar.IntLit)
	return ok && isZeroDigits(lit.Value)
}

func isZeroDigits(digits string) bool {
	for _, d := range digits {
		if d != '0' {
			return false
		}
	}
	return digits != ""
}

// modZeroTest emits a % c == 0 or != 0 (op) for ints with a literal
// c > 0, as Go's remainder compared with zero; see above.
func (e *emitter) modZeroTest(m *grammar.Binary, op string) gox {
	var rem gox
	if g, ok := e.intByConst("%", m.X, m.Y); ok {
		rem = g
	} else {
		rem = gox{operand(e.numX(m.X, tInt), precMul, false).Op("%").Add(e.expr(m.Y)), precMul}
	}
	return gox{operand(rem, precCompare, false).Op(op).Lit(0), precCompare}
}

// zeroTest matches `a % c == 0`, `0 != a % c` and the like; it emits
// nothing when ok is false.
func (e *emitter) zeroTest(c *grammar.Compare) (gox, bool) {
	if len(c.Ops) != 1 || c.Ops[0] != "==" && c.Ops[0] != "!=" {
		return gox{}, false
	}
	x, y := c.Left, c.Comparators[0]
	if isZeroLit(x) {
		x, y = y, x
	}
	m, ok := e.modOfConst(x)
	if !ok || !isZeroLit(y) {
		return gox{}, false
	}
	return e.modZeroTest(m, c.Ops[0]), true
}
