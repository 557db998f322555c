package py

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
)

// Python's int is unbounded; aiogo's is Go's 64-bit int. Every operation
// whose exact result does not fit raises OverflowError instead of
// wrapping (a documented difference from CPython).

const overflowMsg = "integer overflow: aiogo ints are 64-bit"

func intOverflow() {
	Raise(OverflowError.New(overflowMsg))
}

// arithError is what the hot arithmetic helpers panic with instead of
// calling Raise: a call costs the inliner more than these helpers' whole
// budget, a panic of a constant almost nothing, and inlined helpers make
// int code several times faster. AsExc (so Catch, Main and task recovery)
// turns it into a new *Exc with the traceback of the panicking code, as it
// does for Go runtime errors.
type arithError uint8

const (
	errOverflow     arithError = iota
	errDivZero                 // a // 0 and divmod(a, 0)
	errModZero                 // a % 0
	errTrueDivZero             // int / 0
	errFloatDivZero            // float / 0
)

// exc returns a new exception for e.
func (e arithError) exc() *Exc {
	switch e {
	case errDivZero:
		return ZeroDivisionError.New("integer division or modulo by zero")
	case errModZero:
		return ZeroDivisionError.New("integer modulo by zero")
	case errTrueDivZero:
		return ZeroDivisionError.New("division by zero")
	case errFloatDivZero:
		return ZeroDivisionError.New("float division by zero")
	}
	return OverflowError.New(overflowMsg)
}

// Error makes e print as the Python exception should it reach Go code
// that does not recover it (a library-mode call).
func (e arithError) Error() string { return e.exc().Error() }

// IntAdd is a + b.
func IntAdd(a, b int) int {
	s := a + b
	if (s^a)&(s^b) < 0 { // the sign of s differs from both operands'
		panic(errOverflow)
	}
	return s
}

// IntSub is a - b.
func IntSub(a, b int) int {
	d := a - b
	if (a^b)&(a^d) < 0 { // signs of a and b differ and d took b's
		panic(errOverflow)
	}
	return d
}

// IntMul is a * b.
func IntMul(a, b int) int {
	// bits.Mul64 gives the high word of the unsigned product; a negative
	// operand contributes 2**64 times the other one too much there. The
	// product fits when the signed high word is the sign extension of lo.
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	hi -= uint64(a>>63)&uint64(b) + uint64(b>>63)&uint64(a)
	if int(hi) != int(lo)>>63 {
		panic(errOverflow)
	}
	return int(lo)
}

// absInt is |a| as an unsigned value (exact for math.MinInt64).
func absInt(a int) uint64 {
	if a < 0 {
		return -uint64(a)
	}
	return uint64(a)
}

// IntNeg is -a.
func IntNeg(a int) int {
	if a == math.MinInt64 {
		panic(errOverflow)
	}
	return -a
}

// IntAbs is abs(a).
func IntAbs(a int) int {
	if a < 0 {
		return IntNeg(a)
	}
	return a
}

// FloorDiv is a // b: the quotient rounded toward minus infinity.
func FloorDiv(a, b int) int {
	// Non-negative operands, the usual case, need no zero, overflow or
	// sign test; a well-predicted branch keeps the sign adjustment below
	// off their dependency chain, and a constant b becomes a shift.
	if a >= 0 && b > 0 {
		return a / b
	}
	if b == 0 {
		panic(errDivZero)
	}
	if b == -1 && a == math.MinInt64 {
		panic(errOverflow)
	}
	q := a / b
	if r := a % b; r != 0 && (r^b) < 0 {
		q--
	}
	return q
}

// Mod is a % b: the remainder has the sign of b.
func Mod(a, b int) int {
	if a >= 0 && b > 0 { // as in FloorDiv
		return a % b
	}
	if b == 0 {
		panic(errModZero)
	}
	r := a % b
	if r != 0 && (r^b) < 0 {
		r += b
	}
	return r
}

// DivMod is divmod(a, b).
func DivMod(a, b int) Tuple2[int, int] {
	q := FloorDiv(a, b)
	// The remainder is smaller than |b|, so wrapping arithmetic gets it
	// exactly.
	return Tuple2[int, int]{q, a - q*b}
}

// IntPow is a ** b for b >= 0. In Python a negative exponent makes the
// result a float: generated code uses FloatPow (or Pow) for exponents
// that may be negative, and IntPow raises ValueError if given one.
func IntPow(a, b int) int {
	if b < 0 {
		Raise(ValueError.New("IntPow: negative exponent (use FloatPow)"))
	}
	r := 1
	for b > 0 {
		if b&1 == 1 {
			r = IntMul(r, a)
		}
		b >>= 1
		if b > 0 {
			a = IntMul(a, a)
		}
	}
	return r
}

// IntLShift is a << b: ValueError for a negative count, OverflowError
// when the result does not fit 64 bits.
func IntLShift(a, b int) int {
	if b < 0 {
		Raise(ValueError.New("negative shift count"))
	}
	if a == 0 {
		return 0
	}
	if b >= 64 || (a<<b)>>b != a {
		panic(errOverflow)
	}
	return a << b
}

// IntRShift is a >> b, which floors as Go's >> on a signed int does:
// ValueError for a negative count.
func IntRShift(a, b int) int {
	if b < 0 {
		Raise(ValueError.New("negative shift count"))
	}
	return a >> min(b, 63)
}

// IntTrueDiv is a / b for ints: a float, ZeroDivisionError "division by
// zero".
func IntTrueDiv(a, b int) float64 {
	if b == 0 {
		panic(errTrueDivZero)
	}
	return float64(a) / float64(b)
}

// TrueDiv is a / b once a float is involved: ZeroDivisionError "float
// division by zero" (CPython 3.11's float_div text; int / int says
// "division by zero": see IntTrueDiv).
func TrueDiv(a, b float64) float64 {
	if b == 0 {
		panic(errFloatDivZero)
	}
	return a / b
}

// FloatFloorDiv is a // b for floats, ported from float_floor_div so that
// signs of zero and rounding match.
func FloatFloorDiv(a, b float64) float64 {
	if b == 0 {
		Raise(ZeroDivisionError.New("float floor division by zero"))
	}
	d, _ := floatDivMod(a, b)
	return d
}

// FloatMod is a % b for floats: the result has the sign of b.
func FloatMod(a, b float64) float64 {
	if b == 0 {
		Raise(ZeroDivisionError.New("float modulo"))
	}
	_, m := floatDivMod(a, b)
	return m
}

// FloatDivMod is divmod(a, b) for floats.
func FloatDivMod(a, b float64) Tuple2[float64, float64] {
	if b == 0 {
		Raise(ZeroDivisionError.New("float divmod()"))
	}
	d, m := floatDivMod(a, b)
	return Tuple2[float64, float64]{d, m}
}

// floatDivMod is _float_div_mod.
func floatDivMod(vx, wx float64) (float64, float64) {
	mod := math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv++
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return floordiv, mod
}

// FloatPow is a ** b for floats, with float_pow's errors: zero to a
// negative power is ZeroDivisionError, an overflowing result is
// OverflowError (34, 'Numerical result out of range'). A negative base
// with a non-integral exponent gives a complex number in CPython; aiogo
// has no complex type and raises ValueError("math domain error").
func FloatPow(a, b float64) float64 {
	if a == 0 && b < 0 && !math.IsInf(b, 0) {
		Raise(ZeroDivisionError.New("0.0 cannot be raised to a negative power"))
	}
	if a < 0 && !math.IsInf(a, 0) && b != math.Trunc(b) && !math.IsInf(b, 0) && !math.IsNaN(b) {
		Raise(ValueError.New("math domain error"))
	}
	r := pow(a, b)
	if math.IsInf(r, 0) && !math.IsInf(a, 0) && !math.IsInf(b, 0) {
		Raise(OverflowError.New(34, "Numerical result out of range"))
	}
	return r
}

// pow is math.Pow made correctly rounded for integral exponents, as the
// C library's pow that CPython calls is: Go's math.Pow multiplies
// repeatedly in float64 and can be off by one ulp. The product is taken
// in 256-bit precision and rounded once. Non-integral exponents use
// math.Pow and may still differ from glibc in the last bit.
func pow(a, b float64) float64 {
	switch {
	case b == 2:
		return a * a
	case b == 1 || b == 0 || a == 1 || a == 0 || math.IsInf(a, 0) || math.IsNaN(a) ||
		b != math.Trunc(b) || math.Abs(b) > 1<<20:
		return math.Pow(a, b)
	}
	n := int64(math.Abs(b))
	x := new(big.Float).SetPrec(256).SetFloat64(a)
	r := new(big.Float).SetPrec(256).SetFloat64(1)
	for n > 0 {
		if n&1 == 1 {
			r.Mul(r, x)
		}
		n >>= 1
		if n > 0 {
			x.Mul(x, x)
		}
	}
	if b < 0 {
		r.Quo(new(big.Float).SetPrec(256).SetFloat64(1), r)
	}
	f, _ := r.Float64()
	return f
}

// Round is round(x) for a float: to the nearest int, ties to even.
func Round(x float64) int {
	return IntFromFloat(math.RoundToEven(x))
}

// RoundN is round(x, n) for a float: correctly rounded to n decimal
// digits, ties to even on the exact binary value, as float.__round__.
func RoundN(x float64, n int) float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) || x == 0 {
		return x
	}
	if n > 323 {
		return x
	}
	if n < -308 {
		return math.Copysign(0, x)
	}
	if n >= 0 {
		r, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', n, 64), 64)
		return math.Copysign(r, x)
	}
	p := math.Pow10(-n)
	r := math.RoundToEven(x/p) * p
	if math.IsInf(r, 0) {
		Raise(OverflowError.New("rounded value too large to represent"))
	}
	return math.Copysign(r, x)
}

// RoundInt is round(a, n) for an int: to a multiple of 10**-n when n < 0,
// ties to even.
func RoundInt(a, n int) int {
	if n >= 0 {
		return a
	}
	if n < -18 {
		return 0
	}
	p := IntPow(10, -n)
	q, r := FloorDiv(a, p), Mod(a, p)
	if 2*r > p || (2*r == p && q%2 != 0) {
		q++
	}
	return IntMul(q, p)
}

// Fits reports whether -2**k <= a <= 2**k, for 0 <= k <= 62: the guard
// under which generated code evaluates int arithmetic with Go's operators,
// having proved that no step can overflow for such operands.
func Fits(a int, k uint) bool {
	return uint64(a)+1<<k <= 2<<k
}

// Pick is `a if c else b` for two values already computed. Without a
// branch for the CPU to mispredict, the compiler makes it a conditional
// move for ints: generated code uses it where both values are cheap and
// cannot raise.
func Pick[T any](c bool, a, b T) T {
	if !c {
		a = b
	}
	return a
}
