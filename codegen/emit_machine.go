package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// machine emits one qualifying coroutine as an aio.Machine (see
// machine.go for which qualify and runtime/aio's package documentation
// for the shape): for `async def task(name, delay)`, a struct type
// taskCoro, a constructor task(name, delay) that makes the coroutine
// object, and its Await and Step methods.
//
// Statements without awaits are emitted by the ordinary statement code,
// through a copy of the emitter in which each field's symbol is spelled
// m.name and never declared; awaits, and the branches and loops that
// contain them, become states here.
type machine struct {
	e    *emitter
	fn   *Func
	info *machineInfo
	typ  string
	body string // the method holding the body: the function's Go name
	// Generated identifiers, chosen not to clash with the DSL's names:
	// the receiver, the state field, Step's results, the Poll call's
	// value and flag.
	recv, state, r, done, v, ok string

	cases []jen.Code
	cur   *jen.Group // the state being filled
	loops []mloop    // loops containing awaits around the code emitted
	withs []mwith    // async with blocks around it (emit_with.go)
	helds []string   // the fields holding each async with's lock
	waits []mwait    // the await states, for SuspendedAt
	// States are numbered twice. Code refers to states by the order they
	// begin in (n counts them, at is cur's); the emitted numbers leave
	// out the states that would only set the next one (a branch or a
	// loop head whose first statement is an await, a join just before a
	// loop's next step). A first pass finds the labels, a second records
	// the pass-through states in through, with the state each goes on
	// to, and the last drops them and gives every other state its
	// number in emitted, in order.
	n, at   int
	fresh   bool        // nothing but comments emitted into cur yet
	through map[int]int // this pass's pass-through states
	skip    map[int]int // the first pass's, dropped in the second
	emitted map[int]int
	// labels are the states that jumps name before they begin (a loop's
	// exit, an if's branches and join), from the previous pass.
	labels map[labelKey]int
	hidden []jen.Code         // field declarations that are not DSL locals
	taken  map[string]bool    // field names
	subs   map[string]string  // field per awaited callee or gather type
	saved  map[*Symbol]string // Go names of the fields, restored after emission
	fields []*Symbol          // DSL locals held in fields, parameters first
	// fieldNames spells each field; a local named like one of the
	// machine's methods gets another name, as Go rejects the clash.
	fieldNames map[*Symbol]string
}

type labelKey struct {
	node grammar.Node
	k    int
}

// mwait is a state that polls an await at a line of the DSL; sub is the
// field of the machine it steps when it awaits a callee inline.
type mwait struct {
	at, line int
	sub      string
}

// mloop is a loop containing awaits: continue runs next, break goes to exit.
type mloop struct {
	exit int
	next func(g *jen.Group)
}

// isMachine reports whether fn compiles to a machine.
func (e *emitter) isMachine(fn *Func) bool {
	if e.machs == nil {
		// A library package keeps every coroutine stackful: its API
		// hands coroutines to Go callers as aio.Coro values.
		e.machs = map[*Func]*machineInfo{}
		if e.opts.program() && !e.opts.Stackful {
			e.machs, _ = e.qualify()
		}
	}
	return fn != nil && e.machs[fn] != nil
}

// machineType is the struct type of fn's machine: the function's name
// with Coro appended, made unique among the module's names.
func (e *emitter) machineType(fn *Func) string {
	name := fn.Sym.Go + "Coro"
	for e.module.goNames[name] {
		name += "_"
	}
	return name
}

// machineCall reports whether x is a call that makes a machine.
func (e *emitter) machineCall(x grammar.Expr) bool {
	call, ok := x.(*grammar.Call)
	if !ok {
		return false
	}
	cl := e.calleeOf(call)
	return cl.kind == calleeFunc && e.isMachine(cl.fn)
}

// isCoroValue reports whether x's Go form is an aio.Coro (a call of a
// stackful async def, or a library coroutine) rather than a coroutine
// value of type aio.Awaitable, which may hold a machine.
func (e *emitter) isCoroValue(x grammar.Expr) bool {
	call, ok := x.(*grammar.Call)
	if !ok {
		return false
	}
	cl := e.calleeOf(call)
	if cl.kind == calleeMethod {
		if cls := e.classOf(cl.recv); cls != nil && cls.method(cl.name) != nil {
			return cls.method(cl.name).Def.Async // methods are never machines
		}
	}
	if cl.kind == calleeSuper {
		return cl.fn.Def.Async
	}
	return cl.kind == calleeFunc && !e.isMachine(cl.fn) || cl.kind != calleeFunc && e.isLibAwaitable(call)
}

// coroArg emits a coroutine passed to create_task or asyncio.run: the
// runtime function for machines (fn), for coroutines (fc), or a
// coroutine awaiting the value when it is not known to be either.
func (e *emitter) coroArg(x grammar.Expr, fm, fc string, first ...jen.Code) *jen.Statement {
	switch {
	case e.machineCall(x):
		return jen.Qual(aioPkg, fm).Call(append(first, e.expr(x))...)
	case e.isCoroValue(x):
		return jen.Qual(aioPkg, fc).Call(append(first, e.expr(x))...)
	}
	coro := jen.Qual(aioPkg, "Coro").Types(goType(e.typeOf(x).elem())).Call(operand(e.x(x), precPrimary, false).Dot("Await"))
	return jen.Qual(aioPkg, fc).Call(append(first, coro)...)
}

// machineHeads emits, before every //line directive, the struct type,
// Await and Step of each machine. Step only calls the method that holds
// the body, named after the DSL function, so that tracebacks (which show
// the Go frames mapped to the DSL file) name the coroutine, not Step.
func (e *emitter) machineHeads(f *jen.Group) {
	for _, fn := range e.funcs {
		if !e.isMachine(fn) {
			continue
		}
		e.fn, e.temps = fn, 0
		m := e.buildMachine(fn)
		e.machs[fn].built = m
		ret := func() jen.Code { return goType(fn.ret.get()) }
		f.Line()
		f.Commentf("%s is the coroutine %s() compiled to a state machine; see %s below.", m.typ, fn.Def.Name, fn.Sym.Go)
		f.Type().Id(m.typ).StructFunc(func(g *jen.Group) {
			g.Id(m.state).Int()
			for _, sym := range m.fields {
				g.Id(m.fieldNames[sym]).Add(goType(sym.cell.get()))
			}
			for _, h := range m.hidden {
				g.Add(h)
			}
		})
		self := jen.Id(m.recv).Op("*").Id(m.typ)
		task := jen.Id("t").Op("*").Qual(aioPkg, "Task")
		f.Line()
		f.Func().Params(self.Clone()).Id("Await").Params(task.Clone()).Add(ret()).Block(
			jen.Return(jen.Qual(aioPkg, "AwaitMachine").Call(jen.Id("t"), jen.Id(m.recv))),
		)
		if e.awaitsAny {
			f.Line()
			f.Func().Params(self.Clone()).Id("AwaitAny").Params(task.Clone()).Any().Block(
				jen.Return(jen.Id(m.recv).Dot("Await").Call(jen.Id("t"))),
			)
		}
		f.Line()
		if len(m.helds) == 0 {
			f.Func().Params(self.Clone()).Id("Step").Params(task).Params(ret(), jen.Bool()).Block(
				jen.Return(jen.Id(m.recv).Dot(m.body).Call(jen.Id("t"))),
			)
		} else {
			f.Func().Params(self.Clone()).Id("Step").Params(task).Params(jen.Id("r").Add(ret()), jen.Id("done").Bool()).Block(m.stepReleasing()...)
		}
		f.Line()
		f.Commentf("SuspendedAt is the await %s() is suspended at, for the deadlock report.", fn.Def.Name)
		f.Func().Params(self).Id("SuspendedAt").Params().Qual(pyPkg, "Frame").Block(m.suspendedAt()...)
	}
	e.fn, e.temps = nil, 0
}

// suspendedAt is the body of SuspendedAt: the DSL frame of the await
// the state stands at; an await of a callee's machine asks the callee.
func (m *machine) suspendedAt() []jen.Code {
	frame := jen.Qual(pyPkg, "Frame")
	cases := make([]jen.Code, len(m.waits))
	for i, w := range m.waits {
		var at jen.Code
		if w.sub != "" {
			at = m.field(w.sub).Dot("SuspendedAt").Call()
		} else {
			at = frame.Clone().Values(
				jen.Id("File").Op(":").Lit(m.e.opts.Filename),
				jen.Id("Line").Op(":").Lit(w.line),
				jen.Id("Func").Op(":").Lit(m.fn.Def.Name),
			)
		}
		cases[i] = jen.Case(jen.Lit(m.emitted[w.at])).Block(jen.Return(at))
	}
	return []jen.Code{jen.Switch(m.field(m.state)).Block(cases...), jen.Return(frame.Clone().Values())}
}

// buildMachine emits the states of fn's body.
func (e *emitter) buildMachine(fn *Func) *machine {
	m := &machine{fn: fn, info: e.machs[fn], typ: e.machineType(fn), body: fn.Sym.Go}
	if m.body == "Step" || m.body == "Await" || m.body == "AwaitAny" {
		m.body += "_" // tracebacks drop one trailing underscore
	}
	names := map[string]bool{}
	for n := range e.module.goNames {
		names[n] = true
	}
	for n := range fn.Scope.goNames {
		names[n] = true
	}
	for _, sym := range e.uses {
		if sym.scope != nil && sym.scope.fn == fn {
			names[sym.Go] = true // also the variables of comprehensions and lambdas
		}
	}
	for _, params := range e.lambdas { // also those the lambda never reads
		for _, sym := range params {
			if sym.scope.fn == fn {
				names[sym.Go] = true
			}
		}
	}
	fresh := func(base string) string {
		for names[base] {
			base += "_"
		}
		names[base] = true
		return base
	}
	m.recv, m.r, m.done, m.v, m.ok = fresh("m"), fresh("r"), fresh("done"), fresh("v"), fresh("ok")
	methods := map[string]bool{m.body: true, "Await": true, "AwaitAny": true, "Step": true}
	m.fieldNames = map[*Symbol]string{}
	for _, sym := range fn.Scope.order {
		if m.info.fields[sym] {
			m.fields = append(m.fields, sym)
			name := sym.Go
			for methods[name] {
				name += "_"
			}
			methods[name] = true
			m.fieldNames[sym] = name
		}
	}
	// Jumps to states that begin later (a loop's exit, an if's branches)
	// take their numbers from a first pass.
	m.labels = map[labelKey]int{}
	m.run(e)
	m.run(e) // with the labels known: the states that pass through
	m.number()
	m.run(e)
	return m
}

// machineDecl emits, where fn's Go function would be, the constructor
// (calling fn makes the coroutine object) and the method with the body.
func (e *emitter) machineDecl(f *jen.Group, fn *Func) {
	m := e.machs[fn].built
	params := make([]jen.Code, len(fn.Params))
	init := make([]jen.Code, len(fn.Params))
	for i, p := range fn.Params {
		params[i] = jen.Id(p.Go).Add(goType(p.cell.get()))
		init[i] = jen.Id(m.fieldNames[p]).Op(":").Id(p.Go)
	}
	f.Line()
	e.lineDirective(f, fn.Def.Pos)
	f.Func().Id(fn.Sym.Go).Params(params...).Op("*").Id(m.typ).Block(
		jen.Return(jen.Op("&").Id(m.typ).Values(init...)),
	)
	f.Line()
	f.Func().Params(jen.Id(m.recv).Op("*").Id(m.typ)).Id(m.body).Params(jen.Id("t").Op("*").Qual(aioPkg, "Task")).Params(
		jen.Id(m.r).Add(goType(fn.ret.get())), jen.Id(m.done).Bool(),
	).Block(
		jen.For().Block(jen.Switch(m.field(m.state)).Block(m.cases...)),
	)
}

// run emits the states of the body once, with the field symbols spelled
// as fields for the duration.
func (m *machine) run(e *emitter) {
	m.cases, m.hidden, m.loops, m.n, m.through = nil, nil, nil, 0, map[int]int{}
	m.withs, m.helds, m.waits = nil, nil, nil
	m.taken, m.subs, m.saved = map[string]bool{}, map[string]string{}, map[*Symbol]string{}
	m.taken[m.body], m.taken["Await"], m.taken["AwaitAny"], m.taken["Step"] = true, true, true, true
	for _, sym := range m.fields {
		m.taken[m.fieldNames[sym]] = true
	}
	m.state = m.hiddenName("state")
	// The copy's define table never declares a field.
	c := *e.checker
	c.define = map[*grammar.Name]bool{}
	for n, d := range e.define {
		c.define[n] = d && !m.info.fields[e.uses[n]]
	}
	me := *e
	me.checker, me.mach, me.temps, me.frames = &c, m, 0, nil
	m.e = &me
	for _, sym := range m.fields {
		m.saved[sym] = sym.Go
		sym.Go = m.recv + "." + m.fieldNames[sym]
	}
	defer func() {
		for sym, g := range m.saved {
			sym.Go = g
		}
	}()
	m.begin(nil, 0, "")
	m.block(m.fn.Def.Body)
	if e.returnsAtEnd(m.fn) {
		m.jump(m.e, m.cur, jumpReturn, noneOf(m.fn.ret.get()))
	}
}

func (m *machine) field(name string) *jen.Statement { return jen.Id(m.recv).Dot(name) }

// hiddenName returns a field name for generated state, unused by the
// DSL's fields.
func (m *machine) hiddenName(base string) string {
	for m.taken[base] {
		base += "_"
	}
	m.taken[base] = true
	return base
}

// hiddenField declares a field of type typ, one per key, and returns its name.
func (m *machine) hiddenField(key, base string, typ jen.Code) string {
	if name, ok := m.subs[key]; ok {
		return name
	}
	name := m.hiddenName(base)
	m.subs[key] = name
	m.hidden = append(m.hidden, jen.Id(name).Add(typ))
	return name
}

// number gives the states the second pass kept their emitted numbers,
// and a pass-through state its target's. State 0, where the machine
// starts, is only left out when the state it goes on to becomes 0.
func (m *machine) number() {
	m.skip, m.emitted = m.through, map[int]int{}
	target := func(p int) int {
		for k := 0; k < m.n; k++ { // bounded, though no chain loops
			q, ok := m.skip[p]
			if !ok {
				break
			}
			p = q
		}
		return p
	}
	first := 0
	for _, ok := m.skip[first]; ok; _, ok = m.skip[first] {
		first++
	}
	if target(0) != first {
		delete(m.skip, 0)
	}
	for p := 0; p < m.n; p++ {
		if _, ok := m.skip[p]; !ok {
			m.emitted[p] = len(m.emitted)
		}
	}
	for p := range m.skip {
		m.emitted[p] = m.emitted[target(p)]
	}
}

// begin starts a new state, recorded under (node, k) when node is set,
// and returns it. A state the second pass found to pass through is
// filled but not kept.
func (m *machine) begin(node grammar.Node, k int, comment string) int {
	p := m.n
	m.n++
	if node != nil {
		m.labels[labelKey{node, k}] = p
	}
	c := jen.Case(jen.Lit(m.emitted[p])).BlockFunc(func(g *jen.Group) {
		m.cur, m.at, m.fresh = g, p, true
		if comment != "" {
			// The blank line keeps a //line directive that follows out
			// of the comment's group, where gofmt would move it.
			g.Commentf("state %d: %s", m.emitted[p], comment)
			g.Line()
		}
	})
	if _, ok := m.skip[p]; !ok {
		m.cases = append(m.cases, c)
	}
	return p
}

// jumpTo ends a stretch of g by moving on to state p; when that is all
// the current state does, the state passes through to p.
func (m *machine) jumpTo(g *jen.Group, p int) {
	g.Add(m.goTo(p))
	if g == m.cur && m.fresh {
		m.through[m.at] = p
	}
	m.emits(g)
}

// emits records that g, if it is the current state, now holds code.
func (m *machine) emits(g *jen.Group) {
	if g == m.cur {
		m.fresh = false
	}
}

// follow moves on to a new state and returns it.
func (m *machine) follow(comment string) int {
	m.jumpTo(m.cur, m.n)
	return m.begin(nil, 0, comment)
}

// label is the number of the state recorded under (node, k).
func (m *machine) label(node grammar.Node, k int) int { return m.labels[labelKey{node, k}] }

// goTo sets the next state.
func (m *machine) goTo(p int) *jen.Statement { return m.field(m.state).Op("=").Lit(m.emitted[p]) }

func (m *machine) block(stmts []grammar.Stmt) {
	for i, st := range live(stmts) {
		if i == 0 && hasAwait(st) { // else e.stmts sets them
			m.e.setBound(m.cur, true, m.e.entered[st]...)
		}
		m.stmt(st)
	}
}

func (m *machine) stmt(st grammar.Stmt) {
	if !hasAwait(st) {
		m.e.stmts(m.cur, []grammar.Stmt{st})
		m.emits(m.cur)
		return
	}
	switch st := st.(type) {
	case *grammar.ExprStmt:
		m.await(st, st.X.(*grammar.Await), nil, false)
	case *grammar.Assign:
		m.await(st, st.Value.(*grammar.Await), asName(st.Targets[0]), false)
		m.e.setBound(m.cur, true, st.Targets...)
	case *grammar.AugAssign:
		if n := asName(st.Target); n != nil {
			m.e.checkBoundStmt(m.cur, n) // Python reads the target before it awaits
		}
		m.await(st, st.Value.(*grammar.Await), nil, false)
	case *grammar.Return:
		m.await(st, st.Value.(*grammar.Await), nil, true)
	case *grammar.If:
		m.ifStmt(st)
	case *grammar.While:
		m.whileStmt(st)
	case *grammar.For:
		m.forStmt(st)
	case *grammar.With:
		m.withStmt(st)
	}
}

// ifStmt emits an if containing awaits: the current state picks the
// branch's state, and every branch goes on to the join state.
func (m *machine) ifStmt(st *grammar.If) {
	m.e.lineDirective(m.cur, st.Pos)
	m.emits(m.cur)
	join := m.label(st, -1)
	s := m.cur.If(m.e.cond(st.Cond)).Block(m.goTo(m.label(st, 0)))
	for i, el := range st.Elifs {
		s = s.Else().If(m.e.cond(el.Cond)).Block(m.goTo(m.label(st, i+1)))
	}
	if st.Else != nil {
		s.Else().Block(m.goTo(m.label(st, len(st.Elifs)+1)))
	} else {
		s.Else().Block(m.goTo(join))
	}
	branch := func(k int, body []grammar.Stmt) {
		m.begin(st, k, "")
		m.block(body)
		if m.e.fallsThrough(body) {
			m.jumpTo(m.cur, join)
		}
	}
	branch(0, st.Body)
	for i, el := range st.Elifs {
		branch(i+1, el.Body)
	}
	if st.Else != nil {
		branch(len(st.Elifs)+1, st.Else)
	}
	m.begin(st, -1, "")
}

// whileStmt emits a while loop containing awaits as a head state that
// tests the condition, followed by the body's states.
func (m *machine) whileStmt(st *grammar.While) {
	head := m.follow("while " + pyExpr(st.Cond))
	m.e.lineDirective(m.cur, st.Pos)
	if !isTrue(st.Cond) {
		m.exitUnless(jen.Op("!").Add(operand(m.e.condX(st.Cond), precUnary, false)), st)
	}
	m.loop(st, st.Body, func(g *jen.Group) { m.jumpTo(g, head) })
}

// exitUnless leaves the loop st when cond holds.
func (m *machine) exitUnless(cond jen.Code, st grammar.Node) {
	m.cur.If(cond).Block(m.goTo(m.label(st, -1)), jen.Continue())
	m.emits(m.cur)
}

// loop emits a loop body whose continuation is next, then the exit state.
func (m *machine) loop(st grammar.Node, body []grammar.Stmt, next func(g *jen.Group)) {
	m.loops = append(m.loops, mloop{exit: m.label(st, -1), next: next})
	m.block(body)
	if m.e.fallsThrough(body) {
		next(m.cur)
	}
	m.loops = m.loops[:len(m.loops)-1]
	m.begin(st, -1, "")
}

// forStmt emits a for loop containing awaits: over range() with the loop
// variable's field as the counter, or over a list with an index field.
func (m *machine) forStmt(st *grammar.For) {
	e := m.e
	target := e.expr(st.Target)
	e.lineDirective(m.cur, st.Pos)
	comment := "for " + pyExpr(st.Target) + " in " + pyExpr(st.Iter)
	if call, ok := st.Iter.(*grammar.Call); ok && e.isBuiltinCall(call, "range") {
		args := make([]grammar.Expr, len(call.Args))
		for i, a := range call.Args {
			args[i] = a.Value
		}
		start, stop, step := jen.Code(jen.Lit(0)), args[0], 1
		if len(args) > 1 {
			start, stop = e.coerce(args[0], tInt), args[1]
		}
		if len(args) == 3 {
			step, _ = constInt(args[2])
		}
		// range() evaluates its bounds once, start first: the head
		// compares with a stop kept in a field rather than recompute it.
		// A stop that reads the loop variable reads it before the loop
		// binds it.
		stopCode, setStop := e.coerce(stop, tInt), jen.Null()
		if !isSimple(stop) {
			f := m.field(m.hiddenField("stop:"+pyExpr(st.Target), asName(st.Target).Id+"Stop", jen.Int()))
			setStop, stopCode = f.Clone().Op("=").Add(stopCode), f
		}
		if mentions(e, stop, e.uses[asName(st.Target)]) {
			m.cur.Add(setStop)
			setStop = jen.Null()
		}
		m.cur.Add(target.Clone().Op("=").Add(start))
		m.cur.Add(setStop)
		m.emits(m.cur)
		head := m.follow(comment)
		op, post := ">=", target.Clone().Op("++")
		switch {
		case step < 0:
			op, post = "<=", target.Clone().Op("-=").Lit(-step)
		case step > 1:
			post = target.Clone().Op("+=").Lit(step)
		}
		m.exitUnless(target.Clone().Op(op).Add(stopCode), st)
		m.loop(st, st.Body, func(g *jen.Group) {
			g.Add(post.Clone())
			m.emits(g)
			m.jumpTo(g, head)
		})
		return
	}
	list := operand(e.x(st.Iter), precPrimary, false)
	idx := m.field(m.hiddenField("idx:"+pyExpr(st.Target), asName(st.Target).Id+"Idx", jen.Int()))
	m.cur.Add(idx.Clone().Op("=").Lit(0))
	m.emits(m.cur)
	head := m.follow(comment)
	m.exitUnless(idx.Clone().Op(">=").Add(list.Clone().Dot("Len").Call()), st)
	elem := e.typeOf(st.Iter).elem()
	item := primary(list.Clone().Dot("Items").Index(idx.Clone()))
	m.cur.Add(target.Clone().Op("=").Add(e.coerceCode(st, item, elem, e.typeOf(st.Target))))
	m.cur.Add(idx.Clone().Op("++"))
	m.loop(st, st.Body, func(g *jen.Group) { m.jumpTo(g, head) })
}

// mentions reports whether expression x reads the variable sym.
func mentions(e *emitter, x grammar.Expr, sym *Symbol) bool {
	found := false
	walkExpr(x, func(y grammar.Expr) {
		if n, ok := y.(*grammar.Name); ok && e.uses[n] == sym {
			found = true
		}
	})
	return found
}

// jump emits break, continue or return where they leave the machine's
// own code: a return finishes the coroutine, break and continue of a
// loop containing awaits move to its exit or next state. It reports
// false for jumps that stay plain Go (in a loop without awaits).
func (m *machine) jump(e *emitter, g *jen.Group, kind int, value jen.Code) bool {
	if kind == jumpReturn {
		if len(m.withs) == 0 {
			g.Return(value, jen.True())
			return true
		}
		// The value is computed before the locks are released, as
		// Python evaluates it before __aexit__ runs.
		g.Id(m.r).Op("=").Add(value)
		m.releaseWithin(g, 0)
		g.Return(jen.Id(m.r), jen.True())
		return true
	}
	if e.loops > 0 || len(m.loops) == 0 {
		return false
	}
	l := m.loops[len(m.loops)-1]
	m.releaseWithin(g, len(m.loops))
	if kind == jumpBreak {
		m.jumpTo(g, l.exit)
	} else {
		l.next(g)
	}
	g.Continue()
	return true
}

// await emits an await statement: what the awaited expression needs is
// evaluated once in the current state, and a new state polls it; the
// code after the await follows in that state. An augmented assignment
// applies its operator to the polled result.
func (m *machine) await(st grammar.Stmt, aw *grammar.Await, target *grammar.Name, ret bool) {
	e := m.e
	if call, ok := aw.X.(*grammar.Call); ok && (e.calleeOf(call).kind == calleeFunc || e.calleeOf(call).name == "asyncio.gather") {
		e.lineDirective(m.cur, st.Position()) // for the code prepare adds
	}
	poll, valued, value, cleanup := m.prepare(aw)
	m.follow("await " + pyExpr(aw.X))
	m.waits = append(m.waits, mwait{at: m.at, line: st.Position().Line, sub: m.subField(aw)})
	e.lineDirective(m.cur, st.Position())
	g := m.cur
	from := e.typeOf(aw)
	var sym *Symbol
	if target != nil && (e.uses[target].read || e.uses[target].pkgLevel) {
		sym = e.uses[target]
	}
	aug, isAug := st.(*grammar.AugAssign)
	switch {
	case !valued:
		g.If(jen.Op("!").Add(poll)).Block(jen.Return())
	case sym == nil && !ret && !isAug:
		g.If(jen.List(jen.Id("_"), jen.Id(m.ok)).Op(":=").Add(poll), jen.Op("!").Id(m.ok)).Block(jen.Return())
	default:
		name := m.v
		if sym != nil && e.define[target] && goTypeString(from) == goTypeString(sym.cell.get()) {
			name, sym = sym.Go, nil // x, ok := ... declares the local itself
		}
		g.List(jen.Id(name), jen.Id(m.ok)).Op(":=").Add(poll)
		g.If(jen.Op("!").Id(m.ok)).Block(jen.Return())
		value = primary(jen.Id(name))
	}
	if cleanup != nil {
		g.Add(cleanup) // let the callee's or the gather's state go
	}
	switch {
	case isAug:
		e.polled, e.polledAs = aw, value
		e.augAssign(g, aug)
		e.polled = nil
	case ret:
		m.jump(e, g, jumpReturn, e.coerceCode(aw, value, from, e.fn.ret.get()))
	case sym != nil && e.define[target]:
		g.Var().Id(sym.Go).Add(goType(sym.cell.get())).Op("=").Add(e.coerceCode(aw, value, from, sym.cell.get()))
	case sym != nil:
		g.Id(sym.Go).Op("=").Add(e.coerceCode(aw, value, from, sym.cell.get()))
	}
	m.emits(g)
}

// subKey is the hiddenField key of the field holding callee fn's machine.
func subKey(fn *Func) string { return "sub:" + fn.Sym.Go }

// subField is the field of the callee's machine aw steps, if aw awaits a
// callee inline.
func (m *machine) subField(aw *grammar.Await) string {
	if call, ok := aw.X.(*grammar.Call); ok {
		if cl := m.e.calleeOf(call); cl.kind == calleeFunc {
			return m.subs[subKey(cl.fn)]
		}
	}
	return ""
}

// prepare emits, into the current state, what an await needs evaluated
// once (the callee awaited inline, the gather's children) and returns the
// Poll call: valued when it returns (value, ok), else it returns ok and
// value is the await's result; cleanup, if any, runs once it finished.
func (m *machine) prepare(aw *grammar.Await) (poll *jen.Statement, valued bool, value gox, cleanup jen.Code) {
	e := m.e
	t := jen.Id("t")
	none := primary(jen.Qual(pyPkg, "None"))
	if n, ok := aw.X.(*grammar.Name); ok { // a task
		return operand(e.x(n), precPrimary, false).Dot("Poll").Call(t), true, gox{}, nil
	}
	call := aw.X.(*grammar.Call)
	cl := e.calleeOf(call)
	switch {
	case cl.kind == calleeFunc:
		f := m.field(m.hiddenField(subKey(cl.fn), cl.fn.Sym.Go, jen.Op("*").Id(e.machineType(cl.fn))))
		m.cur.Add(f.Clone().Op("=").Add(e.expr(call)))
		m.emits(m.cur)
		return f.Clone().Dot("Step").Call(t), true, gox{}, f.Clone().Op("=").Nil()
	case cl.name == "asyncio.gather":
		elem := e.typeOf(call).elem().elem()
		typ := jen.Op("*").Qual(aioPkg, "Gathering").Types(goType(elem))
		f := m.field(m.hiddenField("gather:"+goTypeString(elem), "g", typ))
		m.cur.Add(f.Clone().Op("=").Add(m.e.startGather(call)))
		m.emits(m.cur)
		return f.Clone().Dot("Poll").Call(t), true, gox{}, f.Clone().Op("=").Nil()
	case cl.name == "asyncio.sleep":
		return jen.Qual(aioPkg, "PollSleep").Call(t, e.delay(call.Args[0].Value)), false, none, nil
	}
	recv := operand(e.x(cl.recv), precPrimary, false)
	switch cl.name {
	case "get":
		return recv.Dot("PollGet").Call(t), true, gox{}, nil
	case "put":
		return recv.Dot("PollPut").Call(t, e.coerce(call.Args[0].Value, e.typeOf(cl.recv).elem())), false, none, nil
	case "join":
		return recv.Dot("PollJoin").Call(t), false, none, nil
	case "acquire":
		return recv.Dot("PollAcquire").Call(t), false, primary(jen.True()), nil
	}
	return recv.Dot("PollWait").Call(t), false, primary(jen.True()), nil
}
