package codegen

import (
	"fmt"
	"maps"
	"strconv"

	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// stmts emits a block, each statement preceded by its //line directive.
func (e *emitter) stmts(g *jen.Group, stmts []grammar.Stmt) {
	for i, st := range live(stmts) {
		if i == 0 {
			e.setBound(g, true, e.entered[st]...)
		}
		switch st := st.(type) {
		case *grammar.FuncDef:
			if fn := e.funcOf[st]; fn != nil && fn.outer != nil {
				e.lineDirective(g, st.Pos)
				e.nestedDef(g, fn)
			}
			continue // a module-level def is emitted at package level
		case *grammar.ClassDef:
			e.classAttrInits(g, st) // the rest is emitted at package level
			continue
		case *grammar.Pass, *grammar.Import, *grammar.ImportFrom, *grammar.Global, *grammar.Nonlocal:
			continue // nothing to run
		}
		if e.isAliasAssign(st) {
			continue // a type alias, which only annotations use
		}
		e.lineDirective(g, st.Position())
		e.stmt(g, st)
		e.setBound(g, true, assignedBy(st)...)
	}
}

func (e *emitter) stmt(g *jen.Group, st grammar.Stmt) {
	switch st := st.(type) {
	case *grammar.ExprStmt:
		e.exprStmt(g, st.X)
	case *grammar.Assign:
		e.assign(g, st)
	case *grammar.AnnAssign:
		if st.Value != nil {
			e.assignTo(g, st.Target, st.Value)
		}
	case *grammar.AugAssign:
		e.augAssign(g, st)
	case *grammar.If:
		if !e.selectStmt(g, st) {
			e.ifStmt(g, st)
		}
	case *grammar.While:
		e.loopElse(g, st.Body, whileElse(st), func() {
			body := e.loopBody(st.Body)
			if isTrue(st.Cond) {
				g.For().BlockFunc(body)
			} else {
				g.For(e.cond(st.Cond)).BlockFunc(body)
			}
		})
	case *grammar.For:
		if st.Async {
			e.loopElse(g, st.Body, st.Else, func() { e.asyncFor(g, st) })
			break
		}
		e.loopElse(g, st.Body, st.Else, func() { e.forStmt(g, st) })
	case *grammar.Assert:
		// if not test: raise AssertionError(msg)
		var args []jen.Code
		if st.Msg != nil {
			args = append(args, e.expr(st.Msg))
		}
		g.If(jen.Op("!").Add(operand(e.condX(st.Test), precUnary, false))).Block(
			jen.Qual(pyPkg, "Raise").Call(jen.Qual(pyPkg, "AssertionError").Dot("New").Call(args...)))
	case *grammar.Del:
		for _, t := range st.Targets {
			if n, ok := t.(*grammar.Name); ok {
				if flag := e.boundFlags[e.uses[n]]; flag != nil {
					e.checkBoundStmt(g, n)
					g.Id(flag.Go).Op("=").False()
					continue
				}
				// No read can find it (checkBound): only Go's use of
				// the variable is left to make.
				g.Id("_").Op("=").Add(e.expr(n))
				continue
			}
			if a, ok := t.(*grammar.Attribute); ok {
				e.delAttr(g, a)
				continue
			}
			e.delItem(g, t.(*grammar.Subscript))
		}
	case *grammar.Break:
		e.jump(g, jumpBreak, nil)
	case *grammar.Continue:
		e.jump(g, jumpContinue, nil)
	case *grammar.Return:
		e.returnStmt(g, st)
	case *grammar.With:
		e.withStmt(g, st)
	case *grammar.Try:
		e.tryStmt(g, st)
	case *grammar.Raise:
		e.raiseStmt(g, st)
	default:
		e.diag.unsupported(st, "this statement")
	}
}

// body returns the filler of a nested block (for BlockFunc).
func (e *emitter) body(stmts []grammar.Stmt) func(*jen.Group) {
	return func(g *jen.Group) { e.stmts(g, stmts) }
}

// loopBody is body for the block of a loop, which break and continue in
// it leave.
func (e *emitter) loopBody(stmts []grammar.Stmt) func(*jen.Group) {
	return func(g *jen.Group) {
		e.loops++
		e.stmts(g, stmts)
		e.loops--
	}
}

// loopElse emits a loop (by calling loop) and its else block. The block
// runs when the loop ends without a break: after the loop when its body
// has no break, else under a flag that each break sets.
func (e *emitter) loopElse(g *jen.Group, body, els []grammar.Stmt, loop func()) {
	if els == nil || !hasBreak(body) {
		loop()
		e.stmts(g, els)
		return
	}
	e.temps++ // one flag per loop of the function: none hides another
	flag := numberedName("broke", e.temps)
	g.Id(flag).Op(":=").False()
	e.broke[e.loops+1] = flag
	loop()
	delete(e.broke, e.loops+1)
	g.If(jen.Op("!").Id(flag)).BlockFunc(e.body(els))
}

// exprStmt emits an expression evaluated for its effect. Go accepts only
// calls as statements; other values are assigned to the blank identifier.
func (e *emitter) exprStmt(g *jen.Group, x grammar.Expr) {
	if e.objectInit(x) || isEllipsis(x) {
		return
	}
	if call, ok := x.(*grammar.Call); ok && e.excInits[call] {
		e.excInit(g, call)
		return
	}
	switch x := x.(type) {
	case *grammar.Await:
		g.Add(e.await(x, true))
		return
	case *grammar.Call:
		cl := e.calleeOf(x)
		lazyLib := cl.kind != calleeFunc && e.typeOf(x).Kind == Coro
		if !lazyLib && (cl.kind != calleeBuiltin || cl.name == "print") {
			g.Add(e.call(x, true))
			return
		}
	}
	g.Id("_").Op("=").Add(e.expr(x))
}

// assign emits an assignment; `a = b = v` assigns each target in turn,
// which is the same as Python's single evaluation when v is a plain name
// or literal.
func (e *emitter) assign(g *jen.Group, st *grammar.Assign) {
	value := st.Value
	if len(st.Targets) > 1 && !isSimple(value) {
		// a = b.c = f(): the value once, then the targets left to right.
		v := e.tempVar("v")
		g.Id(v).Op(":=").Add(e.expr(value))
		value = e.standIn(value, jen.Id(v), e.typeOf(value))
	}
	for _, t := range st.Targets {
		e.assignTo(g, t, value)
	}
}

// standIn is an expression of type t, at x's position, that the emitter
// emits as v (until the bindings are restored by a caller of
// extendBound, or for good).
func (e *emitter) standIn(x grammar.Expr, v *jen.Statement, t *Type) grammar.Expr {
	s := &grammar.Name{Pos: x.Position()}
	e.types[s] = t
	if e.bound == nil {
		e.bound = map[grammar.Expr]*jen.Statement{}
	}
	e.bound[s] = v
	return s
}

func (e *emitter) assignTo(g *jen.Group, target, value grammar.Expr) {
	if !hasCall(value) && pyExpr(target) == pyExpr(value) {
		// x = x changes nothing, and go vet rejects it in Go.
		g.Id("_").Op("=").Add(e.expr(value))
		return
	}
	switch t := target.(type) {
	case *grammar.Name:
		e.assignName(g, t, value)
	case *grammar.Tuple:
		e.assignTuple(g, t, value)
	case *grammar.Attribute:
		if k := e.classNamed(t.X); k != nil {
			e.classAttrStore(g, t, k, t.Name, func(at *Type) jen.Code { return e.coerce(value, at) })
			return
		}
		cls := e.classOf(t.X)
		if xt := e.typeOf(t.X); cls == nil && (xt.Kind == Any || xt.Kind == Unknown) {
			e.useDynamic()
			e.storeAfter(g, target, value, e.coerce(value, tAny), func(v jen.Code) jen.Code {
				return jen.Qual(pyPkg, "SetAttr").Call(e.coerce(t.X, tAny), jen.Lit(t.Name), v)
			})
			return
		}
		if cls == nil || cls.enum != nil {
			e.diag.unsupported(t, "assignment to an attribute of a value of type "+e.typeOf(t.X).String())
			return
		}
		if cls := e.frozenClass(t.X); cls != nil {
			g.Add(assignFrozen(cls, e.expr(value), e.expr(t.X), t.Name))
			return
		}
		if cls.readOnlyStore(t.Name) && e.privateOK(t, t.Name, cls) {
			g.Qual(pyPkg, "AssignReadOnly").Call(e.coerce(value, tAny), e.expr(t.X), jen.Lit(t.Name))
			return
		}
		if cls.noSlotStore(t.Name) && cls.attr(t.Name, false) == nil {
			g.Qual(pyPkg, "AssignNoAttr").Call(e.coerce(value, tAny), e.coerce(t.X, tAny), jen.Lit(t.Name))
			return
		}
		if !e.privateOK(t, t.Name, cls) || !e.instanceStoreOK(t, cls) {
			return
		}
		if s := cls.setter(t.Name); s != nil {
			e.storeAfter(g, target, value, e.coerce(value, s.Params[1].cell.get()), func(v jen.Code) jen.Code {
				return e.instance(t.X, cls, t.Name).Dot(s.Sym.Go).Call(v)
			})
			return
		}
		e.storeAfter(g, target, value, e.coerce(value, cls.attr(t.Name, false).get()), func(v jen.Code) jen.Code {
			if fl := e.storeFlag(cls, t.Name); fl != nil {
				return e.attrBase(t.X, cls, t.Name).Dot(fl.setter).Call(v)
			}
			return e.attrBase(t.X, cls, t.Name).Dot(cls.field(t.Name)).Op("=").Add(v)
		})
	case *grammar.Subscript:
		xt := e.typeOf(t.X)
		var key, elem *Type
		switch xt.Kind {
		case List:
			key, elem = tInt, xt.elem()
		case Dict:
			key, elem = xt.part(0), xt.part(1)
		case Any, Unknown:
			e.storeAfter(g, target, value, e.coerce(value, tAny), func(v jen.Code) jen.Code {
				return jen.Qual(pyPkg, "SetItemAny").Call(e.expr(t.X), e.expr(t.Index), v)
			})
			return
		default:
			if m := itemMethod(xt, "__setitem__", t.Index); m != nil {
				e.setItem(g, t, value, m)
				return
			}
			e.diag.unsupported(t, "item assignment on a value of type "+xt.String())
			return
		}
		e.storeAfter(g, target, value, e.coerce(value, elem), func(v jen.Code) jen.Code {
			return operand(e.x(t.X), precPrimary, false).Dot("Set").Call(e.coerce(t.Index, key), v)
		})
	default:
		e.diag.unsupported(target, "assignment to this target")
	}
}

// storeAfter emits store(v), the assignment of value (emitted as v) to
// an attribute or item target. Python evaluates the value before the
// target's operands and Go the other way round, so when both sides call
// something the value is computed first into a temporary.
func (e *emitter) storeAfter(g *jen.Group, target, value grammar.Expr, v jen.Code, store func(v jen.Code) jen.Code) {
	if !hasCall(value) || !hasCall(target) {
		g.Add(store(v))
		return
	}
	g.Block(jen.Id("tmp0").Op(":=").Add(v), store(jen.Id("tmp0")))
}

// assignName emits `x := v`, `var x T = v`, `x = v` or `_ = v`, following
// the declaration plan of decl.go.
func (e *emitter) assignName(g *jen.Group, n *grammar.Name, value grammar.Expr) {
	sym := e.uses[n]
	st := sym.cell.get()
	switch {
	case !sym.read && !sym.pkgLevel:
		g.Id("_").Op("=").Add(e.expr(value))
	case e.define[n] && e.definesExactly(value, st):
		g.Id(sym.Go).Op(":=").Add(e.expr(value))
	case e.define[n]:
		g.Var().Id(sym.Go).Add(goType(st)).Op("=").Add(e.coerce(value, st))
	default:
		v := e.coerce(value, st)
		if fmt.Sprintf("%#v", v) == sym.Go {
			// x = x and x, simplified to x = x, which go vet rejects.
			g.Id("_").Op("=").Add(v)
			return
		}
		g.Id(sym.Go).Op("=").Add(v)
	}
}

// definesExactly reports whether `x := value` gives x the Go type of t.
// Literals count as their default Go types (int, float64, string, bool),
// which is what the emitter makes of them.
func (e *emitter) definesExactly(value grammar.Expr, t *Type) bool {
	return goTypeString(e.typeOf(value)) == goTypeString(t) && t.Kind != Coro // see list
}

func (e *emitter) assignTuple(g *jen.Group, t *grammar.Tuple, value grammar.Expr) {
	if starredTarget(t) {
		e.unpackStarred(g, t, value)
		return
	}
	v, ok := value.(*grammar.Tuple)
	if ok && len(t.Elts) == 0 && len(v.Elts) == 0 {
		return // () = (): nothing to evaluate or assign
	}
	names, flat := e.flatNames(t)
	vt := e.typeOf(value)
	if !ok && flat && (vt.Kind == Tuple && len(vt.parts) == len(t.Elts) || vt.Kind == List || vt.Kind == Any) && (len(t.Elts) == 2 || len(t.Elts) == 3) {
		e.unpack(g, t, value, vt)
		return
	}
	if !ok || len(v.Elts) != len(t.Elts) || !flat {
		// Nested targets, or more items than py.UnpackN takes: the
		// value into a temporary first unless it is a variable the
		// targets do not rebind.
		v := e.expr(value)
		if n, isName := value.(*grammar.Name); !isName || mentions(e, t, e.uses[n]) {
			tmp := e.tempVar("items")
			g.Id(tmp).Op(":=").Add(v)
			v = jen.Id(tmp)
		}
		e.unpackInto(g, t, v, vt, func(n *grammar.Name) bool { return e.define[n] })
		return
	}
	var lhs, rhs []jen.Code
	define, anyRead := true, false
	for i, n := range names {
		sym := e.uses[n]
		if !sym.read && !sym.pkgLevel {
			lhs = append(lhs, jen.Id("_"))
			rhs = append(rhs, e.expr(v.Elts[i]))
			continue
		}
		anyRead = true
		define = define && e.define[n] && e.definesExactly(v.Elts[i], sym.cell.get())
		lhs = append(lhs, jen.Id(sym.Go))
		rhs = append(rhs, e.coerce(v.Elts[i], sym.cell.get()))
	}
	op := "="
	if define && anyRead {
		op = ":="
	}
	g.List(lhs...).Op(op).List(rhs...)
}

// starredTarget reports whether a tuple target has a starred name.
func starredTarget(t *grammar.Tuple) bool {
	for _, x := range t.Elts {
		if _, ok := x.(*grammar.Starred); ok {
			return true
		}
	}
	return false
}

// unpackStarred emits `a, *rest = xs` (py.UnpackHead), `*rest, a = xs`
// (py.UnpackTail) and, with more names, `a, *mid, b = xs` (py.UnpackStar)
// for a list xs; each name must have the Go type of what it gets.
func (e *emitter) unpackStarred(g *jen.Group, t *grammar.Tuple, value grammar.Expr) {
	vt := e.typeOf(value)
	if vt.Kind != List {
		e.diag.unsupported(t, "starred unpacking of a value of type "+vt.String())
		return
	}
	names := make([]*grammar.Name, len(t.Elts))
	parts := make([]*Type, len(t.Elts))
	star := 0
	for i, x := range t.Elts {
		parts[i] = vt.elem()
		if s, ok := x.(*grammar.Starred); ok {
			x, parts[i], star = s.X, vt, i
		}
		n, isName := x.(*grammar.Name)
		if !isName {
			e.diag.unsupported(x, "unpacking into this target")
			return
		}
		names[i] = n
	}
	lhs, op, ok := e.unpackTargets(names, parts)
	switch {
	case !ok:
	case len(t.Elts) == 2 && star == 1:
		g.List(lhs...).Op(op).Qual(pyPkg, "UnpackHead").Call(e.expr(value))
	case len(t.Elts) == 2:
		g.List(lhs...).Op(op).Qual(pyPkg, "UnpackTail").Call(e.expr(value))
	default:
		items, rest := e.tempVar("items"), e.tempVar("rest")
		after := len(t.Elts) - 1 - star
		g.List(jen.Id(items), jen.Id(rest)).Op(":=").Qual(pyPkg, "UnpackStar").Call(e.expr(value), jen.Lit(star), jen.Lit(after))
		rhs := make([]jen.Code, len(t.Elts))
		for i := range rhs {
			switch {
			case i < star:
				rhs[i] = jen.Id(items).Index(jen.Lit(i))
			case i == star:
				rhs[i] = jen.Id(rest)
			default:
				rhs[i] = jen.Id(items).Index(jen.Lit(i - 1))
			}
		}
		g.List(lhs...).Op(op).List(rhs...)
	}
}

// flatNames returns the names of a tuple target of names alone.
func (e *emitter) flatNames(t *grammar.Tuple) (names []*grammar.Name, ok bool) {
	for _, x := range t.Elts {
		n, isName := x.(*grammar.Name)
		if !isName {
			return nil, false
		}
		names = append(names, n)
	}
	return names, true
}

// unpackInto binds target, a name or a tuple of targets nested at any
// depth, to v, a value of type vt held where reading it again is free
// (a variable, its fields). A tuple of the target's length unpacks field
// by field, a list through py.UnpackList, which checks its length, and
// anything else through py.UnpackAny, which iterates it with CPython's
// errors; the outer value is checked before any name is bound, inner
// ones as their turn comes, as in CPython. define tells whether a name is
// declared here.
func (e *emitter) unpackInto(g *jen.Group, target grammar.Expr, v *jen.Statement, vt *Type, define func(*grammar.Name) bool) {
	switch t := target.(type) {
	case *grammar.Name:
		sym := e.uses[t]
		st := sym.cell.get()
		switch {
		case !sym.read && !sym.pkgLevel:
		case define(t) && goTypeString(vt) == goTypeString(st):
			g.Id(sym.Go).Op(":=").Add(v)
		case define(t):
			g.Var().Id(sym.Go).Add(goType(st)).Op("=").Add(e.coerceCode(t, primary(v), vt, st))
		default:
			g.Id(sym.Go).Op("=").Add(e.coerceCode(t, primary(v), vt, st))
		}
	case *grammar.Tuple:
		if starredTarget(t) {
			e.diag.unsupported(t, "starred unpacking inside another target")
			return
		}
		n := len(t.Elts)
		if vt.Kind == Tuple && len(vt.parts) == n {
			for i, x := range t.Elts {
				e.unpackInto(g, x, v.Clone().Dot("V"+strconv.Itoa(i)), vt.part(i), define)
			}
			return
		}
		check, it := jen.Qual(pyPkg, "UnpackAny").Call(v, jen.Lit(n)), tAny
		if vt.Kind == List {
			check, it = jen.Qual(pyPkg, "UnpackList").Call(v, jen.Lit(n)), vt.elem()
		}
		reads := false
		for _, x := range t.Elts {
			reads = reads || e.readsItem(x, it)
		}
		if !reads {
			g.Add(check) // only the count to check
			return
		}
		items := e.tempVar("items")
		g.Id(items).Op(":=").Add(check)
		for i, x := range t.Elts {
			e.unpackInto(g, x, jen.Id(items).Index(jen.Lit(i)), it, define)
		}
	case *grammar.Attribute, *grammar.Subscript:
		// Assigned as `target = x` is, x standing in for v.
		saved := e.extendBound()
		e.assignTo(g, target, e.standIn(target, v, vt))
		e.bound = saved
	default:
		e.diag.unsupported(target, "unpacking into this target")
	}
}

// readsItem reports whether unpacking a value of type vt into target
// reads the value: to bind a name that is read, or to check a count.
func (e *emitter) readsItem(target grammar.Expr, vt *Type) bool {
	switch t := target.(type) {
	case *grammar.Name:
		sym := e.uses[t]
		return sym.read || sym.pkgLevel
	case *grammar.Attribute, *grammar.Subscript:
		return true
	case *grammar.Tuple:
		if vt.Kind != Tuple || len(vt.parts) != len(t.Elts) {
			return true
		}
		for i, x := range t.Elts {
			if e.readsItem(x, vt.part(i)) {
				return true
			}
		}
	}
	return false
}

// unpack emits `a, b = value` for a pair or triple held in a value (a
// call's result, a variable) through py.Unpack2 or py.Unpack3, which
// evaluate it once, for a list through py.UnpackList2 or py.UnpackList3,
// which also check its length, or for a value of dynamic type through
// py.UnpackAny2 or py.UnpackAny3; each name must have its part's Go type.
func (e *emitter) unpack(g *jen.Group, t *grammar.Tuple, value grammar.Expr, vt *Type) {
	names, _ := e.flatNames(t)
	parts := make([]*Type, len(names))
	for i := range names {
		parts[i] = vt.elem()
		if vt.Kind == Tuple {
			parts[i] = vt.part(i)
		}
	}
	lhs, op, ok := e.unpackTargets(names, parts)
	if !ok {
		return
	}
	fn := "Unpack" + strconv.Itoa(len(t.Elts))
	switch vt.Kind {
	case List:
		fn = "UnpackList" + strconv.Itoa(len(t.Elts))
	case Any:
		fn = "UnpackAny" + strconv.Itoa(len(t.Elts))
	}
	g.List(lhs...).Op(op).Qual(pyPkg, fn).Call(e.expr(value))
}

// unpackTargets is the left-hand side of an unpacking into names, each
// getting a value of Go type parts[i] (_ for a name never read), and the
// operator: := where every name read is first defined there. ok is false
// after reporting a name of another Go type than its part.
func (e *emitter) unpackTargets(names []*grammar.Name, parts []*Type) (lhs []jen.Code, op string, ok bool) {
	lhs = make([]jen.Code, len(names))
	define, anyRead := true, false
	for i, n := range names {
		sym := e.uses[n]
		lhs[i] = jen.Id("_")
		if !sym.read && !sym.pkgLevel {
			continue
		}
		if goTypeString(sym.cell.get()) != goTypeString(parts[i]) {
			e.diag.unsupported(n, "unpacking into a variable of another type than the item's")
			return nil, "", false
		}
		anyRead = true
		define = define && e.define[n]
		lhs[i] = jen.Id(sym.Go)
	}
	op = "="
	if define && anyRead {
		op = ":="
	}
	return lhs, op, true
}

// delItem emits `del d[k]` (KeyError when absent), `del xs[i]` and
// `del xs[lo:hi:step]`, also of a dict or list held as any.
func (e *emitter) delItem(g *jen.Group, t *grammar.Subscript) {
	xt := e.typeOf(t.X)
	x := func() *jen.Statement { return operand(e.x(t.X), precPrimary, false) }
	sl, isSlice := t.Index.(*grammar.Slice)
	it := e.typeOf(t.Index)
	if m := itemMethod(xt, "__delitem__", t.Index); m != nil {
		e.delItemBy(g, t, m)
		return
	}
	switch {
	case xt.Kind == List && isSlice:
		bounds := make([]jen.Code, 3)
		for i, b := range []grammar.Expr{sl.Lo, sl.Hi, sl.Step} {
			bounds[i] = jen.Nil()
			if b != nil {
				bounds[i] = jen.Qual(pyPkg, "Bound").Call(e.coerce(b, tInt))
			}
		}
		g.Add(jen.Qual(pyPkg, "ListDelSlice").Call(append([]jen.Code{x()}, bounds...)...))
	case xt.Kind == List && (it.Kind == Int || it.Kind == Bool):
		g.Add(x().Dot("Del").Call(e.num(t.Index, tInt)))
	case xt.Kind == Dict && !isSlice && goTypeString(it) == goTypeString(xt.part(0)):
		g.Add(x().Dot("Delete").Call(e.expr(t.Index)))
	case xt.Kind == Dict && !isSlice && xt.part(0).Kind == Any:
		g.Add(x().Dot("Delete").Call(e.coerce(t.Index, tAny)))
	case (xt.Kind == Any || xt.Kind == Unknown) && !isSlice:
		g.Add(jen.Qual(pyPkg, "DelItemAny").Call(e.expr(t.X), e.coerce(t.Index, tAny)))
	default:
		e.diag.unsupported(t, "'del' of an item of a value of type "+xt.String())
	}
}

// extendBound makes emitter.bound a copy that more bindings can go into,
// and returns the bindings before, which the caller restores.
func (e *emitter) extendBound() (saved map[grammar.Expr]*jen.Statement) {
	saved = e.bound
	e.bound = maps.Clone(saved)
	if e.bound == nil {
		e.bound = map[grammar.Expr]*jen.Statement{}
	}
	return saved
}

// withTemps emits emit in a block where each computed expression of xs
// is evaluated once, into a temporary that the reads of it then use: x
// of x.a.b += v, d[f()] and k of d[f()][k] += v.
func (e *emitter) withTemps(g *jen.Group, xs []grammar.Expr, emit func(g *jen.Group)) {
	saved := e.extendBound()
	g.BlockFunc(func(g *jen.Group) {
		n := 0
		for _, x := range xs {
			if !isSimple(x) {
				tmp := "tmp" + strconv.Itoa(n)
				n++
				g.Id(tmp).Op(":=").Add(e.expr(x))
				e.bound[x] = jen.Id(tmp)
			}
		}
		emit(g)
	})
	e.bound = saved
}

// augAttr emits x.name op= v on an instance, whose new value value emits.
func (e *emitter) augAttr(g *jen.Group, st *grammar.AugAssign, t *grammar.Attribute, value func() gox) {
	if xt := e.typeOf(t.X); xt.Kind == Any || xt.Kind == Unknown {
		e.useDynamic()
		g.Qual(pyPkg, "SetAttr").Call(e.expr(t.X), jen.Lit(t.Name), e.coerceCode(st, value(), e.augType(st), tAny))
		return
	}
	cls := e.classOf(t.X)
	if cls == nil || cls.enum != nil {
		e.diag.unsupported(st.Target, "augmented assignment to this target")
		return
	}
	if cls := e.frozenClass(t.X); cls != nil {
		g.Add(assignFrozen(cls, value().code, e.expr(t.X), t.Name))
		return
	}
	if cls.readOnlyStore(t.Name) && e.privateOK(t, t.Name, cls) {
		g.Qual(pyPkg, "AssignReadOnly").Call(e.coerceCode(st, value(), e.augType(st), tAny), e.expr(t.X), jen.Lit(t.Name))
		return
	}
	if !e.privateOK(t, t.Name, cls) || !e.instanceStoreOK(t, cls) {
		return
	}
	if s := cls.setter(t.Name); s != nil {
		g.Add(e.instance(t.X, cls, t.Name)).Dot(s.Sym.Go).Call(e.coerceCode(st, value(), e.augType(st), s.Params[1].cell.get()))
		return
	}
	g.Add(e.attrBase(t.X, cls, t.Name)).Dot(cls.field(t.Name)).Op("=").Add(e.coerceCode(st, value(), e.augType(st), cls.attr(t.Name, false).get()))
}

// augItem emits x[i] op= v, whose new value value emits.
func (e *emitter) augItem(g *jen.Group, st *grammar.AugAssign, t *grammar.Subscript, value func() gox) {
	xt := e.typeOf(t.X)
	if xt.Kind == Any || xt.Kind == Unknown {
		g.Add(jen.Qual(pyPkg, "SetItemAny").Call(e.expr(t.X), e.expr(t.Index), e.coerceCode(st, value(), e.augType(st), tAny)))
		return
	}
	if xt.Kind != List && xt.Kind != Dict {
		e.diag.unsupported(t, "item assignment on a value of type "+xt.String())
		return
	}
	slot := xt.part(len(xt.parts) - 1)
	g.Add(operand(e.x(t.X), precPrimary, false)).Dot("Set").Call(e.expr(t.Index), e.coerceCode(st, value(), e.augType(st), slot))
}

// inPlaceOps are the runtime's augmented assignments for a target of
// dynamic type, which change a list or a dict in place.
var inPlaceOps = map[string]string{"+": "IAdd", "*": "IMul", "-": "ISub", "|": "IOr", "&": "IAnd"}

func (e *emitter) augAssign(g *jen.Group, st *grammar.AugAssign) {
	tt := e.typeOf(st.Target)
	if st.Op == "+" && tt.Kind == List {
		// list += iterable extends the list in place, as l.extend does,
		// so other names for the list see the new items; storing the
		// same list back into the target changes nothing.
		g.Add(e.addItems(e.x(st.Target), tt, libMethods[List]["extend"], st.Value))
		return
	}
	if st.Op == "*" && tt.Kind == List {
		g.Add(jen.Qual(pyPkg, "ListRepeatInPlace").Call(e.expr(st.Target), e.num(st.Value, tInt)))
		return
	}
	if m := setInPlace[st.Op]; m != "" && tt.Kind == Set && tt.flavor == frozensetFlavor {
		// A new frozenset, which other names for the old one do not see.
		e.diag.unsupported(st, "'"+st.Op+"=' on a frozenset")
		return
	}
	if m := setInPlace[st.Op]; m != "" && tt.Kind == Set && e.typeOf(st.Value).Kind == Set {
		// s |= other changes s itself, which other names for it see.
		g.Add(setOp(m, e.x(st.Target), e.expr(st.Value)))
		return
	}
	if st.Op == "|" && tt.Kind == Dict {
		// d |= other updates d itself, which other names for it see.
		g.Add(operand(e.x(st.Target), precPrimary, false)).Dot("IOr").Call(e.expr(st.Value))
		return
	}
	value := func() gox { return e.binary(st.Op, st.Target, st.Value) }
	if fn := inPlaceOps[st.Op]; fn != "" && (tt.Kind == Any || tt.Kind == Unknown) {
		// A list or dict held as any is changed in place too (py.IAdd, ...).
		value = func() gox { return primary(jen.Qual(pyPkg, fn).Call(e.expr(st.Target), e.expr(st.Value))) }
	}
	switch t := st.Target.(type) {
	case *grammar.Name:
		sym := e.uses[t]
		g.Id(sym.Go).Op("=").Add(e.coerceCode(st, value(), e.augType(st), sym.cell.get()))
	case *grammar.Subscript:
		if !isSimple(t.Index) || !isSimple(t.X) {
			e.withTemps(g, []grammar.Expr{t.X, t.Index}, func(g *jen.Group) { e.augItem(g, st, t, value) })
			return
		}
		e.augItem(g, st, t, value)
	case *grammar.Attribute:
		if k := e.classNamed(t.X); k != nil {
			e.classAttrStore(g, t, k, t.Name, func(at *Type) jen.Code { return e.coerceCode(st, value(), e.augType(st), at) })
			return
		}
		if !isSimple(t.X) {
			e.withTemps(g, []grammar.Expr{t.X}, func(g *jen.Group) { e.augAttr(g, st, t, value) })
			return
		}
		e.augAttr(g, st, t, value)
	default:
		e.diag.unsupported(st.Target, "augmented assignment to this target")
	}
}

func (e *emitter) augType(st *grammar.AugAssign) *Type {
	return operatorType(st.Op, st.Value, e.typeOf(st.Target), e.typeOf(st.Value))
}

// isSimple reports whether evaluating e twice is the same as once: a
// name or a literal.
func isSimple(e grammar.Expr) bool {
	switch e.(type) {
	case *grammar.Name, *grammar.IntLit, *grammar.FloatLit, *grammar.StrLit, *grammar.Const:
		return true
	}
	return false
}

func (e *emitter) ifStmt(g *jen.Group, st *grammar.If) {
	s := g.If(e.cond(st.Cond)).BlockFunc(e.body(st.Body))
	for _, el := range st.Elifs {
		s = s.Else().If(e.cond(el.Cond)).BlockFunc(e.body(el.Body))
	}
	if st.Else != nil {
		s.Else().BlockFunc(e.body(st.Else))
	}
}

func (e *emitter) returnStmt(g *jen.Group, st *grammar.Return) {
	switch {
	case !returnsValue(e.fn):
		if st.Value != nil && !isNone(st.Value) {
			e.exprStmt(g, st.Value)
		}
		e.jump(g, jumpReturn, nil)
	case st.Value == nil:
		e.jump(g, jumpReturn, noneOf(e.fn.ret.get()))
	default:
		e.jump(g, jumpReturn, e.coerce(st.Value, e.fn.ret.get()))
	}
}

func isNone(e grammar.Expr) bool {
	c, ok := e.(*grammar.Const)
	return ok && c.Value == "None"
}

// withStmt emits `async with a as x, b:` (or a plain with on a thread pool) as a function literal that
// enters each context manager in turn and defers its exit, so that the
// exits run on every way out of the block, exceptions included,
// innermost first:
//
//	x := aio.NewTaskGroup()
//	func() {
//		x.Enter(t)
//		defer x.Leave(t)
//		lock.Acquire(t)
//		defer lock.Release()
//		...
//	}()
//
// The first item's target is bound before the literal, where decl.go
// declares it (the resolver refuses targets on later items); a context
// manager not held in a name is held in a temporary.
func (e *emitter) withStmt(g *jen.Group, st *grammar.With) {
	var enter []jen.Code
	for i, it := range st.Items {
		ct := e.typeOf(it.Context)
		var cm *jen.Statement
		target := asName(it.Target)
		switch {
		case !st.Async && ct.Kind != ExecutorT:
			e.diag.unsupported(it.Context, "'with' on this value")
			return
		case st.Async && e.isAsyncCM(it.Context):
			enter = append(enter, e.enterAsyncCM(i, it)...)
			continue
		case st.Async && !isLockLike(ct.Kind) && ct.Kind != TaskGroupT && ct.Kind != TimeoutT:
			e.diag.unsupported(it.Context, "'async with' on this value")
			return
		case target != nil && isLockLike(ct.Kind):
			e.diag.unsupported(it.Target, "'async with ... as' on a lock or semaphore")
			return
		case target != nil && (e.uses[target].read || e.uses[target].pkgLevel):
			e.assignName(g, target, it.Context)
			cm = jen.Id(e.uses[target].Go)
		case isSimple(it.Context):
			cm = e.expr(it.Context)
		default:
			tmp := "tmp" + strconv.Itoa(i)
			enter = append(enter, jen.Id(tmp).Op(":=").Add(e.expr(it.Context)))
			cm = jen.Id(tmp)
		}
		switch ct.Kind {
		case Lock, Semaphore, BoundedSem, Condition:
			enter = append(enter, cm.Clone().Dot("Acquire").Call(jen.Id("t")), jen.Defer().Add(cm.Clone().Dot("Release").Call()))
		case TaskGroupT:
			enter = append(enter, cm.Clone().Dot("Enter").Call(jen.Id("t")), jen.Defer().Add(cm.Clone().Dot("Leave").Call(jen.Id("t"))))
		case TimeoutT:
			enter = append(enter, cm.Clone().Dot("Enter").Call(jen.Id("t")), jen.Defer().Add(cm.Clone().Dot("Leave").Call()))
		case ExecutorT: // __exit__ is shutdown(wait=True)
			enter = append(enter, jen.Defer().Add(cm.Clone().Dot("Shutdown").Call(jen.True())))
		}
	}
	f := e.openFrame(st.Body)
	body := jen.BlockFunc(func(g *jen.Group) {
		for _, c := range enter {
			g.Add(c)
		}
		e.stmts(g, st.Body)
		if f.jumps() && !e.endsInJump(st.Body) {
			g.Return()
		}
	})
	e.closeFrame()
	e.runFrame(g, f, jen.Func().Params().Params(e.results(f)...).Add(body))
}
