package codegen

import (
	"math/big"
	"strings"

	"github.com/aiogo-dev/aiogo/grammar"
)

// symKind tells what a name is bound to.
type symKind uint8

const (
	symVar      symKind = iota // a variable, module-level or local
	symParam                   // a function parameter
	symFunc                    // a module-level def or async def
	symModule                  // an imported module (asyncio, time)
	symImported                // a name imported from a module (from asyncio import sleep)
	symBuiltin                 // a Python built-in
	symExcClass                // a module-level exception class: class E(Exception): pass
	symClass                   // a module-level class with methods (class.go)
	symAlias                   // a module-level type alias: Number = Union[int, float]
)

// Symbol is one named entity of the program.
type Symbol struct {
	Name  string
	Kind  symKind
	Go    string // identifier in generated Go
	scope *Scope

	cell     *cell             // the symbol's type variable (variables and parameters)
	declared *Type             // the annotated type, nil without an annotation
	fn       *Func             // for symFunc
	class    *grammar.ClassDef // for symExcClass
	cls      *Class            // for symClass
	qual     string            // for symModule the module, for symImported "module.name"
	alias    grammar.Expr      // for symAlias, the annotation it names

	read     bool // read somewhere as a value
	pkgLevel bool // a module variable used inside a function: a Go package-level var
}

// Func is a module-level def or async def.
type Func struct {
	Def    *grammar.FuncDef
	Sym    *Symbol
	Scope  *Scope
	Params []*Symbol
	ret    *cell  // the join of every returned value
	class  *Class // the class of a method; nil for a module-level function
	kind   string // a method's kind: instanceMethod, staticMethod, ... (classattr.go)
	outer  *Func  // the function a nested def is defined in; nil at module level
	// declaredRet is the type the return annotation seeds, or nil.
	declaredRet *Type
	// def is the Name node a nested def binds, so that it is declared
	// like an assignment (decl.go).
	def *grammar.Name
}

// Scope is the module's or one function's namespace.
type Scope struct {
	fn      *Func  // nil for the module
	parent  *Scope // the enclosing function's scope, for a nested def
	syms    map[string]*Symbol
	order   []*Symbol // in order of first binding, for deterministic output
	globals map[string]bool
	// nonlocals are the names a nested def declares nonlocal: stores
	// to them assign the enclosing function's variable.
	nonlocals map[string]bool
	goNames   map[string]bool  // Go identifiers taken in this scope
	refs      map[*Symbol]bool // module symbols a function uses
}

func newScope(fn *Func, goNames map[string]bool) *Scope {
	return &Scope{fn: fn, syms: map[string]*Symbol{}, globals: map[string]bool{}, nonlocals: map[string]bool{},
		goNames: goNames, refs: map[*Symbol]bool{}}
}

func (s *Scope) define(name string, kind symKind) *Symbol {
	if sym := s.syms[name]; sym != nil {
		return sym
	}
	sym := &Symbol{Name: name, Kind: kind, scope: s, cell: newCell()}
	sym.Go = uniqueGoName(name, s.goNames)
	s.syms[name] = sym
	s.order = append(s.order, sym)
	return sym
}

// supportedModules are the modules a program may import, with the names
// `from module import name` may bring in.
var supportedModules = map[string]map[string]bool{
	"asyncio": {"run": true, "sleep": true, "gather": true, "create_task": true,
		"Queue": true, "Lock": true, "Event": true, "Semaphore": true,
		"CancelledError": true, "TimeoutError": true, "InvalidStateError": true,
		"QueueEmpty": true, "QueueFull": true, "TaskGroup": true, "timeout": true, "wait_for": true,
		"to_thread": true, "get_event_loop": true, "get_running_loop": true, "shield": true, "as_completed": true,
		"wait": true, "FIRST_COMPLETED": true, "FIRST_EXCEPTION": true, "ALL_COMPLETED": true,
		"LifoQueue": true, "PriorityQueue": true, "BoundedSemaphore": true, "Condition": true, "Barrier": true},
	"time":               {"time": true, "sleep": true, "monotonic": true, "perf_counter": true},
	"collections":        {"defaultdict": true, "Counter": true, "deque": true, "OrderedDict": true, "namedtuple": true},
	"sys":                {"argv": true, "exit": true, "stdout": true, "stderr": true},
	"concurrent.futures": {"ThreadPoolExecutor": true},
	"random":             {"seed": true, "random": true, "uniform": true, "randint": true, "randrange": true, "choice": true, "shuffle": true},
	"dataclasses":        {"dataclass": true, "field": true, "asdict": true, "replace": true, "FrozenInstanceError": true},
	"enum":               {"Enum": true, "IntEnum": true, "auto": true},
	"abc":                {"ABC": true, "abstractmethod": true},
	"typing":             typingNames,
	"math":               mathNames,
	"json":               jsonNames,
	"heapq":              heapqNames,
	"bisect":             bisectNames,
	"string":             stringNames,
	"os":                 osNames,
	"itertools":          itertoolsNames,
	"copy":               copyNames,
	"operator":           {"itemgetter": true, "attrgetter": true},
	"__future__":         {"annotations": true},
}

// resolver binds every name, in the spirit of Python's own compiler: a
// first pass over each body finds the names it binds (a name assigned
// anywhere in a function is local to all of it unless declared global),
// then a second pass resolves each use to the innermost binding, checks
// the async and loop rules, and refuses constructs outside the subset.
type resolver struct {
	*checker
	scope    *Scope
	fn       *Func
	loops    int
	finally  int      // depth of finally blocks, which return, break and continue may not leave
	handlers int      // depth of except blocks: where a bare raise is allowed
	dead     bool     // in dead code, whose reads do not count (stmts)
	comps    []*Scope // the comprehensions being resolved, innermost last
	inLambda int      // depth of lambdas, where ':=' is refused
	// bound holds the module names bound by the module statements
	// resolved so far: what an evaluated annotation may name.
	bound map[*Symbol]bool
	// futureAnnotations is set by `from __future__ import annotations`.
	futureAnnotations bool
}

func (c *checker) resolve() {
	c.namedTupleCalls()
	r := &resolver{checker: c, scope: c.module, bound: map[*Symbol]bool{}, futureAnnotations: futureAnnotations(c.body)}
	r.bindBody(c.body, c.module)
	r.nameHierarchies()
	for i := 0; i < len(c.funcs); i++ { // binding a body adds its nested defs
		r.bindFunc(c.funcs[i])
	}
	r.stmts(c.body)
	for _, fn := range c.funcs {
		nameLocals(fn.Scope)
	}
}

// nameLocals picks the Go names of a function's locals once its uses of
// module names are known: a local must not shadow a package-level Go name
// the function refers to (Python's `main_` next to `def main`, whose Go
// name is also main_).
func nameLocals(s *Scope) {
	taken := map[string]bool{"t": true}
	for sym := range s.refs {
		taken[sym.Go] = true
	}
	for _, sym := range s.order {
		sym.Go = uniqueGoName(sym.Name, taken)
	}
}

// bindBody records the names a statement list binds in scope s; function
// bodies are bound separately by bindFunc.
func (r *resolver) bindBody(stmts []grammar.Stmt, s *Scope) {
	for _, st := range stmts {
		for _, n := range walrusTargets(st) {
			r.bindName(n.Id, s)
		}
		switch st := st.(type) {
		case *grammar.FuncDef:
			if s.fn != nil {
				r.bindNested(st, s)
				continue
			}
			if prev := s.syms[st.Name]; prev != nil {
				r.diag.unsupported(st, "redefining '"+st.Name+"'")
				continue
			}
			sym := s.define(st.Name, symFunc)
			delete(s.goNames, sym.Go)
			sym.Go = funcGoName(st.Name, s.goNames)
			fn := &Func{Def: st, Sym: sym, ret: newCell()}
			sym.fn = fn
			r.funcs = append(r.funcs, fn)
			r.funcOf[st] = fn
		case *grammar.ClassDef:
			if s.fn != nil {
				s.define(st.Name, symVar) // nested classes are refused when resolved
				continue
			}
			if prev := s.syms[st.Name]; prev != nil {
				r.diag.unsupported(st, "redefining '"+st.Name+"'")
				continue
			}
			base, ok := r.classBase(st, s)
			if ok || enumBase(st, s) != "" || r.namedTupleBase(st, s) {
				r.bindClass(st, s, base)
				continue
			}
			if base, ok := excClassBase(st, s); ok {
				cls := r.bindClass(st, s, base)
				cls.excBase = st.Bases[0].Value
				cls.excVar = uniqueGoName(st.Name+"Class", s.goNames)
				if base == nil {
					cls.excGo = uniqueGoName("exception", cls.goNames)
				}
				continue
			}
			s.define(st.Name, symExcClass).class = st
		case *grammar.Assign:
			if n := r.typeAlias(st, s); n != nil {
				s.define(n.Id, symAlias).alias = st.Value
				continue
			}
			for _, t := range st.Targets {
				r.bindTarget(t, s)
			}
		case *grammar.AnnAssign:
			r.bindTarget(st.Target, s)
		case *grammar.AugAssign:
			r.bindTarget(st.Target, s)
		case *grammar.For:
			r.bindTarget(st.Target, s)
			r.bindBody(st.Body, s)
			r.bindBody(st.Else, s)
		case *grammar.While:
			r.bindBody(st.Body, s)
			r.bindBody(st.Else, s)
		case *grammar.If:
			r.bindBody(st.Body, s)
			for _, e := range st.Elifs {
				r.bindBody(e.Body, s)
			}
			r.bindBody(st.Else, s)
		case *grammar.With:
			for _, it := range st.Items {
				if it.Target != nil {
					r.bindTarget(it.Target, s)
				}
			}
			r.bindBody(st.Body, s)
		case *grammar.Try:
			r.bindBody(st.Body, s)
			for _, h := range st.Handlers {
				if h.Name != "" {
					r.bindName(h.Name, s)
				}
				r.bindBody(h.Body, s)
			}
			r.bindBody(st.Else, s)
			r.bindBody(st.Finally, s)
		case *grammar.Import:
			for _, a := range st.Names {
				r.bindImport(a, s)
			}
		case *grammar.ImportFrom:
			for _, a := range st.Names {
				if a.Name == "*" {
					continue
				}
				name := a.Name
				if a.AsName != "" {
					name = a.AsName
				}
				sym := r.bindName(name, s)
				sym.Kind, sym.qual = symImported, st.Module+"."+a.Name
			}
		}
	}
}

// walrusTargets are the names that st's own expressions bind with ':='
// (also those in comprehensions, which bind in the enclosing function in
// Python; not those in lambdas, where they are refused).
func walrusTargets(st grammar.Stmt) []*grammar.Name {
	exprs := stmtExprs(st)
	switch st := st.(type) {
	case *grammar.If:
		for _, el := range st.Elifs {
			exprs = append(exprs, el.Cond)
		}
	case *grammar.With:
		for _, it := range st.Items {
			exprs = append(exprs, it.Context)
		}
	}
	var out []*grammar.Name
	for _, x := range exprs {
		grammar.Inspect(x, func(n grammar.Node) bool {
			switch n := n.(type) {
			case *grammar.Lambda:
				return false
			case *grammar.NamedExpr:
				out = append(out, n.Target)
			}
			return true
		})
	}
	return out
}

func (r *resolver) bindImport(a *grammar.Alias, s *Scope) {
	name := a.Name
	if a.AsName != "" {
		name = a.AsName
	} else if i := strings.IndexByte(name, '.'); i >= 0 {
		name = name[:i]
	}
	sym := r.bindName(name, s)
	sym.Kind, sym.qual = symModule, a.Name
}

// bindName binds name in s, or in the module when s declares it global.
func (r *resolver) bindName(name string, s *Scope) *Symbol {
	if s.globals[name] {
		sym := r.module.define(name, symVar)
		sym.pkgLevel = true
		return sym
	}
	if s.nonlocals[name] {
		// Bound in an enclosing function, where lookup finds it.
		for p := s.parent; p != nil; p = p.parent {
			if sym := p.syms[name]; sym != nil {
				return sym
			}
		}
		return &Symbol{Name: name, Kind: symVar, cell: newCell()} // reported by nonlocal
	}
	return s.define(name, symVar)
}

// storesTo reports whether a block may assign sym: any target naming it,
// or a def, class or except clause binding its name.
func storesTo(c *checker, body []grammar.Stmt, sym *Symbol) bool {
	found := false
	target := func(t grammar.Expr) {
		targetNames(t, func(n *grammar.Name) { found = found || c.uses[n] == sym })
	}
	walkStmts(body, func(st grammar.Stmt) {
		for _, t := range assignTargets(st) {
			target(t)
		}
		switch st := st.(type) {
		case *grammar.For:
			target(st.Target)
		case *grammar.With:
			for _, it := range st.Items {
				if it.Target != nil {
					target(it.Target)
				}
			}
		case *grammar.Try:
			for _, h := range st.Handlers {
				found = found || h.Name == sym.Name
			}
		case *grammar.FuncDef:
			found = found || st.Name == sym.Name
		case *grammar.ClassDef:
			found = found || st.Name == sym.Name
		}
	})
	return found
}

// assignTargets are the targets of an assignment statement (=, op=, or
// annotated with a value or not); none for other statements.
func assignTargets(st grammar.Stmt) []grammar.Expr {
	switch st := st.(type) {
	case *grammar.Assign:
		return st.Targets
	case *grammar.AugAssign:
		return []grammar.Expr{st.Target}
	case *grammar.AnnAssign:
		return []grammar.Expr{st.Target}
	}
	return nil
}

// targetNames calls visit for each name a store to target t binds: the
// name itself, or each one inside a tuple, list or starred target.
func targetNames(t grammar.Expr, visit func(*grammar.Name)) {
	switch t := t.(type) {
	case *grammar.Name:
		visit(t)
	case *grammar.Tuple:
		for _, x := range t.Elts {
			targetNames(x, visit)
		}
	case *grammar.List:
		for _, x := range t.Elts {
			targetNames(x, visit)
		}
	case *grammar.Starred:
		targetNames(t.X, visit)
	}
}

func (r *resolver) bindTarget(e grammar.Expr, s *Scope) {
	switch e := e.(type) {
	case *grammar.Name:
		r.bindName(e.Id, s)
	case *grammar.Tuple:
		for _, x := range e.Elts {
			r.bindTarget(x, s)
		}
	case *grammar.List:
		for _, x := range e.Elts {
			r.bindTarget(x, s)
		}
	case *grammar.Starred:
		r.bindTarget(e.X, s)
	}
}

// bindFunc creates a function's scope: its parameters, its global
// declarations (which Python requires before any use), then its locals.
func (r *resolver) bindFunc(fn *Func) {
	fn.Scope = newScope(fn, map[string]bool{})
	if fn.outer != nil {
		fn.Scope.parent = fn.outer.Scope
	}
	for _, p := range fn.Def.Params {
		if p.Name == "" {
			continue
		}
		sym := fn.Scope.define(p.Name, symParam)
		fn.Params = append(fn.Params, sym)
	}
	collectGlobals(fn.Def.Body, fn.Scope)
	r.bindBody(fn.Def.Body, fn.Scope)
}

func collectGlobals(stmts []grammar.Stmt, s *Scope) {
	walkStmts(stmts, func(st grammar.Stmt) {
		switch st := st.(type) {
		case *grammar.Global:
			for _, n := range st.Names {
				s.globals[n] = true
			}
		case *grammar.Nonlocal:
			for _, n := range st.Names {
				s.nonlocals[n] = true
			}
		}
	})
}

// bodies are the module's body and every function's.
func (c *checker) bodies() [][]grammar.Stmt {
	out := [][]grammar.Stmt{c.body}
	for _, fn := range c.funcs {
		out = append(out, fn.Def.Body)
	}
	return out
}

// walkAllStmts calls f on every statement of the module and of every
// function, nested ones included.
func (c *checker) walkAllStmts(f func(grammar.Stmt)) {
	walkStmts(c.body, f)
	for _, fn := range c.funcs {
		walkStmts(fn.Def.Body, f)
	}
}

// walkStmts calls f for every statement in stmts and their nested blocks,
// not descending into nested function or class bodies.
func walkStmts(stmts []grammar.Stmt, f func(grammar.Stmt)) {
	for _, st := range stmts {
		f(st)
		for _, b := range subBlocks(st) {
			walkStmts(b, f)
		}
	}
}

// subBlocks lists the statement blocks directly inside st, in source order.
func subBlocks(st grammar.Stmt) [][]grammar.Stmt {
	switch st := st.(type) {
	case *grammar.If:
		bs := [][]grammar.Stmt{st.Body}
		for _, e := range st.Elifs {
			bs = append(bs, e.Body)
		}
		return append(bs, st.Else)
	case *grammar.While:
		return [][]grammar.Stmt{st.Body, st.Else}
	case *grammar.For:
		return [][]grammar.Stmt{st.Body, st.Else}
	case *grammar.With:
		return [][]grammar.Stmt{st.Body}
	case *grammar.Try:
		bs := [][]grammar.Stmt{st.Body}
		for _, h := range st.Handlers {
			bs = append(bs, h.Body)
		}
		return append(bs, st.Else, st.Finally)
	}
	return nil
}

// lookup finds the binding of a name: the current function's locals, then
// the module, then the built-ins.
func (r *resolver) lookup(name string) *Symbol {
	for i := len(r.comps) - 1; i >= 0; i-- {
		if sym := r.comps[i].syms[name]; sym != nil {
			return sym
		}
	}
	if r.scope.fn != nil && !r.scope.globals[name] {
		if sym := r.scope.syms[name]; sym != nil {
			return sym
		}
		// A nested def reads the variables of the functions around it
		// (Go closures capture them by reference, as Python's cells do).
		for p := r.scope.parent; p != nil && !p.globals[name]; p = p.parent {
			if sym := p.syms[name]; sym != nil {
				r.scope.refs[sym] = true
				return sym
			}
		}
	}
	if sym := r.module.syms[name]; sym != nil {
		if r.scope.fn != nil {
			r.scope.refs[sym] = true
			if sym.Kind == symVar {
				sym.pkgLevel = true
			}
		}
		return sym
	}
	if pyBuiltins[name] {
		return r.builtin(name)
	}
	return nil
}

func (r *resolver) builtin(name string) *Symbol {
	if sym := r.builtins[name]; sym != nil {
		return sym
	}
	sym := &Symbol{Name: name, Kind: symBuiltin, Go: name}
	r.builtins[name] = sym
	return sym
}

// stmts resolves a block; the statements after its live part are
// checked too, but what they read does not count as read (see live).
func (r *resolver) stmts(stmts []grammar.Stmt) {
	n := len(live(stmts))
	dead := r.dead
	for i, st := range stmts {
		r.dead = dead || i >= n
		r.stmt(st)
		if r.fn == nil {
			r.markBound(st)
		}
	}
	r.dead = dead
}

func (r *resolver) stmt(st grammar.Stmt) {
	switch st := st.(type) {
	case *grammar.FuncDef:
		r.funcDef(st)
	case *grammar.ClassDef:
		r.classDef(st)
	case *grammar.Return:
		switch {
		case r.fn == nil:
			r.diag.errorf(st.Pos, "'return' outside function")
		case r.finally > 0:
			r.diag.unsupported(st, "'return' inside 'finally'")
		}
		r.optExpr(st.Value)
	case *grammar.If:
		r.expr(st.Cond)
		r.stmts(st.Body)
		for _, e := range st.Elifs {
			r.expr(e.Cond)
			r.stmts(e.Body)
		}
		r.stmts(st.Else)
	case *grammar.While:
		r.expr(st.Cond)
		r.loop(st.Body, st.Else, whileElse(st) != nil)
	case *grammar.For:
		if st.Async && (r.fn == nil || !r.fn.Def.Async) {
			r.diag.errorf(st.Pos, "'async for' outside async function")
		}
		r.target(st.Target)
		r.expr(st.Iter)
		r.foldIter(st.Iter)
		r.loop(st.Body, st.Else, true)
	case *grammar.Break:
		r.jump(st, "'break'")
	case *grammar.Continue:
		r.jump(st, "'continue'")
	case *grammar.Pass, *grammar.Global:
	case *grammar.Nonlocal:
		r.nonlocal(st)
	case *grammar.Try:
		r.try(st)
	case *grammar.Raise:
		if st.Exc == nil && r.handlers == 0 {
			r.diag.unsupported(st, "bare 'raise' outside an except block")
		}
		r.optExpr(st.Exc)
		r.optExpr(st.Cause)
	case *grammar.Del:
		for _, t := range st.Targets {
			switch t.(type) {
			case *grammar.Subscript, *grammar.Name, *grammar.Attribute: // a name: checked by checkBound
			default:
				r.diag.unsupported(t, "'del' of anything but a name, an attribute, an item or a slice")
				continue
			}
			r.expr(t)
		}
	case *grammar.Assert:
		r.expr(st.Test)
		r.optExpr(st.Msg)
	case *grammar.With:
		r.with(st)
	case *grammar.Assign:
		if r.isAliasAssign(st) {
			r.annotation(st.Value, true)
			break
		}
		r.expr(st.Value)
		for _, t := range st.Targets {
			r.target(t)
		}
	case *grammar.AnnAssign:
		if !annotatable(st) {
			r.diag.unsupported(st.Target, "annotated assignment to this target")
		}
		r.optExpr(st.Value)
		r.target(st.Target)
		// A local variable's annotation is never evaluated.
		t := r.annotation(st.Annotation, r.fn == nil)
		if n, ok := st.Target.(*grammar.Name); ok && r.uses[n] != nil && r.uses[n].declared == nil {
			r.uses[n].declared = t
		}
	case *grammar.AugAssign:
		r.expr(st.Value)
		r.target(st.Target)
		if n, ok := st.Target.(*grammar.Name); ok && r.uses[n] != nil && !r.dead {
			r.uses[n].read = true // emitted as x = x op v
		}
	case *grammar.Import:
		if r.fn != nil {
			r.diag.unsupported(st, "'import' inside a function")
		}
		for _, a := range st.Names {
			if supportedModules[a.Name] == nil {
				r.diag.errorf(a.Pos, "module '%s' is not supported yet", a.Name)
			}
		}
	case *grammar.ImportFrom:
		r.importFrom(st)
	case *grammar.ExprStmt:
		if !isEllipsis(st.X) { // `...` as a body, like pass
			r.expr(st.X)
		}
	default:
		r.diag.unsupported(st, "this statement")
	}
}

func (r *resolver) importFrom(st *grammar.ImportFrom) {
	if r.fn != nil {
		r.diag.unsupported(st, "'import' inside a function")
	}
	if st.Module == "__future__" {
		r.checkFuture(st)
	}
	names := supportedModules[st.Module]
	if st.Level > 0 || names == nil {
		r.diag.errorf(st.Pos, "module '%s' is not supported yet", st.Module)
		return
	}
	for _, a := range st.Names {
		if !names[a.Name] {
			r.diag.errorf(a.Pos, "'%s.%s' is not supported yet", st.Module, a.Name)
		}
	}
}

// loop resolves a loop body and its else block, which runs when the loop
// ends without a break (and where break belongs to an outer loop); the
// else block of `while True` never runs (whileElse).
func (r *resolver) loop(body, els []grammar.Stmt, elseRuns bool) {
	r.loops++
	r.stmts(body)
	r.loops--
	dead := r.dead
	r.dead = dead || !elseRuns
	r.stmts(els)
	r.dead = dead
}

func (r *resolver) jump(st grammar.Stmt, what string) {
	switch {
	case r.loops == 0 && r.finally > 0:
		r.diag.unsupported(st, what+" inside 'finally'")
	case r.loops == 0:
		r.diag.errorf(st.Position(), "%s outside loop", what)
	}
}

func (r *resolver) with(st *grammar.With) {
	if st.Async && (r.fn == nil || !r.fn.Def.Async) {
		r.diag.errorf(st.Pos, "'async with' outside async function")
	}
	for i, it := range st.Items {
		r.expr(it.Context)
		switch _, isName := it.Target.(*grammar.Name); {
		case it.Target == nil:
		case i > 0 || !isName:
			// Bound before the block, where Go declares it (emit_with.go).
			r.diag.unsupported(it.Target, "'as' other than one name after the first item of 'async with'")
		default:
			r.target(it.Target)
		}
	}
	r.stmts(st.Body)
}

// try resolves a try statement. Jumps out of a finally block, which
// would discard the exception being propagated, are refused.
func (r *resolver) try(st *grammar.Try) {
	r.stmts(st.Body)
	for _, h := range st.Handlers {
		if h.Star {
			r.diag.unsupported(h, "'except*'")
		}
		if h.Type != nil {
			r.excTypes(h.Type)
		}
		if h.Name != "" {
			n := &grammar.Name{Pos: h.Pos, Id: h.Name}
			r.handlerNames[h] = n
			r.target(n)
		}
		r.handlers++
		r.stmts(h.Body)
		r.handlers--
	}
	r.stmts(st.Else)
	if st.Finally != nil {
		// The block runs deferred, in a Go closure; CPython lets a jump
		// out of it discard the exception in flight, which is not
		// translated.
		outerLoops := r.loops
		r.finally, r.loops = r.finally+1, 0
		r.stmts(st.Finally)
		r.finally, r.loops = r.finally-1, outerLoops
	}
}

// excClassDef checks a class statement with bases that is not a Class
// of the program: an exception class with an empty body, `class
// QueueClosed(Exception): pass`.
func (r *resolver) excClassDef(st *grammar.ClassDef) {
	for _, b := range st.Bases {
		if b.Name == "metaclass" {
			r.diag.unsupported(b, "metaclass")
			return
		}
	}
	for _, b := range st.Bases {
		r.expr(b.Value)
	}
	if positional := len(st.Bases); positional > 1 && st.Bases[1].Name == "" {
		r.diag.unsupported(st, "multiple inheritance")
		return
	}
	switch {
	case len(st.Bases) != 1 || st.Bases[0].Name != "" || st.Bases[0].Star || !r.isExcClass(st.Bases[0].Value):
		r.diag.unsupported(st, "class with a base other than a class of the program or an exception class")
	case len(st.Decorators) > 0:
		r.diag.unsupported(st.Decorators[0], "decorator on an exception class")
	case !emptyClassBody(st.Body):
		r.diag.unsupported(st, "exception class with a body deriving from an exception class that is not named by a plain name")
	}
}

// emptyClassBody reports whether a class body only documents: pass, a
// string or `...`.
func emptyClassBody(body []grammar.Stmt) bool {
	for _, st := range body {
		switch st := st.(type) {
		case *grammar.Pass:
		case *grammar.ExprStmt:
			if _, ok := st.X.(*grammar.StrLit); !ok && !isEllipsis(st.X) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

func isEllipsis(x grammar.Expr) bool {
	c, ok := x.(*grammar.Const)
	return ok && c.Value == "..."
}

// isExcClass reports whether e names an exception class.
func (c *checker) isExcClass(e grammar.Expr) bool {
	return c.excClassName(e) != "" || c.userExcClass(e) != nil
}

// userExcClass returns the program's exception class e names, or nil.
func (c *checker) userExcClass(e grammar.Expr) *Symbol {
	if n, ok := e.(*grammar.Name); ok {
		if sym := c.uses[n]; sym != nil && (sym.Kind == symExcClass || sym.Kind == symClass && sym.cls.isExc()) {
			return sym
		}
	}
	return nil
}

// excTypes resolves the class list of an except clause: a class or a
// tuple of classes.
func (r *resolver) excTypes(e grammar.Expr) {
	if tup, ok := e.(*grammar.Tuple); ok {
		for _, x := range tup.Elts {
			r.excTypes(x)
		}
		return
	}
	r.expr(e) // a class held as a value is matched at run time
}

// excClassName is the name in package py of the exception class e names,
// or "".
func (c *checker) excClassName(e grammar.Expr) string {
	switch e := e.(type) {
	case *grammar.Name:
		if sym := c.uses[e]; sym != nil && sym.Kind == symBuiltin && excClasses[e.Id] {
			return e.Id
		}
		if sym := c.uses[e]; sym != nil && sym.Kind == symImported {
			return asyncioExcClasses[sym.qual]
		}
	case *grammar.Attribute:
		if n, ok := e.X.(*grammar.Name); ok {
			if sym := c.uses[n]; sym != nil && sym.Kind == symModule {
				return asyncioExcClasses[sym.qual+"."+e.Name]
			}
		}
	}
	return ""
}

func (r *resolver) funcDef(st *grammar.FuncDef) {
	fn := r.funcOf[st]
	if fn == nil {
		return // a refused redefinition
	}
	if len(st.Decorators) > 0 && (fn.class == nil || fn.kind == instanceMethod && !isAbstractMethod(st)) {
		r.diag.unsupported(st.Decorators[0], "decorator")
	}
	for _, p := range st.Params {
		switch p.Kind {
		case grammar.ParamVarArgs:
			r.diag.unsupported(p, "'*args' parameter")
		case grammar.ParamKwArgs:
			r.diag.unsupported(p, "'**kwargs' parameter")
		case grammar.ParamKwOnlyMark, grammar.ParamPosOnlyMark:
			r.diag.unsupported(p, "parameter marker")
		}
		if p.Annotation != nil {
			if t := r.annotation(p.Annotation, true); t != nil {
				fn.Scope.syms[p.Name].declared = t
			}
		}
		if p.Default != nil {
			r.expr(p.Default)
			if !isConstant(p.Default) {
				r.diag.unsupported(p.Default, "non-constant default value")
			}
		}
	}
	if st.Returns != nil {
		fn.declaredRet = r.annotation(st.Returns, true)
	}
	scope, outer, loops, fin, handlers := r.scope, r.fn, r.loops, r.finally, r.handlers
	r.scope, r.fn, r.loops, r.finally, r.handlers = fn.Scope, fn, 0, 0, 0
	r.stmts(st.Body)
	r.scope, r.fn, r.loops, r.finally, r.handlers = scope, outer, loops, fin, handlers
}

// nonlocal checks a nonlocal statement: each name must be a variable of
// an enclosing function, as CPython's compiler requires.
func (r *resolver) nonlocal(st *grammar.Nonlocal) {
	if r.fn == nil {
		r.diag.errorf(st.Pos, "nonlocal declaration not allowed at module level")
		return
	}
	for _, name := range st.Names {
		found := false
		for p := r.scope.parent; p != nil && !found; p = p.parent {
			found = p.syms[name] != nil
		}
		if !found {
			r.diag.errorf(st.Pos, "no binding for nonlocal '%s' found", name)
		}
	}
}

// bindNested declares def st nested in function scope s: a local of s
// holding a function of its own.
func (r *resolver) bindNested(st *grammar.FuncDef, s *Scope) {
	if prev := s.syms[st.Name]; prev != nil {
		r.diag.unsupported(st, "redefining '"+st.Name+"'")
		return
	}
	sym := s.define(st.Name, symFunc)
	fn := &Func{Def: st, Sym: sym, ret: newCell(), outer: s.fn}
	fn.def = &grammar.Name{Pos: st.Pos, Id: st.Name}
	r.uses[fn.def] = sym
	sym.fn = fn
	r.funcs = append(r.funcs, fn)
	r.funcOf[st] = fn
}

// isConstant reports whether a default value can be re-evaluated at each
// call site without changing behaviour: an immutable literal.
func isConstant(e grammar.Expr) bool {
	switch e := e.(type) {
	case *grammar.IntLit, *grammar.FloatLit, *grammar.StrLit, *grammar.Const:
		return true
	case *grammar.Unary:
		return e.Op == "-" && isConstant(e.X)
	}
	return false
}

// foldIter records a set display of constants iterated by a for loop or
// a comprehension, which CPython's AST optimizer folds (fold_iter).
func (r *resolver) foldIter(iter grammar.Expr) {
	if s, ok := iter.(*grammar.Set); ok && allFoldable(s.Elts) {
		r.foldedIters[s] = true
	}
}

// allFoldable reports whether CPython folds each of xs to a constant:
// literals, negated numbers and tuples of them.
func allFoldable(xs []grammar.Expr) bool {
	for _, x := range xs {
		if t, ok := x.(*grammar.Tuple); ok {
			if !allFoldable(t.Elts) {
				return false
			}
		} else if !isConstant(x) {
			return false
		}
	}
	return true
}

func (r *resolver) optExpr(e grammar.Expr) {
	if e != nil {
		r.expr(e)
	}
}

// target resolves an assignment target: names are bound, not read.
func (r *resolver) target(e grammar.Expr) {
	switch e := e.(type) {
	case *grammar.Name:
		sym := r.lookup(e.Id)
		switch {
		case sym == nil:
		case clsParamClass(sym) != nil:
			r.diag.unsupported(e, "assigning to '"+e.Id+"' in a class method")
		case isDispatchSelf(sym):
			r.diag.unsupported(e, "assigning to '"+e.Id+"' in a method of a class with subclasses")
		case sym.Kind == symVar || sym.Kind == symParam:
			r.uses[e] = sym
		default:
			r.diag.unsupported(e, "assigning to '"+e.Id+"'")
		}
	case *grammar.Tuple:
		starred := 0
		for _, x := range e.Elts {
			if s, ok := x.(*grammar.Starred); ok && starred == 0 {
				starred++
				if _, isName := s.X.(*grammar.Name); isName {
					r.target(s.X) // a, *rest, b = xs (checked when emitted)
					continue
				}
			}
			r.target(x)
		}
	case *grammar.Subscript:
		r.expr(e.X)
		if _, ok := e.Index.(*grammar.Slice); ok {
			r.diag.unsupported(e.Index, "assignment to a slice")
			return
		}
		r.expr(e.Index)
	case *grammar.Attribute:
		r.expr(e.X) // an instance attribute: checked with the types
		if k := r.classNamed(e.X); k != nil {
			k.shadowClassAttr(e.Name, r.module)
		}
	default:
		r.diag.unsupported(e, "assignment to this target")
	}
}

func (r *resolver) expr(e grammar.Expr) {
	switch e := e.(type) {
	case *grammar.Name:
		r.name(e)
	case *grammar.IntLit:
		if v, ok := new(big.Int).SetString(e.Value, 10); !ok || !v.IsInt64() {
			r.diag.errorf(e.Pos, "integer literal %s does not fit in 64 bits", e.Raw)
		}
	case *grammar.FloatLit:
		if e.Imaginary {
			r.diag.unsupported(e, "complex number")
		}
	case *grammar.StrLit:
	case *grammar.BytesLit:
		r.diag.unsupported(e, "bytes literal")
	case *grammar.FString:
		r.fstring(e)
	case *grammar.Const:
		if e.Value == "..." {
			r.diag.unsupported(e, "'...'")
		}
	case *grammar.Unary:
		r.expr(e.X)
	case *grammar.Binary:
		switch e.Op {
		case "@":
			r.diag.unsupported(e, "operator '"+e.Op+"'")
		}
		r.expr(e.X)
		r.expr(e.Y)
	case *grammar.BoolOp:
		r.expr(e.X)
		r.expr(e.Y)
	case *grammar.Compare:
		r.expr(e.Left)
		for _, x := range e.Comparators {
			r.expr(x)
		}
	case *grammar.Call:
		if inner := r.nextOfIter(e); inner != nil {
			r.iterCalls[inner] = true
		}
		switch a := superMethod(e); {
		case a != nil:
			r.superCall(e, a)
		case r.iterCalls[e] || r.isBuiltinName(e.Func, "iter") && onlyArg(e) != nil: // iter(x): emitted by its use (iterable.go)
			r.uses[e.Func.(*grammar.Name)] = r.lookup("iter")
		default:
			r.expr(e.Func)
		}
		r.markEager(e)
		for _, a := range e.Args {
			if a.DoubleStar {
				r.diag.unsupported(a, "'**' argument")
			}
			r.expr(a.Value)
		}
	case *grammar.Attribute:
		r.expr(e.X)
		if e.Name == "__iter__" { // it returns the iterable, not an iterator (iterable.go)
			r.diag.unsupported(e, "'__iter__' called or read directly")
		}
		r.refClassAttrs(e.Name)
	case *grammar.Subscript:
		r.expr(e.X)
		if s, ok := e.Index.(*grammar.Slice); ok {
			r.optExpr(s.Lo)
			r.optExpr(s.Hi)
			r.optExpr(s.Step)
		} else {
			r.expr(e.Index)
		}
	case *grammar.Tuple:
		for _, x := range e.Elts {
			r.expr(x)
		}
	case *grammar.List:
		for _, x := range e.Elts {
			r.expr(x)
		}
	case *grammar.Dict:
		for _, it := range e.Items {
			if it.Key == nil {
				r.diag.unsupported(it, "'**' in a dict display")
				continue
			}
			r.expr(it.Key)
			r.expr(it.Value)
		}
	case *grammar.Starred:
		r.expr(e.X)
	case *grammar.Await:
		if r.fn == nil || !r.fn.Def.Async {
			r.diag.errorf(e.Pos, "'await' outside async function")
		}
		r.expr(e.X)
	case *grammar.IfExp:
		r.expr(e.Cond)
		r.expr(e.Then)
		r.expr(e.Else)
	case *grammar.Set:
		for _, x := range e.Elts {
			r.expr(x)
		}
	case *grammar.Yield:
		r.diag.unsupported(e, "'yield'")
	case *grammar.Lambda:
		r.lambda(e)
	case *grammar.NamedExpr:
		if r.inLambda > 0 {
			r.diag.unsupported(e, "':=' in a lambda")
			return
		}
		for _, s := range r.comps {
			if s.syms[e.Target.Id] != nil {
				// A SyntaxError in CPython.
				r.diag.errorf(e.Target.Pos, "assignment expression cannot rebind comprehension iteration variable '%s'", e.Target.Id)
				return
			}
		}
		// In a comprehension it binds in the enclosing function, which
		// bindBody bound it in (walrusTargets).
		r.expr(e.Value)
		r.target(e.Target)
	case *grammar.Comprehension:
		r.comprehension(e)
	default:
		r.diag.unsupported(e, "this expression")
	}
}

func (r *resolver) name(e *grammar.Name) {
	sym := r.lookup(e.Id)
	if sym == nil {
		if e.Id == "__name__" {
			r.diag.unsupported(e, "'__name__' outside 'if __name__ == \"__main__\":'")
			return
		}
		r.diag.errorf(e.Pos, "undefined name '%s'", e.Id)
		return
	}
	if sym.Kind == symBuiltin && !supportedBuiltins[e.Id] && !excClasses[e.Id] {
		r.diag.unsupported(e, "built-in '"+e.Id+"'")
	}
	if sym.Kind == symAlias {
		r.diag.unsupported(e, "using type alias '"+e.Id+"' as a value")
	}
	sym.read = sym.read || !r.dead
	r.uses[e] = sym
}

// comprehension resolves a list comprehension in a scope of its own: its
// targets are not visible outside. The first iterable is evaluated in the
// enclosing scope, as in Python.
func (r *resolver) comprehension(e *grammar.Comprehension) {
	if e.Kind == grammar.GenExp && !r.eager[e] {
		r.diag.unsupported(e, "generator expression")
		return
	}
	if len(e.Clauses) == 0 {
		return
	}
	s := newScope(r.scope.fn, map[string]bool{})
	for i, cl := range e.Clauses {
		if cl.Async {
			r.diag.unsupported(cl, "async comprehension")
		}
		r.expr(cl.Iter)
		r.foldIter(cl.Iter)
		r.bindTarget(cl.Target, s)
		if i == 0 {
			r.comps = append(r.comps, s)
		}
		r.target(cl.Target)
		for _, x := range cl.Ifs {
			r.expr(x)
		}
	}
	r.expr(e.Elt)
	r.optExpr(e.Value)
	r.comps = r.comps[:len(r.comps)-1]
}

// eagerConsumers are the functions that consume a generator expression
// passed to them at once: for sum, min, max, sorted (and str.join),
// which consume it entirely, it is compiled as the list comprehension it
// is equivalent to; any, all and next become a loop that stops where
// CPython stops consuming (emitter.anyAll, emitter.next).
var eagerConsumers = setOf("sum", "min", "max", "any", "all", "sorted", "list", "next")

// eagerLibConsumers are the functions of modules that consume a
// generator expression entirely, as sum does.
var eagerLibConsumers = setOf("math.fsum", "math.prod", "collections.Counter")

// markEager records a generator expression that is the sole positional
// argument of an eager consumer, or of str.join, or a starred argument,
// which Python unpacks entirely before the call.
func (r *resolver) markEager(call *grammar.Call) {
	for _, a := range call.Args {
		if gen, ok := a.Value.(*grammar.Comprehension); ok && gen.Kind == grammar.GenExp && a.Star {
			r.eager[gen] = true
		}
	}
	if len(call.Args) == 0 || call.Args[0].Name != "" || call.Args[0].Star {
		return
	}
	gen, ok := call.Args[0].Value.(*grammar.Comprehension)
	if !ok || gen.Kind != grammar.GenExp {
		return
	}
	if eagerLibConsumers[libName(call.Func, r.module)] {
		r.eager[gen] = true
	}
	switch f := call.Func.(type) {
	case *grammar.Name:
		if sym := r.uses[f]; sym != nil && sym.Kind == symBuiltin && eagerConsumers[f.Id] {
			r.eager[gen] = true
		}
	case *grammar.Attribute:
		if f.Name == "join" && len(call.Args) == 1 {
			r.eager[gen] = true
		}
	}
}

// lambda resolves a lambda's body in a scope of its own holding its
// parameters, as a comprehension's; where a lambda may appear is checked
// when it is emitted (emit_sort.go).
func (r *resolver) lambda(e *grammar.Lambda) {
	r.inLambda++
	defer func() { r.inLambda-- }()
	s := newScope(r.scope.fn, map[string]bool{})
	for _, p := range e.Params {
		if p.Kind != grammar.ParamNormal || p.Default != nil {
			r.diag.unsupported(p, "lambda parameter of this form")
			return
		}
		r.lambdas[e] = append(r.lambdas[e], s.define(p.Name, symParam))
	}
	r.comps = append(r.comps, s)
	r.expr(e.Body)
	r.comps = r.comps[:len(r.comps)-1]
}

func (r *resolver) fstring(f *grammar.FString) {
	for _, p := range f.Parts {
		if p.X == nil {
			continue
		}
		if p.Conversion == 'a' {
			r.diag.unsupported(p, "'!a' conversion")
		}
		r.expr(p.X)
		if p.Spec != nil {
			r.fstring(p.Spec)
		}
	}
}

// isNested reports whether sym names a def nested in a function.
func (sym *Symbol) isNested() bool {
	return sym.Kind == symFunc && sym.fn != nil && sym.fn.outer != nil
}

// annotatable reports whether an annotated assignment has a target the
// emitter assigns like a plain one: a name, or an attribute or item that
// gets a value (`self.done: list[Job] = []`). Without a value Python
// would still evaluate the attribute's object or the item's operands.
func annotatable(st *grammar.AnnAssign) bool {
	switch st.Target.(type) {
	case *grammar.Name:
		return true
	case *grammar.Attribute, *grammar.Subscript:
		return st.Value != nil
	}
	return false
}
