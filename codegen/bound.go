package codegen

import "github.com/aiogo-dev/aiogo/grammar"

// Definite assignment. A variable read on a path where nothing has
// assigned it, or after `del`, raises UnboundLocalError (NameError at
// module level) in CPython, where its Go variable would give a value.
// Each read that may see its variable unbound is recorded, and the
// variable gets a bound flag (boundFlag): a bool set where the variable
// is assigned (emit_bound.go), cleared by `del`, and checked by those
// reads alone (py.Assigned).
//
// The analysis follows Python's control flow over one body at a time
// (a function's, or the module's top level) and is conservative: a name
// assigned only inside a loop or a try body (or a with block whose
// context manager may suppress exceptions: maySuppress) is unbound after
// it unless every path assigns it before, and a handler starts from the
// state before its try. Reads inside nested functions, lambdas
// and class bodies run later and are not checked here, nor are the
// variables that a function assigns through global or nonlocal, whose
// stores this walk does not see.

// boundSet is the set of a body's variables that are bound, by name.
type boundSet map[string]bool

func (s boundSet) copy() boundSet {
	out := make(boundSet, len(s))
	for k := range s {
		out[k] = true
	}
	return out
}

// join is the state where two paths meet, either of which may be nil
// (control does not come that way).
func join(a, b boundSet) boundSet {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	}
	return meet(a, b)
}

// meet is the names bound on both paths.
func meet(a, b boundSet) boundSet {
	out := boundSet{}
	for k := range a {
		if b[k] {
			out[k] = true
		}
	}
	return out
}

// boundFlow walks one body, whose own variables live in scope.
type boundFlow struct {
	c     *checker
	scope *Scope
	// breaks and continues hold the states at the reachable breaks and
	// continues of the innermost loop.
	breaks, continues []boundSet
	quiet             bool // a walk whose reads another walk checks
	// elsewhere are the variables that other bodies assign.
	elsewhere map[*Symbol]bool
}

// checkBound finds the reads that may see their variable unbound, in
// every function and at module level, and gives their variables flags.
func (c *checker) checkBound() {
	elsewhere := c.assignedElsewhere()
	check := func(scope *Scope, body []grammar.Stmt) {
		(&boundFlow{c: c, scope: scope, elsewhere: elsewhere}).block(body, boundSet{})
	}
	check(c.module, c.body)
	for _, fn := range c.funcs {
		check(fn.Scope, fn.Def.Body)
	}
}

// assignedElsewhere are the variables that some function declares global
// or nonlocal, and so may assign from outside their own body.
func (c *checker) assignedElsewhere() map[*Symbol]bool {
	out := map[*Symbol]bool{}
	for _, fn := range c.funcs {
		for name := range fn.Scope.globals {
			if sym := c.module.syms[name]; sym != nil {
				out[sym] = true
			}
		}
		for name := range fn.Scope.nonlocals {
			for p := fn.Scope.parent; p != nil; p = p.parent {
				if sym := p.syms[name]; sym != nil {
					out[sym] = true
					break
				}
			}
		}
	}
	return out
}

// block walks stmts from state in; out is the state where control falls
// through (nil when it cannot).
func (f *boundFlow) block(stmts []grammar.Stmt, in boundSet) (out boundSet) {
	s := in
	for _, st := range stmts {
		if s == nil {
			return nil // dead code: Python never runs it
		}
		s = f.stmt(st, s)
	}
	return s
}

func (f *boundFlow) stmt(st grammar.Stmt, s boundSet) boundSet {
	switch st := st.(type) {
	case *grammar.ExprStmt:
		f.reads(st.X, s)
	case *grammar.Assign:
		f.reads(st.Value, s)
		for _, t := range st.Targets {
			f.store(t, s)
		}
	case *grammar.AnnAssign:
		if st.Value != nil {
			f.reads(st.Value, s)
			f.store(st.Target, s)
		}
	case *grammar.AugAssign:
		f.reads(st.Target, s)
		f.reads(st.Value, s)
	case *grammar.Return:
		if st.Value != nil {
			f.reads(st.Value, s)
		}
		return nil
	case *grammar.Raise:
		if st.Exc != nil {
			f.reads(st.Exc, s)
		}
		if st.Cause != nil {
			f.reads(st.Cause, s)
		}
		return nil
	case *grammar.Continue:
		f.continues = append(f.continues, s.copy())
		return nil
	case *grammar.Break:
		f.breaks = append(f.breaks, s.copy())
		return nil
	case *grammar.Assert:
		f.reads(st.Test, s)
		if st.Msg != nil {
			f.reads(st.Msg, s)
		}
	case *grammar.Del:
		for _, t := range st.Targets {
			f.del(t, s)
		}
	case *grammar.If:
		return f.ifStmt(st, s)
	case *grammar.While:
		f.reads(st.Cond, s)
		after := f.loop(func(turn boundSet) { f.reads(st.Cond, turn) }, st.Body, s.copy())
		if isTrue(st.Cond) {
			return after.broken // only a break leaves it
		}
		return f.orElse(st.Else, s, after.broken)
	case *grammar.For:
		f.reads(st.Iter, s)
		body := s.copy()
		f.store(st.Target, body)
		after := f.loop(func(turn boundSet) { f.store(st.Target, turn) }, st.Body, body)
		return f.orElse(st.Else, s, after.broken)
	case *grammar.With:
		for _, it := range st.Items {
			f.reads(it.Context, s)
			if it.Target != nil {
				f.store(it.Target, s)
			}
		}
		out := f.block(st.Body, s.copy())
		if f.c.maySuppress(st) {
			// It may swallow an exception from anywhere in the body, so
			// after it only what was bound before is sure.
			return s
		}
		return out
	case *grammar.Try:
		return f.try(st, s)
	case *grammar.FuncDef:
		for _, d := range st.Decorators {
			f.reads(d, s)
		}
		for _, p := range st.Params {
			if p.Default != nil {
				f.reads(p.Default, s)
			}
		}
		s[st.Name] = true
	case *grammar.ClassDef:
		for _, a := range f.c.classAttrsOf(st) { // their values run now
			f.reads(a.value, s)
		}
		s[st.Name] = true
	case *grammar.Import:
		for _, a := range st.Names {
			s[boundAlias(a, true)] = true
		}
	case *grammar.ImportFrom:
		for _, a := range st.Names {
			s[boundAlias(a, false)] = true
		}
	}
	return s
}

// boundAlias is the name an import binds.
func boundAlias(a *grammar.Alias, module bool) string {
	if a.AsName != "" {
		return a.AsName
	}
	if module {
		for i := range len(a.Name) {
			if a.Name[i] == '.' {
				return a.Name[:i]
			}
		}
	}
	return a.Name
}

func (f *boundFlow) ifStmt(st *grammar.If, s boundSet) boundSet {
	f.reads(st.Cond, s)
	out := f.block(st.Body, s.copy())
	for _, el := range st.Elifs {
		f.reads(el.Cond, s)
		out = join(out, f.block(el.Body, s.copy()))
	}
	if st.Else == nil {
		return join(out, s)
	}
	return join(out, f.block(st.Else, s.copy()))
}

// loopExit is what leaves a loop body: the meet of the states at its
// breaks (nil without a reachable break).
type loopExit struct{ broken boundSet }

// loop walks a loop body twice: first quietly from its entry state, to
// learn what is bound at its end and at its continues, then from the
// meet of those and the entry, which is what every turn starts from (a
// name deleted late in the body is unbound at the top of the next turn),
// after head (a while's condition, a for's target) has run on it.
func (f *boundFlow) loop(head func(turn boundSet), body []grammar.Stmt, in boundSet) loopExit {
	outerBreaks, outerContinues, quiet := f.breaks, f.continues, f.quiet
	f.breaks, f.continues, f.quiet = nil, nil, true
	turn := in.copy()
	if end := f.block(body, in.copy()); end != nil {
		turn = meet(turn, end)
	}
	for _, c := range f.continues {
		turn = meet(turn, c)
	}
	f.breaks, f.continues, f.quiet = nil, nil, quiet
	head(turn)
	f.block(body, turn)
	var exit loopExit
	for _, b := range f.breaks {
		exit.broken = join(exit.broken, b)
	}
	f.breaks, f.continues = outerBreaks, outerContinues
	return exit
}

// orElse is the state after a loop: its else block runs from the state
// before the loop (the body may not have run), a break skips it.
func (f *boundFlow) orElse(els []grammar.Stmt, before, broken boundSet) boundSet {
	return join(f.block(els, before.copy()), broken)
}

func (f *boundFlow) try(st *grammar.Try, s boundSet) boundSet {
	var out boundSet
	if body := f.block(st.Body, s.copy()); body != nil {
		out = f.block(st.Else, body)
	}
	for _, h := range st.Handlers {
		// An exception may come before anything in the body ran.
		hs := s.copy()
		if h.Type != nil {
			f.reads(h.Type, hs)
		}
		if h.Name != "" {
			hs[h.Name] = true
		}
		if end := f.block(h.Body, hs); end != nil {
			delete(end, h.Name) // Python deletes the name at the handler's end
			out = join(out, end)
		}
	}
	if len(st.Finally) > 0 {
		// The finally block runs on every way out, from a state no
		// richer than the one before the try; then it adds its own
		// bindings to the state after the try.
		if f.block(st.Finally, s.copy()) == nil {
			return nil
		}
		if out != nil {
			quiet := f.quiet
			f.quiet = true
			out = f.block(st.Finally, out)
			f.quiet = quiet
		}
	}
	return out
}

// store marks the names a target binds; the expressions inside an
// attribute or item target are reads.
func (f *boundFlow) store(t grammar.Expr, s boundSet) {
	switch t := t.(type) {
	case *grammar.Name:
		s[t.Id] = true
	case *grammar.Tuple:
		for _, x := range t.Elts {
			f.store(x, s)
		}
	case *grammar.List:
		for _, x := range t.Elts {
			f.store(x, s)
		}
	case *grammar.Starred:
		f.store(t.X, s)
	default:
		f.reads(t, s)
	}
}

// del unbinds a name or reads the parts of an item target. The name
// must be the body's own, and not one that functions read (a module
// variable: they are not checked). It is a read: del of an unbound name
// raises.
func (f *boundFlow) del(t grammar.Expr, s boundSet) {
	switch t := t.(type) {
	case *grammar.Name:
		sym := f.c.uses[t]
		switch {
		case f.quiet:
		case sym == nil || sym.scope != f.scope || sym.Kind != symVar:
			f.c.diag.unsupported(t, "'del' of a name other than a variable of this function or module")
		case sym.pkgLevel:
			f.c.diag.unsupported(t, "'del' of a module variable that a function uses")
		}
		f.reads(t, s)
		delete(s, t.Id)
	case *grammar.Tuple:
		for _, x := range t.Elts {
			f.del(x, s)
		}
	default:
		f.reads(t, s)
	}
}

// reads checks every name x reads against s. A walrus binds its name
// once its value is computed, unless and, or or a conditional expression
// may skip it; lambdas run later.
func (f *boundFlow) reads(x grammar.Expr, s boundSet) { f.readsFrom(x, s, "LocalVar") }

// readsFrom is reads where the variables of a function are read as
// scope says: LocalVar in its own body, FreeVar in a comprehension, which
// CPython runs as a function of its own (all but its first iterable).
func (f *boundFlow) readsFrom(x grammar.Expr, s boundSet, scope string) {
	grammar.Inspect(x, func(n grammar.Node) bool {
		switch n := n.(type) {
		case *grammar.Lambda:
			return false
		case *grammar.Comprehension:
			// In evaluation order; what a walrus in it binds is bound
			// only for the rest of it, which may not run at all.
			f.readsFrom(n.Clauses[0].Iter, s, scope)
			inner := []grammar.Expr{}
			for i, cl := range n.Clauses {
				if i > 0 {
					inner = append(inner, cl.Iter)
				}
				inner = append(inner, cl.Target)
				inner = append(inner, cl.Ifs...)
			}
			inner = append(inner, n.Elt, n.Value)
			in := s.copy()
			for _, x := range inner {
				if x != nil {
					f.readsFrom(x, in, "FreeVar")
				}
			}
			return false
		case *grammar.NamedExpr:
			f.readsFrom(n.Value, s, scope)
			s[n.Target.Id] = true
			return false
		case *grammar.BoolOp:
			// The right operand may not run: a walrus in it binds
			// nothing for what follows.
			f.readsFrom(n.X, s, scope)
			f.readsFrom(n.Y, s.copy(), scope)
			return false
		case *grammar.IfExp:
			f.readsFrom(n.Cond, s, scope)
			then, els := s.copy(), s.copy()
			f.readsFrom(n.Then, then, scope)
			f.readsFrom(n.Else, els, scope)
			for k := range meet(then, els) {
				s[k] = true
			}
			return false
		case *grammar.Name:
			f.read(n, s, scope)
		}
		return true
	})
}

// read records a read of one of the body's variables that may be
// unbound, and gives the variable its flag.
func (f *boundFlow) read(n *grammar.Name, s boundSet, scope string) {
	sym := f.c.uses[n]
	if f.quiet || sym == nil || sym.scope != f.scope || sym.Kind != symVar || s[n.Id] || f.elsewhere[sym] {
		return
	}
	if f.scope == f.c.module {
		scope = "GlobalVar"
	}
	f.c.unboundReads[n] = scope
	f.c.boundFlag(sym)
}

// boundFlag returns the flag of a variable that may be read unbound: a
// variable of its own in the same scope, declared like the others.
func (c *checker) boundFlag(sym *Symbol) *Symbol {
	if flag := c.boundFlags[sym]; flag != nil {
		return flag
	}
	flag := &Symbol{Name: sym.Name + " bound", Kind: symVar, scope: sym.scope, cell: &cell{t: tBool}, read: true, pkgLevel: sym.pkgLevel}
	flag.Go = uniqueGoName(sym.Name+"Bound", sym.scope.goNames)
	sym.scope.order = append(sym.scope.order, flag)
	c.boundFlags[sym] = flag
	return flag
}
