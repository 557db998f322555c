package codegen

import (
	"strconv"

	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// asyncio beyond sleep, gather, tasks and the synchronization primitives:
// TaskGroup and timeout (entered by async with, emit_stmt.go's withStmt),
// wait_for, shield, as_completed, and the functions that run a plain def
// on another thread (to_thread, loop.run_in_executor).

// asyncioCall emits the calls of this file's asyncio functions that are no
// coroutines; ok is false for any other name.
func (e *emitter) asyncioCall(name string, call *grammar.Call) (code *jen.Statement, ok bool) {
	switch name {
	case "asyncio.TaskGroup":
		e.positional(call, name)
		return jen.Qual(aioPkg, "NewTaskGroup").Call(), true
	case "concurrent.futures.ThreadPoolExecutor":
		args, kw := e.positional(call, name, "max_workers")
		if w := kw["max_workers"]; w != nil {
			args = append(args, w)
		}
		n := jen.Code(jen.Lit(0)) // CPython's default size
		if len(args) == 1 && !isNone(args[0]) {
			n = e.coerce(args[0], tInt)
		}
		return jen.Qual(aioPkg, "NewThreadPoolExecutor").Call(n), true
	case "asyncio.timeout":
		args, kw := e.positional(call, name, "delay")
		if d := kw["delay"]; d != nil {
			args = append(args, d)
		}
		if !e.needTask(call, name) || !e.arity(call, name, 1, args) {
			return jen.Nil(), true
		}
		if isNone(args[0]) {
			return jen.Qual(aioPkg, "NewTimeoutNever").Call(), true
		}
		return jen.Qual(aioPkg, "NewTimeout").Call(jen.Id("t"), e.delay(args[0])), true
	case "asyncio.shield":
		args, _ := e.positional(call, name)
		if !e.needTask(call, name) || !e.arity(call, name, 1, args) {
			return jen.Nil(), true
		}
		res := e.typeOf(call).elem()
		return jen.Qual(aioPkg, "Shield").Types(goType(res)).Call(jen.Id("t"), e.awaitableValue(args[0], name, res)), true
	case "asyncio.as_completed":
		args, kw := e.positional(call, name, "timeout")
		if tm := kw["timeout"]; tm != nil {
			args = append(args, tm)
		}
		if !e.needTask(call, name) || len(args) == 0 || len(args) > 2 {
			return jen.Nil(), true
		}
		timeout := jen.Qual("math", "Inf").Call(jen.Lit(1))
		if len(args) == 2 && !isNone(args[1]) {
			timeout = e.delay(args[1])
		}
		res := e.typeOf(call).elem().elem()
		aws := e.awaitables(args[0], name+"()", res)
		return jen.Qual(pyPkg, "NewList").Call(jen.Qual(aioPkg, "AsCompleted").Types(goType(res)).Call(jen.Id("t"), aws, timeout).Op("...")), true
	case "asyncio.get_event_loop", "asyncio.get_running_loop":
		e.positional(call, name)
		if !e.needTask(call, name) {
			return jen.Nil(), true
		}
		return jen.Id("t").Dot("Loop").Call(), true
	case "random.seed", "random.random", "random.uniform", "random.randint", "random.randrange", "random.choice", "random.shuffle":
		return e.randomCall(name, call), true
	case "sys.exit":
		args, _ := e.positional(call, name)
		if len(args) > 1 {
			e.arity(call, name, 1, args)
			return jen.Nil(), true
		}
		vals := make([]jen.Code, len(args))
		for i, a := range args {
			vals[i] = e.expr(a)
		}
		return jen.Qual(pyPkg, "Raise").Call(jen.Qual(pyPkg, "SystemExit").Dot("New").Call(vals...)), true
	case "time.sleep":
		args, _ := e.positional(call, name)
		if !e.arity(call, name, 1, args) {
			return jen.Nil(), true
		}
		return jen.Qual(pyPkg, "TimeSleep").Call(e.delay(args[0])), true
	}
	return nil, false
}

// needTask reports whether the call is inside a coroutine, where the
// current task gives the loop; it reports the call otherwise.
func (e *emitter) needTask(call *grammar.Call, name string) bool {
	if !e.inAsync() {
		e.diag.unsupported(call, name+"() outside async function")
		return false
	}
	return true
}

// isAsyncioAwaitable reports whether call makes one of this file's
// awaitables: wait_for and to_thread coroutines, run_in_executor's future.
func (e *emitter) isAsyncioAwaitable(cl callee) bool {
	switch cl.kind {
	case calleeLib:
		return cl.name == "asyncio.wait_for" || cl.name == "asyncio.to_thread" || cl.name == "asyncio.wait"
	case calleeMethod:
		return cl.name == "run_in_executor" && e.typeOf(cl.recv).Kind == LoopT
	}
	return false
}

// asyncioAwait emits awaiting one of them on task t.
func (e *emitter) asyncioAwait(cl callee, call *grammar.Call) *jen.Statement {
	t := jen.Id("t")
	rt := goType(e.typeOf(call).elem())
	switch cl.name {
	case "asyncio.wait_for":
		args, kw := e.positional(call, cl.name, "timeout")
		if tm := kw["timeout"]; tm != nil {
			args = append(args, tm)
		}
		if !e.arity(call, cl.name, 2, args) {
			return jen.Nil()
		}
		aw := e.awaitableValue(args[0], cl.name, e.typeOf(call).elem())
		if isNone(args[1]) {
			return aw.Dot("Await").Call(t) // no timeout: a plain await
		}
		return jen.Qual(aioPkg, "WaitFor").Types(rt).Call(t, aw, e.delay(args[1]))
	case "asyncio.wait":
		return e.wait(call)
	case "asyncio.to_thread":
		return e.onThread(call, 0, rt, func(fn jen.Code) jen.Code {
			return jen.Qual(aioPkg, "ToThread").Call(fn).Call(t)
		})
	}
	return e.executorFuture(cl, call).Dot("Await").Call(t)
}

// executorFuture emits loop.run_in_executor(None, fn, *args): the job
// starts at the call, as the future it returns is no coroutine.
func (e *emitter) executorFuture(cl callee, call *grammar.Call) *jen.Statement {
	if len(call.Args) < 2 || !isNone(call.Args[0].Value) && e.typeOf(call.Args[0].Value).Kind != ExecutorT {
		e.diag.unsupported(call, "run_in_executor() with an executor other than None or a ThreadPoolExecutor")
		return jen.Nil()
	}
	pool := jen.Code(jen.Nil()) // the loop's default executor
	if !isNone(call.Args[0].Value) {
		pool = e.expr(call.Args[0].Value)
	}
	loop := operand(e.x(cl.recv), precPrimary, false)
	future := jen.Op("*").Qual(aioPkg, "Future").Types(goType(e.typeOf(call).elem()))
	return e.onThread(call, 1, future, func(fn jen.Code) jen.Code {
		return jen.Qual(aioPkg, "RunInExecutor").Call(loop, pool, fn)
	})
}

// onThread emits use(fn), of Go type rt, for a func() T that calls the
// plain def named by call.Args[at] with the arguments after it. Python
// evaluates those arguments before the call, on the calling task, so they
// are passed in through the parameters of a function literal called on
// the spot rather than read later by another goroutine. The parameters
// are named like the emitter's temporaries, which no DSL name takes.
func (e *emitter) onThread(call *grammar.Call, at int, rt jen.Code, use func(fn jen.Code) jen.Code) *jen.Statement {
	fn := e.threadFunc(call, at)
	if fn == nil {
		e.diag.unsupported(call, "running something other than a plain def on another thread")
		return jen.Nil()
	}
	extra := call.Args[at+1:]
	if len(extra) != len(fn.Params) {
		e.diag.unsupported(call, fn.Def.Name+"() with "+strconv.Itoa(len(extra))+" arguments on another thread")
		return jen.Nil()
	}
	params := make([]jen.Code, len(extra))
	names := make([]jen.Code, len(extra))
	vals := make([]jen.Code, len(extra))
	for i, a := range extra {
		if a.Name != "" || a.Star {
			e.diag.unsupported(a, "this argument on another thread")
			return jen.Nil()
		}
		name := "tmp" + strconv.Itoa(i)
		params[i] = jen.Id(name).Add(goType(fn.Params[i].cell.get()))
		names[i] = jen.Id(name)
		vals[i] = e.coerce(a.Value, fn.Params[i].cell.get())
	}
	body := jen.Return(jen.Id(fn.Sym.Go).Call(names...))
	if fn.ret.get().Kind == None {
		// A def returning None is a Go function without results.
		body = jen.Id(fn.Sym.Go).Call(names...).Line().Return(jen.Qual(pyPkg, "None"))
	}
	// The job returns what awaiting the call gives, which is the def's
	// result unless inference joined it with other awaitables' (any).
	job := jen.Func().Params().Add(goType(e.typeOf(call).elem())).Block(body)
	if len(extra) == 0 {
		return jen.Add(use(job))
	}
	return jen.Func().Params(params...).Add(rt).Block(jen.Return(use(job))).Call(vals...)
}

// awaitableValue emits a coroutine or task for wait_for or shield, as an
// aio.Awaitable of result type res.
func (e *emitter) awaitableValue(x grammar.Expr, name string, res *Type) *jen.Statement {
	if k := e.typeOf(x).Kind; k != Coro && k != TaskT {
		e.diag.unsupported(x, name+"() of a value of type "+e.typeOf(x).String())
		return jen.Nil()
	}
	return e.awaitableAs(x, operand(e.x(x), precPrimary, false), e.typeOf(x), res)
}

// awaitableAs converts an awaitable x of type t (a coroutine or a task)
// for a slot of awaitables of result type res. Go's generic interfaces
// are invariant where Python's awaitables have no static type: a
// coroutine returning str meets an Awaitable[any] wherever inference
// joined it with others (asyncio.wait_for(f(), 1) held in a variable that
// also holds other coroutines), and is viewed through aio.AsAny there.
func (e *emitter) awaitableAs(at grammar.Node, x *jen.Statement, t, res *Type) *jen.Statement {
	switch {
	case goTypeString(t.elem()) == goTypeString(res):
		return x
	case res.Kind == Any || res.Kind == Unknown:
		return jen.Qual(aioPkg, "AsAny").Call(x)
	}
	e.diag.unsupported(at, "awaiting a "+t.String()+" where a coroutine of "+res.String()+" is expected")
	return x
}

// randomCall emits a function of the random module (runtime/py/random.go
// reproduces CPython's generator and algorithms).
func (e *emitter) randomCall(name string, call *grammar.Call) *jen.Statement {
	args, _ := e.positional(call, name)
	num := func(t *Type) []jen.Code {
		out := make([]jen.Code, len(args))
		for i, a := range args {
			out[i] = e.coerce(a, t)
		}
		return out
	}
	list := func() (*jen.Statement, bool) {
		if len(args) != 1 || e.typeOf(args[0]).Kind != List {
			e.diag.unsupported(call, name+"() of anything but one list")
			return nil, false
		}
		return e.expr(args[0]), true
	}
	switch n := len(args); {
	case name == "random.seed" && n == 1 && e.typeOf(args[0]).Kind == Int:
		return jen.Qual(pyPkg, "RandomSeed").Call(e.expr(args[0]))
	case name == "random.random" && n == 0:
		return jen.Qual(pyPkg, "Random").Call()
	case name == "random.uniform" && n == 2:
		return jen.Qual(pyPkg, "Uniform").Call(num(tFloat)...)
	case name == "random.randint" && n == 2:
		return jen.Qual(pyPkg, "RandInt").Call(num(tInt)...)
	case name == "random.randrange" && n == 1:
		return jen.Qual(pyPkg, "RandBelow").Call(num(tInt)...)
	case name == "random.randrange" && n == 2:
		return jen.Qual(pyPkg, "RandRange").Call(num(tInt)...)
	case name == "random.choice", name == "random.shuffle":
		if l, ok := list(); ok {
			return jen.Qual(pyPkg, map[string]string{"random.choice": "Choice", "random.shuffle": "Shuffle"}[name]).Call(l)
		}
		return jen.Nil()
	}
	e.diag.unsupported(call, name+"() with these arguments")
	return jen.Nil()
}

// returnWhen maps asyncio's return_when constants to the runtime's.
var returnWhen = map[string]string{
	"asyncio.FIRST_COMPLETED": "FirstCompleted", "asyncio.FIRST_EXCEPTION": "FirstException",
	"asyncio.ALL_COMPLETED": "AllCompleted",
}

// wait emits `await asyncio.wait(tasks, timeout=, return_when=)` on a list
// of tasks; done and pending are lists (aio.WaitTasks).
func (e *emitter) wait(call *grammar.Call) *jen.Statement {
	args, kw := e.positional(call, "asyncio.wait", "timeout", "return_when")
	if tm := kw["timeout"]; tm != nil {
		args = append(args, tm)
	}
	if len(args) == 0 || len(args) > 2 {
		e.diag.unsupported(call, "asyncio.wait() with these arguments")
		return jen.Nil()
	}
	if lt := e.typeOf(args[0]); lt.Kind != List || lt.elem().Kind != TaskT {
		e.diag.unsupported(args[0], "asyncio.wait() of anything but a list of tasks")
		return jen.Nil()
	}
	timeout := jen.Qual("math", "Inf").Call(jen.Lit(1))
	if len(args) == 2 && !isNone(args[1]) {
		timeout = e.delay(args[1])
	}
	when := jen.Qual(aioPkg, "AllCompleted")
	if rw := kw["return_when"]; rw != nil {
		name := returnWhen[e.moduleAttr(rw)]
		if name == "" {
			e.diag.unsupported(rw, "return_when other than asyncio's constants")
			return jen.Nil()
		}
		when = jen.Qual(aioPkg, name)
	}
	return jen.Qual(aioPkg, "WaitTasks").Call(jen.Id("t"), e.expr(args[0]), timeout, when)
}

// predicate emits the argument of Condition.wait_for(predicate): a lambda
// without parameters whose value is a bool, as a Go func the condition
// calls after each wake-up; nil after reporting another argument.
func (e *emitter) predicate(call *grammar.Call, args []grammar.Expr) *jen.Statement {
	if len(args) == 1 && len(call.Args) == 1 {
		if l, ok := args[0].(*grammar.Lambda); ok && len(l.Params) == 0 && e.typeOf(l.Body).Kind == Bool {
			return jen.Func().Params().Bool().Block(jen.Return(e.cond(l.Body)))
		}
	}
	e.diag.unsupported(call, "Condition.wait_for() other than of a lambda without parameters whose value is a bool")
	return nil
}
