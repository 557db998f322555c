package codegen

import (
	"strconv"

	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// call emits a call in value context, or as a statement when stmt is set
// (then a call whose Go form has no result needs no wrapping).
func (e *emitter) call(call *grammar.Call, stmt bool) *jen.Statement {
	if e.reordersArgs(call) {
		return e.callInOrder(call, stmt)
	}
	return e.call1(call, stmt)
}

// reordersArgs reports whether the Go form of call may evaluate its
// arguments in another order than Python where that can show: keyword
// arguments go where their parameters are (print's sep= even goes
// first), so an argument that calls something may swap places with one
// that reads what the call changes or raises. A coroutine's Go type
// depends on its kind, so a call making one keeps its form.
func (e *emitter) reordersArgs(call *grammar.Call) bool {
	keywords, effects, others := false, 0, 0
	for _, a := range call.Args {
		keywords = keywords || a.Name != ""
		switch {
		case e.effectfulArg(a):
			effects++
		case !e.constantArg(a):
			others++
		}
	}
	if !keywords || effects == 0 || effects+others < 2 || e.typeOf(call).Kind == Coro {
		return false
	}
	fn := e.paramsOf(call)
	switch {
	case fn == nil && e.calleeOf(call).kind == calleeClass:
		return true // a dataclass or named tuple: its fields' order
	case fn == nil:
		// A built-in or library call: assume two calls may swap, and
		// print's sep= and end= go before what it reads.
		return effects >= 2 || e.isBuiltinCall(call, "print")
	}
	pos := func(i int) int {
		if p := paramFor(fn, call, i); p != nil {
			return paramIndex(fn.args(), p)
		}
		return -1
	}
	for i, a := range call.Args {
		for j := i + 1; j < len(call.Args); j++ {
			b := call.Args[j]
			if pos(j) < pos(i) && !e.constantArg(a) && !e.constantArg(b) && (e.effectfulArg(a) || e.effectfulArg(b)) {
				return true
			}
		}
	}
	return false
}

// constantArg reports whether an argument's value cannot depend on when
// it is evaluated, nor raise.
func (e *emitter) constantArg(a *grammar.Arg) bool {
	switch a.Value.(type) {
	case *grammar.IntLit, *grammar.FloatLit, *grammar.StrLit, *grammar.Const, *grammar.Lambda:
		return true
	}
	return e.isOperatorGetter(a.Value)
}

// paramsOf is the function whose parameters call's arguments bind: the
// function, method or __init__ called; nil for other callees.
func (e *emitter) paramsOf(call *grammar.Call) *Func {
	switch cl := e.calleeOf(call); cl.kind {
	case calleeFunc, calleeSuper:
		return cl.fn
	case calleeClass:
		return cl.cls.init()
	case calleeMethod:
		if cls := e.classOf(cl.recv); cls != nil {
			return cls.method(cl.name)
		}
	}
	return nil
}

// effectfulArg reports whether evaluating an argument calls something
// (a lambda only makes a function, as does operator.itemgetter of
// constants).
func (e *emitter) effectfulArg(a *grammar.Arg) bool {
	_, lambda := a.Value.(*grammar.Lambda)
	return !lambda && !e.isOperatorGetter(a.Value) && hasCall(a.Value)
}

// callInOrder emits a call whose arguments Go would evaluate out of
// Python's order: a function literal evaluates each argument that calls
// something, and each one before the last of those that is not a
// constant (it may raise, [5][4], or be a variable the call rebinds),
// into arg0, arg1, ... in source order, then makes the call with them
// (through emitter.bound).
func (e *emitter) callInOrder(call *grammar.Call, stmt bool) *jen.Statement {
	last := -1
	for i, a := range call.Args {
		if e.effectfulArg(a) {
			last = i
		}
	}
	var binds []jen.Code
	saved := e.extendBound()
	for i, a := range call.Args {
		_, lambda := a.Value.(*grammar.Lambda)
		_, name := a.Value.(*grammar.Name)
		if e.effectfulArg(a) || i < last && (name || !isSimple(a.Value)) && !lambda && !e.isOperatorGetter(a.Value) {
			name := "arg" + strconv.Itoa(len(binds))
			binds = append(binds, jen.Id(name).Op(":=").Add(e.expr(a.Value)))
			e.bound[a.Value] = jen.Id(name)
		}
	}
	code := e.call1(call, stmt)
	e.bound = saved
	if stmt {
		return jen.Func().Params().Block(append(binds, code)...).Call()
	}
	return jen.Func().Params().Add(goType(e.typeOf(call))).Block(append(binds, jen.Return(code))...).Call()
}

func (e *emitter) call1(call *grammar.Call, stmt bool) *jen.Statement {
	cl := e.calleeOf(call)
	starsOK := cl.kind == calleeLib && cl.name == "asyncio.gather" || cl.kind == calleeBuiltin && cl.name == "print"
	if !starsOK {
		for _, a := range call.Args {
			if a.Star {
				e.diag.unsupported(a, "'*' argument")
				return jen.Nil()
			}
		}
	}
	var code *jen.Statement
	switch cl.kind {
	case calleeFunc:
		return e.userCall(cl.fn, call, stmt)
	case calleeBuiltin:
		code = e.builtinCall(cl.name, call)
	case calleeLib:
		code = e.libCall(cl.name, call)
	case calleeMethod:
		code = e.methodCall(cl, call)
	case calleeExcClass:
		code = e.newException(call.Func, call)
	case calleeClass:
		code = e.newInstance(cl.cls, call)
	case calleeMake:
		code = e.makeCall(cl.cls, call)
	case calleeSuper:
		code = e.superCall(cl.fn, call)
	default:
		m := callMethod(e.typeOf(call.Func))
		if e.typeOf(call.Func).Kind == Any {
			return e.callValue(call)
		}
		if _, isName := call.Func.(*grammar.Name); !isName || m == nil {
			e.diag.unsupported(call, "calling this value")
			return jen.Nil()
		}
		code = e.callInstance(call, m)
	}
	if !stmt && e.typeOf(call).Kind == None {
		return noneValue(code) // print(), xs.append(): no Go result
	}
	return code
}

// userCall emits a call of a module-level function, with keyword
// arguments put in place and omitted arguments replaced by their
// (constant) defaults.
func (e *emitter) userCall(fn *Func, call *grammar.Call, stmt bool) *jen.Statement {
	args, ok := e.callArgs(fn, call)
	if !ok {
		return jen.Nil()
	}
	c := jen.Id(fn.Sym.Go).Call(args...)
	if !stmt && !returnsValue(fn) {
		return noneValue(c)
	}
	return c
}

// callArgs emits the arguments of a call of fn, one per parameter in
// order (keywords placed, defaults filled in), converted to the
// parameters' types; ok is false after reporting a mismatch.
func (e *emitter) callArgs(fn *Func, call *grammar.Call) (args []jen.Code, ok bool) {
	name := fn.Def.Name
	params := fn.args()
	args = make([]jen.Code, len(params))
	positional := 0
	for i, a := range call.Args {
		if a.Name == "" {
			positional++
		}
		p := paramFor(fn, call, i)
		if p == nil {
			if a.Name != "" {
				e.diag.errorf(a.Pos, "%s() got an unexpected keyword argument '%s'", name, a.Name)
			} else {
				e.diag.errorf(call.Pos, "%s() takes %d positional arguments but %d were given", name, len(params), positional)
			}
			return nil, false
		}
		k := paramIndex(params, p)
		if args[k] != nil {
			e.diag.errorf(a.Pos, "%s() got multiple values for argument '%s'", name, p.Name)
			return nil, false
		}
		args[k] = e.coerce(a.Value, p.cell.get())
	}
	for k, p := range params {
		if args[k] != nil {
			continue
		}
		def := fn.argDefs()[k].Default
		if def == nil {
			e.diag.errorf(call.Pos, "%s() missing required argument: '%s'", name, p.Name)
			return nil, false
		}
		args[k] = e.coerce(def, p.cell.get())
	}
	return args, true
}

// noneValue runs a Go call that has no result where Python uses the None
// it returns.
func noneValue(stmt jen.Code) *jen.Statement {
	return jen.Func().Params().Qual(pyPkg, "NoneType").Block(stmt, jen.Return(jen.Qual(pyPkg, "None"))).Call()
}

func paramIndex(params []*Symbol, p *Symbol) int {
	for i, q := range params {
		if q == p {
			return i
		}
	}
	return -1
}

// positional returns a call's positional arguments, reporting keyword
// arguments other than the allowed ones.
func (e *emitter) positional(call *grammar.Call, name string, allowed ...string) (pos []grammar.Expr, kw map[string]grammar.Expr) {
	kw = map[string]grammar.Expr{}
	for _, a := range call.Args {
		if a.Name == "" {
			pos = append(pos, a.Value)
			continue
		}
		ok := false
		for _, k := range allowed {
			ok = ok || k == a.Name
		}
		if !ok {
			e.diag.unsupported(a, "keyword argument '"+a.Name+"' of "+name+"()")
		}
		kw[a.Name] = a.Value
	}
	return pos, kw
}

func (e *emitter) arity(call *grammar.Call, name string, n int, args []grammar.Expr) bool {
	if len(args) != n {
		e.diag.unsupported(call, name+"() with "+strconv.Itoa(len(args))+" arguments")
		return false
	}
	return true
}

func (e *emitter) builtinCall(name string, call *grammar.Call) *jen.Statement {
	if excClasses[name] {
		return e.newException(call.Func, call)
	}
	if name == "print" {
		return e.print(call)
	}
	if name == "dict" {
		return e.newDict(call)
	}
	if name == "dict.fromkeys" {
		return e.fromKeys(call)
	}
	if name == "str.maketrans" {
		return e.makeTrans(call)
	}
	if viewConsumers[name] {
		for _, a := range call.Args {
			if a.Name == "" {
				e.consume(a.Value)
			}
		}
	}
	if name == "sorted" {
		return e.sorted(call)
	}
	switch name {
	case "getattr", "hasattr", "setattr":
		return e.attrCall(name, call)
	case "next":
		return e.next(call)
	case "iter":
		if e.iterCalls[call] { // what an __iter__ returns: the iterable itself (iterable.go)
			return operand(e.x(call.Args[0].Value), precPrimary, false)
		}
		return e.iterCall(call)
	case "callable":
		return e.callableCall(call)
	case "type":
		return e.typeCall(call)
	case "id":
		return e.idCall(call)
	case "isinstance":
		return e.isinstanceCall(call)
	case "issubclass":
		return e.issubclassCall(call)
	}
	if name == "min" || name == "max" {
		return e.minMax(name, call)
	}
	if name == "enumerate" && e.consumed[call] && e.typeOf(call).Kind == List {
		start, _ := enumerateArgs(call)
		from := jen.Code(jen.Lit(0))
		if start != nil {
			from = e.coerce(start, tInt)
		}
		items, _, _ := e.itemsList(call, call.Args[0].Value, e.typeOf(call).elem().part(1))
		return jen.Qual(pyPkg, "EnumerateList").Call(items.Dot("Items"), from)
	}
	if name == "zip" && e.consumed[call] && e.typeOf(call).Kind == List && e.hasLazyArg(call) {
		// Their functions run in turn, an item of each argument at a time.
		if len(call.Args) != 2 {
			e.diag.unsupported(call, "zip() of map(), filter() or an iterator and two other iterables")
			return jen.Nil()
		}
		pair := e.typeOf(call).elem()
		return jen.Qual(pyPkg, "ZipSeqList").Call(jen.Qual(pyPkg, "ZipSeq").Call(
			e.lazySeq(call, call.Args[0].Value, pair.part(0)), e.lazySeq(call, call.Args[1].Value, pair.part(1))))
	}
	if name == "zip" && e.consumed[call] && e.typeOf(call).Kind == List {
		items := make([]jen.Code, len(call.Args))
		for i, a := range call.Args {
			if e.interleavesNext("zip", a.Value) {
				return jen.Nil()
			}
			list, _, _ := e.itemsList(call, a.Value, e.typeOf(call).elem().part(i))
			items[i] = list.Dot("Items")
		}
		return jen.Qual(pyPkg, "ZipList"+strconv.Itoa(len(items))).Call(items...)
	}
	if name == "zip" {
		// An iterator, whose repr CPython prints as an address.
		e.diag.unsupported(call, "zip() other than iterated at once (by a for loop, list(), dict(), sorted() ...)")
		return jen.Nil()
	}
	if name == "reversed" {
		return e.reversed(call)
	}
	if name == "tuple" {
		return e.newTuple(call)
	}
	args, _ := e.positional(call, name)
	if len(args) == 0 {
		switch name {
		case "str":
			return jen.Lit("")
		case "int":
			return jen.Lit(0)
		case "float":
			return jen.Id("0.0")
		case "bool":
			return jen.False()
		}
	}
	if name == "list" {
		return e.newList(call, args)
	}
	if name == "set" {
		return e.newSet(call, args)
	}
	if name == "frozenset" {
		return jen.Qual(pyPkg, "Frozen").Call(e.newSet(call, args))
	}
	if name == "map" || name == "filter" {
		return e.mapCall(name, call)
	}
	if name == "pow" || name == "divmod" {
		return e.numPair(name, call, args)
	}
	if name == "int" && len(args) == 2 && e.typeOf(args[0]).Kind == Str {
		return jen.Qual(pyPkg, "IntFromStringBase").Call(e.expr(args[0]), e.coerce(args[1], tInt))
	}
	if name == "format" && (len(args) == 1 || len(args) == 2) {
		spec := jen.Code(jen.Lit(""))
		if len(args) == 2 {
			if st := e.typeOf(args[1]); st.Kind != Str {
				e.diag.unsupported(args[1], "format() of a spec of type "+st.String())
				return jen.Nil()
			}
			spec = e.expr(args[1])
		}
		return jen.Qual(pyPkg, "Format").Call(e.expr(args[0]), spec)
	}
	if name == "round" && len(args) == 2 {
		switch e.typeOf(args[0]).Kind {
		case Float:
			return jen.Qual(pyPkg, "RoundN").Call(e.expr(args[0]), e.coerce(args[1], tInt))
		case Int:
			return jen.Qual(pyPkg, "RoundInt").Call(e.expr(args[0]), e.coerce(args[1], tInt))
		case Any, Unknown:
			return jen.Qual(pyPkg, "RoundNAny").Call(e.expr(args[0]), e.coerce(args[1], tInt))
		}
	}

	if !e.arity(call, name, 1, args) {
		return jen.Nil()
	}
	x := args[0]
	xt := e.typeOf(x)
	xv := func() *jen.Statement { return operand(e.x(x), precPrimary, false) }
	switch name {
	case "len":
		switch xt.Kind {
		case Str:
			return jen.Qual(pyPkg, "StrLen").Call(e.expr(x))
		case List, Dict, Set:
			return xv().Dot("Len").Call()
		}
		return jen.Qual(pyPkg, "Len").Call(e.expr(x))
	case "str":
		if xt.Kind == Str {
			return xv()
		}
		return jen.Qual(pyPkg, "Str").Call(e.expr(x))
	case "repr":
		return jen.Qual(pyPkg, "Repr").Call(e.expr(x))
	case "ascii":
		return jen.Qual(pyPkg, "Ascii").Call(e.expr(x))
	case "hash":
		return jen.Qual(pyPkg, "Hash").Call(e.expr(x))
	case "int":
		switch xt.Kind {
		case Int:
			return xv()
		case Float:
			return jen.Qual(pyPkg, "IntFromFloat").Call(e.expr(x))
		case Str:
			return jen.Qual(pyPkg, "IntFromString").Call(e.expr(x))
		case Bool:
			return jen.Qual(pyPkg, "BoolToInt").Call(e.expr(x))
		case Any, Unknown:
			return jen.Qual(pyPkg, "IntAny").Call(e.expr(x))
		case ClassT:
			if isIntEnum(xt) {
				return operand(e.x(x), precPrimary, false).Dot("PyInt").Call()
			}
		}
	case "float":
		switch xt.Kind {
		case Float:
			return xv()
		case Int, Bool:
			return jen.Float64().Call(e.num(x, tInt))
		case ClassT:
			if isIntEnum(xt) {
				return jen.Float64().Call(operand(e.x(x), precPrimary, false).Dot("PyInt").Call())
			}
		case Str:
			return jen.Qual(pyPkg, "FloatFromString").Call(e.expr(x))
		case Any, Unknown:
			return jen.Qual(pyPkg, "FloatAny").Call(e.expr(x))
		}
	case "bool":
		return operand(e.condX(x), precPrimary, false)
	case "abs":
		switch xt.Kind {
		case Int, Bool:
			return jen.Qual(pyPkg, "IntAbs").Call(e.num(x, tInt))
		case Float:
			return jen.Qual("math", "Abs").Call(e.expr(x))
		case Any, Unknown:
			return jen.Qual(pyPkg, "AbsAny").Call(e.expr(x))
		}
	case "sum":
		if xt.Kind == List && (xt.elem().Kind == Int || xt.elem().Kind == Float) {
			return jen.Qual(pyPkg, "Sum").Call(e.expr(x))
		}
		// Items of mixed or other types are added as Python adds them.
		return jen.Qual(pyPkg, "SumAny").Call(e.expr(x))
	case "round":
		switch xt.Kind {
		case Float:
			return jen.Qual(pyPkg, "Round").Call(e.expr(x))
		case Int, Bool:
			return e.num(x, tInt)
		case Any, Unknown:
			return jen.Qual(pyPkg, "RoundAny").Call(e.expr(x))
		}
	case "chr", "hex", "oct", "bin":
		if xt.Kind == Int || xt.Kind == Bool {
			return jen.Qual(pyPkg, map[string]string{"chr": "Chr", "hex": "Hex", "oct": "Oct", "bin": "Bin"}[name]).Call(e.num(x, tInt))
		}
	case "ord":
		if xt.Kind == Str {
			return jen.Qual(pyPkg, "Ord").Call(e.expr(x))
		}
	case "any", "all":
		if gen, ok := x.(*grammar.Comprehension); ok && gen.Kind == grammar.GenExp {
			return e.anyAll(name, gen)
		}
		if e.isLazy(x) { // stopping where CPython stops taking items
			return jen.Qual(pyPkg, map[string]string{"any": "AnyIn", "all": "AllIn"}[name]).Call(e.lazySeq(call, x, nil))
		}
		if e.interleavesNext(name, x) {
			return jen.Nil()
		}
		if items, _, ok := e.itemsList(call, x, nil); ok {
			return jen.Qual(pyPkg, map[string]string{"any": "AnyOf", "all": "AllOf"}[name]).Call(items)
		}
		return jen.Nil()
	}
	e.diag.unsupported(call, name+"() of a value of type "+xt.String())
	return jen.Nil()
}

// print emits print(*args, sep=, end=); flush= is accepted and has no
// effect, since the runtime flushes before anything reaches stderr.
func (e *emitter) print(call *grammar.Call) *jen.Statement {
	args, kw := e.positional(call, "print", "sep", "end", "flush", "file")
	vals := e.printValues(call, args)
	if f := kw["flush"]; f != nil && !isSimple(f) {
		e.diag.unsupported(f, "computed flush= argument")
	}
	toStderr := false
	if f := kw["file"]; f != nil {
		switch e.moduleAttr(f) {
		case "sys.stderr":
			toStderr = true
		case "sys.stdout":
		default:
			e.diag.unsupported(f, "print() to a file other than sys.stdout or sys.stderr")
		}
	}
	sep, end := kw["sep"], kw["end"]
	if sep == nil && end == nil && !toStderr {
		return jen.Qual(pyPkg, "Print").Call(vals...)
	}
	strArg := func(x grammar.Expr, def string) jen.Code {
		if x == nil || isNone(x) {
			return jen.Lit(def)
		}
		if e.typeOf(x).Kind != Str {
			e.diag.unsupported(x, "print() separator of type "+e.typeOf(x).String())
		}
		return e.expr(x)
	}
	fn := "PrintSepEnd"
	if toStderr {
		fn = "PrintErr"
	}
	return jen.Qual(pyPkg, fn).Call(append([]jen.Code{strArg(sep, " "), strArg(end, "\n")}, vals...)...)
}

// printValues emits print's positional arguments. A starred list, tuple,
// str or dict (print(*xs)) passes its items: the arguments become one
// []any built in their order, spread into the call.
func (e *emitter) printValues(call *grammar.Call, args []grammar.Expr) []jen.Code {
	star := map[grammar.Expr]bool{}
	for _, a := range call.Args {
		if a.Star {
			star[a.Value] = true
		}
	}
	if len(star) == 0 {
		vals := make([]jen.Code, len(args))
		for i, a := range args {
			vals[i] = e.expr(a)
		}
		return vals
	}
	all := jen.Index().Any().Values()
	var plain []jen.Code
	flush := func() {
		if len(plain) > 0 {
			all = jen.Append(append([]jen.Code{all}, plain...)...)
			plain = nil
		}
	}
	for _, a := range args {
		if !star[a] {
			plain = append(plain, e.expr(a))
			continue
		}
		switch k := e.typeOf(a).Kind; k {
		case List, Tuple, Str, Dict, Any:
			flush()
			all = jen.Append(all, jen.Qual(pyPkg, "StarArgs").Call(jen.Lit("print"), e.expr(a)).Op("..."))
		default:
			e.diag.unsupported(a, "'*' argument of print() of type "+e.typeOf(a).String())
		}
	}
	flush()
	return []jen.Code{all.Op("...")}
}

// minMax emits min/max of one list (py.Min, py.Max), or of two or more
// values of one type: ints and strs with Go's built-ins, which order them
// as Python does, floats with py.MinOf and py.MaxOf, which keep Python's
// answer for NaN and -0.0 (and are no Go constant expression, which Go
// would evaluate exactly where Python rounds every step). Values of mixed
// or dynamic types (an int and a float, a list of any, an empty list
// never added to) go through py.MinAny and py.MinIter, which compare with
// Python's < and raise its TypeError for values that do not order.
func (e *emitter) minMax(name string, call *grammar.Call) *jen.Statement {
	args, kw := e.positional(call, name, "key", "default")
	if len(kw) > 0 {
		return e.minMaxBy(name, call, args, kw)
	}
	rt := e.typeOf(call)
	scalar := rt.Kind == Int || rt.Kind == Float || rt.Kind == Str
	dynamic := rt.Kind == Any || rt.Kind == Unknown
	fn := map[string]string{"min": "Min", "max": "Max"}[name]
	if len(args) == 1 {
		xt, items := e.typeOf(args[0]), func() jen.Code { return e.expr(args[0]) }
		if xt.Kind != List && xt.Kind != Any {
			// The items as a list, in their iteration order.
			list, elem, _ := e.itemsList(call, args[0], nil)
			xt, items = compound(List, &cell{t: elem}), func() jen.Code { return list }
		}
		switch {
		case xt.Kind == List && scalar:
			return jen.Qual(pyPkg, fn).Call(items())
		case dynamic && (xt.Kind == List || xt.Kind == Any):
			return jen.Qual(pyPkg, fn+"Iter").Call(items())
		case xt.Kind == List && orderableType(xt.elem()):
			// Tuples, compared item by item with Python's <.
			return jen.Qual(pyPkg, fn+"By").Call(items(), jen.Qual(pyPkg, "Val").Types(goType(xt.elem())))
		}
	}
	if len(args) == 1 && e.typeOf(args[0]).Kind == List && isInstanceType(rt) {
		return jen.Qual(pyPkg, map[string]string{"min": "MinOrdered", "max": "MaxOrdered"}[name]).Call(e.expr(args[0]))
	}
	if len(args) >= 2 && rt.Kind == ClassT && orderableType(rt) {
		// IntEnum members, compared as their ints, the first of equal
		// ones winning as in CPython.
		vals := make([]jen.Code, len(args))
		for i, a := range args {
			vals[i] = e.coerce(a, rt)
		}
		return jen.Qual(pyPkg, fn+"By").Call(jen.Qual(pyPkg, "NewList").Types(goType(rt)).Call(vals...), jen.Qual(pyPkg, "Val").Types(goType(rt)))
	}
	if len(args) < 2 || !scalar && !(dynamic && e.orderable(args)) {
		e.diag.unsupported(call, name+"() of these arguments")
		return jen.Nil()
	}
	vals := make([]jen.Code, len(args))
	for i, a := range args {
		vals[i] = e.expr(a)
	}
	if dynamic {
		return jen.Qual(pyPkg, fn+"Any").Call(vals...)
	}
	if rt.Kind == Float {
		return jen.Qual(pyPkg, map[string]string{"min": "MinOf", "max": "MaxOf"}[name]).Call(vals...)
	}
	return jen.Id(name).Call(vals...)
}

// numPair emits pow(a, b), which is a ** b, and divmod(a, b) of ints
// (py.DivMod) or of numbers one of which is a float (py.FloatDivMod).
func (e *emitter) numPair(name string, call *grammar.Call, args []grammar.Expr) *jen.Statement {
	if !e.arity(call, name, 2, args) {
		return jen.Nil()
	}
	x, y := args[0], args[1]
	if name == "pow" {
		return e.binary("**", x, y).code
	}
	switch e.typeOf(call).elem().Kind {
	case Int:
		return jen.Qual(pyPkg, "DivMod").Call(e.num(x, tInt), e.num(y, tInt))
	case Float:
		return jen.Qual(pyPkg, "FloatDivMod").Call(e.num(x, tFloat), e.num(y, tFloat))
	}
	if t := e.typeOf(call); t.Kind == Any {
		return jen.Qual(pyPkg, "DivModAny").Call(e.expr(x), e.expr(y))
	}
	e.diag.unsupported(call, "divmod() of a "+e.typeOf(x).String()+" and a "+e.typeOf(y).String())
	return jen.Nil()
}

// minMaxBy emits min/max of one list with key= (each item's key computed
// once) or default= (of the items' own type: another type would make the
// result's type depend on whether the list is empty), or of any type
// for items of type any.
func (e *emitter) minMaxBy(name string, call *grammar.Call, args []grammar.Expr, kw map[string]grammar.Expr) *jen.Statement {
	if len(args) != 1 {
		e.diag.unsupported(call, name+"() with key= or default= of other than one iterable")
		return jen.Nil()
	}
	if kw["key"] != nil && e.interleavesNext(name, args[0]) {
		return jen.Nil()
	}
	items, elem, ok := e.itemsList(call, args[0], nil)
	if !ok {
		return jen.Nil()
	}
	key := jen.Code(jen.Qual(pyPkg, "Val").Types(goType(elem)))
	if k := kw["key"]; k != nil {
		fn, ok := e.keyFunc(k, elem)
		if !ok {
			return jen.Nil()
		}
		key = fn
	}
	fn := map[string]string{"min": "MinBy", "max": "MaxBy"}[name]
	def := kw["default"]
	if def == nil {
		return jen.Qual(pyPkg, fn).Call(items, key)
	}
	dt := e.typeOf(def)
	if dt.Kind == None && canBeOptional(elem) { // an instance or None: a nil pointer
		return jen.Qual(pyPkg, fn+"Or").Call(items, key, jen.Nil())
	}
	if goTypeString(dt) != goTypeString(elem) && goTypeString(elem) != "any" {
		e.diag.unsupported(def, "default= of type "+dt.String()+" for items of type "+elem.String())
		return jen.Nil()
	}
	defCode := jen.Code(e.coerce(def, elem))
	if goTypeString(elem) == "any" { // T is inferred from the list alone
		defCode = jen.Any().Call(defCode)
	}
	return jen.Qual(pyPkg, fn+"Or").Call(items, key, defCode)
}

// orderable reports whether py.Lt orders values of the arguments' types
// as Python's < does.
func (e *emitter) orderable(args []grammar.Expr) bool {
	for _, a := range args {
		if !orderableType(e.typeOf(a)) {
			return false
		}
	}
	return true
}

// orderableType reports whether py.Lt orders values of type t as
// Python's < does: numbers, strs, IntEnum members, tuples of them, and
// dynamic values
// (py.Lt raises CPython's TypeError for what does not order).
func orderableType(t *Type) bool {
	switch t.Kind {
	case Int, Float, Bool, Str, Any:
		return true
	case ClassT: // an IntEnum's members order as their ints
		return t.cls.enum != nil && t.cls.enum.intEnum && !t.optional
	case Tuple:
		for i := range t.parts {
			if !orderableType(t.part(i)) {
				return false
			}
		}
		return true
	}
	return false
}

// delay emits asyncio.sleep's delay in seconds; one of dynamic type goes
// through aio.Delay, which fails as CPython's sleep does.
func (e *emitter) delay(x grammar.Expr) *jen.Statement {
	if k := e.typeOf(x).Kind; k == Any || k == Unknown {
		return jen.Qual(aioPkg, "Delay").Call(e.expr(x))
	}
	return e.coerce(x, tFloat)
}

// inAsync reports whether the current function has a task t in scope.
func (e *emitter) inAsync() bool { return e.fn != nil && e.fn.Def.Async }

func (e *emitter) libCall(name string, call *grammar.Call) *jen.Statement {
	if code, ok := e.jsonCall(name, call); ok {
		return code
	}
	if asyncioExcClasses[name] != "" {
		return e.newException(call.Func, call)
	}
	if code, ok := e.asyncioCall(name, call); ok {
		return code
	}
	if code, ok := e.dataclassCall(name, call); ok {
		return code
	}
	if code, ok := e.mathCall(name, call); ok {
		return code
	}
	if code, ok := e.heapCall(name, call); ok {
		return code
	}
	if code, ok := e.collectionsCall(name, call); ok {
		return code
	}
	if code, ok := e.itertoolsCall(name, call); ok {
		return code
	}
	if code, ok := e.copyCall(name, call); ok {
		return code
	}
	switch name {
	case "asyncio.sleep", "asyncio.gather", "asyncio.wait_for", "asyncio.to_thread":
		return e.lazy(call)
	case "asyncio.run":
		args, _ := e.positional(call, "asyncio.run")
		if !e.arity(call, name, 1, args) {
			return jen.Nil()
		}
		if e.typeOf(args[0]).Kind != Coro {
			e.diag.unsupported(args[0], "asyncio.run() of a value that is not a coroutine")
		}
		if e.inAsync() {
			e.diag.unsupported(call, "asyncio.run() inside async function")
		}
		return e.coroArg(args[0], "RunMachine", "Run")
	case "asyncio.create_task":
		args, _ := e.positional(call, name)
		if !e.arity(call, name, 1, args) {
			return jen.Nil()
		}
		if !e.inAsync() {
			e.diag.unsupported(call, "asyncio.create_task() outside async function")
		}
		if e.typeOf(args[0]).Kind != Coro {
			e.diag.unsupported(args[0], "asyncio.create_task() of a value that is not a coroutine")
		}
		return e.coroArg(args[0], "CreateMachineTask", "CreateTask", jen.Id("t"))
	case "asyncio.Queue", "asyncio.LifoQueue", "asyncio.PriorityQueue":
		args, kw := e.positional(call, name, "maxsize")
		size := jen.Code(jen.Lit(0))
		if len(args) == 1 {
			size = e.coerce(args[0], tInt)
		} else if kw["maxsize"] != nil {
			size = e.coerce(kw["maxsize"], tInt)
		}
		elem := goType(e.typeOf(call).elem())
		if name != "asyncio.PriorityQueue" {
			return jen.Qual(aioPkg, "New"+name[len("asyncio."):]).Types(elem).Call(size)
		}
		// heapq orders the items with Python's <.
		less := jen.Func().Params(jen.List(jen.Id("a"), jen.Id("b")).Add(elem)).Bool().Block(
			jen.Return(jen.Qual(pyPkg, "Lt").Call(jen.Id("a"), jen.Id("b"))))
		return jen.Qual(aioPkg, "NewPriorityQueue").Types(elem).Call(size, less)
	case "asyncio.Lock", "asyncio.Event":
		e.positional(call, name)
		return jen.Qual(aioPkg, "New"+name[len("asyncio."):]).Call()
	case "asyncio.BoundedSemaphore", "asyncio.Barrier":
		param := map[string]string{"asyncio.BoundedSemaphore": "value", "asyncio.Barrier": "parties"}[name]
		args, kw := e.positional(call, name, param)
		if kw[param] != nil {
			args = append(args, kw[param])
		}
		n := jen.Code(jen.Lit(1))
		switch {
		case len(args) == 1:
			n = e.coerce(args[0], tInt)
		case name == "asyncio.Barrier":
			e.arity(call, name, 1, args)
			return jen.Nil()
		}
		return jen.Qual(aioPkg, "New"+name[len("asyncio."):]).Call(n)
	case "asyncio.Condition":
		args, kw := e.positional(call, name, "lock")
		if kw["lock"] != nil {
			args = append(args, kw["lock"])
		}
		lock := jen.Code(jen.Nil())
		if len(args) == 1 && !isNone(args[0]) {
			if e.typeOf(args[0]).Kind != Lock {
				e.diag.unsupported(args[0], "asyncio.Condition() of a value that is not a Lock")
				return jen.Nil()
			}
			lock = e.expr(args[0])
		}
		return jen.Qual(aioPkg, "NewCondition").Call(lock)
	case "asyncio.Semaphore":
		args, kw := e.positional(call, name, "value")
		n := jen.Code(jen.Lit(1))
		if len(args) == 1 {
			n = e.coerce(args[0], tInt)
		} else if kw["value"] != nil {
			n = e.coerce(kw["value"], tInt)
		}
		return jen.Qual(aioPkg, "NewSemaphore").Call(n)
	case "time.time":
		if e.inAsync() {
			return jen.Qual(aioPkg, "Now").Call(jen.Id("t"))
		}
		return jen.Qual(pyPkg, "TimeTime").Call()
	case "time.monotonic", "time.perf_counter":
		if e.inAsync() {
			return jen.Qual(aioPkg, "Monotonic").Call(jen.Id("t"))
		}
		return jen.Qual(pyPkg, "Monotonic").Call()
	case "os.getenv":
		return e.getenv(call, name)
	}
	e.diag.unsupported(call, name+"()")
	return jen.Nil()
}

// lazy emits a library coroutine that is not awaited on the spot (passed
// to gather or create_task, stored) as a coroutine literal doing the
// awaited form when it runs; gather is no coroutine and starts at once.
func (e *emitter) lazy(call *grammar.Call) *jen.Statement {
	cl := e.calleeOf(call)
	if cl.kind == calleeLib && cl.name == "asyncio.gather" {
		if !e.inAsync() {
			e.diag.unsupported(call, "asyncio.gather() outside a coroutine")
			return jen.Nil()
		}
		if res := e.typeOf(call).elem(); res.Kind != List {
			// Held where other awaitables are (the results' type joined
			// theirs into any): a *Gathering[T] awaits to a *py.List[T].
			return jen.Qual(aioPkg, "AsAny").Call(e.startGather(call))
		}
		return e.startGather(call)
	}
	if cl.kind == calleeMethod && e.isAsyncioAwaitable(cl) {
		return e.executorFuture(cl, call) // a future: the job starts now
	}
	// Python evaluates the receiver and the arguments when it makes the
	// coroutine, not when the coroutine runs: they are bound to
	// temporaries first, which the form reads instead (emitter.bound).
	var binds []jen.Code
	saved := e.bound
	bound := map[grammar.Expr]*jen.Statement{}
	bind := func(x grammar.Expr) {
		if isLiteral(x) || e.isFuncName(x) {
			return
		}
		name := "tmp" + strconv.Itoa(len(binds))
		binds = append(binds, jen.Id(name).Op(":=").Add(e.expr(x)))
		bound[x] = jen.Id(name)
	}
	if cl.kind == calleeMethod {
		bind(cl.recv)
	}
	for _, a := range call.Args {
		bind(a.Value)
	}
	e.bound = bound
	form, void, ok := e.awaitForm(call)
	e.bound = saved
	if !ok {
		return jen.Nil()
	}
	rt := goType(e.typeOf(call).elem())
	body := []jen.Code{jen.Return(form)}
	if void {
		body = []jen.Code{form, jen.Return(jen.Qual(pyPkg, "None"))}
	}
	coro := jen.Qual(aioPkg, "Coro").Types(rt).Call(
		jen.Func().Params(jen.Id("t").Op("*").Qual(aioPkg, "Task")).Add(rt).Block(body...))
	if len(binds) == 0 {
		return coro
	}
	return jen.Func().Params().Qual(aioPkg, "Coro").Types(rt).Block(append(binds, jen.Return(coro))...).Call()
}

// isLiteral reports whether x is a literal (a negative number counts),
// whose value cannot change.
func isLiteral(x grammar.Expr) bool {
	switch x := x.(type) {
	case *grammar.IntLit, *grammar.FloatLit, *grammar.StrLit, *grammar.Const:
		return true
	case *grammar.Unary:
		return x.Op == "-" && isLiteral(x.X)
	}
	return false
}

// isConstTuple reports whether x is a tuple display of literals (nested
// too): an immutable value, the same wherever it is evaluated.
func isConstTuple(x grammar.Expr) bool {
	t, ok := x.(*grammar.Tuple)
	if !ok {
		return false
	}
	for _, el := range t.Elts {
		if !isLiteral(el) && !isConstTuple(el) {
			return false
		}
	}
	return true
}

// isFuncName reports whether x names a module-level function.
func (e *emitter) isFuncName(x grammar.Expr) bool {
	n, ok := x.(*grammar.Name)
	return ok && e.uses[n] != nil && e.uses[n].Kind == symFunc
}

// awaitsAny reports whether the program awaits a value of type any.
func (c *checker) awaitsAny() bool {
	found := false
	for _, body := range c.bodies() {
		walkStmts(body, func(st grammar.Stmt) {
			for _, x := range stmtExprs(st) {
				walkExpr(x, func(x grammar.Expr) {
					if aw, ok := x.(*grammar.Await); ok && c.typeOf(aw.X).Kind == Any {
						found = true
					}
				})
			}
		})
	}
	return found
}

// await emits `await x`: a coroutine runs inline on the current task, a
// task is waited for, library awaitables call their blocking form.
func (e *emitter) await(a *grammar.Await, stmt bool) *jen.Statement {
	if call, ok := a.X.(*grammar.Call); ok {
		if form, void, ok := e.awaitForm(call); ok {
			if void && !stmt {
				return noneValue(form)
			}
			return form
		}
		if e.isLibAwaitable(call) {
			return jen.Nil() // awaitForm reported the problem
		}
	}
	xt := e.typeOf(a.X)
	x := operand(e.x(a.X), precPrimary, false)
	switch xt.Kind {
	case Coro:
		if e.isCoroValue(a.X) {
			return x.Call(jen.Id("t"))
		}
		return x.Dot("Await").Call(jen.Id("t")) // a machine, or an aio.Awaitable
	case TaskT:
		return x.Dot("Await").Call(jen.Id("t"))
	case Any:
		return jen.Qual(aioPkg, "AwaitAny").Call(jen.Id("t"), x)
	}
	e.diag.unsupported(a, "awaiting a value of type "+xt.String())
	return jen.Nil()
}

// isLibAwaitable reports whether a call produces a library coroutine that
// awaitForm handles.
func (e *emitter) isLibAwaitable(call *grammar.Call) bool {
	cl := e.calleeOf(call)
	if e.isAsyncioAwaitable(cl) {
		return true
	}
	switch cl.kind {
	case calleeLib:
		return cl.name == "asyncio.sleep" || cl.name == "asyncio.gather"
	case calleeMethod:
		switch e.typeOf(cl.recv).Kind {
		case Queue:
			return cl.name == "put" || cl.name == "get" || cl.name == "join"
		case Lock, Semaphore, BoundedSem:
			return cl.name == "acquire"
		case Event, Barrier:
			return cl.name == "wait"
		case Condition:
			return cl.name == "acquire" || cl.name == "wait" || cl.name == "wait_for"
		}
	}
	return false
}

// awaitForm is the Go that awaiting a library coroutine runs on task t;
// void when that Go call has no result (Python's result is None). ok is
// false when call is not a library coroutine.
func (e *emitter) awaitForm(call *grammar.Call) (form *jen.Statement, void, ok bool) {
	if !e.isLibAwaitable(call) {
		return nil, false, false
	}
	cl := e.calleeOf(call)
	t := jen.Id("t")
	if cl.kind == calleeLib && cl.name == "asyncio.gather" {
		return e.gather(call), false, true
	}
	if e.isAsyncioAwaitable(cl) {
		return e.asyncioAwait(cl, call), false, true
	}
	args, kw := e.positional(call, cl.name, "result")
	if cl.kind == calleeLib { // asyncio.sleep(delay[, result])
		if r := kw["result"]; r != nil {
			args = append(args, r)
		}
		switch len(args) {
		case 1:
			return jen.Qual(aioPkg, "Sleep").Call(t, e.delay(args[0])), true, true
		case 2:
			return jen.Qual(aioPkg, "SleepResult").Call(t, e.delay(args[0]), e.expr(args[1])), false, true
		}
		e.diag.unsupported(call, "asyncio.sleep() with these arguments")
		return jen.Nil(), false, true
	}
	recvT := e.typeOf(cl.recv)
	recv := operand(e.x(cl.recv), precPrimary, false)
	switch cl.name {
	case "put":
		if !e.arity(call, cl.name, 1, args) {
			return jen.Nil(), false, true
		}
		return recv.Dot("Put").Call(t, e.coerce(args[0], recvT.elem())), true, true
	case "join":
		return recv.Dot("Join").Call(t), true, true
	case "wait_for":
		pred := e.predicate(call, args)
		if pred == nil {
			return jen.Nil(), false, true
		}
		return recv.Dot("WaitFor").Call(t, pred), false, true
	}
	method := map[string]string{"get": "Get", "acquire": "Acquire", "wait": "Wait"}[cl.name]
	return recv.Dot(method).Call(t), false, true
}

// gather emits asyncio.gather(...) awaited on the spot (aio.Gather);
// startGather emits the call that starts it to be awaited later
// (aio.StartGather): gather wraps its arguments into tasks at once, unlike
// a coroutine.
func (e *emitter) gather(call *grammar.Call) *jen.Statement {
	if returnsExceptions(call) {
		return e.gatherCall("GatherReturnExceptions", call)
	}
	return e.gatherCall("Gather", call)
}

func (e *emitter) startGather(call *grammar.Call) *jen.Statement {
	if returnsExceptions(call) {
		e.diag.unsupported(call, "asyncio.gather(..., return_exceptions=True) not awaited at once")
		return jen.Nil()
	}
	return e.gatherCall("StartGather", call)
}

// gatherCall emits fn (Gather or StartGather) on gather's arguments.
// Arguments whose result type differs from the common one are wrapped by
// aio.AsAny; a starred list is converted to the runtime's awaitable slice.
func (e *emitter) gatherCall(fn string, call *grammar.Call) *jen.Statement {
	elem := e.typeOf(call).elem().elem()
	pos, kw := e.positional(call, "asyncio.gather", "return_exceptions")
	if r := kw["return_exceptions"]; r != nil && !isLiteral(r) {
		e.diag.unsupported(r, "return_exceptions other than True or False")
	}
	out := []jen.Code{jen.Id("t")}
	for _, a := range call.Args {
		if a.Name != "" {
			continue
		}
		if a.Star {
			if len(pos) != 1 {
				e.diag.unsupported(a, "'*' argument mixed with others in asyncio.gather()")
				return jen.Nil()
			}
			return jen.Qual(aioPkg, fn).Call(jen.Id("t"), e.awaitables(a.Value, "asyncio.gather(*x)", elem).Op("..."))
		}
		if t := e.typeOf(a.Value); t.Kind != Coro && t.Kind != TaskT {
			e.diag.unsupported(a, "asyncio.gather() of a value of type "+t.String())
		}
		out = append(out, e.awaitableAs(a, operand(e.x(a.Value), precPrimary, false), e.typeOf(a.Value), elem))
	}
	if len(out) == 1 {
		return jen.Qual(aioPkg, fn).Types(goType(elem)).Call(out...)
	}
	return jen.Qual(aioPkg, fn).Call(out...)
}

// awaitables is the slice that asyncio.gather(*list) or as_completed(list)
// (what) passes on, of awaitables of result type res: a list of
// coroutines already holds awaitables of the element type (its type is
// inferred from theirs), read once, before any later change to the list;
// a list of tasks is converted; so is a list whose result type is not res
// (aio.AnyAwaitables: res is any where gather meets other awaitables).
func (e *emitter) awaitables(list grammar.Expr, what string, res *Type) *jen.Statement {
	lt := e.typeOf(list)
	items := operand(e.x(list), precPrimary, false).Dot("Items")
	switch {
	case lt.Kind == List && lt.elem().Kind == Coro:
	case lt.Kind == List && lt.elem().Kind == TaskT:
		items = jen.Qual(aioPkg, "TaskAwaitables").Call(items)
	case lt.Kind == List && lt.elem().Kind == Any && (res.Kind == Any || res.Kind == Unknown):
		return jen.Qual(aioPkg, "AwaitablesOfAny").Call(jen.Id("t"), items)
	default:
		e.diag.unsupported(list, what+" of a value of type "+lt.String())
		return jen.Nil()
	}
	switch el := lt.elem().elem(); {
	case goTypeString(el) == goTypeString(res):
		return items
	case res.Kind == Any || res.Kind == Unknown:
		return jen.Qual(aioPkg, "AnyAwaitables").Call(items)
	}
	e.diag.unsupported(list, what+" of a "+lt.String()+" where coroutines of "+res.String()+" are expected")
	return jen.Nil()
}

// methods maps (receiver kind, Python method) to the runtime method for
// the calls that translate one to one.
var methods = map[Kind]map[string]string{
	List:       {"pop": "Pop"},
	Queue:      {"get_nowait": "GetNowait", "task_done": "TaskDone", "qsize": "QSize", "empty": "Empty", "full": "Full"},
	Lock:       {"release": "Release", "locked": "Locked"},
	Semaphore:  {"release": "Release", "locked": "Locked"},
	BoundedSem: {"release": "Release", "locked": "Locked"},
	Condition:  {"release": "Release", "locked": "Locked", "notify_all": "NotifyAll"},
	Event:      {"set": "Set", "clear": "Clear", "is_set": "IsSet"},
	TaskT:      {"cancel": "Cancel", "done": "Done", "cancelled": "Cancelled", "result": "Result"},
	TimeoutT:   {"expired": "Expired"},
}

// iterableAny reports whether py.Iter iterates over a value of type t as
// Python does: a list, a dict (its keys), a str or a value of type any.
func iterableAny(t *Type) bool {
	switch t.Kind {
	case Any, Str, List, Dict:
		return true
	}
	return false
}

var strMethods = map[string]string{
	"upper": "StrUpper", "lower": "StrLower", "strip": "StrStrip", "lstrip": "StrLStrip", "rstrip": "StrRStrip",
}

func (e *emitter) methodCall(cl callee, call *grammar.Call) *jen.Statement {
	if e.isLibAwaitable(call) {
		return e.lazy(call)
	}
	rt := e.typeOf(cl.recv)
	if e.isStrMethodOfAny(rt, cl.name) {
		return e.strMethodOfAny(cl, call)
	}
	if e.isSeqMethodOfAny(rt, cl.name, call) {
		fn := map[string]string{"count": "CountAny", "index": "IndexAny"}[cl.name]
		return jen.Qual(pyPkg, fn).Call(e.expr(cl.recv), e.expr(call.Args[0].Value))
	}
	return e.methodCallOn(cl, call, rt)
}

// methodCallOn emits a method call on a receiver of type rt.
func (e *emitter) methodCallOn(cl callee, call *grammar.Call, rt *Type) *jen.Statement {
	recv := func() *jen.Statement { return operand(e.x(cl.recv), precPrimary, false) }
	if rt.flavor == environFlavor && cl.name == "get" {
		return e.getenv(call, "os.environ.get")
	}
	if cls := instanceClass(rt); cls != nil {
		m := cls.method(cl.name)
		if !e.privateOK(call, cl.name, cls) {
			return jen.Nil()
		}
		if m == nil && cls.isExc() {
			e.diag.unsupported(call, "method '"+cl.name+"' of an exception that class '"+cls.Def.Name+"' does not define")
			return jen.Nil()
		}
		if m == nil && cls.hasSubs() && !cls.isExc() {
			// A method only subclasses define, called by name at run time.
			return e.dynamicMethodCall(cl.recv, cl.name, call)
		}
		if m == nil && cls.data != nil && cls.data.tuple {
			return e.namedTupleMethod(cls, cl, call)
		}
		if m == nil && cls.attrOwner(cl.name) != nil {
			e.diag.unsupported(call, "calling the value of attribute '"+cl.name+"'")
			return jen.Nil()
		}
		if m == nil {
			e.diag.errorf(call.Pos, "'%s' object has no method '%s'", cls.Def.Name, cl.name)
			return jen.Nil()
		}
		switch {
		case m.isClassLevel() && cls.definedBelow(cl.name, true):
			e.diag.unsupported(call, "static or class method '"+cl.name+"' that a subclass of '"+cls.Def.Name+"' defines again, called through an instance")
			return jen.Nil()
		case m.isClassLevel():
			return e.staticCall(m, cl.recv, call)
		case m.kind == propertyGetter:
			e.diag.unsupported(call, "calling the value of property '"+cl.name+"'")
			return jen.Nil()
		}
		margs, ok := e.callArgs(m, call)
		if !ok {
			return jen.Nil()
		}
		return e.instance(cl.recv, cls, cl.name).Dot(m.Sym.Go).Call(margs...)
	}
	if rt.Kind == Set && rt.flavor == frozensetFlavor && frozensetChanges[cl.name] {
		e.diag.unsupported(call, "method '"+cl.name+"' of a frozenset, which has none")
		return jen.Nil()
	}
	if _, ok := setMembers[cl.name]; ok && rt.Kind == Set && len(call.Args) == 1 && call.Args[0].Name == "" && !call.Args[0].Star {
		return e.setMethodCall(cl.recv, cl.name, call.Args[0].Value)
	}
	if m, ok := libMethodOf(rt, cl.name, call); ok {
		return e.libMethodCall(cl.recv, rt, m, call)
	}
	if rt.Kind == List && cl.name == "sort" && !rt.deque {
		return e.listSort(cl.recv, call)
	}
	if rt.Kind == Str && cl.name == "format" {
		return e.strFormat(cl.recv, call)
	}
	if rt.Kind == ExecutorT && cl.name == "shutdown" {
		args, kw := e.positional(call, cl.name, "wait")
		if w := kw["wait"]; w != nil {
			args = append(args, w)
		}
		wait := jen.Code(jen.True())
		if len(args) == 1 {
			wait = e.cond(args[0])
		}
		return recv().Dot("Shutdown").Call(wait)
	}
	if (rt.Kind == Any || rt.Kind == Unknown) && (cl.name != "get" || e.classHasAttr("get")) {
		// Any method but a dict's get (py.DictGet), which a class of
		// the program does not define too.
		return e.dynamicMethodCall(cl.recv, cl.name, call)
	}
	args, _ := e.positional(call, cl.name)
	if rt.Kind == Dict && dictViews[cl.name] != "" && len(args) == 0 {
		return e.viewList(call)
	}
	if rt.Kind == Str && cl.name == "join" && len(args) == 1 {
		e.consume(args[0])
	}
	if m := methods[rt.Kind][cl.name]; m != "" && len(args) == 0 {
		return recv().Dot(m).Call()
	}
	switch {
	case rt.Kind == TaskGroupT && cl.name == "create_task" && len(args) == 1:
		if e.typeOf(args[0]).Kind != Coro {
			e.diag.unsupported(args[0], "TaskGroup.create_task() of a value that is not a coroutine")
		}
		return e.coroArg(args[0], "CreateMachineTaskIn", "CreateTaskIn", recv())
	case rt.Kind == Condition && cl.name == "notify" && len(args) <= 1:
		n := jen.Code(jen.Lit(1))
		if len(args) == 1 {
			n = e.coerce(args[0], tInt)
		}
		return recv().Dot("Notify").Call(n)
	case rt.Kind == LoopT && cl.name == "time" && len(args) == 0:
		return recv().Dot("Time").Call()
	case rt.Kind == List && cl.name == "append" && len(args) == 1:
		return recv().Dot("Append").Call(e.coerce(args[0], rt.elem()))
	case rt.Kind == Queue && cl.name == "put_nowait" && len(args) == 1:
		return recv().Dot("PutNowait").Call(e.coerce(args[0], rt.elem()))
	case rt.Kind == Str && strMethods[cl.name] != "" && len(args) == 0:
		return jen.Qual(pyPkg, strMethods[cl.name]).Call(e.expr(cl.recv))
	case rt.Kind == Str && cl.name == "join" && len(args) == 1 && e.typeOf(args[0]).Kind == List && e.typeOf(args[0]).elem().Kind == Str:
		return jen.Qual(pyPkg, "StrJoin").Call(e.expr(cl.recv), e.expr(args[0]))
	case rt.Kind == Str && cl.name == "join" && len(args) == 1 && iterableAny(e.typeOf(args[0])):
		// Items of another or no static type: each must be a str.
		return jen.Qual(pyPkg, "StrJoinAny").Call(e.expr(cl.recv), e.expr(args[0]))
	case rt.Kind == Dict && cl.name == "get" && len(args) == 1 && e.typeOf(call).optional:
		return recv().Dot("GetDefault").Call(e.coerce(args[0], rt.part(0)), noneOf(e.typeOf(call)))
	case (rt.Kind == Any || rt.Kind == Unknown) && cl.name == "get" && (len(args) == 1 || len(args) == 2),
		rt.Kind == Dict && cl.name == "get" && len(args) == 1: // None or a value: any
		def := jen.Code(jen.Qual(pyPkg, "None"))
		if len(args) == 2 {
			def = e.expr(args[1])
		}
		return jen.Qual(pyPkg, "DictGet").Call(e.expr(cl.recv), e.expr(args[0]), def)
	}
	e.diag.unsupported(call, "method '"+cl.name+"' on a value of type "+rt.String())
	return jen.Nil()
}
