package py

import (
	"math"
	"math/big"
)

// The math module: the functions whose CPython results do not depend on
// the C library's transcendental functions (those are CPython's libm's
// and would differ from Go's in the last bit), each with CPython 3.11's
// special cases and error messages.

// mathDomain raises CPython's ValueError for an argument outside a
// function's domain.
func mathDomain() { Raise(ValueError.New("math domain error")) }

// RealArg is a math function's argument of dynamic type as a float: an
// int, float or bool; TypeError for anything else.
func RealArg(v any) float64 {
	switch x := v.(type) {
	case float64:
		return x
	case int:
		return float64(x)
	case bool:
		return float64(BoolToInt(x))
	}
	Raise(TypeError.New("must be real number, not " + TypeName(v)))
	return 0
}

// IndexArg is a math function's integer argument of dynamic type: an int
// or bool; TypeError for anything else (a float included).
func IndexArg(v any) int {
	switch x := v.(type) {
	case int:
		return x
	case bool:
		return BoolToInt(x)
	}
	Raise(TypeError.New("'" + TypeName(v) + "' object cannot be interpreted as an integer"))
	return 0
}

// MathFloor is math.floor(x) of a float.
func MathFloor(x float64) int { return IntFromFloat(math.Floor(x)) }

// MathCeil is math.ceil(x) of a float.
func MathCeil(x float64) int { return IntFromFloat(math.Ceil(x)) }

// MathTrunc is math.trunc(x) of a float.
func MathTrunc(x float64) int { return IntFromFloat(x) }

// MathRound applies floor, ceil or trunc (by fn, for a float) to a value
// of dynamic type: an int or bool is its own integer.
func MathRound(v any, name string, fn func(float64) int) int {
	switch x := v.(type) {
	case float64:
		return fn(x)
	case int:
		return x
	case bool:
		return BoolToInt(x)
	}
	if name == "trunc" {
		Raise(TypeError.New("type " + TypeName(v) + " doesn't define __trunc__ method"))
	}
	Raise(TypeError.New("must be real number, not " + TypeName(v)))
	return 0
}

// MathSqrt is math.sqrt(x).
func MathSqrt(x float64) float64 {
	if x < 0 {
		mathDomain()
	}
	return math.Sqrt(x)
}

// MathFmod is math.fmod(x, y): the remainder with the sign of x.
func MathFmod(x, y float64) float64 {
	if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		return x
	}
	r := math.Mod(x, y)
	if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
		mathDomain()
	}
	return r
}

// CPython's conversion factors between degrees and radians.
const (
	degToRad = math.Pi / 180.0
	radToDeg = 180.0 / math.Pi
)

// MathDegrees is math.degrees(x).
func MathDegrees(x float64) float64 { return x * radToDeg }

// MathRadians is math.radians(x).
func MathRadians(x float64) float64 { return x * degToRad }

// MathIsClose is math.isclose(a, b, rel_tol=, abs_tol=).
func MathIsClose(a, b, relTol, absTol float64) bool {
	if relTol < 0 || absTol < 0 {
		Raise(ValueError.New("tolerances must be non-negative"))
	}
	if a == b {
		return true
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return false
	}
	diff := math.Abs(b - a)
	return diff <= math.Abs(relTol*b) || diff <= math.Abs(relTol*a) || diff <= absTol
}

// MathIsFinite is math.isfinite(x).
func MathIsFinite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

// MathIsInf is math.isinf(x).
func MathIsInf(x float64) bool { return math.IsInf(x, 0) }

// MathGcd is math.gcd(*ints), never negative.
func MathGcd(xs ...int) int {
	var g uint64 // |math.MinInt64| fits, and gcd(math.MinInt64, 1) is 1
	for _, x := range xs {
		a, b := g, absUint(x)
		for b != 0 {
			a, b = b, a%b
		}
		g = a
	}
	if g > math.MaxInt64 {
		intOverflow()
	}
	return int(g)
}

func absUint(x int) uint64 {
	if x < 0 {
		return -uint64(x)
	}
	return uint64(x)
}

// MathLcm is math.lcm(*ints), never negative.
func MathLcm(xs ...int) int {
	l := 1
	for _, x := range xs {
		if l == 0 || x == 0 {
			l = 0
			continue
		}
		l = IntAbs(IntMul(l/MathGcd(l, x), x))
	}
	return l
}

// fitInt returns a big result as an int, or raises OverflowError as
// every int that leaves 64 bits does.
func fitInt(b *big.Int) int {
	if !b.IsInt64() {
		intOverflow()
	}
	return int(b.Int64())
}

// MathFactorial is math.factorial(n).
func MathFactorial(n int) int {
	if n < 0 {
		Raise(ValueError.New("factorial() not defined for negative values"))
	}
	return fitInt(new(big.Int).MulRange(1, int64(n)))
}

// MathComb is math.comb(n, k).
func MathComb(n, k int) int {
	checkCombArgs(n, k)
	if k > n {
		return 0
	}
	return fitInt(new(big.Int).Binomial(int64(n), int64(k)))
}

// MathPerm is math.perm(n, k); math.perm(n) is MathPerm(n, n).
func MathPerm(n, k int) int {
	checkCombArgs(n, k)
	if k > n {
		return 0
	}
	return fitInt(new(big.Int).MulRange(int64(n-k+1), int64(n)))
}

func checkCombArgs(n, k int) {
	if n < 0 {
		Raise(ValueError.New("n must be a non-negative integer"))
	}
	if k < 0 {
		Raise(ValueError.New("k must be a non-negative integer"))
	}
}

// MathFsum is math.fsum(xs): the correctly rounded sum, by CPython's
// algorithm (Shewchuk's partials with half-even rounding across them).
func MathFsum(xs []float64) float64 {
	var partials []float64
	special, infSum := 0.0, 0.0
	for _, x := range xs {
		xsave := x
		i := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = partials[:i]
		switch {
		case x == 0:
		case math.IsInf(x, 0) || math.IsNaN(x):
			// From an overflow, or from an inf or nan summand.
			if !math.IsInf(xsave, 0) && !math.IsNaN(xsave) {
				Raise(OverflowError.New("intermediate overflow in fsum"))
			}
			if math.IsInf(xsave, 0) {
				infSum += xsave
			}
			special += xsave
			partials = partials[:0]
		default:
			partials = append(partials, x)
		}
	}
	if special != 0 {
		if math.IsNaN(infSum) {
			Raise(ValueError.New("-inf + inf in fsum"))
		}
		return special
	}
	n := len(partials)
	if n == 0 {
		return 0
	}
	n--
	hi, lo := partials[n], 0.0
	for n > 0 {
		x := hi
		n--
		y := partials[n]
		hi = x + y
		lo = y - (hi - x)
		if lo != 0 {
			break
		}
	}
	// Half-even rounding across partials: sum([1e-16, 1, 1e16]).
	if n > 0 && (lo < 0 && partials[n-1] < 0 || lo > 0 && partials[n-1] > 0) {
		y := lo * 2
		x := hi + y
		if y == x-hi {
			hi = x
		}
	}
	return hi
}

// MathProd is math.prod(iterable): the items multiplied from the int 1
// with Python's *.
func MathProd(v any) any {
	var p any = 1
	for x := range Iter(v) {
		p = Mul(p, x)
	}
	return p
}

// MathHypot is math.hypot(*coordinates).
func MathHypot(xs ...float64) float64 {
	vec := make([]float64, len(xs))
	maxV, nan := 0.0, false
	for i, x := range xs {
		x = math.Abs(x)
		nan = nan || math.IsNaN(x)
		vec[i] = x
		if x > maxV {
			maxV = x
		}
	}
	return vectorNorm(vec, maxV, nan)
}

// MathDist is math.dist(p, q).
func MathDist(p, q []float64) float64 {
	if len(p) != len(q) {
		Raise(ValueError.New("both points must have the same number of dimensions"))
	}
	diffs := make([]float64, len(p))
	for i := range p {
		diffs[i] = p[i] - q[i]
	}
	return MathHypot(diffs...)
}

// vectorNorm is CPython's vector_norm: the Euclidean norm of the
// non-negative vec whose largest item is maxV, computed with lossless
// scaling, double-length squares and sums, and a final differential
// correction.
func vectorNorm(vec []float64, maxV float64, nan bool) float64 {
	switch {
	case math.IsInf(maxV, 0):
		return maxV
	case nan:
		return math.NaN()
	case maxV == 0 || len(vec) <= 1:
		return maxV
	}
	_, maxE := math.Frexp(maxV)
	if maxE < -1023 {
		// ldexp(1.0, -maxE) would overflow: make subnormals normal.
		const dblMin = 0x1p-1022
		for i := range vec {
			vec[i] /= dblMin
		}
		return dblMin * vectorNorm(vec, maxV/dblMin, nan)
	}
	scale := math.Ldexp(1, -maxE)
	csum, frac1, frac2 := 1.0, 0.0, 0.0
	for _, x := range vec {
		x *= scale
		prHi, prLo := dlMul(x, x)
		smHi, smLo := dlFastSum(csum, prHi)
		csum = smHi
		frac1 += prLo
		frac2 += smLo
	}
	h := math.Sqrt(csum - 1 + (frac1 + frac2))
	prHi, prLo := dlMul(-h, h)
	smHi, smLo := dlFastSum(csum, prHi)
	csum = smHi
	frac1 += prLo
	frac2 += smLo
	x := csum - 1 + (frac1 + frac2)
	h += x / (2 * h)
	return h / scale
}

// dlMul is the exact product x*y as hi + lo.
func dlMul(x, y float64) (hi, lo float64) {
	hi = x * y
	return hi, math.FMA(x, y, -hi)
}

// dlFastSum is the exact sum a+b as hi + lo, for |a| >= |b|.
func dlFastSum(a, b float64) (hi, lo float64) {
	hi = a + b
	return hi, (a - hi) + b
}

// The constants of math, as variables: Go would evaluate an expression
// of constants exactly, where Python rounds every step.
var (
	MathPi  = math.Pi
	MathE   = math.E
	MathTau = 2 * math.Pi
	MathInf = math.Inf(1)
	MathNaN = math.NaN()
)

// RealArgs is the items of an iterable of numbers as floats (fsum, dist).
func RealArgs(v any) []float64 {
	var out []float64
	for x := range Iter(v) {
		out = append(out, RealArg(x))
	}
	return out
}

// MathProdInt is math.prod of a list of ints.
func MathProdInt(l *List[int]) int {
	p := 1
	for _, x := range l.Items {
		p = IntMul(p, x)
	}
	return p
}
