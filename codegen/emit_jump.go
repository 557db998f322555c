package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// Jumps out of closures.
//
// A try body, an `async with` body and a try statement with a finally
// block run in Go function literals (a deferred recover or release needs
// one). A return, break or continue inside such a literal cannot leave
// the enclosing function or loop directly, so the literal returns how it
// ended, in named results `jump int` (and `ret T`, the function's result,
// when the body returns a value), and the code after its call re-does the
// jump one level up:
//
//	if jump, ret := func() (jump int, ret string) {
//		defer lock.Release()
//		...
//		return jumpReturn, name
//	}(); jump == jumpReturn {
//		return ret
//	}
//
// where the codes below are written as plain integers.

const (
	jumpBreak = 1 + iota
	jumpContinue
	jumpReturn
)

// frame is a function literal that jumps may have to leave.
type frame struct {
	loops  int        // the emitter's loop depth where the literal begins
	prefix []jen.Code // results before jump: a try body's caught exception
	ret    bool       // the literal has a ret result
	used   [jumpReturn + 1]bool
}

// openFrame starts a function literal for body.
func (e *emitter) openFrame(body []grammar.Stmt, prefix ...jen.Code) *frame {
	f := &frame{loops: e.loops, prefix: prefix, ret: e.fn != nil && returnsValue(e.fn) && containsStmt[*grammar.Return](body)}
	e.frames = append(e.frames, f)
	return f
}

func (e *emitter) closeFrame() { e.frames = e.frames[:len(e.frames)-1] }

func (f *frame) jumps() bool { return f.used[jumpBreak] || f.used[jumpContinue] || f.used[jumpReturn] }

// results are the named results the literal declares after prefix.
func (e *emitter) results(f *frame) []jen.Code {
	if !f.jumps() {
		return nil
	}
	out := []jen.Code{jen.Id("jump").Int()}
	if f.ret {
		out = append(out, jen.Id("ret").Add(goType(e.fn.ret.get())))
	}
	return out
}

// vars are the variables the code after the literal's call binds; ret
// only when a return left the literal (one in dead code does not).
func (f *frame) vars() []jen.Code {
	switch {
	case !f.jumps():
		return nil
	case f.ret && f.used[jumpReturn]:
		return []jen.Code{jen.Id("jump"), jen.Id("ret")}
	case f.ret:
		return []jen.Code{jen.Id("jump"), jen.Id("_")}
	}
	return []jen.Code{jen.Id("jump")}
}

// jump emits break, continue or return (with value, nil for a function
// without result); inside a literal it leaves the literal instead.
func (e *emitter) jump(g *jen.Group, kind int, value jen.Code) {
	if n := len(e.frames); n > 0 {
		f := e.frames[n-1]
		if kind == jumpReturn || f.loops == e.loops {
			f.used[kind] = true
			vals := append(append([]jen.Code{}, f.prefix...), jen.Lit(kind))
			if f.ret {
				if kind != jumpReturn {
					value = jen.Id("ret")
				}
				vals = append(vals, value)
			}
			g.Return(vals...)
			return
		}
	}
	if e.mach != nil && e.mach.jump(e, g, kind, value) {
		return
	}
	switch {
	case kind == jumpBreak:
		if flag := e.broke[e.loops]; flag != "" {
			g.Id(flag).Op("=").True() // the loop's else block must not run
		}
		g.Break()
	case kind == jumpContinue:
		g.Continue()
	case value == nil:
		g.Return()
	default:
		g.Return(value)
	}
}

// jumpKinds lists the jumps a literal made.
func (f *frame) jumpKinds() []int {
	var out []int
	for kind := jumpBreak; kind <= jumpReturn; kind++ {
		if f.used[kind] {
			out = append(out, kind)
		}
	}
	return out
}

// redo emits, after a literal's call, the jump it reported.
func (e *emitter) redo(f *frame, kind int) func(*jen.Group) {
	return func(g *jen.Group) {
		var value jen.Code
		if f.ret {
			value = jen.Id("ret")
		}
		e.jump(g, kind, value)
	}
}

func jumpIs(kind int) *jen.Statement { return jen.Id("jump").Op("==").Lit(kind) }

// elseJumps extends an if chain with one branch per jump of the literal.
func (e *emitter) elseJumps(s *jen.Statement, f *frame) *jen.Statement {
	for _, kind := range f.jumpKinds() {
		s = s.Else().If(jumpIs(kind)).BlockFunc(e.redo(f, kind))
	}
	return s
}

// runFrame emits a statement that calls the literal: a plain call when
// nothing jumps out of it, else the call and the redoing of its jumps.
func (e *emitter) runFrame(g *jen.Group, f *frame, lit *jen.Statement) {
	kinds := f.jumpKinds()
	if len(kinds) == 0 {
		g.Add(lit.Call())
		return
	}
	s := g.If(jen.List(f.vars()...).Op(":=").Add(lit).Call(), jumpIs(kinds[0])).BlockFunc(e.redo(f, kinds[0]))
	for _, kind := range kinds[1:] {
		s = s.Else().If(jumpIs(kind)).BlockFunc(e.redo(f, kind))
	}
}

// containsStmt reports whether a block holds a statement of type S
// (nested function bodies aside).
func containsStmt[S grammar.Stmt](stmts []grammar.Stmt) bool {
	found := false
	walkStmts(stmts, func(st grammar.Stmt) {
		_, ok := st.(S)
		found = found || ok
	})
	return found
}
