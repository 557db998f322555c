package progen

import (
	"fmt"
	"strings"
)

func (g *gen) sleepStmt(c ctx) stmtResult {
	if !c.machine && g.chance(15) {
		return one(fmt.Sprintf(`print("%s", await asyncio.sleep(0, %s))`, c.tag(), g.scalarLit(c).src), 0)
	}
	return one("await asyncio.sleep(0)", 0)
}

// timeoutBlock runs a block under asyncio.timeout with a deadline that
// never comes (or none).
func (g *gen) timeoutBlock(c ctx) stmtResult {
	var b block
	b.add("async with asyncio.timeout(%s):", oneOf(g, "None", "60"))
	body, raises := g.block(c.nested(), g.blockSize(c))
	b.nest(body)
	return result(b, raises)
}

// freeResources returns the resources that may be acquired here: those
// ordered after the last one held.
func (g *gen) freeResources(c ctx) []*resource {
	var out []*resource
	for _, r := range g.prog.resources {
		if r.order > c.held {
			out = append(out, r)
		}
	}
	return out
}

// asyncWith acquires one or two resources in order around a block: with
// `async with`, or with acquire() and a try/finally that releases.
func (g *gen) asyncWith(c ctx) stmtResult {
	free := g.freeResources(c)
	r := oneOf(g, free...)
	name := g.resourceArg(c, r)
	bc := c.nested()
	bc.held = r.order
	c.fs.f.res |= 1 << r.order
	var b block
	switch g.r.IntN(5) {
	case 0:
		if c.machine {
			break
		}
		// acquire/release by hand; a cancellation during acquire() leaves nothing to release
		b.add("await %s.acquire()", name)
		b.add("try:")
		body, raises := g.block(bc, g.blockSize(c))
		b.nest(body)
		b.add("finally:")
		b.add("    %s.release()", name)
		return result(b, raises)
	case 1:
		if c.machine {
			break
		}
		var later []*resource
		for _, r2 := range free {
			if r2.order > r.order {
				later = append(later, r2)
			}
		}
		if len(later) > 0 {
			r2 := oneOf(g, later...)
			bc.held = r2.order
			c.fs.f.res |= 1 << r2.order
			b.add("async with %s, %s:", name, g.resourceArg(c, r2))
			body, raises := g.block(bc, g.blockSize(c))
			b.nest(body)
			return result(b, raises)
		}
	}
	b.add("async with %s:", name)
	var body block
	if g.chance(30) {
		body.add(`print("%s holds %s", %s.locked())`, c.tag(), r.name, name)
	}
	rest, raises := g.block(bc, g.blockSize(c))
	b.nest(append(body, rest...))
	return result(b, raises)
}

// spawnable returns the workers that may run as tasks here.
func (g *gen) spawnable(c ctx) []*fn {
	var out []*fn
	for _, f := range g.prog.workers {
		if f != c.fs.f && c.canSpawn(f) {
			out = append(out, f)
		}
	}
	return out
}

// spawnStmt runs workers concurrently and waits for them, in one of the
// shapes that leave no task behind (see doc.go): a task awaited at
// once, a gather, a gather of tasks that are then all waited for, or a
// TaskGroup.
func (g *gen) spawnStmt(c ctx) stmtResult {
	ws := g.spawnable(c)
	if len(ws) == 0 {
		return g.sleepStmt(c)
	}
	return choose(g,
		alt[stmtResult]{3, func() stmtResult { return g.awaitTask(c, ws) }},
		alt[stmtResult]{3, func() stmtResult { return g.gatherCoros(c, ws) }},
		alt[stmtResult]{when(!c.cancellable && !c.machine, 2), func() stmtResult { return g.gatherTasks(c, ws) }},
		alt[stmtResult]{when(!c.machine, 3), func() stmtResult { return g.taskGroup(c, ws) }},
		alt[stmtResult]{when(!c.cancellable && !c.machine, 1), func() stmtResult { return g.waitFirst(c, ws) }},
	)
}

// pickWorkers picks n workers whose combined cost fits here. Their
// tasks or coroutines go into one list when inList is set: without the
// feature MixedAwaitableLists they then all return the same type.
func (g *gen) pickWorkers(c ctx, ws []*fn, n int, inList bool) []*fn {
	var out []*fn
	room := c.room()
	for i := 0; i < n; i++ {
		var fit []*fn
		for _, f := range ws {
			sameRet := len(out) == 0 || f.ret == out[0].ret || !inList || g.has(MixedAwaitableLists)
			if f.cost+1 <= room && sameRet {
				fit = append(fit, f)
			}
		}
		if len(fit) == 0 {
			break
		}
		f := oneOf(g, fit...)
		room -= f.cost + 1
		out = append(out, f)
	}
	return out
}

// bindResult declares a fresh variable for the result of f, which
// returns something, and returns its name.
func (g *gen) bindResult(c ctx, f *fn) string {
	t := f.ret
	prefix := map[vtype]string{tInt: "r", tFloat: "rf", tStr: "rs", tListInt: "rl"}[t]
	v := &variable{name: c.fs.fresh(prefix), t: t, cap: capOf(t), assignCap: capOf(t), mult: c.mult}
	c.sc.add(v)
	return v.name
}

// awaitable returns a worker whose result has type t that may be
// awaited here, or nil.
func (g *gen) awaitable(c ctx, t vtype) *fn {
	if !c.async() {
		return nil
	}
	var ws []*fn
	for _, f := range g.prog.workers {
		if f.ret == t && f != c.fs.f && c.canAwait(f) {
			ws = append(ws, f)
		}
	}
	if len(ws) == 0 {
		return nil
	}
	return oneOf(g, ws...)
}

// awaitTask creates a task and awaits it, with only statements that
// cannot suspend or raise in between (so that a cancellation or an
// exception never leaves the task behind).
func (g *gen) awaitTask(c ctx, ws []*fn) stmtResult {
	f := oneOf(g, ws...)
	t := c.fs.fresh("t")
	inv := g.invoke(c, f, 1)
	var b block
	b.add("%s = asyncio.create_task(%s)", t, inv.src)
	if g.chance(40) {
		b.add(`print("%s started", %s.done())`, c.tag(), t)
	}
	if !c.cancellable && g.chance(30) {
		b.add("await asyncio.sleep(0)")
	}
	if f.ret != tNone {
		name := g.bindResult(c, f)
		b.add("%s = await %s", name, t)
		if g.chance(50) {
			b.add(`print("%s got", %s, %s.result())`, c.tag(), name, t)
		}
	} else {
		b.add("await %s", t)
	}
	if g.chance(30) {
		b.add(`print("%s task", %s.done(), %s.cancelled())`, c.tag(), t, t)
	}
	return result(b, inv.raises)
}

// gatherCoros gathers calls of workers: as arguments or as a *list.
// When one may fail, return_exceptions=True keeps the others from being
// left running.
func (g *gen) gatherCoros(c ctx, ws []*fn) stmtResult {
	inList := g.chance(40)
	fs := g.pickWorkers(c, ws, g.between(1, 3), inList)
	if len(fs) == 0 || g.chance(3) {
		return one(fmt.Sprintf(`print("%s", await asyncio.gather())`, c.tag()), 0)
	}
	var childRaises excSet
	for _, f := range fs {
		childRaises |= f.raises
	}
	returnExceptions := childRaises != 0 || g.chance(10)
	if returnExceptions && !g.has(MixedAwaitableLists) {
		// aiogo types the results of all of them as one
		var same []*fn
		for _, f := range fs {
			if f.ret == fs[0].ret {
				same = append(same, f)
			}
		}
		fs = same
	}
	var raises excSet
	var calls []string
	sameRet := true
	ac := c // the context of the arguments
	ac.noRaise = returnExceptions
	for _, f := range fs {
		inv := g.invoke(ac, f, 1)
		calls = append(calls, inv.src)
		raises |= inv.raises
		sameRet = sameRet && f.ret == fs[0].ret
	}
	var b block
	rs := c.fs.fresh("res")
	switch {
	case returnExceptions && inList:
		coros := c.fs.fresh("coros")
		b.add("%s = [%s]", coros, strings.Join(calls, ", "))
		b.add("%s = await asyncio.gather(*%s, return_exceptions=True)", rs, coros)
		b.add(`print("%s gathered", %s)`, c.tag(), rs)
		return result(b, 0)
	case returnExceptions:
		b.add("%s = await asyncio.gather(%s, return_exceptions=True)", rs, strings.Join(calls, ", "))
		b.add(`print("%s gathered", %s)`, c.tag(), rs)
		return result(b, 0)
	case inList:
		coros := c.fs.fresh("coros")
		b.add("%s = [%s]", coros, strings.Join(calls, ", "))
		b.add("%s = await asyncio.gather(*%s)", rs, coros)
	default:
		b.add("%s = await asyncio.gather(%s)", rs, strings.Join(calls, ", "))
	}
	if sameRet && (fs[0].ret == tInt || fs[0].ret == tStr) && g.chance(50) {
		lt := map[vtype]vtype{tInt: tListInt, tStr: tListStr}[fs[0].ret]
		c.sc.add(&variable{name: rs, t: lt, cap: listCap, mult: c.mult, nonEmpty: true})
	}
	b.add(`print("%s gathered", %s)`, c.tag(), rs)
	return result(b, raises)
}

// gatherTasks gathers tasks held in a list, reports a failure, then
// waits for all of them, so that none outlives the statement even when
// one fails. Only where no cancellation can arrive: cancelled while in
// asyncio.wait, the tasks would be left running.
func (g *gen) gatherTasks(c ctx, ws []*fn) stmtResult {
	fs := g.pickWorkers(c, ws, g.between(1, 3), true)
	if len(fs) == 0 {
		return g.sleepStmt(c)
	}
	var raises, argRaised excSet
	var tasks []string
	for _, f := range fs {
		inv := g.invoke(c.spawnArgs(), f, 1)
		tasks = append(tasks, "asyncio.create_task("+inv.src+")")
		raises |= f.raises
		argRaised |= inv.raises &^ f.raises
	}
	ts := c.fs.fresh("ts")
	var b block
	b.add("%s = [%s]", ts, strings.Join(tasks, ", "))
	rs := c.fs.fresh("res")
	inner := block{fmt.Sprintf("%s = await asyncio.gather(*%s)", rs, ts), fmt.Sprintf(`print("%s gathered", %s)`, c.tag(), rs)}
	switch {
	case raises != 0 && g.chance(40):
		b.add("%s = await asyncio.gather(*%s, return_exceptions=True)", rs, ts)
		b.add(`print("%s gathered", %s)`, c.tag(), rs)
	case raises != 0:
		b = append(b, g.absorb(c, inner, raises)...)
	default:
		b = append(b, inner...)
	}
	b.add("await asyncio.wait(%s)", ts)
	if g.chance(50) {
		t := c.fs.fresh("t")
		b.add("for %s in %s:", t, ts)
		b.add(`    print("%s done", %s.done(), %s.cancelled())`, c.tag(), t, t)
	}
	return result(b, argRaised)
}

// waitFirst waits for the first of some tasks to end, then for all of
// them. Only the sizes of done and pending are printed: CPython's are
// sets.
func (g *gen) waitFirst(c ctx, ws []*fn) stmtResult {
	fs := g.pickWorkers(c, ws, g.between(1, 3), true)
	if len(fs) == 0 {
		return g.sleepStmt(c)
	}
	var tasks []string
	var raises excSet
	for _, f := range fs {
		inv := g.invoke(c.spawnArgs(), f, 1)
		tasks = append(tasks, "asyncio.create_task("+inv.src+")")
		raises |= inv.raises &^ f.raises
	}
	ts, done, pending := c.fs.fresh("ts"), c.fs.fresh("done"), c.fs.fresh("pending")
	var b block
	b.add("%s = [%s]", ts, strings.Join(tasks, ", "))
	b.add("%s, %s = await asyncio.wait(%s, return_when=asyncio.FIRST_COMPLETED)", done, pending, ts)
	b.add(`print("%s first", len(%s), len(%s))`, c.tag(), done, pending)
	b.add("await asyncio.wait(%s)", ts)
	t := c.fs.fresh("t")
	b.add("for %s in %s:", t, ts)
	b.add(`    print("%s done", %s.done(), %s.cancelled())`, c.tag(), t, t)
	return result(b, raises)
}

// spawnArgs is the context of the arguments of tasks created one after
// the other: evaluating one must neither fail nor suspend, which would
// leave the tasks already created behind.
func (c ctx) spawnArgs() ctx {
	c.noRaise = true
	c.noAwait = true
	return c
}

// taskGroup runs workers in an `async with asyncio.TaskGroup()`. When a
// child fails the group cancels the others, in an order CPython takes
// from a set: so a group that may fail (or be cancelled) has at most
// two children, one when it may be cancelled as a whole, and the code
// in its body neither raises nor runs anything that cannot be cancelled.
func (g *gen) taskGroup(c ctx, ws []*fn) stmtResult {
	n := g.between(1, 3)
	if c.cancellable {
		n = 1
	}
	fs := g.pickWorkers(c, ws, n, false)
	if len(fs) == 0 {
		return g.sleepStmt(c)
	}
	var childRaises excSet
	for _, f := range fs {
		childRaises |= f.raises
	}
	if childRaises != 0 && len(fs) > 2 {
		fs = fs[:2]
	}
	tg := c.fs.fresh("tg")
	var b, body block
	b.add("async with asyncio.TaskGroup() as %s:", tg)
	var results []string
	var argRaised excSet
	for _, f := range fs {
		inv := g.invoke(c.spawnArgs(), f, 1)
		argRaised |= inv.raises &^ f.raises
		if f.ret != tNone && g.chance(70) {
			t := c.fs.fresh("t")
			body.add("%s = %s.create_task(%s)", t, tg, inv.src)
			results = append(results, t+".result()")
		} else {
			body.add("%s.create_task(%s)", tg, inv.src)
		}
	}
	if g.chance(40) {
		bc := c.nested()
		bc.noRaise = true
		bc.cancellable = true
		extra, _ := g.block(bc, g.between(1, 2))
		body = append(body, extra...)
	}
	b.nest(body)
	if len(results) > 0 {
		b.add(`print("%s group", %s)`, c.tag(), strings.Join(results, ", "))
	}
	raises := argRaised
	if childRaises != 0 {
		raises |= setOf(kGroup)
		if g.chance(60) {
			var out block
			out.add("try:")
			out.nest(b)
			out.add("except ExceptionGroup as eg:")
			out.add(`    print("%s group failed", eg)`, c.tag())
			return result(out, argRaised)
		}
	}
	return result(b, raises)
}
