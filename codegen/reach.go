package codegen

import "github.com/aiogo-dev/aiogo/grammar"

// Reachability, by Python's rules and by Go's.
//
// A function returns None implicitly only when control can reach the end
// of its body, so inference joins None into its result exactly then; a
// machine ends its last state with that implicit return exactly then.
// Statements after one that control never leaves normally are dead in
// Python; the emitter leaves them out (live), as go vet would call them
// unreachable in Go.
//
// Go's own rule for when a function or function literal needs a final
// return is narrower (terminates, endsInJump, which look at the Go the
// live statements become): where Python knows the end is unreachable and
// Go does not, the emitter ends the Go function with a panic that cannot
// run.
//
// The analysis is conservative: it may call an end reachable that is
// not (a handler is assumed reachable whenever its try has one), never
// the reverse.

// fallsThrough reports whether control can reach the end of stmts.
func (c *checker) fallsThrough(stmts []grammar.Stmt) bool {
	r := reach{c: c}
	return r.block(stmts)
}

// reach walks one body; broke records a reachable break out of the
// innermost loop being walked. Without a checker it does not know the
// types of context managers, and lets every with statement fall through.
type reach struct {
	c     *checker
	broke bool
}

func (r *reach) block(stmts []grammar.Stmt) bool {
	for _, st := range stmts {
		if !r.stmt(st) {
			return false
		}
	}
	return true
}

func (r *reach) stmt(st grammar.Stmt) bool {
	switch st := st.(type) {
	case *grammar.Return, *grammar.Raise, *grammar.Continue:
		return false
	case *grammar.Break:
		r.broke = true
		return false
	case *grammar.If:
		falls := r.block(st.Body)
		for _, el := range st.Elifs {
			falls = r.block(el.Body) || falls
		}
		if st.Else == nil {
			return true
		}
		return r.block(st.Else) || falls
	case *grammar.While:
		broke := r.loopBody(st.Body)
		if isTrue(st.Cond) {
			return broke // the else block never runs
		}
		return r.block(st.Else) || broke
	case *grammar.For:
		broke := r.loopBody(st.Body)
		return r.block(st.Else) || broke
	case *grammar.Try:
		falls := r.block(st.Body) && r.block(st.Else)
		for _, h := range st.Handlers {
			falls = r.block(h.Body) || falls
		}
		if len(st.Finally) > 0 && !r.block(st.Finally) {
			return false
		}
		return falls
	case *grammar.With:
		return r.block(st.Body) || r.c == nil || r.c.maySuppress(st)
	}
	return true
}

// loopBody walks a loop's body and reports whether a break leaves it;
// a break in the loop's else block belongs to the enclosing loop.
func (r *reach) loopBody(body []grammar.Stmt) bool {
	outer := r.broke
	r.broke = false
	r.block(body)
	broke := r.broke
	r.broke = outer
	return broke
}

// maySuppress reports whether a with statement may swallow an exception
// of its body, so that control goes on after it: a context manager of
// the program's own (its __exit__ may return True) or of unknown kind.
// The runtime's context managers (locks, semaphores, conditions,
// TaskGroup, timeout, thread pools) never suppress.
func (c *checker) maySuppress(st *grammar.With) bool {
	for _, it := range st.Items {
		switch c.typeOf(it.Context).Kind {
		case Unknown, Lock, Semaphore, BoundedSem, Condition, TaskGroupT, TimeoutT, ExecutorT:
		default:
			return true
		}
	}
	return false
}

// live is stmts up to the first that control never leaves normally: the
// rest is dead code, which Python compiles but never runs. It does not
// depend on types, since resolution, which runs before inference, must
// agree with the emitter on which reads of a variable are live (Go
// rejects a variable that is assigned and never read): it counts a with
// statement as falling through, and a machine starts a state after one
// that does not (machine.withStmt).
func live(stmts []grammar.Stmt) []grammar.Stmt {
	for i := range stmts {
		r := reach{}
		if !r.block(stmts[i : i+1]) {
			return stmts[:i+1]
		}
	}
	return stmts
}

// terminates reports whether the Go a function body becomes can never
// fall off its end by Go's rules (so that it needs no final return
// exactly when this holds): its last live statement is a return, an if
// whose branches all terminate, a `while True` without a break, or a try
// without finally whose handlers and else block all terminate.
func (c *checker) terminates(stmts []grammar.Stmt) bool {
	stmts = live(stmts)
	if len(stmts) == 0 {
		return false
	}
	switch st := stmts[len(stmts)-1].(type) {
	case *grammar.Return:
		return true
	case *grammar.If:
		if st.Else == nil || !c.terminates(st.Body) || !c.terminates(st.Else) {
			return false
		}
		for _, e := range st.Elifs {
			if !c.terminates(e.Body) {
				return false
			}
		}
		return true
	case *grammar.While:
		return isTrue(st.Cond) && !hasBreak(st.Body) || elseEnds(st.Body, st.Else, c.terminates)
	case *grammar.For:
		return elseEnds(st.Body, st.Else, c.terminates)
	case *grammar.Try:
		return st.Finally == nil && handledTryEnds(st, c.terminates)
	}
	return false
}

// elseEnds reports whether a loop's else block, emitted after the loop
// when the body has no break (emitter.loopElse), ends as ends says.
func elseEnds(body, els []grammar.Stmt, ends func([]grammar.Stmt) bool) bool {
	return len(els) > 0 && !hasBreak(body) && ends(els)
}

// endsInJump reports whether the Go a function literal's body becomes
// always leaves through a return statement: its last live statement is a
// Python return, an escaping break or continue, or a construct Go knows
// to terminate.
func (c *checker) endsInJump(stmts []grammar.Stmt) bool {
	stmts = live(stmts)
	if len(stmts) == 0 {
		return false
	}
	switch st := stmts[len(stmts)-1].(type) {
	case *grammar.Return, *grammar.Break, *grammar.Continue:
		return true
	case *grammar.If:
		if st.Else == nil || !c.endsInJump(st.Body) || !c.endsInJump(st.Else) {
			return false
		}
		for _, el := range st.Elifs {
			if !c.endsInJump(el.Body) {
				return false
			}
		}
		return true
	case *grammar.Try:
		return st.Finally == nil && c.exceptEnds(st)
	case *grammar.While:
		if elseEnds(st.Body, st.Else, c.endsInJump) {
			return true
		}
	case *grammar.For:
		return elseEnds(st.Body, st.Else, c.endsInJump)
	}
	return c.terminates(stmts)
}

// exceptEnds reports whether a try statement apart from its finally
// block always ends in a jump: its body when it has no handlers, else
// every handler and its else block.
func (c *checker) exceptEnds(st *grammar.Try) bool {
	if len(st.Handlers) == 0 {
		return c.endsInJump(st.Body)
	}
	return handledTryEnds(st, c.endsInJump)
}

// handledTryEnds reports whether every way through a try statement's
// handlers and else block ends as ends says; the Go if chain it becomes
// then ends so too.
func handledTryEnds(st *grammar.Try, ends func([]grammar.Stmt) bool) bool {
	if len(st.Handlers) == 0 || st.Else == nil || !ends(st.Else) {
		return false
	}
	for _, h := range st.Handlers {
		if !ends(h.Body) {
			return false
		}
	}
	return true
}

// whileElse is the else block of a while loop that can run: none for
// `while True`, which only a break leaves, and a break skips the block.
func whileElse(st *grammar.While) []grammar.Stmt {
	if isTrue(st.Cond) {
		return nil
	}
	return st.Else
}
