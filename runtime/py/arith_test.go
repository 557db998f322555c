package py

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

// intEdges are operands where 64-bit arithmetic goes wrong if anywhere:
// the extremes, ±1, 0, and every power of two with its neighbours.
func intEdges() []int {
	xs := []int{0, 1, -1, 2, -2, 3, -3, math.MaxInt64, math.MaxInt64 - 1, math.MinInt64, math.MinInt64 + 1,
		3037000499, -3037000499, 3037000500, -3037000500} // around sqrt(2**63)
	for k := range 63 {
		p := 1 << k
		xs = append(xs, p, p-1, p+1, -p, -p-1, -p+1)
	}
	return xs
}

// bigWant is the Python result of op on a and b, computed exactly, as
// repr or "!Class: message" (what goResult prints).
func bigWant(op string, a, b int) string {
	x, y := big.NewInt(int64(a)), big.NewInt(int64(b))
	r := new(big.Int)
	switch op {
	case "+":
		r.Add(x, y)
	case "-":
		r.Sub(x, y)
	case "*":
		r.Mul(x, y)
	case "neg":
		r.Neg(x)
	case "abs":
		r.Abs(x)
	case "<<", ">>":
		switch {
		case b < 0:
			return "!ValueError: negative shift count"
		case op == ">>":
			r.Rsh(x, uint(min(b, 200)))
		case a != 0 && b > 200:
			return "!OverflowError: " + overflowMsg
		default:
			r.Lsh(x, uint(b))
		}
	case "//", "%", "divmod":
		if b == 0 {
			if op == "%" {
				return "!ZeroDivisionError: integer modulo by zero"
			}
			return "!ZeroDivisionError: integer division or modulo by zero"
		}
		q, m := new(big.Int).QuoRem(x, y, new(big.Int))
		if m.Sign() != 0 && m.Sign() != y.Sign() { // truncated to floored
			q.Sub(q, big.NewInt(1))
			m.Add(m, y)
		}
		switch op {
		case "//":
			r = q
		case "%":
			r = m
		default:
			if !q.IsInt64() {
				return "!OverflowError: " + overflowMsg
			}
			return "(" + q.String() + ", " + m.String() + ")"
		}
	}
	if !r.IsInt64() {
		return "!OverflowError: " + overflowMsg
	}
	return r.String()
}

// TestIntHelpersMatchBigInt compares every int helper with exact
// arithmetic on all pairs of edge values and on random pairs.
func TestIntHelpersMatchBigInt(t *testing.T) {
	ops := map[string]func(a, b int) any{
		"+":      func(a, b int) any { return IntAdd(a, b) },
		"-":      func(a, b int) any { return IntSub(a, b) },
		"*":      func(a, b int) any { return IntMul(a, b) },
		"//":     func(a, b int) any { return FloorDiv(a, b) },
		"%":      func(a, b int) any { return Mod(a, b) },
		"divmod": func(a, b int) any { return DivMod(a, b) },
		"<<":     func(a, b int) any { return IntLShift(a, b) },
		">>":     func(a, b int) any { return IntRShift(a, b) },
		"neg":    func(a, _ int) any { return IntNeg(a) },
		"abs":    func(a, _ int) any { return IntAbs(a) },
	}
	check := func(a, b int) {
		for op, f := range ops {
			got := goResult(pyCase{got: func() any { return f(a, b) }})
			if want := bigWant(op, a, b); got != want {
				t.Fatalf("%d %s %d: got %s, want %s", a, op, b, got, want)
			}
		}
	}
	edges := intEdges()
	for _, a := range edges {
		for _, b := range edges {
			check(a, b)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	// Random bit lengths make small, medium and huge operands (and so
	// products near 2**63) all common.
	random := func() int {
		return int(rng.Uint64()) >> rng.IntN(64)
	}
	for range 200_000 {
		check(random(), random())
	}
}

// TestIntErrorsAreFreshExceptions checks that a failing helper's panic
// becomes a new exception of the right class every time, which an except
// clause of another class passes on.
func TestIntErrorsAreFreshExceptions(t *testing.T) {
	// try is a try statement as generated code has it.
	try := func(body func(), classes ...*ExcClass) (caught *Exc) {
		defer func() {
			if r := recover(); r != nil {
				if caught = Catch(r, classes...); caught == nil {
					panic(r)
				}
			}
		}()
		body()
		return nil
	}
	e1, e2 := try(func() { Mod(1, 0) }), try(func() { Mod(1, 0) })
	if e1 == nil || e1 == e2 || e1.Class != ZeroDivisionError || ExcStr(e1) != "integer modulo by zero" {
		t.Fatalf("got %v and %v, want two distinct ZeroDivisionErrors", e1, e2)
	}
	e1.Args[0] = "changed"
	if ExcStr(e2) != "integer modulo by zero" {
		t.Fatal("the exceptions share their arguments")
	}
	e := try(func() {
		try(func() { IntAdd(math.MaxInt64, 1) }, ZeroDivisionError)
	}, ArithmeticError)
	if e == nil || e.Error() != "OverflowError: "+overflowMsg {
		t.Fatalf("got %v, want the OverflowError", e)
	}
	if e := try(func() { Sum(NewList(math.MaxInt64, 1)) }, OverflowError); e == nil {
		t.Fatal("sum past MaxInt64 did not raise OverflowError")
	}
}

var sink int

// divisor is a variable so that the division benchmarks measure a real
// division, not the multiply-and-shift Go emits for a constant.
var divisor = 7

func BenchmarkIntAdd(b *testing.B) {
	s := 0
	for i := 0; i < b.N; i++ {
		s = IntAdd(s, i)
	}
	sink = s
}

func BenchmarkIntSub(b *testing.B) {
	s := 0
	for i := 0; i < b.N; i++ {
		s = IntSub(s, i)
	}
	sink = s
}

func BenchmarkIntMul(b *testing.B) {
	s := 0
	for i := 0; i < b.N; i++ {
		s ^= IntMul(i, s&0xffff+3)
	}
	sink = s
}

func BenchmarkIntNeg(b *testing.B) {
	s := 0
	for i := 0; i < b.N; i++ {
		s = IntNeg(s ^ i)
	}
	sink = s
}

func BenchmarkFloorDiv(b *testing.B) {
	s, d := 0, divisor
	for i := 0; i < b.N; i++ {
		s += FloorDiv(i-s, d)
	}
	sink = s
}

func BenchmarkMod(b *testing.B) {
	s, d := 0, divisor
	for i := 0; i < b.N; i++ {
		s += Mod(i-s, d)
	}
	sink = s
}

// BenchmarkCollatz is the inner loop of bench/collatz.py as aiogo
// compiles it: constant divisors, as in the generated code.
func BenchmarkCollatz(b *testing.B) {
	steps := 0
	for i := 0; i < b.N; i++ {
		x := i%1000 + 1
		for x != 1 {
			if Mod(x, 2) == 0 {
				x = FloorDiv(x, 2)
			} else {
				x = IntAdd(IntMul(3, x), 1)
			}
			steps = IntAdd(steps, 1)
		}
	}
	sink = steps
}

// TestFitsAgreesWithBigInts checks Fits(a, k) against |a| <= 2**k computed
// exactly, on every edge operand and bound.
func TestFitsAgreesWithBigInts(t *testing.T) {
	for k := range uint(63) {
		limit := new(big.Int).Lsh(big.NewInt(1), k)
		for _, a := range intEdges() {
			want := new(big.Int).Abs(big.NewInt(int64(a))).Cmp(limit) <= 0
			if got := Fits(a, k); got != want {
				t.Errorf("Fits(%d, %d) = %v, want %v", a, k, got, want)
			}
		}
	}
}

func TestPick(t *testing.T) {
	if Pick(true, 1, 2) != 1 || Pick(false, 1, 2) != 2 {
		t.Error("Pick(c, a, b) is not a if c else b")
	}
}
