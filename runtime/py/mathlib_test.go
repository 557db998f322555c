package py

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// pyFloat spells x as a Python expression that evaluates to exactly x.
func pyFloat(x float64) string {
	switch {
	case math.IsNaN(x):
		return "float('nan')"
	case math.IsInf(x, 1):
		return "float('inf')"
	case math.IsInf(x, -1):
		return "float('-inf')"
	}
	return "float.fromhex('" + fmt.Sprintf("%x", x) + "')"
}

func pyFloats(xs []float64) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = pyFloat(x)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// TestMathAgainstCPython compares the math functions, on edge cases and
// random arguments, with CPython's math module.
func TestMathAgainstCPython(t *testing.T) {
	const m = "__import__('math')."
	r := rand.New(rand.NewPCG(1, 2))
	specials := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -2.5, 2.5, 1e308, -1e308, 5e-324,
		math.Inf(1), math.Inf(-1), math.NaN(), 9.2e18, -9.3e18, 3.0000000000000004}
	var cases []pyCase
	add := func(expr string, got func() any) { cases = append(cases, pyCase{expr, got}) }
	// Results beyond 64 bits raise OverflowError (aiogo's documented
	// difference), so only those that fit (or fail otherwise) are
	// compared.
	overflows := func(f func() any) (over bool) {
		defer func() {
			if r := recover(); r != nil {
				over = AsExc(r).Class == OverflowError
			}
		}()
		f()
		return false
	}
	for _, x := range specials {
		x := x
		px := pyFloat(x)
		if !overflows(func() any { return MathFloor(x) }) || math.IsInf(x, 0) {
			add(m+"floor("+px+")", func() any { return MathFloor(x) })
			add(m+"ceil("+px+")", func() any { return MathCeil(x) })
			add(m+"trunc("+px+")", func() any { return MathTrunc(x) })
		}
		add(m+"sqrt("+px+")", func() any { return MathSqrt(x) })
		add(m+"degrees("+px+")", func() any { return MathDegrees(x) })
		add(m+"radians("+px+")", func() any { return MathRadians(x) })
		add(m+"isfinite("+px+")", func() any { return MathIsFinite(x) })
		for _, y := range specials {
			y := y
			py := pyFloat(y)
			add(m+"fmod("+px+", "+py+")", func() any { return MathFmod(x, y) })
			add(m+"hypot("+px+", "+py+")", func() any { return MathHypot(x, y) })
			add(m+"isclose("+px+", "+py+")", func() any { return MathIsClose(x, y, 1e-9, 0) })
		}
	}
	for range 300 {
		x, y, z := r.NormFloat64()*1e3, r.NormFloat64(), r.Float64()*1e-3
		px, py, pz := pyFloat(x), pyFloat(y), pyFloat(z)
		add(m+"hypot("+px+", "+py+", "+pz+")", func() any { return MathHypot(x, y, z) })
		add(m+"dist(["+px+", "+py+"], ["+pz+", 1.5])", func() any { return MathDist([]float64{x, y}, []float64{z, 1.5}) })
		add(m+"degrees("+px+")", func() any { return MathDegrees(x) })
		add(m+"radians("+px+")", func() any { return MathRadians(x) })
		add(m+"fmod("+px+", "+py+")", func() any { return MathFmod(x, y) })
		add(m+"isclose("+px+", "+px+" + "+pz+", rel_tol=1e-6, abs_tol=1e-4)", func() any { return MathIsClose(x, x+z, 1e-6, 1e-4) })
		xs := make([]float64, 1+r.IntN(8))
		for i := range xs {
			xs[i] = r.NormFloat64() * math.Pow(10, float64(r.IntN(40)-20))
		}
		add(m+"fsum("+pyFloats(xs)+")", func() any { return MathFsum(xs) })
	}
	for _, xs := range [][]float64{{}, {1e-16, 1, 1e16}, {0.1, 0.1, 0.1}, {1e308, 1e308}, {math.Inf(1), 1},
		{math.Inf(1), math.Inf(-1)}, {math.NaN(), 1}, {1e308, 1e308, -1e308}, {-0.0}, {math.Inf(1), math.NaN()}} {
		add(m+"fsum("+pyFloats(xs)+")", func() any { return MathFsum(xs) })
	}
	add(m+"hypot()", func() any { return MathHypot() })
	add(m+"hypot(-3.0)", func() any { return MathHypot(-3) })
	add(m+"hypot(5e-324, 5e-324)", func() any { return MathHypot(5e-324, 5e-324) })
	add(m+"dist([1.0], [1.0, 2.0])", func() any { return MathDist([]float64{1}, []float64{1, 2}) })
	add(m+"isclose(1.0, 1.0, rel_tol=-1.0)", func() any { return MathIsClose(1, 1, -1, 0) })
	ints := []int{0, 1, -1, 12, -18, 20, 21, 34, 62, 63, 100}
	for _, a := range ints {
		a := a
		if a <= 20 {
			add(m+fmt.Sprintf("factorial(%d)", a), func() any { return MathFactorial(a) })
		}
		for _, b := range ints {
			b := b
			add(m+fmt.Sprintf("gcd(%d, %d)", a, b), func() any { return MathGcd(a, b) })
			add(m+fmt.Sprintf("lcm(%d, %d)", a, b), func() any { return MathLcm(a, b) })
			if comb := func() any { return MathComb(a, b) }; !overflows(comb) {
				add(m+fmt.Sprintf("comb(%d, %d)", a, b), comb)
			}
			if perm := func() any { return MathPerm(a, b) }; !overflows(perm) {
				add(m+fmt.Sprintf("perm(%d, %d)", a, b), perm)
			}
		}
	}
	for _, a := range []int{math.MaxInt64, math.MinInt64, -(1 << 62), 1 << 40} {
		for _, b := range []int{math.MaxInt64, math.MinInt64, 0, -6, 1 << 41} {
			if gcd := func() any { return MathGcd(a, b) }; !overflows(gcd) {
				add(m+fmt.Sprintf("gcd(%d, %d)", a, b), gcd)
			}
			if lcm := func() any { return MathLcm(a, b) }; !overflows(lcm) {
				add(m+fmt.Sprintf("lcm(%d, %d)", a, b), lcm)
			}
		}
	}
	add(m+"gcd()", func() any { return MathGcd() })
	add(m+"lcm()", func() any { return MathLcm() })
	add(m+"gcd(12, 18, -24)", func() any { return MathGcd(12, 18, -24) })
	add(m+"lcm(4, 6, -10)", func() any { return MathLcm(4, 6, -10) })
	add(m+"prod([1, 2.5, True, 4])", func() any { return MathProd(NewList[any](1, 2.5, true, 4)) })
	add(m+"prod([])", func() any { return MathProd(NewList[float64]()) })
	add(m+"prod([2, 'ab'])", func() any { return MathProd(NewList[any](2, "ab")) })
	add(m+"sqrt('x')", func() any { return RealArg("x") })
	add(m+"factorial(2.0)", func() any { return IndexArg(2.0) })
	add(m+"floor('x')", func() any { return MathRound("x", "floor", MathFloor) })
	add(m+"trunc('x')", func() any { return MathRound("x", "trunc", MathTrunc) })
	add(m+"ceil(True)", func() any { return MathRound(true, "ceil", MathCeil) })
	checkPython(t, "math", cases)
}
