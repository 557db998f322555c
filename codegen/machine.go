package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
)

// Stackless coroutines.
//
// An async def whose awaits all sit at statement level compiles to a
// state machine (aio.Machine, see runtime/aio's package documentation):
// a struct holding the state number, the parameters and the locals that
// live across an await, and a Step method that switches on the state. A
// task running one needs no goroutine, so this is what makes many small
// tasks cheap. qualify decides which coroutines may take that form; the
// rest stay stackful (aio.Coro), and emit_machine.go emits the machines.
//
// A coroutine qualifies when every await is a whole statement, the whole
// right-hand side of an assignment or augmented assignment to a local
// name (whose value no other code can change during the await, so
// reading it after the await is reading it before), or the value of a
// return;
// no await sits inside try, a plain with or an expression; an async with
// is of one lock or semaphore held in a name the block does not rebind; loops containing awaits are while loops or for
// loops over range() or a list, without else; and what each await waits
// on is a Poll primitive's awaitable (sleep, a queue's get/put/join, a
// lock's or semaphore's acquire, an event's wait, a task, gather) or a
// call of a qualifying coroutine. The last condition makes the choice a
// fixed point over the module's call graph: a coroutine that awaits a
// stackful one inline is itself stackful, which may disqualify its own
// callers in turn.

// machineInfo is what the emitter needs to know about a qualifying
// coroutine beyond its AST.
type machineInfo struct {
	// fields are the locals that become struct fields: those read in
	// more than one stretch of code between awaits, those declared at
	// the top of the Go function, and the targets of loops that contain
	// awaits. Parameters are always fields.
	fields map[*Symbol]bool
	built  *machine // its states, emitted ahead of the constructor
}

// machineScan checks one async def and collects what qualify needs.
type machineScan struct {
	c     *checker
	fn    *Func
	why   string  // the first reason it does not qualify; "" if none
	calls []*Func // coroutines awaited inline
	// seg numbers the stretches of code between awaits and loop or
	// branch boundaries; segs records the stretches each local occurs in.
	seg      int
	segs     map[*Symbol]map[int]bool
	loopVars map[*Symbol]bool
}

// qualify returns the coroutines that compile to machines, and for every
// other async def the reason it stays stackful.
func (c *checker) qualify() (machs map[*Func]*machineInfo, why map[*Func]string) {
	scans := map[*Func]*machineScan{}
	why = map[*Func]string{}
	for _, fn := range c.funcs {
		if !fn.Def.Async {
			continue
		}
		if fn.class != nil {
			why[fn] = "a method" // called through its receiver, as a Coro
			continue
		}
		if fn.outer != nil || containsStmt[*grammar.FuncDef](fn.Def.Body) {
			why[fn] = "a nested def, or one containing one" // closures keep Go locals
			continue
		}
		s := &machineScan{c: c, fn: fn, segs: map[*Symbol]map[int]bool{}, loopVars: map[*Symbol]bool{}}
		s.block(fn.Def.Body)
		if s.why != "" {
			why[fn] = s.why
			continue
		}
		scans[fn] = s
	}
	for changed := true; changed; {
		changed = false
		for _, fn := range c.funcs {
			s := scans[fn]
			if s == nil {
				continue
			}
			for _, callee := range s.calls {
				if scans[callee] == nil {
					why[fn] = "awaits stackful coroutine " + callee.Def.Name + "()"
					delete(scans, fn)
					changed = true
					break
				}
			}
		}
	}
	machs = map[*Func]*machineInfo{}
	for fn, s := range scans {
		machs[fn] = s.info()
	}
	return machs, why
}

func (s *machineScan) info() *machineInfo {
	top := map[*Symbol]bool{}
	for _, sym := range s.c.topVars[s.fn.Scope] {
		top[sym] = true
	}
	fields := map[*Symbol]bool{}
	for _, p := range s.fn.Params {
		fields[p] = true
	}
	for sym, segs := range s.segs {
		if s.loopVars[sym] || sym.read && (len(segs) > 1 || top[sym]) {
			fields[sym] = true
		}
	}
	for sym, flag := range s.c.boundFlags {
		if sym.scope == s.fn.Scope {
			fields[flag] = true // a bound flag (bound.go) outlives any one state
		}
	}
	return &machineInfo{fields: fields}
}

func (s *machineScan) fail(why string) {
	if s.why == "" {
		s.why = why
	}
}

// mark records the locals that occur in n as occurring in the current
// stretch.
func (s *machineScan) mark(n grammar.Node) {
	grammar.Inspect(n, func(n grammar.Node) bool {
		var name *grammar.Name
		switch n := n.(type) {
		case *grammar.Name:
			name = n
		case *grammar.ExceptHandler:
			name = s.c.handlerNames[n]
		}
		if sym := s.local(name); sym != nil {
			if s.segs[sym] == nil {
				s.segs[sym] = map[int]bool{}
			}
			s.segs[sym][s.seg] = true
		}
		return true
	})
}

// local returns the function-local variable or parameter n names, or nil.
func (s *machineScan) local(n *grammar.Name) *Symbol {
	if n == nil {
		return nil
	}
	sym := s.c.uses[n]
	if sym == nil || sym.scope != s.fn.Scope || sym.pkgLevel || sym.Kind != symVar && sym.Kind != symParam {
		return nil
	}
	return sym
}

func (s *machineScan) block(stmts []grammar.Stmt) {
	for _, st := range stmts {
		s.stmt(st)
	}
}

func (s *machineScan) stmt(st grammar.Stmt) {
	if !hasAwait(st) {
		s.mark(st)
		return
	}
	switch st := st.(type) {
	case *grammar.ExprStmt:
		if aw, ok := st.X.(*grammar.Await); ok {
			s.await(st, aw)
			return
		}
	case *grammar.Assign:
		if aw, ok := st.Value.(*grammar.Await); ok && len(st.Targets) == 1 && s.local(asName(st.Targets[0])) != nil {
			s.await(st, aw)
			return
		}
	case *grammar.AugAssign:
		if aw, ok := st.Value.(*grammar.Await); ok && s.local(asName(st.Target)) != nil {
			s.await(st, aw)
			return
		}
	case *grammar.Return:
		if aw, ok := st.Value.(*grammar.Await); ok {
			s.await(st, aw)
			return
		}
	case *grammar.If:
		s.seg++
		s.mark(st.Cond)
		s.exprNoAwait(st.Cond)
		s.branch(st.Body)
		for _, el := range st.Elifs {
			s.exprNoAwait(el.Cond)
			s.mark(el.Cond)
			s.branch(el.Body)
		}
		s.branch(st.Else)
		s.seg++
		return
	case *grammar.While:
		if st.Else != nil {
			s.fail("await in a while loop with an else block")
		}
		s.seg++
		s.exprNoAwait(st.Cond)
		s.mark(st.Cond)
		s.branch(st.Body)
		s.seg++
		return
	case *grammar.For:
		s.forStmt(st)
		return
	case *grammar.Try:
		s.fail("await inside try")
		return
	case *grammar.With:
		s.withStmt(st)
		return
	}
	s.fail("await inside an expression")
}

// withStmt checks an async with containing awaits: its entry polls the
// lock's acquisition, re-reading the name on each step, so the name
// must keep its value (see stable).
func (s *machineScan) withStmt(st *grammar.With) {
	if !st.Async || len(st.Items) != 1 || st.Items[0].Target != nil {
		s.fail("await inside a with block of this form")
		return
	}
	ctx := st.Items[0].Context
	k := s.c.typeOf(ctx).Kind
	if asName(ctx) == nil || !hasPollAcquire(k) || !s.stable(&emitter{checker: s.c}, ctx, st.Body) {
		s.fail("async with of something other than a lock or semaphore held in a name")
		return
	}
	s.mark(ctx)
	s.seg++
	s.mark(ctx)
	s.block(st.Body)
	s.seg++
}

// branch scans a block that starts and ends a stretch of its own.
func (s *machineScan) branch(stmts []grammar.Stmt) {
	s.seg++
	s.block(stmts)
	s.seg++
}

func (s *machineScan) exprNoAwait(x grammar.Expr) {
	if hasAwait(x) {
		s.fail("await inside an expression")
	}
}

// forStmt checks a for loop containing awaits: over range() with int
// bounds that the body cannot change and a loop variable used nowhere
// else (its Go counter ends one step past Python's last value), or over
// a list held in a local the body does not rebind.
func (s *machineScan) forStmt(st *grammar.For) {
	target := s.local(asName(st.Target))
	switch {
	case st.Async:
		s.fail("async for")
		return
	case st.Else != nil:
		s.fail("await in a for loop with an else block")
		return
	case target == nil:
		s.fail("await in a for loop whose target is not a local name")
		return
	case hasAwait(st.Iter):
		s.fail("await inside an expression")
		return
	}
	e := &emitter{checker: s.c}
	if call, ok := st.Iter.(*grammar.Call); ok && e.isBuiltinCall(call, "range") {
		if !s.rangeLoop(e, st, call, target) {
			return
		}
	} else if s.c.typeOf(st.Iter).Kind != List || !isLocalNotAssigned(e, st.Iter, st.Body) {
		s.fail("await in a for loop over something other than range() or a local list")
		return
	}
	s.seg++
	s.mark(st.Target)
	s.mark(st.Iter)
	s.loopVars[target] = true
	s.branch(st.Body)
	s.seg++
}

func (s *machineScan) rangeLoop(e *emitter, st *grammar.For, call *grammar.Call, target *Symbol) bool {
	ok := len(call.Args) >= 1 && len(call.Args) <= 3 && target.cell.get().Kind == Int && !storesTo(e.checker, st.Body, target)
	for i, a := range call.Args {
		ok = ok && a.Name == "" && !a.Star && s.c.typeOf(a.Value).Kind == Int
		if i == 2 {
			step, isConst := constInt(a.Value)
			ok = ok && isConst && step != 0
		}
	}
	if ok {
		stop := call.Args[0].Value
		if len(call.Args) > 1 {
			stop = call.Args[1].Value
		}
		ok = s.stable(e, stop, st.Body) && !s.usedOutside(target, st)
	}
	if !ok {
		s.fail("await in a range() loop this compiler cannot keep as a counter")
	}
	return ok
}

// stable reports whether re-evaluating x on every iteration of body
// gives the value Python computes once: literals, locals the body does
// not assign, module variables no function assigns, and arithmetic on
// those.
func (s *machineScan) stable(e *emitter, x grammar.Expr, body []grammar.Stmt) bool {
	switch x := x.(type) {
	case *grammar.IntLit:
		return true
	case *grammar.Name:
		sym := s.c.uses[x]
		if sym != nil && sym.pkgLevel {
			return !s.globalAnywhere(sym.Name)
		}
		return isLocalNotAssigned(e, x, body)
	case *grammar.Unary:
		return s.stable(e, x.X, body)
	case *grammar.Binary:
		return s.stable(e, x.X, body) && s.stable(e, x.Y, body)
	}
	return false
}

// globalAnywhere reports whether some function declares name global
// (and so may assign the module variable).
func (s *machineScan) globalAnywhere(name string) bool {
	for _, fn := range s.c.funcs {
		if fn.Scope.globals[name] {
			return true
		}
	}
	return false
}

// usedOutside reports whether sym occurs anywhere in the function
// outside the loop st.
func (s *machineScan) usedOutside(sym *Symbol, st *grammar.For) bool {
	inside, all := 0, 0
	count := func(n grammar.Node, k *int) {
		grammar.Inspect(n, func(n grammar.Node) bool {
			if x, ok := n.(*grammar.Name); ok && s.c.uses[x] == sym {
				*k++
			}
			return true
		})
	}
	count(st, &inside)
	for _, b := range s.fn.Def.Body {
		count(b, &all)
	}
	return all != inside
}

// await checks what an await statement waits on.
func (s *machineScan) await(st grammar.Stmt, aw *grammar.Await) {
	// The awaited expression is evaluated in the state before (gather's
	// arguments, a callee's) or again on each step at the await: marking
	// it in both stretches makes every local it reads a field.
	s.mark(aw.X)
	s.seg++
	s.mark(st)
	x := aw.X
	if hasAwait(x) {
		s.fail("await inside an expression")
		return
	}
	if n, ok := x.(*grammar.Name); ok {
		if s.local(n) == nil || s.c.typeOf(n).Kind != TaskT {
			s.fail("await of a value other than a task held in a local")
		}
		return
	}
	call, ok := x.(*grammar.Call)
	if !ok {
		s.fail("await of this expression")
		return
	}
	cl := s.c.calleeOf(call)
	switch cl.kind {
	case calleeFunc:
		if !cl.fn.Def.Async {
			s.fail("await of a plain function's result")
			return
		}
		s.calls = append(s.calls, cl.fn)
		return
	case calleeLib:
		switch cl.name {
		case "asyncio.gather":
			if gatherPlain(call) {
				return // arguments are evaluated once, in the state before
			}
		case "asyncio.sleep":
			if len(call.Args) == 1 && call.Args[0].Name == "" && s.pure(call.Args[0].Value) {
				return
			}
		}
	case calleeMethod:
		if s.local(asName(cl.recv)) != nil && s.methodPolls(cl) && s.pureArgs(call) {
			return
		}
	}
	s.fail("await of " + pyExpr(x) + ", which has no Poll form here")
}

// methodPolls reports whether a method call is an awaitable with a Poll
// primitive.
func (s *machineScan) methodPolls(cl callee) bool {
	switch s.c.typeOf(cl.recv).Kind {
	case Queue:
		return cl.name == "get" || cl.name == "put" || cl.name == "join"
	case Lock, Semaphore, BoundedSem:
		return cl.name == "acquire"
	case Event:
		return cl.name == "wait"
	}
	return false
}

// pure reports whether evaluating x again on every step at its await
// (the Poll call is re-run until it finishes) changes nothing.
func (s *machineScan) pure(x grammar.Expr) bool {
	switch x := x.(type) {
	case *grammar.Name, *grammar.IntLit, *grammar.FloatLit, *grammar.StrLit, *grammar.Const:
		return true
	case *grammar.Unary:
		return s.pure(x.X)
	case *grammar.Binary:
		return s.pure(x.X) && s.pure(x.Y)
	}
	return false
}

func (s *machineScan) pureArgs(call *grammar.Call) bool {
	for _, a := range call.Args {
		if a.Name != "" || a.Star || !s.pure(a.Value) {
			return false
		}
	}
	return true
}

func asName(x grammar.Expr) *grammar.Name {
	n, _ := x.(*grammar.Name)
	return n
}

// hasAwait reports whether n awaits: an await expression, or an async
// with or async for, whose entry and steps await.
func hasAwait(n grammar.Node) bool {
	found := false
	grammar.Inspect(n, func(n grammar.Node) bool {
		switch n := n.(type) {
		case *grammar.Await:
			found = true
		case *grammar.With:
			found = found || n.Async
		case *grammar.For:
			found = found || n.Async
		case *grammar.FuncDef, *grammar.Lambda:
			return false
		}
		return !found
	})
	return found
}

// gatherPlain reports whether gather's arguments are positional, or one
// starred list: the forms its emitter takes.
func gatherPlain(call *grammar.Call) bool {
	for _, a := range call.Args {
		if a.Name != "" || a.DoubleStar || a.Star && len(call.Args) > 1 {
			return false
		}
	}
	return true
}
