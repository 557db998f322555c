package codegen

import (
	"strconv"

	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// The math module: a table of its functions (runtime/py/mathlib.go, or
// Go's own math where that is exactly CPython's), its constants, and the
// few functions whose arguments are iterables or keywords.
//
// The functions CPython takes from the C library (exp, log, sin, cos,
// tan, atan2, pow, ...) are refused: Go's math differs from glibc's in
// the last bit for a quarter of the arguments of some of them.

// mathFunc is one form of a math function: the Go function called, the
// kinds of its parameters (Float takes any real number, an int converted;
// Int an integer) and its result.
type mathFunc struct {
	goName   string
	goMath   bool // goName is in Go's math package rather than py
	params   []Kind
	result   Kind
	variadic bool // params[0], any number of times
}

// mathFuncs are the forms of each function, by number of arguments.
var mathFuncs = map[string][]mathFunc{
	"math.sqrt":      {{goName: "MathSqrt", params: []Kind{Float}, result: Float}},
	"math.fabs":      {{goName: "Abs", goMath: true, params: []Kind{Float}, result: Float}},
	"math.copysign":  {{goName: "Copysign", goMath: true, params: []Kind{Float, Float}, result: Float}},
	"math.fmod":      {{goName: "MathFmod", params: []Kind{Float, Float}, result: Float}},
	"math.degrees":   {{goName: "MathDegrees", params: []Kind{Float}, result: Float}},
	"math.radians":   {{goName: "MathRadians", params: []Kind{Float}, result: Float}},
	"math.isnan":     {{goName: "IsNaN", goMath: true, params: []Kind{Float}, result: Bool}},
	"math.isinf":     {{goName: "MathIsInf", params: []Kind{Float}, result: Bool}},
	"math.isfinite":  {{goName: "MathIsFinite", params: []Kind{Float}, result: Bool}},
	"math.hypot":     {{goName: "MathHypot", params: []Kind{Float}, result: Float, variadic: true}},
	"math.gcd":       {{goName: "MathGcd", params: []Kind{Int}, result: Int, variadic: true}},
	"math.lcm":       {{goName: "MathLcm", params: []Kind{Int}, result: Int, variadic: true}},
	"math.factorial": {{goName: "MathFactorial", params: []Kind{Int}, result: Int}},
	"math.comb":      {{goName: "MathComb", params: []Kind{Int, Int}, result: Int}},
	"math.perm": {
		{goName: "MathFactorial", params: []Kind{Int}, result: Int}, // perm(n) is n!
		{goName: "MathPerm", params: []Kind{Int, Int}, result: Int},
	},
}

// mathRounding are floor, ceil and trunc: an int is its own result.
var mathRounding = map[string]string{"math.floor": "MathFloor", "math.ceil": "MathCeil", "math.trunc": "MathTrunc"}

// mathConsts are the module's float constants, by their variable in py
// (variables, so that Go never folds them into an exact constant
// expression where Python rounds every step).
var mathConsts = map[string]string{
	"math.pi": "MathPi", "math.e": "MathE", "math.tau": "MathTau", "math.inf": "MathInf", "math.nan": "MathNaN",
}

// mathNames are the names of math a program may use.
var mathNames = func() map[string]bool {
	names := setOf("isclose", "fsum", "prod", "dist")
	for _, table := range []map[string]string{mathRounding, mathConsts} {
		for q := range table {
			names[q[len("math."):]] = true
		}
	}
	for q := range mathFuncs {
		names[q[len("math."):]] = true
	}
	return names
}()

// mathForm returns the form of a math function taking n arguments.
func mathForm(name string, n int) (mathFunc, bool) {
	for _, f := range mathFuncs[name] {
		if len(f.params) == n || f.variadic {
			return f, true
		}
	}
	return mathFunc{}, false
}

// mathType is the type of a call of a math function, or nil for a name
// outside the module.
func mathType(name string, args []*Type) *Type {
	if f, ok := mathForm(name, len(args)); ok {
		return &Type{Kind: f.result}
	}
	switch name {
	case "math.floor", "math.ceil", "math.trunc":
		return tInt
	case "math.isclose":
		return tBool
	case "math.fsum", "math.dist":
		return tFloat
	case "math.prod":
		if anyUnknown(args) || len(args) == 1 && args[0].Kind == List && args[0].elem().Kind == Unknown {
			return tUnknown // its result depends on a type not solved yet
		}
		if len(args) == 1 && args[0].Kind == List && args[0].elem().Kind == Int {
			return tInt
		}
		return tAny // the int 1 when empty, whatever the items
	}
	if _, ok := mathFuncs[name]; ok {
		return tAny // a wrong number of arguments: refused when emitted
	}
	return nil
}

// mathCall emits a call of a math function; ok is false for a name
// outside the module.
func (e *emitter) mathCall(name string, call *grammar.Call) (code *jen.Statement, ok bool) {
	if !mathNames[trimMath(name)] {
		return nil, false
	}
	switch name {
	case "math.isclose":
		return e.mathIsClose(call), true
	case "math.fsum", "math.prod", "math.dist":
		return e.mathIterable(name, call), true
	}
	args, _ := e.positional(call, name)
	if goName := mathRounding[name]; goName != "" {
		if !e.arity(call, name, 1, args) {
			return jen.Nil(), true
		}
		switch e.typeOf(args[0]).Kind {
		case Int, Bool:
			return e.num(args[0], tInt), true
		case Float:
			return jen.Qual(pyPkg, goName).Call(e.expr(args[0])), true
		}
		return jen.Qual(pyPkg, "MathRound").Call(e.expr(args[0]), jen.Lit(trimMath(name)), jen.Qual(pyPkg, goName)), true
	}
	f, ok := mathForm(name, len(args))
	if !ok {
		e.diag.unsupported(call, name+"() with "+strconv.Itoa(len(args))+" arguments")
		return jen.Nil(), true
	}
	vals := make([]jen.Code, len(args))
	for i, a := range args {
		k := f.params[0]
		if !f.variadic {
			k = f.params[i]
		}
		vals[i] = e.mathArg(a, k)
	}
	if f.goMath {
		return jen.Qual("math", f.goName).Call(vals...), true
	}
	return jen.Qual(pyPkg, f.goName).Call(vals...), true
}

func trimMath(name string) string {
	if len(name) > len("math.") && name[:len("math.")] == "math." {
		return name[len("math."):]
	}
	return ""
}

// mathArg emits an argument of a math function as a float64 (k Float) or
// an int (k Int); a value of another type goes through py.RealArg or
// py.IndexArg, which raise CPython's TypeError.
func (e *emitter) mathArg(x grammar.Expr, k Kind) *jen.Statement {
	switch xt := e.typeOf(x).Kind; {
	case xt == Float && k == Float:
		return e.expr(x)
	case (xt == Int || xt == Bool) && k == Float:
		return e.num(x, tFloat)
	case (xt == Int || xt == Bool) && k == Int:
		return e.num(x, tInt)
	case k == Float:
		return jen.Qual(pyPkg, "RealArg").Call(e.expr(x))
	}
	return jen.Qual(pyPkg, "IndexArg").Call(e.expr(x))
}

// mathIsClose emits math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0).
func (e *emitter) mathIsClose(call *grammar.Call) *jen.Statement {
	args, kw := e.positional(call, "math.isclose", "rel_tol", "abs_tol")
	if !e.arity(call, "math.isclose", 2, args) {
		return jen.Nil()
	}
	tol := func(name string, def jen.Code) jen.Code {
		if x := kw[name]; x != nil {
			return e.mathArg(x, Float)
		}
		return def
	}
	return jen.Qual(pyPkg, "MathIsClose").Call(e.mathArg(args[0], Float), e.mathArg(args[1], Float),
		tol("rel_tol", jen.Lit(1e-09)), tol("abs_tol", jen.Lit(0.0)))
}

// mathIterable emits fsum(xs), prod(xs) and dist(p, q), whose arguments
// are iterables of numbers.
func (e *emitter) mathIterable(name string, call *grammar.Call) *jen.Statement {
	args, _ := e.positional(call, name)
	n := 1
	if name == "math.dist" {
		n = 2
	}
	if !e.arity(call, name, n, args) {
		return jen.Nil()
	}
	if name == "math.prod" {
		if e.typeOf(call).Kind == Int {
			return jen.Qual(pyPkg, "MathProdInt").Call(e.expr(args[0]))
		}
		return jen.Qual(pyPkg, "MathProd").Call(e.expr(args[0]))
	}
	floats := make([]jen.Code, n)
	for i, a := range args {
		if t := e.typeOf(a); t.Kind == List && t.elem().Kind == Float {
			floats[i] = operand(e.x(a), precPrimary, false).Dot("Items")
		} else {
			floats[i] = jen.Qual(pyPkg, "RealArgs").Call(e.expr(a))
		}
	}
	if name == "math.dist" {
		return jen.Qual(pyPkg, "MathDist").Call(floats...)
	}
	return jen.Qual(pyPkg, "MathFsum").Call(floats...)
}

// mathConst emits a constant of math, or nil when qual names none.
func mathConst(qual string) *jen.Statement {
	if v := mathConsts[qual]; v != "" {
		return jen.Qual(pyPkg, v)
	}
	return nil
}
