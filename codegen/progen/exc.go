package progen

import (
	"fmt"
	"strings"
)

// excKind is a class of exception a program may raise; an excSet
// records which kinds may escape a piece of code. The sets are computed
// bottom-up as the code is generated (an expression that divides by a
// value that may be 0 may raise ZeroDivisionError, a call may raise what
// the callee may, a try removes what its handlers catch), so the
// generator knows what every statement may raise and can catch it where
// an escape would be unwanted.
type excKind uint8

const (
	kValue   excKind = iota // ValueError
	kLimit                  // LimitError, the program's subclass of ValueError
	kKey                    // KeyError
	kIndex                  // IndexError
	kZeroDiv                // ZeroDivisionError
	kRuntime                // RuntimeError
	kApp                    // AppError, the program's own base class
	kSub                    // SubError, a subclass of AppError
	kGroup                  // ExceptionGroup, from a TaskGroup whose children failed
	kCode                   // CodeError, a subclass of AppError with attributes and a method
	kRetry                  // RetryError, a subclass of CodeError with its own __str__
	nKinds
)

type excSet uint16

func setOf(ks ...excKind) excSet {
	var s excSet
	for _, k := range ks {
		s |= 1 << k
	}
	return s
}

func (s excSet) has(k excKind) bool { return s&(1<<k) != 0 }

func (s excSet) kinds() []excKind {
	var out []excKind
	for k := excKind(0); k < nKinds; k++ {
		if s.has(k) {
			out = append(out, k)
		}
	}
	return out
}

// allExc is every kind: what `except Exception` catches.
const allExc = excSet(1<<nKinds - 1)

// excClass is an exception class a handler may name (or a raise may
// instantiate, when it has a kind of its own).
type excClass struct {
	name     string
	catches  excSet
	kind     excKind // the kind a raise of this class makes
	raisable bool
}

var excClasses = []excClass{
	{"ValueError", setOf(kValue, kLimit), kValue, true},
	{"LimitError", setOf(kLimit), kLimit, true},
	{"KeyError", setOf(kKey), kKey, true},
	{"IndexError", setOf(kIndex), kIndex, true},
	{"LookupError", setOf(kKey, kIndex), 0, false},
	{"ZeroDivisionError", setOf(kZeroDiv), kZeroDiv, true},
	{"ArithmeticError", setOf(kZeroDiv), 0, false},
	{"RuntimeError", setOf(kRuntime), kRuntime, true},
	{"AppError", setOf(kApp, kSub, kCode, kRetry), kApp, true},
	{"CodeError", setOf(kCode, kRetry), kCode, true},
	{"RetryError", setOf(kRetry), kRetry, true},
	{"SubError", setOf(kSub), kSub, true},
	{"ExceptionGroup", setOf(kGroup), 0, false},
	{"Exception", allExc, 0, false},
}

// userClasses are the program's own exception classes without a body,
// defined at the top of every program, before the classes with one
// (codeErrorClasses).
var userClasses = []struct{ name, base string }{
	{"AppError", "Exception"},
	{"SubError", "AppError"},
	{"LimitError", "ValueError"},
}

// codeErrorClasses defines the exception classes with a body: CodeError
// keeps its code and reason as attributes and has a method; its
// __init__ passes a message to BaseException's, or (withArgs false)
// does not, which leaves the constructor's positional arguments as the
// exception's args. RetryError adds a __str__.
func codeErrorClasses(withArgs bool) block {
	var b block
	b.add("")
	b.add("")
	b.add("class CodeError(AppError):")
	b.add(`    def __init__(self, code, reason="failed"):`)
	if withArgs {
		b.add(`        super().__init__(f"{reason} ({code})")`)
	}
	b.add("        self.code = code")
	b.add("        self.reason = reason")
	b.add("")
	b.add("    def severity(self):")
	b.add(`        return "high" if self.code > 50 else "low"`)
	b.add("")
	b.add("")
	b.add("class RetryError(CodeError):")
	b.add("    def __str__(self):")
	b.add(`        return f"retry {self.code}: {self.reason}"`)
	return b
}

// hasBody reports whether cl is one of codeErrorClasses, whose
// instances have attributes.
func (cl excClass) hasBody() bool { return cl.name == "CodeError" || cl.name == "RetryError" }

// classesCatching returns the classes whose handler catches kind k.
func classesCatching(k excKind) []excClass {
	var out []excClass
	for _, c := range excClasses {
		if c.catches.has(k) {
			out = append(out, c)
		}
	}
	return out
}

// raiseStmt raises a built-in or program exception class, usually under an if.
func (g *gen) raiseStmt(c ctx) stmtResult {
	line, kind := g.raiseLine(c)
	if g.chance(90) {
		cond := g.cond(c)
		return result(block{"if " + cond.src + ":", "    " + line}, setOf(kind)|cond.raises)
	}
	return stmtResult{block{line}, stmtInfo{raises: setOf(kind), term: true}}
}

// raiseLine returns a raise statement of a new exception and its kind.
func (g *gen) raiseLine(c ctx) (string, excKind) {
	var raisable []excClass
	for _, cl := range excClasses {
		if cl.raisable {
			raisable = append(raisable, cl)
		}
	}
	cl := oneOf(g, raisable...)
	if cl.hasBody() {
		code := g.intLit().src
		switch g.r.IntN(3) {
		case 0:
			return fmt.Sprintf("raise %s(%s)", cl.name, code), cl.kind
		case 1:
			return fmt.Sprintf("raise %s(%s, %s)", cl.name, code, g.strLit(c).src), cl.kind
		}
		return fmt.Sprintf("raise %s(%s, reason=%s)", cl.name, code, g.fstring(c, 1).src), cl.kind
	}
	var args []string
	switch g.r.IntN(6) {
	case 4:
		return "raise " + cl.name, cl.kind // the class: raised as an instance without arguments
	case 5: // no arguments
	case 0:
		args = append(args, g.fstring(c, 1).src)
	case 1:
		args = append(args, g.strLit(c).src, g.intLit().src)
	default:
		args = append(args, fmt.Sprintf(`"%s: %s"`, c.tag(), oneOf(g, "bad value", "failed", "limit", "missing", "no")))
	}
	return fmt.Sprintf("raise %s(%s)", cl.name, strings.Join(args, ", ")), cl.kind
}

// handler is what a bare raise in an except block re-raises.
type handler struct {
	caught excSet
	name   string // the bound exception, "" when none
	// withAttrs says every class the handler names has attributes
	// (codeErrorClasses), which its body may then read.
	withAttrs bool
}

// tryStmt writes try with some of except (by class or tuple of
// classes, with or without a name), except asyncio.CancelledError
// where cancellation may arrive, else and finally. The handlers are
// picked knowing what the body may raise, so most catch something.
func (g *gen) tryStmt(c ctx) stmtResult {
	if c.machine {
		c.noAwait = true
	}
	body, raised := g.block(c.nested(), g.blockSize(c))
	return g.tryAround(c, body, raised)
}

// guarded writes a statement and, when it may raise, often puts it in a
// try of its own. Its bindings are not visible after it: a handler may
// have swallowed the exception that kept them from being made.
func (g *gen) guarded(c ctx) stmtResult {
	sc := c
	sc.sc = c.sc.child()
	if c.machine {
		sc.noAwait = true
		c.noAwait = true
	}
	b, info := g.stmt(sc)
	if info.raises == 0 || info.term || !g.chance(60) {
		return stmtResult{b, info}
	}
	return g.tryAround(c, b, info.raises)
}

// tryAround writes a try statement around body, which may raise raised.
func (g *gen) tryAround(c ctx, body block, remaining excSet) stmtResult {
	var b, held block // held: the variables that hold a handler's classes
	b.add("try:")
	b.nest(body)
	var out excSet
	nh := g.between(0, 2)
	if remaining != 0 {
		nh++
	}
	withFinally := nh == 0 || g.chance(40)
	cancelAt := -1
	if c.cancellable && c.async() && g.chance(40) {
		cancelAt = g.r.IntN(nh + 1)
		if nh == 0 {
			withFinally = g.chance(40)
		}
	}
	for i := 0; i <= nh; i++ {
		if i == cancelAt {
			b = append(b, g.cancelHandler(c)...)
		}
		if i == nh {
			break
		}
		classes := g.handlerClasses(remaining)
		var names []string
		var catches excSet
		for _, cl := range classes {
			names = append(names, cl.name)
			catches |= cl.catches
		}
		h := handler{caught: remaining & catches, withAttrs: catches&^setOf(kCode, kRetry) == 0}
		remaining &^= catches
		head := "except " + names[0]
		if len(names) > 1 {
			head = "except (" + strings.Join(names, ", ") + ")"
		}
		// The classes held as a value, read when the body raises (not
		// for attributes of the program's classes: the exception's class
		// is then only known at run time).
		if !h.withAttrs && g.chance(15) {
			v := c.fs.fresh("excs")
			held.add("%s = %s", v, strings.TrimPrefix(head, "except "))
			head = "except " + v
		}
		if g.chance(75) {
			h.name = "e"
			if len(c.sc.ofType(tExc)) > 0 {
				h.name = c.fs.fresh("err")
			}
			head += " as " + h.name
		}
		b.add("%s:", head)
		hb, r := g.handlerBody(c, h)
		b.nest(hb)
		out |= r
	}
	if nh > 0 && g.chance(30) {
		b.add("else:")
		body, r := g.block(c.nested(), g.between(1, 2))
		b.nest(body)
		out |= r
	}
	if withFinally {
		b.add("finally:")
		fc := c.nested()
		fc.noReturn, fc.loops = true, 0
		body, r := g.block(fc, g.between(1, 3))
		b.nest(body)
		out |= r
	}
	return result(append(held, b...), remaining|out)
}

// handlerClasses picks the class (or tuple of classes) of a handler,
// usually one that catches something the body may raise.
func (g *gen) handlerClasses(raised excSet) []excClass {
	pick := func() excClass {
		if ks := raised.kinds(); len(ks) > 0 && g.chance(80) {
			return oneOf(g, classesCatching(oneOf(g, ks...))...)
		}
		return oneOf(g, excClasses...)
	}
	first := pick()
	if g.chance(25) {
		second := pick()
		if second.name != first.name && first.name != "Exception" && second.name != "Exception" {
			return []excClass{first, second}
		}
	}
	return []excClass{first}
}

// handlerBody writes an except block: it reports what it caught, may
// do more work, and may re-raise, raise a new exception from it, or
// leave by return, break or continue.
func (g *gen) handlerBody(c ctx, h handler) (block, excSet) {
	hc := c.nested()
	var b block
	if h.name != "" {
		hc.sc.add(&variable{name: h.name, t: tExc})
		switch g.r.IntN(4) {
		case 0:
			b.add(`print("%s caught", %s)`, c.tag(), h.name)
		case 1:
			b.add(`print("%s caught", repr(%s))`, c.tag(), h.name)
		case 2:
			b.add(`print(f"%s caught {%s!r}")`, c.tag(), h.name)
		default:
			b.add(`print("%s caught " + str(%s))`, c.tag(), h.name)
		}
		if g.chance(15) {
			b.add(`print("%s cause", type(%s), type(%s.__cause__).__name__)`, c.tag(), h.name, h.name)
		}
		switch {
		case h.withAttrs:
			b.add(`print("%s code", %s.code, %s.reason, %s.severity())`, c.tag(), h.name, h.name, h.name)
		case h.caught&setOf(kCode, kRetry) != 0 && g.chance(50):
			b.add("if isinstance(%s, CodeError):", h.name)
			b.add(`    print("%s code", %s.code, type(%s).__name__)`, c.tag(), h.name, h.name)
		}
	} else {
		b.add(`print("%s caught")`, c.tag())
	}
	var raises excSet
	if g.chance(40) {
		body, r := g.block(hc, g.between(1, 2))
		b = append(b, body...)
		raises |= r
	}
	switch r := g.r.IntN(10); {
	case r < 2:
		b.add("raise")
		raises |= h.caught
	case r == 2 && h.name != "" && !c.noRaise:
		line, k := g.raiseLine(c)
		b.add("%s from %s", line, h.name)
		raises |= setOf(k)
	case r == 3 && !c.noReturn:
		s, info := g.returnStmt(hc).unpack()
		b = append(b, s...)
		raises |= info.raises
	case r == 4 && c.loops > 0:
		b.add("%s", oneOf(g, "break", "continue"))
	}
	return b, raises
}

// cancelHandler writes `except asyncio.CancelledError:` that reports
// the cancellation and re-raises it or, sometimes, swallows it.
func (g *gen) cancelHandler(c ctx) block {
	var b block
	b.add("except asyncio.CancelledError:")
	var body block
	body.add(`print("%s cancelled")`, c.tag())
	if g.chance(65) {
		body.add("raise")
	} else if g.chance(50) && !c.noReturn {
		if t := c.fs.f.ret; t != tNone {
			body.add("return %s", g.literal(c, t).src)
		} else {
			body.add("return")
		}
	}
	b.nest(body)
	return b
}

// absorb wraps b, which may raise raised, in a try whose handlers catch
// all of it, for code whose caller must not see an exception.
func (g *gen) absorb(c ctx, b block, raised excSet) block {
	if raised == 0 {
		return b
	}
	out := block{"try:"}
	out.nest(b)
	e := "e"
	if len(c.sc.ofType(tExc)) > 0 {
		e = c.fs.fresh("err")
	}
	if ks := raised.kinds(); g.chance(50) {
		cl := oneOf(g, classesCatching(oneOf(g, ks...))...)
		out.add("except %s as %s:", cl.name, e)
		out.add(`    print("%s handled", repr(%s))`, c.tag(), e)
		raised &^= cl.catches
	}
	if raised != 0 {
		out.add("except Exception as %s:", e)
		out.add(`    print("%s failed", %s)`, c.tag(), e)
	}
	return out
}
