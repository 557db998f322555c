package codegen

import "github.com/aiogo-dev/aiogo/grammar"

// Reachability by Python's rules.
//
// A function returns None implicitly only when control can reach the end
// of its body, so inference joins None into its result exactly then; a
// machine ends its last state with that implicit return exactly then.
// Go's own rule for when a function needs a final return is narrower
// (terminates, in infer.go): where Python knows the end is unreachable
// and Go does not, the emitter ends the Go function with a panic that
// cannot run.
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
// innermost loop being walked.
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
		return r.block(st.Body) || r.c.maySuppress(st)
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
