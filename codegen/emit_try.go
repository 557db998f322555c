package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// Exceptions are Go panics carrying *py.Exc values. A try statement
// becomes
//
//	if exc := func() (caught *py.Exc) {
//		defer func() { ...recover, keep caught if it matches a handler... }()
//		body
//		return
//	}(); exc != nil {
//		handlers, chosen by class
//	} else {
//		else block
//	}
//
// so only the body runs in a closure: the handlers and the else block run
// in the enclosing function. A finally block wraps all of it in one more
// closure that defers it, so it runs on every exit, exceptions and task
// cancellation included. Jumps out of the closures go as emit_jump.go
// describes.

func (e *emitter) tryStmt(g *jen.Group, st *grammar.Try) {
	if st.Finally == nil {
		e.tryExcept(g, st)
		return
	}
	f := e.openFrame([]grammar.Stmt{st})
	body := jen.BlockFunc(func(g *jen.Group) {
		g.Defer().Func().Params().BlockFunc(e.body(st.Finally)).Call()
		e.tryExcept(g, st)
		if f.jumps() && !e.exceptEnds(st) {
			g.Return()
		}
	})
	e.closeFrame()
	e.runFrame(g, f, jen.Func().Params().Params(e.results(f)...).Add(body))
}

func (e *emitter) tryExcept(g *jen.Group, st *grammar.Try) {
	if len(st.Handlers) == 0 {
		e.stmts(g, st.Body)
		return
	}
	var classes []jen.Code
	dynamic := false
	for _, h := range st.Handlers {
		if h.Type == nil || e.catchesAll(h.Type) {
			classes, dynamic = nil, false // a catch-all handler: py.Catch with no classes
			break
		}
		cs, dyn := e.excClasses(h.Type)
		classes, dynamic = append(classes, cs...), dynamic || dyn != nil
	}
	catch := jen.Qual(pyPkg, "Catch").Call(append([]jen.Code{jen.Id("rec")}, classes...)...)
	if dynamic {
		// Classes held as values are read once the body has raised, a
		// clause at a time until one matches, as CPython reads them.
		catch = jen.Qual(pyPkg, "CatchIf").Call(jen.Id("rec"),
			jen.Func().Params(jen.Id("exc").Op("*").Qual(pyPkg, "Exc")).Bool().BlockFunc(func(g *jen.Group) {
				for _, h := range st.Handlers {
					e.lineDirective(g, h.Pos)
					g.If(e.classTest(jen.Id("exc"), h.Type)).Block(jen.Return(jen.True()))
				}
				g.Return(jen.False())
			}))
	}
	caught, rec := jen.Id("caught"), jen.Id("rec")
	f := e.openFrame(st.Body, jen.Nil())
	body := jen.BlockFunc(func(g *jen.Group) {
		g.Defer().Func().Params().Block(
			jen.If(rec.Clone().Op(":=").Recover(), rec.Clone().Op("!=").Nil()).Block(
				jen.If(caught.Clone().Op("=").Add(catch),
					caught.Clone().Op("==").Nil()).Block(
					jen.Panic(rec.Clone()), // not ours to handle
				),
			),
		).Call()
		e.stmts(g, st.Body)
		if !e.endsInJump(st.Body) {
			g.Return()
		}
	})
	e.closeFrame()
	results := append([]jen.Code{caught.Clone().Op("*").Qual(pyPkg, "Exc")}, e.results(f)...)
	lit := jen.Func().Params().Params(results...).Add(body)
	// Nested handlers name their exception exc1, exc2, ... so that the
	// outer one stays visible (for a bare raise in an inner else block).
	exc := jen.Id(excVar(e.handling + 1))
	vars := append([]jen.Code{exc.Clone()}, f.vars()...)
	s := g.If(jen.List(vars...).Op(":=").Add(lit).Call(), exc.Clone().Op("!=").Nil()).BlockFunc(func(g *jen.Group) {
		e.handling++
		e.handlers(g, st.Handlers)
		e.handling--
	})
	s = e.elseJumps(s, f)
	if st.Else != nil {
		s.Else().BlockFunc(e.body(st.Else))
	}
}

// handlers dispatches a caught exception to the first matching handler,
// in an if chain: a break in a handler must leave the enclosing loop,
// which in a Go switch it would not. The exception was caught because
// some handler matches it, so the last one needs no test; its plain else
// also lets Go see that the chain ends when every handler does.
func (e *emitter) handlers(g *jen.Group, hs []*grammar.ExceptHandler) {
	if len(hs) == 1 {
		e.handler(g, hs[0])
		return
	}
	var chain *jen.Statement
	for i, h := range hs {
		body := func(g *jen.Group) { e.handler(g, h) }
		if i == len(hs)-1 {
			chain.Else().BlockFunc(body)
			break
		}
		cond := e.classTest(jen.Id(excVar(e.handling)), h.Type)
		if chain == nil {
			chain = g.If(cond).BlockFunc(body)
		} else {
			chain = chain.Else().If(cond).BlockFunc(body)
		}
	}
}

func (e *emitter) handler(g *jen.Group, h *grammar.ExceptHandler) {
	e.lineDirective(g, h.Pos)
	if n := e.handlerNames[h]; n != nil {
		sym := e.uses[n]
		switch {
		case !sym.read && !sym.pkgLevel:
		case e.define[n]:
			g.Id(sym.Go).Op(":=").Id(excVar(e.handling))
		default:
			g.Id(sym.Go).Op("=").Id(excVar(e.handling))
		}
	}
	e.stmts(g, h.Body)
	if n := e.handlerNames[h]; n != nil && e.fallsThrough(h.Body) {
		e.setBound(g, false, n) // Python deletes the name as the block ends
	}
}

// excVar names the exception handled at except-nesting depth n (from 1).
func excVar(n int) string { return numberedName("exc", n) }

// catchesAll reports whether an except clause names BaseException.
func (e *emitter) catchesAll(x grammar.Expr) bool {
	return e.excClassName(x) == "BaseException"
}

// excClasses renders the classes an except clause names. A clause that
// holds classes as values (a variable holding a class or a tuple of
// them) is instead dynamic: its value, for py.ExcClassesOf.
func (e *emitter) excClasses(x grammar.Expr) (classes []jen.Code, dynamic jen.Code) {
	parts := []grammar.Expr{x}
	tup, isTuple := x.(*grammar.Tuple)
	if isTuple {
		parts = tup.Elts
	}
	for _, y := range parts {
		if !e.isExcClass(y) {
			if isTuple { // each item is checked: a tuple in a tuple raises TypeError
				items := make([]jen.Code, len(parts))
				for i, y := range parts {
					items[i] = e.exceptPart(y)
				}
				return nil, jen.Qual(pyPkg, "Tuple").Values(items...)
			}
			return nil, e.coerce(y, tAny)
		}
	}
	for _, y := range parts {
		classes = append(classes, e.excClass(y))
	}
	return classes, nil
}

// exceptPart emits an item of an except clause's tuple as an any.
func (e *emitter) exceptPart(y grammar.Expr) jen.Code {
	if e.isExcClass(y) {
		return e.excClass(y)
	}
	return e.coerce(y, tAny)
}

// classTest emits the test that exc matches the classes x names.
func (e *emitter) classTest(exc jen.Code, x grammar.Expr) *jen.Statement {
	classes, dynamic := e.excClasses(x)
	if dynamic != nil {
		return jen.Qual(pyPkg, "ExcMatches").Call(exc, jen.Qual(pyPkg, "ExcClassesOf").Call(dynamic))
	}
	var cond *jen.Statement
	for _, c := range classes {
		test := jen.Add(exc).Dot("Class").Dot("IsSubclassOf").Call(c)
		if cond == nil {
			cond = test
		} else {
			cond = cond.Op("||").Add(test)
		}
	}
	return cond
}

// excClass emits the exception class x names: a *py.ExcClass of package
// py, or the variable holding one of the program's own.
func (e *emitter) excClass(x grammar.Expr) *jen.Statement {
	sym := e.userExcClass(x)
	switch {
	case sym == nil:
		return jen.Qual(pyPkg, e.excClassName(x))
	case sym.Kind == symClass: // with a body: sym.Go names its struct
		return jen.Id(sym.cls.excVar)
	}
	return jen.Id(sym.Go)
}

// excClassDecls declares the program's exception classes as package
// variables, each deriving from its base.
func (e *emitter) excClassDecls(f *jen.File) {
	for _, sym := range e.module.order {
		switch {
		case sym.Kind == symExcClass:
			base := sym.class.Bases[0].Value
			f.Var().Id(sym.Go).Op("=").Qual(pyPkg, "NewExcClass").Call(jen.Lit(sym.Name), e.excClass(base))
		case sym.Kind == symClass && sym.cls.isExc():
			f.Var().Id(sym.cls.excVar).Op("=").Qual(pyPkg, "NewExcClassWithBody").Call(jen.Lit(sym.Name), e.excClass(sym.cls.excBase))
		}
	}
}

// raiseStmt emits raise: py.Raise records the traceback and panics; a
// raise inside a handler chains the exception being handled as CPython's
// __context__; a bare raise re-raises it unchanged.
func (e *emitter) raiseStmt(g *jen.Group, st *grammar.Raise) {
	if st.Exc == nil {
		g.Qual(pyPkg, "Reraise").Call(jen.Id(excVar(e.handling)))
		return
	}
	x := e.exception(st.Exc)
	switch {
	case st.Cause != nil:
		cause := jen.Nil()
		if !isNone(st.Cause) {
			cause = e.exception(st.Cause)
		}
		if e.handling > 0 {
			g.Qual(pyPkg, "RaiseFromIn").Call(x, cause, jen.Id(excVar(e.handling)))
			return
		}
		g.Qual(pyPkg, "RaiseFrom").Call(x, cause)
	case e.handling > 0:
		g.Qual(pyPkg, "RaiseIn").Call(x, jen.Id(excVar(e.handling)))
	default:
		g.Qual(pyPkg, "Raise").Call(x)
	}
}

// exception emits an exception instance: a class alone is instantiated
// with no arguments, as raise does.
func (e *emitter) exception(x grammar.Expr) *jen.Statement {
	if sym := e.userExcClass(x); sym != nil && sym.Kind == symClass {
		return e.newExcInstance(sym.cls, &grammar.Call{Pos: x.(*grammar.Name).Pos, Func: x})
	}
	if e.isExcClass(x) {
		return e.excClass(x).Dot("New").Call()
	}
	t := e.typeOf(x)
	switch {
	case t.Kind == Any: // an exception or an exception class held as a value
		return jen.Qual(pyPkg, "RaisableAny").Call(e.expr(x))
	case t.Kind != ExcT:
		e.diag.unsupported(x, "raising a value of type "+t.String())
		return jen.Nil()
	case t.optional:
		return jen.Qual(pyPkg, "Raisable").Call(e.expr(x))
	}
	return e.expr(x)
}

// newException emits a call of an exception class: ValueError("msg").
func (e *emitter) newException(class grammar.Expr, call *grammar.Call) *jen.Statement {
	args, _ := e.positional(call, pyExpr(class))
	vals := make([]jen.Code, len(args))
	for i, a := range args {
		vals[i] = e.expr(a)
	}
	return e.excClass(class).Dot("New").Call(vals...)
}
