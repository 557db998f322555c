package codegen

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// Go operator precedences, for deciding where parentheses are needed
// (jennifer never adds them).
const (
	precOr      = 1
	precAnd     = 2
	precCompare = 3
	precAdd     = 4
	precMul     = 5
	precUnary   = 6
	precPrimary = 7
)

// gox is an emitted Go expression and the precedence of its top operator.
type gox struct {
	code *jen.Statement
	prec int
}

func primary(c *jen.Statement) gox { return gox{c, precPrimary} }

// operand renders x as an operand of an operator of precedence p;
// right operands need parentheses at equal precedence too, since Go's
// binary operators associate to the left.
//
// The result is a fresh statement: jennifer's chained calls extend the
// statement they start from, and an operand may be used twice (the
// middle of a comparison chain).
func operand(x gox, p int, right bool) *jen.Statement {
	if x.prec < p || right && x.prec == p {
		return jen.Parens(x.code)
	}
	return x.code.Clone()
}

func (e *emitter) expr(x grammar.Expr) *jen.Statement { return e.x(x).code }

// x emits an expression in value context.
func (e *emitter) x(x grammar.Expr) gox {
	if b, ok := e.bound[x]; ok {
		return primary(b.Clone())
	}
	switch x := x.(type) {
	case *grammar.Name:
		return e.name(x)
	case *grammar.IntLit:
		return primary(jen.Id(x.Value))
	case *grammar.FloatLit:
		return primary(floatLit(x.Raw))
	case *grammar.StrLit:
		return primary(jen.Lit(x.Value))
	case *grammar.Const:
		switch x.Value {
		case "True":
			return primary(jen.True())
		case "False":
			return primary(jen.False())
		}
		return primary(jen.Qual(pyPkg, "None"))
	case *grammar.FString:
		return e.fstring(x)
	case *grammar.Unary:
		return e.unary(x)
	case *grammar.Binary:
		if isListConcat(x.Op, e.typeOf(x.X), e.typeOf(x.Y)) {
			return primary(e.listConcat(x))
		}
		return e.binary(x.Op, x.X, x.Y)
	case *grammar.BoolOp:
		return e.boolOp(x)
	case *grammar.Compare:
		return e.compare(x)
	case *grammar.Call:
		return primary(e.call(x, false))
	case *grammar.Await:
		if x == e.polled {
			return e.polledAs
		}
		return primary(e.await(x, false))
	case *grammar.Subscript:
		return e.subscript(x)
	case *grammar.List:
		return primary(e.list(x))
	case *grammar.Dict:
		return primary(e.dict(x))
	case *grammar.Set:
		return primary(e.setDisplay(x))
	case *grammar.Tuple:
		return primary(e.tuple(x))
	case *grammar.IfExp:
		return primary(e.ifExp(x))
	case *grammar.NamedExpr:
		return primary(e.namedExpr(x))
	case *grammar.Comprehension:
		return primary(e.listComp(x))
	case *grammar.Attribute:
		return e.attribute(x)
	case *grammar.Lambda:
		e.diag.unsupported(x, "'lambda' other than the key= of sorted() or sort()")
	default:
		e.diag.unsupported(x, "this expression")
	}
	return primary(jen.Nil())
}

func (e *emitter) name(n *grammar.Name) gox {
	sym := e.uses[n]
	switch {
	case sym == nil:
		e.diag.errorf(n.Pos, "undefined name '%s'", n.Id)
		return primary(jen.Nil())
	case e.ordered[n]:
		return orderedRead(e.checkedRead(n, jen.Id(sym.Go)))
	case clsParamClass(sym) != nil:
		v, _ := e.classValue(n, sym)
		return primary(v)
	case isExcSelf(sym):
		return primary(jen.Id(sym.Go).Dot(sym.scope.fn.class.excField()))
	case isDispatchSelf(sym):
		return primary(selfValue(sym))
	case e.narrowed[n] != nil && narrowedType(sym.cell.get(), e.narrowed[n]) != sym.cell.get():
		v, _ := e.narrowedName(n, sym)
		return v
	case sym.Kind == symVar || sym.Kind == symParam:
		return primary(e.checkedRead(n, jen.Id(sym.Go)))
	case sym.Kind == symClass && sym.cls.enum != nil:
		return primary(jen.Id(sym.cls.enum.classVar))
	case sym.Kind == symImported && isModuleConst(sym.qual):
		c, _ := moduleConst(sym.qual)
		return primary(c)
	case sym.Kind == symImported && sym.qual == "os.environ":
		return e.environ(n)
	case isNotImplemented(n, e.checker):
		return primary(jen.Qual(pyPkg, "NotImplemented"))
	}
	if v, ok := e.classValue(n, sym); ok {
		return primary(v)
	}
	switch {
	case sym.Kind == symFunc:
		e.diag.unsupported(n, "using function '"+n.Id+"' as a value")
	default:
		e.diag.unsupported(n, "using '"+n.Id+"' as a value")
	}
	return primary(jen.Nil())
}

// orderedRead makes the read of a variable or field the argument of a
// call, which Go evaluates in order with the other calls of the
// expression (order.go).
func orderedRead(read jen.Code) gox {
	return primary(jen.Qual(pyPkg, "Val").Call(read))
}

// slice emits x[lo:hi:step] of a list, a str or a tuple; an omitted bound is nil,
// a present one a pointer (py.Bound), as the runtime's slicing takes them.
func (e *emitter) slice(x *jen.Statement, xt *Type, sl *grammar.Slice) gox {
	// A tuple's slice is a tuple of a length known at run time (py.Tuple).
	dynamic := xt.Kind == Any || xt.Kind == Unknown || xt.Kind == Tuple || isNamedTuple(xt)
	if xt.Kind != List && xt.Kind != Str && !dynamic || xt.deque {
		e.diag.unsupported(sl, "slicing a value of type "+xt.String())
		return primary(jen.Nil())
	}
	bounds := make([]jen.Code, 3)
	for i, b := range []grammar.Expr{sl.Lo, sl.Hi, sl.Step} {
		bounds[i] = jen.Nil()
		if b != nil && !isNone(b) {
			bounds[i] = jen.Qual(pyPkg, "Bound").Call(e.coerce(b, tInt))
		}
	}
	switch {
	case xt.Kind == List:
		return primary(x.Dot("Slice").Call(bounds...))
	case dynamic:
		return primary(jen.Qual(pyPkg, "SliceAny").Call(append([]jen.Code{x}, bounds...)...))
	}
	return primary(jen.Qual(pyPkg, "StrSlice").Call(append([]jen.Code{x}, bounds...)...))
}

// floatLit spells a Python float literal as a Go float constant that
// stays a float64 when it is the initializer of `x := ...`.
func floatLit(raw string) *jen.Statement {
	f, err := strconv.ParseFloat(strings.ReplaceAll(raw, "_", ""), 64)
	if err != nil || math.IsInf(f, 0) {
		return jen.Qual("math", "Inf").Call(jen.Lit(1)) // CPython rounds 1e999 to inf too
	}
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if !strings.ContainsAny(s, ".eE") {
		s += ".0"
	}
	return jen.Id(s)
}

// coerce emits x converted to the Go type of t where Go needs a
// conversion: int to float64, or any back to a static type (py.As,
// which converts as Python would and raises TypeError otherwise).
func (e *emitter) coerce(x grammar.Expr, t *Type) *jen.Statement {
	from := e.typeOf(x)
	if from.Kind == Int && t.Kind == Float {
		if lit, ok := x.(*grammar.IntLit); ok {
			return jen.Id(lit.Value) // an untyped constant converts itself
		}
	}
	return e.coerceCode(x, e.x(x), from, t)
}

func (e *emitter) coerceCode(at grammar.Node, x gox, from, to *Type) *jen.Statement {
	switch {
	case from.Kind == None && to.optional:
		return jen.Add(noneOf(to))
	case from.optional && (to.Kind == Any || to.Kind == Unknown):
		return jen.Add(optAny(x.code, from))
	case goTypeString(from) == goTypeString(to) || to.Kind == Any || to.Kind == Unknown:
		return x.code
	case from.Kind == Int && to.Kind == Float:
		return jen.Float64().Call(x.code)
	case from.Kind == Any || from.Kind == Unknown:
		return jen.Qual(pyPkg, "As").Types(goType(to)).Call(x.code)
	case from.Kind == ClassT && to.Kind == ClassT && from.cls.isSubclassOf(to.cls) && from.optional && !from.cls.hasSubs():
		return jen.Qual(pyPkg, "Upcast").Types(goType(to)).Call(x.code) // nil stays None
	case from.Kind == ClassT && to.Kind == ClassT && from.cls.isSubclassOf(to.cls):
		return x.code // an instance converts to its base's interface implicitly
	case from.Kind == Coro && to.Kind == Coro && (to.elem().Kind == Any || to.elem().Kind == Unknown):
		return jen.Qual(aioPkg, "AsAny").Call(x.code) // see awaitableAs
	}
	// Inference makes both sides of every store agree, so this is a use
	// CPython would reject at run time (indexing a list with a str).
	e.diag.unsupported(at, "using a value of type "+from.String()+" as "+to.String())
	return x.code
}

// cond emits x as a Go bool with Python's truth rules.
func (e *emitter) cond(x grammar.Expr) *jen.Statement { return e.condX(x).code }

func (e *emitter) condX(x grammar.Expr) gox {
	switch x := x.(type) {
	case *grammar.BoolOp:
		return e.boolChain(x)
	case *grammar.Unary:
		if m, ok := e.modOfConst(x.X); ok && x.Op == "not" {
			return e.modZeroTest(m, "==") // if not a % c: (emit_peephole.go)
		}
		if x.Op == "not" {
			return gox{jen.Op("!").Add(operand(e.condX(x.X), precUnary, false)), precUnary}
		}
	case *grammar.Binary:
		if m, ok := e.modOfConst(x); ok {
			return e.modZeroTest(m, "!=") // if a % c: (emit_peephole.go)
		}
	}
	return e.truth(e.x(x), e.typeOf(x))
}

// truth is Python's bool(v) for a value of type t.
func (e *emitter) truth(v gox, t *Type) gox {
	cmp := func(zero jen.Code) gox {
		return gox{operand(v, precCompare, false).Op("!=").Add(zero), precCompare}
	}
	switch t.Kind {
	case Bool:
		return v
	case Int, Float:
		return cmp(jen.Lit(0))
	case Str:
		return cmp(jen.Lit(""))
	case List, Dict, Set:
		return cmp2(operand(v, precPrimary, false).Dot("Len").Call(), jen.Lit(0))
	case Any, Unknown, None, Tuple:
		return primary(jen.Qual(pyPkg, "Truth").Call(v.code))
	}
	if t.optional {
		return primary(jen.Qual(pyPkg, "Truth").Call(optAny(v.code, t)))
	}
	// An instance (its class's __bool__ or __len__ decides), or a task,
	// queue or lock, which is always true: v is still evaluated, since it
	// may call something, and Go counts it as a use of its variables.
	return primary(jen.Qual(pyPkg, "Truth").Call(v.code))
}

func cmp2(x *jen.Statement, zero jen.Code) gox {
	return gox{x.Op("!=").Add(zero), precCompare}
}

func (e *emitter) unary(u *grammar.Unary) gox {
	t := e.typeOf(u.X)
	switch {
	case u.Op == "not":
		return gox{jen.Op("!").Add(operand(e.condX(u.X), precUnary, false)), precUnary}
	case u.Op == "-" && isIntLit(u.X):
		return gox{jen.Op("-").Add(e.expr(u.X)), precUnary}
	case u.Op == "-" && isFloatZero(u.X):
		return primary(jen.Qual("math", "Copysign").Call(jen.Lit(0), jen.Lit(-1))) // Go constants have no -0.0
	case t.Kind == Any || t.Kind == Unknown:
		switch u.Op {
		case "-":
			return primary(jen.Qual(pyPkg, "Neg").Call(e.expr(u.X)))
		case "~":
			return primary(jen.Qual(pyPkg, "InvertAny").Call(e.expr(u.X)))
		}
	case t.Kind == Bool:
		x := primary(jen.Qual(pyPkg, "BoolToInt").Call(e.expr(u.X)))
		return e.unaryNum(u.Op, x, tInt)
	case t.Kind == Dict && t.flavor == "Counter" && (u.Op == "+" || u.Op == "-"):
		sign := 1
		if u.Op == "-" {
			sign = -1
		}
		return primary(jen.Qual(pyPkg, "CounterUnary").Call(e.expr(u.X), jen.Lit(sign)))
	case t.Kind == Int || t.Kind == Float && u.Op != "~":
		return e.unaryNum(u.Op, e.x(u.X), t)
	}
	e.diag.unsupported(u, "operator '"+u.Op+"' on a value of type "+t.String())
	return primary(jen.Nil())
}

func (e *emitter) unaryNum(op string, x gox, t *Type) gox {
	switch {
	case op == "+" && (t.Kind == Int || t.Kind == Float):
		return x
	case op == "-" && t.Kind == Int && !e.unchecked:
		return primary(jen.Qual(pyPkg, "IntNeg").Call(x.code))
	case op == "-":
		return gox{jen.Op("-").Add(operand(x, precUnary, false)), precUnary}
	}
	return gox{jen.Op("^").Add(operand(x, precUnary, false)), precUnary} // ~ on an int
}

func isFloatZero(x grammar.Expr) bool {
	lit, ok := x.(*grammar.FloatLit)
	if !ok {
		return false
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(lit.Raw, "_", ""), 64)
	return err == nil && f == 0
}

func isIntLit(x grammar.Expr) bool {
	_, ok := x.(*grammar.IntLit)
	return ok
}

// dynamicOps are the runtime's helpers for operands of type any.
var dynamicOps = map[string]string{
	"+": "Add", "-": "Sub", "*": "Mul", "/": "Div", "//": "FloorDivAny", "%": "ModAny", "**": "Pow",
	"<<": "LShift", ">>": "RShift", "&": "AndAny", "|": "OrAny", "^": "XorAny",
}

// binary emits x op y with Python semantics for the operand types.
func (e *emitter) binary(op string, x, y grammar.Expr) gox {
	xt, yt := e.typeOf(x), e.typeOf(y)
	if xt.Kind == Bool && yt.Kind == Bool && op != "^" && (op == "&" || op == "|") {
		e.diag.unsupported(x, "operator '"+op+"' on bools")
		return primary(jen.Nil())
	}
	if xt.Kind == Bool && yt.Kind == Bool && op == "^" {
		return gox{operand(e.x(x), precCompare, false).Op("!=").Add(operand(e.x(y), precCompare, true)), precCompare}
	}
	if xt.Kind == Set && yt.Kind == Set && setOperators[op] != "" {
		return e.setBinary(op, x, y)
	}
	rt := operatorType(op, y, xt, yt)
	call := func(pkgFn string, a, b jen.Code) gox { return primary(jen.Qual(pyPkg, pkgFn).Call(a, b)) }
	switch {
	case rt.Kind == List && op == "*":
		if xt.Kind == List {
			return primary(operand(e.x(x), precPrimary, false).Dot("Repeat").Call(e.num(y, tInt)))
		}
		return primary(operand(e.x(y), precPrimary, false).Dot("Repeat").Call(e.num(x, tInt)))
	case rt.Kind == Str && op == "+":
		return gox{operand(e.x(x), precAdd, false).Op("+").Add(operand(e.x(y), precAdd, true)), precAdd}
	case rt.Kind == Str && op == "*":
		if xt.Kind == Str {
			return call("StrRepeat", e.expr(x), e.num(y, tInt))
		}
		return call("StrRepeat", e.expr(y), e.num(x, tInt))
	case rt.Kind == Int:
		if g, ok := e.intByConst(op, x, y); ok {
			return g
		}
		if e.unchecked && (op == "+" || op == "-" || op == "*") {
			prec := precAdd
			if op == "*" {
				prec = precMul
			}
			return gox{operand(e.numX(x, tInt), prec, false).Op(op).Add(operand(e.numX(y, tInt), prec, true)), prec}
		}
		a, b := e.num(x, tInt), e.num(y, tInt)
		switch op {
		case "+":
			return call("IntAdd", a, b)
		case "-":
			return call("IntSub", a, b)
		case "*":
			return call("IntMul", a, b)
		case "//":
			return call("FloorDiv", a, b)
		case "%":
			return call("Mod", a, b)
		case "**":
			return call("IntPow", a, b)
		case "<<":
			return call("IntLShift", a, b)
		case ">>":
			if k, ok := posConst(y); ok {
				// Go's >> by a constant floors as Python's does, even
				// past the width (to 0 or -1).
				return gox{operand(e.numX(x, tInt), precMul, false).Op(">>").Lit(int(k)), precMul}
			}
			return call("IntRShift", a, b)
		case "&":
			return gox{operand(e.numX(x, tInt), precMul, false).Op("&").Add(operand(e.numX(y, tInt), precMul, true)), precMul}
		case "|", "^":
			return gox{operand(e.numX(x, tInt), precAdd, false).Op(op).Add(operand(e.numX(y, tInt), precAdd, true)), precAdd}
		}
	case rt.Kind == Float && op == "/" && boolAsInt(xt).Kind == Int && boolAsInt(yt).Kind == Int:
		return call("IntTrueDiv", e.num(x, tInt), e.num(y, tInt))
	case rt.Kind == Float:
		if v, ok := e.constFloat(&grammar.Binary{Op: op, X: x, Y: y}); ok {
			return floatConst(v)
		}
		switch op {
		case "+", "-":
			return gox{operand(e.numX(x, tFloat), precAdd, false).Op(op).Add(operand(e.numX(y, tFloat), precAdd, true)), precAdd}
		case "*":
			return gox{operand(e.numX(x, tFloat), precMul, false).Op(op).Add(operand(e.numX(y, tFloat), precMul, true)), precMul}
		case "/":
			return call("TrueDiv", e.num(x, tFloat), e.num(y, tFloat))
		case "//":
			return call("FloatFloorDiv", e.num(x, tFloat), e.num(y, tFloat))
		case "%":
			return call("FloatMod", e.num(x, tFloat), e.num(y, tFloat))
		case "**":
			return call("FloatPow", e.num(x, tFloat), e.num(y, tFloat))
		}
	case dynamicOps[op] != "":
		return call(dynamicOps[op], e.expr(x), e.expr(y))
	}
	e.diag.unsupported(x, "operator '"+op+"' on "+xt.String()+" and "+yt.String())
	return primary(jen.Nil())
}

// constFloat evaluates a float expression made of literals the way
// CPython does, in float64 steps. Go would evaluate such a constant
// expression exactly (0.1 + 0.2 == 0.3, -1.5 * 0 == 0), so the emitter
// folds it itself. Its int operands are ints: -0 is 0, not -0.0.
func (e *emitter) constFloat(x grammar.Expr) (float64, bool) {
	if e.typeOf(x).Kind == Int {
		n, ok := constIntValue(x)
		if !ok {
			return 0, false
		}
		f, _ := new(big.Float).SetInt(n).Float64() // rounds half to even, as int.__float__
		return f, true
	}
	switch x := x.(type) {
	case *grammar.FloatLit:
		f, err := strconv.ParseFloat(strings.ReplaceAll(x.Raw, "_", ""), 64)
		return f, err == nil
	case *grammar.Unary:
		f, ok := e.constFloat(x.X)
		return -f, ok && x.Op == "-"
	case *grammar.Binary:
		if binaryType(x.Op, e.typeOf(x.X), e.typeOf(x.Y)).Kind != Float {
			return 0, false
		}
		a, ok1 := e.constFloat(x.X)
		b, ok2 := e.constFloat(x.Y)
		if !ok1 || !ok2 {
			return 0, false
		}
		switch x.Op {
		case "+":
			return a + b, true
		case "-":
			return a - b, true
		case "*":
			return a * b, true
		case "/":
			return a / b, b != 0
		}
	}
	return 0, false
}

// constIntValue evaluates an int expression made of int literals with
// Python's operators (floor division and modulo, shifts); ok is false for
// anything else, and where Python would raise.
func constIntValue(x grammar.Expr) (*big.Int, bool) {
	switch x := x.(type) {
	case *grammar.IntLit:
		n, ok := new(big.Int).SetString(x.Value, 0)
		return n, ok
	case *grammar.Unary:
		n, ok := constIntValue(x.X)
		switch {
		case !ok:
			return nil, false
		case x.Op == "-":
			return n.Neg(n), true
		case x.Op == "+":
			return n, true
		case x.Op == "~":
			return n.Not(n), true
		}
	case *grammar.Binary:
		a, ok1 := constIntValue(x.X)
		b, ok2 := constIntValue(x.Y)
		if !ok1 || !ok2 {
			return nil, false
		}
		r := new(big.Int)
		switch x.Op {
		case "+":
			return r.Add(a, b), true
		case "-":
			return r.Sub(a, b), true
		case "*":
			return r.Mul(a, b), true
		case "//", "%":
			if b.Sign() == 0 {
				return nil, false
			}
			q, m := new(big.Int).DivMod(a, b, r) // Euclidean: 0 <= m < |b|
			if m.Sign() != 0 && b.Sign() < 0 {
				q.Sub(q, big.NewInt(1))
				m.Add(m, b)
			}
			if x.Op == "//" {
				return q, true
			}
			return m, true
		case "&":
			return r.And(a, b), true
		case "|":
			return r.Or(a, b), true
		case "^":
			return r.Xor(a, b), true
		case "<<", ">>":
			if b.Sign() < 0 || !b.IsInt64() || b.Int64() > 1024 {
				return nil, false
			}
			if x.Op == "<<" {
				return r.Lsh(a, uint(b.Int64())), true
			}
			return r.Rsh(a, uint(b.Int64())), true
		}
	}
	return nil, false
}

func floatConst(f float64) gox {
	if math.IsInf(f, 0) || math.IsNaN(f) || f == 0 && math.Signbit(f) {
		return primary(jen.Qual("math", "Float64frombits").Call(jen.Lit(math.Float64bits(f))))
	}
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if !strings.ContainsAny(s, ".eE") {
		s += ".0"
	}
	if f < 0 {
		return gox{jen.Id(s), precUnary}
	}
	return primary(jen.Id(s))
}

// num emits a numeric operand as type t (int or float64).
func (e *emitter) num(x grammar.Expr, t *Type) *jen.Statement { return e.numX(x, t).code }

func (e *emitter) numX(x grammar.Expr, t *Type) gox {
	xt := e.typeOf(x)
	v := e.x(x)
	if xt.Kind == Bool {
		v = primary(jen.Qual(pyPkg, "BoolToInt").Call(v.code))
		xt = tInt
	}
	if xt.Kind == Int && t.Kind == Float {
		if isIntLit(x) {
			return v
		}
		return primary(jen.Float64().Call(v.code))
	}
	return v
}

// boolOp emits `and`/`or`. On bools these are Go's && and ||; otherwise
// Python returns an operand, not a bool, so the value is picked inside a
// function literal that evaluates y only when needed.
func (e *emitter) boolOp(b *grammar.BoolOp) gox {
	rt := e.typeOf(b)
	if rt.Kind == Bool {
		return e.condX(b)
	}
	v := primary(jen.Id("v"))
	test := e.truth(v, rt)
	if b.Op == "and" {
		test = gox{jen.Op("!").Add(operand(test, precUnary, false)), precUnary}
	}
	return primary(jen.Func().Params().Add(goType(rt)).Block(
		jen.If(jen.Id("v").Op(":=").Add(e.coerce(b.X, rt)), test.code).Block(jen.Return(jen.Id("v"))),
		jen.Return(e.coerce(b.Y, rt)),
	).Call())
}

func (e *emitter) ifExp(x *grammar.IfExp) *jen.Statement {
	rt := e.typeOf(x)
	return jen.Func().Params().Add(goType(rt)).Block(
		jen.If(e.cond(x.Cond)).Block(jen.Return(e.coerce(x.Then, rt))),
		jen.Return(e.coerce(x.Else, rt)),
	).Call()
}

// compare emits a comparison chain. Python evaluates each operand once,
// left to right, and stops at the first false comparison. Go's && keeps
// the stopping; when a middle operand is not a plain name or literal,
// the chain runs in a function literal that holds the operands before
// the last in variables tmp0, tmp1, ... (names the program cannot use).
func (e *emitter) compare(c *grammar.Compare) gox {
	if g, ok := e.typeIs(c); ok {
		return g
	}
	if g, ok := e.zeroTest(c); ok {
		return g
	}
	operands := append([]grammar.Expr{c.Left}, c.Comparators...)
	for i, op := range c.Ops {
		if op == "in" || op == "not in" {
			e.consume(operands[i+1])
		}
	}
	needTemps := false
	for _, x := range operands[1 : len(operands)-1] {
		needTemps = needTemps || !isSimple(x)
	}
	var stmts []jen.Code
	codes := make([]gox, len(operands))
	for i, x := range operands {
		codes[i] = e.x(x)
		if needTemps && i < len(operands)-1 && !isSimple(x) {
			name := "tmp" + strconv.Itoa(len(stmts))
			stmts = append(stmts, jen.Id(name).Op(":=").Add(codes[i].code))
			codes[i] = primary(jen.Id(name))
		}
	}
	var code *jen.Statement
	for i, op := range c.Ops {
		part := e.compare1(operands[i], op, operands[i+1], codes[i], codes[i+1])
		switch {
		case i > 0 && op == c.Ops[i-1] && sameSimple(operands[i-1], operands[i]) && sameSimple(operands[i], operands[i+1]):
			// x < x < x: the same comparison of plain operands again,
			// which go vet reports as redundant.
		case code == nil:
			code = operand(part, precAnd, false)
		default:
			code = code.Op("&&").Add(operand(part, precAnd, true))
		}
	}
	if len(c.Ops) == 1 {
		return e.compare1(c.Left, c.Ops[0], c.Comparators[0], codes[0], codes[1])
	}
	if len(stmts) == 0 {
		return gox{code, precAnd}
	}
	return primary(jen.Func().Params().Bool().Block(append(stmts, jen.Return(code))...).Call())
}

// sameSimple reports whether two expressions are the same plain name or
// literal.
func sameSimple(x, y grammar.Expr) bool {
	key := func(e grammar.Expr) string {
		switch e := e.(type) {
		case *grammar.Name:
			return "n" + e.Id
		case *grammar.IntLit:
			return "i" + e.Value
		case *grammar.FloatLit:
			return "f" + e.Raw
		case *grammar.StrLit:
			return "s" + e.Value
		case *grammar.Const:
			return "c" + e.Value
		}
		return ""
	}
	kx := key(x)
	return kx != "" && kx == key(y)
}

var dynamicCompare = map[string]string{"<": "Lt", "<=": "Le", ">": "Gt", ">=": "Ge", "==": "Eq", "!=": "Ne"}

func (e *emitter) compare1(x grammar.Expr, op string, y grammar.Expr, xc, yc gox) gox {
	xt, yt := boolAsInt(e.typeOf(x)), boolAsInt(e.typeOf(y))
	if e.typeOf(x).Kind == Bool && e.typeOf(y).Kind == Bool {
		xt, yt = tBool, tBool
	}
	bin := func(a, b gox) gox {
		return gox{operand(a, precCompare, false).Op(op).Add(operand(b, precCompare, true)), precCompare}
	}
	switch op {
	case "is", "is not":
		return e.isNone(x, op, y, xc, yc)
	case "in", "not in":
		return e.contains(op, x, y, xc, yc)
	case "==", "!=":
		if isNone(x) && yt.optional && !runsOwnEq(yt, op) || isNone(y) && xt.optional && !runsOwnEq(xt, op) {
			// An instance equals None only when it is None, unless its
			// own __eq__ says otherwise.
			return e.isNone(x, map[string]string{"==": "is", "!=": "is not"}[op], y, xc, yc)
		}
	}
	scalar := func(k Kind) bool { return k == Int || k == Float || k == Str || k == Bool }
	switch {
	case xt.Kind == Set && yt.Kind == Set && goTypeString(xt) == goTypeString(yt) && op != "==" && op != "!=":
		return e.setCompare(op, xc, yc)
	case xt.Kind == yt.Kind && scalar(xt.Kind) && (xt.Kind != Bool || op == "==" || op == "!="):
		return bin(e.asInt(x, xc), e.asInt(y, yc))
	case (xt.Kind == Int || xt.Kind == Float) && (yt.Kind == Int || yt.Kind == Float):
		return bin(e.numGox(x, xc, tFloat), e.numGox(y, yc, tFloat))
	}
	return primary(jen.Qual(pyPkg, dynamicCompare[op]).Call(xc.code, yc.code))
}

func (e *emitter) asInt(x grammar.Expr, v gox) gox {
	if e.typeOf(x).Kind == Bool {
		return primary(jen.Qual(pyPkg, "BoolToInt").Call(v.code))
	}
	return v
}

func (e *emitter) numGox(x grammar.Expr, v gox, t *Type) gox {
	v = e.asInt(x, v)
	if boolAsInt(e.typeOf(x)).Kind == Int && t.Kind == Float && !isIntLit(x) {
		return primary(jen.Float64().Call(v.code))
	}
	return v
}

// isNone emits `x is None` / `x is not None`, and the other identities
// this slice has: of instances (isInstance) and with True or False.
func (e *emitter) isNone(x grammar.Expr, op string, y grammar.Expr, xc, yc gox) gox {
	if isNone(x) || isTrue(x) || isFalse(x) {
		x, y, xc, yc = y, x, yc, xc
	}
	if g, ok := e.isInstance(op, x, y, xc, yc); ok {
		return g
	}
	if isTrue(y) || isFalse(y) {
		// x is True: x is the bool True, not 1.
		is := jen.Qual(pyPkg, "IsBool").Call(xc.code, jen.Lit(isTrue(y)))
		if op == "is not" {
			return gox{jen.Op("!").Add(is), precUnary}
		}
		return primary(is)
	}
	goOp, eq := "==", "Eq"
	if op == "is not" {
		goOp, eq = "!=", "Ne"
	}
	if !isNone(y) {
		return e.identity(x, y, goOp, xc, yc)
	}
	switch e.typeOf(x).Kind {
	case Any, Unknown, None:
		return gox{operand(xc, precCompare, false).Op(goOp).Add(jen.Qual(pyPkg, "None")), precCompare}
	}
	if e.typeOf(x).optional {
		return gox{operand(xc, precCompare, false).Op(goOp).Add(jen.Nil()), precCompare}
	}
	// A value of a static type is never None; py.Eq says so while still
	// evaluating x (and using it, as Go requires of variables).
	return primary(jen.Qual(pyPkg, eq).Call(xc.code, jen.Qual(pyPkg, "None")))
}

// identity emits `x is y` (goOp "==") or `x is not y` ("!=") other
// than with None, True or False: Go's == of two references of one Go
// type (containers, iterators, tasks, bools), else py.Is, which also
// knows that values of different types are different objects. Ints,
// floats, strs and tuples, whose identity CPython leaves to caching and
// interning, are refused (py.Is stops on them at run time).
func (e *emitter) identity(x, y grammar.Expr, goOp string, xc, yc gox) gox {
	xt, yt := e.typeOf(x), e.typeOf(y)
	value := func(k Kind) bool { return k == Int || k == Float || k == Str || k == Tuple }
	switch {
	case value(xt.Kind) && value(yt.Kind):
		e.diag.unsupported(x, "'is' between values of type "+xt.String()+" and "+yt.String())
		return primary(jen.False())
	case goTypeString(xt) == goTypeString(yt) && xt.Kind != Any && xt.Kind != Unknown && !xt.optional && !value(xt.Kind):
		return gox{operand(xc, precCompare, false).Op(goOp).Add(operand(yc, precCompare, true)), precCompare}
	}
	is := jen.Qual(pyPkg, "Is").Call(e.coerceCode(x, xc, xt, tAny), e.coerceCode(y, yc, yt, tAny))
	if goOp == "!=" {
		return gox{jen.Op("!").Add(is), precUnary}
	}
	return primary(is)
}

// contains emits `x in y` for strings, lists and dicts. An item of the
// element (or key) type, or any element type, takes the typed Contains;
// another goes through PyContains, which finds an equal value of another
// type (1.0 in a list of ints) and nothing else, as CPython does.
func (e *emitter) contains(op string, x, y grammar.Expr, xc, yc gox) gox {
	yt, xt := e.typeOf(y), e.typeOf(x)
	var res *jen.Statement
	switch {
	case yt.Kind == Str && xt.Kind == Str:
		res = jen.Qual(pyPkg, "StrIn").Call(xc.code, yc.code)
	case yt.Kind == List || yt.Kind == Dict || yt.Kind == Set:
		method, param := "PyContains", tAny
		if el := yt.part(0); goTypeString(xt) == goTypeString(el) || el.Kind == Any || el.Kind == Unknown {
			method, param = "Contains", el
		}
		recv := operand(yc, precPrimary, false).Dot(method)
		if hasCall(y) && (!isSimple(x) || e.ordered[x]) {
			// Go would evaluate the receiver first: its call would
			// come before x's, before x raises ([][0] in f()), or
			// before x is read (order.go).
			res = jen.Qual(pyPkg, "InBy").Types(goType(param)).Call(xc.code, recv)
		} else {
			res = recv.Call(xc.code)
		}
	default:
		res = jen.Qual(pyPkg, "In").Call(xc.code, yc.code)
	}
	if op == "not in" {
		return gox{jen.Op("!").Add(res), precUnary}
	}
	return primary(res)
}

// hasCall reports whether evaluating x calls or awaits something, which
// may change what other operands evaluate to.
func hasCall(x grammar.Expr) bool {
	found := false
	walkExpr(x, func(y grammar.Expr) {
		switch y.(type) {
		case *grammar.Call, *grammar.Await:
			found = true
		}
	})
	return found
}

func (e *emitter) subscript(s *grammar.Subscript) gox {
	if cls := e.enumClassOf(s.X); cls != nil {
		return primary(e.enumLookup(cls, "ByName", s.Index))
	}
	xt := e.typeOf(s.X)
	x := operand(e.x(s.X), precPrimary, false)
	if sl, ok := s.Index.(*grammar.Slice); ok {
		return e.slice(x, xt, sl)
	}
	switch xt.Kind {
	case List:
		return primary(x.Dot("Get").Call(e.coerce(s.Index, tInt)))
	case Dict:
		return primary(x.Dot("Get").Call(e.coerce(s.Index, xt.part(0))))
	case Str:
		return primary(jen.Qual(pyPkg, "StrIndex").Call(x, e.coerce(s.Index, tInt)))
	case Tuple:
		if i, ok := constIndex(s.Index, len(xt.parts)); ok {
			return primary(x.Dot("V" + strconv.Itoa(i)))
		}
		// Any other index, and IndexError, at run time.
		return primary(jen.Qual(pyPkg, "GetItemAny").Call(x, e.expr(s.Index)))
	case Any, Unknown:
		return primary(jen.Qual(pyPkg, "GetItemAny").Call(x, e.expr(s.Index)))
	case ClassT:
		if fd := namedTupleItem(xt, s.Index); fd != nil {
			return primary(x.Dot(xt.cls.fields[fd.name]))
		}
		if isNamedTuple(xt) { // any other index, and IndexError, at run time
			return primary(jen.Qual(pyPkg, "GetItemAny").Call(x, e.expr(s.Index)))
		}
		if m := itemMethod(xt, "__getitem__", s.Index); m != nil {
			return e.getItem(s, m)
		}
	}
	e.diag.unsupported(s, "indexing a value of type "+xt.String())
	return primary(jen.Nil())
}

// listConcat emits a + b for two lists: a new list of the element type
// inference joined from both (list[any] + list[str] is a list[any]), made
// by the runtime without converting through any.
func (e *emitter) listConcat(b *grammar.Binary) *jen.Statement {
	el := e.typeOf(b).elem()
	x, y := operand(e.x(b.X), precPrimary, false), e.expr(b.Y)
	if goTypeString(e.typeOf(b.X).elem()) == goTypeString(el) && goTypeString(e.typeOf(b.Y).elem()) == goTypeString(el) {
		return x.Dot("Concat").Call(y)
	}
	return jen.Qual(pyPkg, "ListConcat").Types(goType(el)).Call(x, y)
}

// list emits a list display; the element type is spelled out unless Go
// infers exactly it from the elements.
func (e *emitter) list(l *grammar.List) *jen.Statement {
	el := e.typeOf(l).elem()
	items := make([]jen.Code, len(l.Elts))
	infer := len(l.Elts) > 0 && el.Kind != Any && el.Kind != Unknown
	for i, x := range l.Elts {
		items[i] = e.coerce(x, el)
		// A coroutine's Go type is its function's (aio.Coro or a machine),
		// not the list's aio.Awaitable.
		infer = infer && goTypeString(e.typeOf(x)) == goTypeString(el) && el.Kind != Coro
	}
	if infer {
		return jen.Qual(pyPkg, "NewList").Call(items...)
	}
	return jen.Qual(pyPkg, "NewList").Types(goType(el)).Call(items...)
}

func (e *emitter) dict(d *grammar.Dict) *jen.Statement {
	t := e.typeOf(d)
	kt, vt := t.part(0), t.part(1)
	if len(d.Items) == 0 {
		return jen.Qual(pyPkg, "NewDict").Types(goType(kt), goType(vt)).Call()
	}
	items := make([]jen.Code, len(d.Items))
	for i, it := range d.Items {
		items[i] = jen.Qual(pyPkg, "Tuple2").Types(goType(kt), goType(vt)).Values(
			jen.Id("V0").Op(":").Add(e.coerce(it.Key, kt)), jen.Id("V1").Op(":").Add(e.coerce(it.Value, vt)))
	}
	return jen.Qual(pyPkg, "DictOf").Call(items...)
}

func (e *emitter) tuple(tp *grammar.Tuple) *jen.Statement {
	t := e.typeOf(tp)
	if len(tp.Elts) > maxTuple {
		e.diag.unsupported(tp, "tuple of "+strconv.Itoa(len(tp.Elts))+" elements")
		return jen.Nil()
	}
	fields := make([]jen.Code, len(tp.Elts))
	for i, x := range tp.Elts {
		fields[i] = jen.Id("V" + strconv.Itoa(i)).Op(":").Add(e.coerce(x, t.part(i)))
	}
	return jen.Qual(pyPkg, tupleName(len(tp.Elts))).Types(goTypes(t)...).Values(fields...)
}

// listComp emits a list comprehension as a function literal that fills
// and returns the list, its clauses nested as loops and ifs.
func (e *emitter) listComp(c *grammar.Comprehension) *jen.Statement {
	t := e.typeOf(c)
	list := jen.Id("list")
	newList := jen.Qual(pyPkg, "NewList").Types(goType(t.elem())).Call()
	add := func(g *jen.Group) { g.Add(list.Clone().Dot("Append").Call(e.coerce(c.Elt, t.elem()))) }
	if c.Kind == grammar.SetComp {
		newList = e.newSetOf(c, t)
		add = func(g *jen.Group) { g.Add(list.Clone().Dot("Add").Call(e.coerce(c.Elt, t.elem()))) }
	}
	if c.Kind == grammar.DictComp {
		// Python evaluates the key, then the value.
		newList = jen.Qual(pyPkg, "NewDict").Types(goType(t.part(0)), goType(t.part(1))).Call()
		add = func(g *jen.Group) {
			g.Add(list.Clone().Dot("Set").Call(e.coerce(c.Elt, t.part(0)), e.coerce(c.Value, t.part(1))))
		}
	}
	return jen.Func().Params().Add(goType(t)).BlockFunc(func(g *jen.Group) {
		g.Add(list.Clone().Op(":=").Add(newList))
		e.clauses(g, c, 0, add)
		g.Return(list.Clone())
		e.lineDirective(g, c.Pos) // what follows the closure on its last line is the comprehension's
	}).Call()
}

// anyAll emits any() or all() of a generator expression as a loop that
// returns at the first element deciding the result, as CPython stops
// consuming the generator there.
func (e *emitter) anyAll(name string, c *grammar.Comprehension) *jen.Statement {
	decides, found := e.condX(c.Elt), true
	if name == "all" {
		decides, found = gox{jen.Op("!").Add(operand(decides, precUnary, false)), precUnary}, false
	}
	return jen.Func().Params().Bool().BlockFunc(func(g *jen.Group) {
		e.clauses(g, c, 0, func(g *jen.Group) { g.If(decides.code).Block(jen.Return(jen.Lit(found))) })
		g.Return(jen.Lit(!found))
	}).Call()
}

// nextGen returns the generator expression of next(genexp) or
// next(genexp, default), or nil.
func nextGen(call *grammar.Call) *grammar.Comprehension {
	if len(call.Args) < 1 || len(call.Args) > 2 {
		return nil
	}
	for _, a := range call.Args {
		if a.Name != "" || a.Star {
			return nil
		}
	}
	gen, ok := call.Args[0].Value.(*grammar.Comprehension)
	if !ok || gen.Kind != grammar.GenExp {
		return nil
	}
	return gen
}

// next emits next(genexp[, default]) as a loop that returns the first
// item the generator expression yields, as CPython stops consuming it
// there, else the default, else raises StopIteration.
func (e *emitter) next(call *grammar.Call) *jen.Statement {
	if inner, ok := call.Args[0].Value.(*grammar.Call); ok && e.iterCalls[inner] {
		return e.nextIter(call, inner)
	}
	if m := nextMethod(e.typeOf(call.Args[0].Value)); m != nil {
		return e.nextCall(call, m)
	}
	gen := nextGen(call)
	if k := e.typeOf(call.Args[0].Value).Kind; gen == nil && (k == IterT || k == Any) {
		return e.nextOf(call)
	}
	if gen == nil {
		e.diag.unsupported(call, "next() other than of an iterator or of a generator expression (and a default)")
		return jen.Nil()
	}
	t := e.typeOf(call)
	return jen.Func().Params().Add(goType(t)).BlockFunc(func(g *jen.Group) {
		e.clauses(g, gen, 0, func(g *jen.Group) { g.Return(e.coerce(gen.Elt, t)) })
		if len(call.Args) == 2 {
			g.Return(e.coerce(call.Args[1].Value, t))
			return
		}
		e.lineDirective(g, call.Pos) // the traceback's line: the loop's lines come before it
		g.Qual(pyPkg, "Raise").Call(jen.Qual(pyPkg, "StopIteration").Dot("New").Call())
		g.Panic(jen.Lit("unreachable"))
	}).Call()
}

// clauses emits the for and if clauses of a comprehension from the i-th
// on, with body innermost.
func (e *emitter) clauses(g *jen.Group, c *grammar.Comprehension, i int, body func(g *jen.Group)) {
	if i == len(c.Clauses) {
		body(g)
		return
	}
	cl := c.Clauses[i]
	head, ok := e.loopHeader(cl.Target, cl.Iter, nil, func(*grammar.Name) bool { return true })
	if !ok {
		return
	}
	g.For(head.header...).BlockFunc(func(g *jen.Group) {
		head.bind(g)
		if len(cl.Ifs) == 0 {
			e.clauses(g, c, i+1, body)
			return
		}
		cond := operand(e.condX(cl.Ifs[0]), precAnd, false)
		for _, x := range cl.Ifs[1:] {
			cond = cond.Op("&&").Add(operand(e.condX(x), precAnd, true))
		}
		g.If(cond).BlockFunc(func(g *jen.Group) { e.clauses(g, c, i+1, body) })
	})
}

// fstring emits an f-string as a concatenation of literal text and
// formatted fields.
func (e *emitter) fstring(f *grammar.FString) gox {
	var parts []jen.Code
	for _, p := range f.Parts {
		if p.X == nil {
			if p.Lit != "" {
				parts = append(parts, jen.Lit(p.Lit))
			}
			continue
		}
		if p.Debug != "" {
			parts = append(parts, jen.Lit(p.Debug))
		}
		parts = append(parts, e.field(p))
	}
	switch len(parts) {
	case 0:
		return primary(jen.Lit(""))
	case 1:
		return gox{jen.Add(parts[0]), precAdd}
	}
	code := jen.Add(parts[0])
	for _, p := range parts[1:] {
		code = code.Op("+").Add(p)
	}
	return gox{code, precAdd}
}

// field formats one replacement field: conversion first, then the spec.
func (e *emitter) field(p *grammar.FStringPart) jen.Code {
	t := e.typeOf(p.X)
	conv := p.Conversion
	if conv == 0 && p.Debug != "" && p.Spec == nil {
		conv = 'r' // {x=} shows the repr unless a spec is given
	}
	v := e.x(p.X)
	switch {
	case conv == 'r':
		v, t = primary(jen.Qual(pyPkg, "Repr").Call(v.code)), tStr
	case conv == 's' && t.Kind != Str:
		v, t = primary(jen.Qual(pyPkg, "Str").Call(v.code)), tStr
	}
	if p.Spec != nil {
		return jen.Qual(pyPkg, "Format").Call(v.code, e.fstring(p.Spec).code)
	}
	if t.Kind == Str {
		return operand(v, precAdd, true)
	}
	return jen.Qual(pyPkg, "Str").Call(v.code)
}

// namedExpr emits `x := v`, which Go has as a statement only: a function
// literal assigns the variable, declared at the top of its function
// (decl.go: a walrus is never the declaring store), and gives the value.
//
//	func() T { v := value; x = v; return v }()
func (e *emitter) namedExpr(x *grammar.NamedExpr) *jen.Statement {
	sym, t := e.uses[x.Target], e.typeOf(x)
	if !sym.read && !sym.pkgLevel {
		return e.expr(x.Value)
	}
	v := e.tempVar("v")
	return jen.Func().Params().Add(goType(t)).Block(
		jen.Id(v).Op(":=").Add(e.coerce(x.Value, t)),
		jen.Id(sym.Go).Op("=").Add(e.coerceCode(x, primary(jen.Id(v)), t, sym.cell.get())),
		jen.Do(func(s *jen.Statement) {
			if flag := e.boundFlags[sym]; flag != nil {
				s.Id(flag.Go).Op("=").True()
			}
		}),
		jen.Return(jen.Id(v)),
	).Call()
}
