package progen

import (
	"fmt"
	"regexp"
	"strings"
)

// mainFn writes main's scenes and returns main's definition and the
// module code that runs it. Each scene is a coroutine that never
// lets an exception out, so main runs them all; two scenes sometimes run
// concurrently in a gather. In EscapePercent of the programs main ends
// with code that may raise, to check uncaught exceptions too.
func (g *gen) mainFn() (def, run block) {
	var scenes []*fn
	for i, n := 0, g.between(2, g.cfg.MaxScenes); i < n; i++ {
		scenes = append(scenes, g.scene())
	}
	if s := g.sweepScene(); s != nil {
		scenes = append(scenes, s)
	}
	mainF := &fn{name: "main", async: true}
	escape := g.chance(g.cfg.EscapePercent)
	def = g.define(mainF, sceneBudget*float64(len(scenes)+1), func(c ctx) (block, excSet) {
		var b block
		b.add(`print("main start")`)
		for i := 0; i < len(scenes); i++ {
			c.call(scenes[i])
			if i+1 < len(scenes) && g.chance(25) {
				c.call(scenes[i+1])
				b.add("await asyncio.gather(%s(), %s())", scenes[i].name, scenes[i+1].name)
				i++
				continue
			}
			b.add("await %s()", scenes[i].name)
		}
		b.add("%s", g.counterPrint("main end"))
		if !escape {
			return b, 0
		}
		var risky []*fn
		for _, f := range g.prog.workers {
			if f.raises != 0 && c.canAwait(f) {
				risky = append(risky, f)
			}
		}
		if len(risky) > 0 && g.chance(70) {
			e := g.invoke(c, oneOf(g, risky...), 1)
			b.add(`print("main last", await %s)`, e.src)
			return b, e.raises
		}
		s, info := g.raiseStmt(c).unpack()
		return append(b, s...), info.raises
	})
	run = block{"asyncio.run(main())"}
	if !escape {
		run.add("%s", g.counterPrint("after run"))
	}
	return def, run
}

// counterPrint prints the module-level counters.
func (g *gen) counterPrint(label string) string {
	return fmt.Sprintf(`print("%s"%s)`, label, strings.Join(append([]string{""}, g.prog.counters...), ", "))
}

// scene writes one scene coroutine, with the coroutines it runs.
func (g *gen) scene() *fn {
	p := g.prog
	f := &fn{name: fmt.Sprintf("scene%d", p.nscenes), async: true}
	p.nscenes++
	var victims []*fn
	for _, w := range p.workers {
		if w.cancellable {
			victims = append(victims, w)
		}
	}
	def := g.define(f, sceneBudget, func(c ctx) (block, excSet) {
		b := choose(g,
			alt[block]{4, func() block { return g.workScene(c) }},
			alt[block]{when(len(victims) > 0, 4), func() block { return g.cancelScene(c, victims) }},
			alt[block]{2, func() block { return g.eventCancelScene(c) }},
			alt[block]{3, func() block { return g.queueScene(c) }},
			alt[block]{2, func() block { return g.eventScene(c) }},
			alt[block]{2, func() block { return g.conditionScene(c) }},
			alt[block]{1, func() block { return g.barrierScene(c) }},
			alt[block]{2, func() block { return g.closureScene(c) }},
		)
		b.add(`print("%s end")`, f.name)
		return b, 0
	})
	p.defs = append(p.defs, def)
	return f
}

// callRE matches a call of a helper or a worker.
var callRE = regexp.MustCompile(`\b((?:calc|job)\d+)\(`)

// sweepScene writes a scene that calls every function nothing else
// calls, so that every function runs, and gets parameter types: aiogo
// infers them from the calls, and refuses `async with` on a parameter
// of a coroutine that is never called.
func (g *gen) sweepScene() *fn {
	// Calls are looked for in the text: a generated expression may have
	// been dropped for another (a dict by fit, an update by a print).
	called := map[string]bool{}
	for _, d := range g.prog.defs {
		for _, line := range d[1:] {
			for _, m := range callRE.FindAllStringSubmatch(line, -1) {
				called[m[1]] = true
			}
		}
	}
	var rest []*fn
	for _, f := range append(append([]*fn{}, g.prog.helpers...), g.prog.workers...) {
		if !called[f.name] {
			rest = append(rest, f)
		}
	}
	if len(rest) == 0 {
		return nil
	}
	f := &fn{name: fmt.Sprintf("scene%d", g.prog.nscenes), async: true}
	g.prog.nscenes++
	def := g.define(f, workerBudget*float64(len(rest)+1), func(c ctx) (block, excSet) {
		var b block
		for _, r := range rest {
			e := g.invoke(c, r, 1)
			call := e.src
			if r.async {
				call = "await " + call
			}
			line := call
			if r.ret != tNone {
				line = fmt.Sprintf(`print("%s", %s)`, f.name, call)
			}
			b = append(b, g.absorb(c, block{line}, e.raises)...)
		}
		b.add(`print("%s end")`, f.name)
		return b, 0
	})
	g.prog.defs = append(g.prog.defs, def)
	return f
}

// workScene runs random statements: calls, tasks, data.
func (g *gen) workScene(c ctx) block {
	body, raises := g.block(c.nested(), g.between(3, 6))
	return g.absorb(c, body, raises)
}

// participant defines a coroutine that a scene runs, with the given
// parameters (all fixed) and body.
func (g *gen) participant(name string, params []param, cancellable bool, budget float64, body func(c ctx) block) *fn {
	for i := range params {
		params[i].fixed = true
	}
	f := &fn{name: fmt.Sprintf("%s%d", name, g.prog.nscenes-1), async: true, params: params, cancellable: cancellable}
	def := g.define(f, budget, func(c ctx) (block, excSet) { return body(c), 0 })
	g.prog.defs = append(g.prog.defs, def)
	return f
}

// extras writes a few statements that run to their end: no exception
// gets out and no return, break or continue leaves early. Coordination
// code (a producer between its puts, a setter before its set) uses it.
func (g *gen) extras(c ctx, n int) block {
	c = c.nested()
	c.noReturn = true
	c.loops = 0
	body, raises := g.block(c, n)
	return g.absorb(c, body, raises)
}

// awaitVictim awaits task t running f, which may have been cancelled,
// and reports how it ended.
func (g *gen) awaitVictim(c ctx, t string, f *fn) block {
	var inner block
	if f.ret != tNone {
		inner.add("r = await %s", t)
		inner.add(`print("%s result", r)`, c.tag())
	} else {
		inner.add("await %s", t)
		inner.add(`print("%s finished", %s.done())`, c.tag(), t)
	}
	b := block{"try:"}
	b.nest(inner)
	b.add("except asyncio.CancelledError:")
	b.add(`    print("%s cancelled", %s.cancelled())`, c.tag(), t)
	if f.raises != 0 {
		b.add("except Exception as e:")
		b.add(`    print("%s failed", repr(e))`, c.tag())
	}
	return b
}

// sleeps lets the other tasks run k steps.
func sleeps(b *block, k int) {
	switch k {
	case 0:
	case 1:
		b.add("await asyncio.sleep(0)")
	default:
		b.add("for _ in range(%d):", k)
		b.add("    await asyncio.sleep(0)")
	}
}

// cancelScene cancels a task running a cancellable worker: before its
// first step, after a few steps, while it waits for a lock the scene
// holds, as one of the tasks of a gather, or in a TaskGroup.
func (g *gen) cancelScene(c ctx, victims []*fn) block {
	var b block
	var ok []*fn
	for _, v := range victims {
		if c.canAwait(v) {
			ok = append(ok, v)
		}
	}
	if len(ok) == 0 {
		return g.workScene(c)
	}
	f := oneOf(g, ok...)
	k := oneOf(g, 0, 0, 1, 2, 3, 5)
	switch g.r.IntN(4) {
	case 0:
		// The scene holds a resource the victim may wait for.
		var rs []*resource
		for _, r := range g.prog.resources {
			if f.res&(1<<r.order) != 0 {
				rs = append(rs, r)
			}
		}
		if len(rs) == 0 {
			break
		}
		r := oneOf(g, rs...)
		hc := c
		hc.held = r.order
		inv := g.invoke(hc.spawnArgs(), f, 1)
		b.add("async with %s:", r.name)
		var in block
		in.add("t = asyncio.create_task(%s)", inv.src)
		sleeps(&in, k)
		in.add(`print("%s cancel", t.cancel())`, c.tag())
		b.nest(in)
		return append(b, g.awaitVictim(c, "t", f)...)
	case 1:
		return g.gatherCancel(c, f, ok, k)
	case 2:
		return g.groupCancel(c, f, ok, k)
	}
	inv := g.invoke(c.spawnArgs(), f, 1)
	b.add("t = asyncio.create_task(%s)", inv.src)
	sleeps(&b, k)
	b.add(`print("%s cancel", t.done(), t.cancel())`, c.tag())
	if g.chance(30) {
		b.add("await asyncio.sleep(0)")
		b.add(`print("%s after", t.done(), t.cancelled())`, c.tag())
	}
	return append(b, g.awaitVictim(c, "t", f)...)
}

// gatherCancel gathers tasks, one of which it cancels; the gather then
// raises CancelledError while the others run on, so it waits for them.
func (g *gen) gatherCancel(c ctx, f *fn, victims []*fn, k int) block {
	var b block
	var same []*fn
	for _, w := range g.spawnable(c) {
		if w.ret == f.ret || g.has(MixedAwaitableLists) {
			same = append(same, w)
		}
	}
	others := g.pickWorkers(c, same, g.between(1, 2), true)
	tasks := []string{"asyncio.create_task(" + g.invoke(c.spawnArgs(), f, 1).src + ")"}
	var raises excSet = f.raises
	for _, o := range others {
		tasks = append(tasks, "asyncio.create_task("+g.invoke(c.spawnArgs(), o, 1).src+")")
		raises |= o.raises
	}
	b.add("ts = [%s]", strings.Join(tasks, ", "))
	sleeps(&b, k)
	b.add("ts[0].cancel()")
	b.add("try:")
	b.add("    print(\"%s gathered\", await asyncio.gather(*ts))", c.tag())
	b.add("except asyncio.CancelledError:")
	b.add(`    print("%s gather cancelled")`, c.tag())
	if raises != 0 {
		b.add("except Exception as e:")
		b.add(`    print("%s gather failed", repr(e))`, c.tag())
	}
	b.add("await asyncio.wait(ts)")
	b.add("for t in ts:")
	b.add(`    print("%s task", t.done(), t.cancelled())`, c.tag())
	return b
}

// groupCancel cancels one child of a TaskGroup from its body. A
// cancelled child is not a failure: the group waits for the others.
func (g *gen) groupCancel(c ctx, f *fn, victims []*fn, k int) block {
	var b block
	others := g.pickWorkers(c, g.spawnable(c), g.between(0, 2), false)
	raises := f.raises
	for _, o := range others {
		raises |= o.raises
	}
	if raises != 0 && len(others) > 1 {
		others = others[:1]
	}
	var body block
	body.add("t = tg.create_task(%s)", g.invoke(c.spawnArgs(), f, 1).src)
	for _, o := range others {
		body.add("tg.create_task(%s)", g.invoke(c.spawnArgs(), o, 1).src)
	}
	sleeps(&body, k)
	body.add(`print("%s cancel", t.cancel())`, c.tag())
	var tg block
	tg.add("async with asyncio.TaskGroup() as tg:")
	tg.nest(body)
	tg.add(`print("%s group done", t.cancelled())`, c.tag())
	if raises == 0 {
		return append(b, tg...)
	}
	b.add("try:")
	b.nest(tg)
	b.add("except ExceptionGroup as eg:")
	b.add(`    print("%s group failed", eg)`, c.tag())
	return b
}

// eventCancelScene cancels a task waiting on an Event (or about to),
// then sets the event, so a waiter that swallows the cancellation still
// gets through.
func (g *gen) eventCancelScene(c ctx) block {
	swallow := g.chance(35)
	w := g.participant("waiter", []param{{name: "ev"}, {name: "n", t: tInt}}, true, workerBudget, func(c ctx) block {
		var b block
		b.add(`print("%s start", n)`, c.tag())
		b.add("try:")
		b.add("    await ev.wait()")
		b.add(`    print("%s woke", n)`, c.tag())
		b.add("except asyncio.CancelledError:")
		b.add(`    print("%s cancelled", n)`, c.tag())
		if !swallow {
			b.add("    raise")
		}
		b = append(b, g.extras(c, g.between(1, 3))...)
		return b
	})
	c.call(w)
	k := oneOf(g, 0, 1, 2, 4)
	var b block
	b.add("ev = asyncio.Event()")
	b.add("t = asyncio.create_task(%s(ev, %d))", w.name, g.between(0, 9))
	sleeps(&b, k)
	b.add(`print("%s cancel", t.cancel())`, c.tag())
	b.add("ev.set()")
	return append(b, g.awaitVictim(c, "t", w)...)
}

// queueScene passes items from producers to consumers through a queue.
// The consumers take exactly as many items as the producers put (or,
// when they loop forever, are cancelled once the queue is joined), and
// none of them is cancelled or raises before its last item, so every
// put and get completes.
func (g *gen) queueScene(c ctx) block {
	itemT := oneOf(g, tInt, tInt, tStr, tAny)
	kind := oneOf(g, "Queue", "Queue", "Queue", "LifoQueue", "PriorityQueue")
	if kind == "PriorityQueue" {
		itemT = tInt
	}
	maxsize := oneOf(g, 0, 0, 1, 2, 3)
	const maxItems = 4
	prod := g.participant("producer", []param{{name: "q"}, {name: "n", t: tInt}, {name: "tag", t: tStr}}, false, workerBudget, func(c ctx) block {
		var b block
		b.add("for i in range(n):")
		lc := c.loopBody(maxItems)
		lc.sc.add(&variable{name: "i", t: tInt, cap: maxItems, mult: lc.mult})
		lc.noRaise = true
		item := g.value(lc, itemT, 2)
		var body block
		body.add("item = %s", item.src)
		if g.chance(40) {
			body = append(body, g.extras(lc, g.between(1, 2))...)
		}
		if maxsize == 0 && g.chance(30) {
			body.add("q.put_nowait(item)")
		} else {
			body.add("await q.put(item)")
		}
		body.add(`print(tag, "put", item)`)
		b.nest(body)
		b.add(`print(tag, "produced", n)`)
		return b
	})
	forever := g.chance(35)
	consParams := []param{{name: "q"}, {name: "n", t: tInt}, {name: "tag", t: tStr}}
	if forever {
		consParams = []param{{name: "q"}, {name: "tag", t: tStr}}
	}
	cons := g.participant("consumer", consParams, false, workerBudget, func(c ctx) block {
		var b block
		if forever {
			b.add("while True:")
		} else {
			b.add("for i in range(n):")
		}
		lc := c.loopBody(2 * maxItems)
		lc.loops = 0
		lc.noReturn = true
		var body block
		body.add("item = await q.get()")
		body.add("try:")
		in := block{`print(tag, "got", item)`}
		ic := lc.nested()
		ic.sc.add(&variable{name: "item", t: itemT, cap: capOf(itemT), mult: lc.mult})
		if g.chance(60) {
			in = append(in, g.extras(ic, g.between(1, 3))...)
		}
		body.nest(in)
		body.add("finally:")
		body.add("    q.task_done()")
		b.nest(body)
		if !forever {
			b.add(`print(tag, "consumed", n)`)
		}
		return b
	})

	// Split the items among producers and consumers.
	np, nc := g.between(1, 2), g.between(1, 2)
	counts := make([]int, np)
	total := 0
	for i := range counts {
		counts[i] = g.between(1, maxItems)
		total += counts[i]
	}
	ccounts := make([]int, nc)
	left := total
	for i := range ccounts {
		if i == nc-1 {
			ccounts[i] = left
		} else {
			ccounts[i] = g.between(0, left)
		}
		left -= ccounts[i]
	}
	for _, n := range counts {
		c.charge(float64(n) * (prod.cost + 1))
	}
	c.charge(float64(total) * (cons.cost + 1))

	var b block
	if maxsize == 0 {
		b.add("q = asyncio.%s()", kind)
	} else {
		b.add("q = asyncio.%s(maxsize=%d)", kind, maxsize)
	}
	var prods, conss []string
	for i, n := range counts {
		prods = append(prods, fmt.Sprintf(`%s(q, %d, "p%d")`, prod.name, n, i))
	}
	for i, n := range ccounts {
		if forever {
			conss = append(conss, fmt.Sprintf(`%s(q, "c%d")`, cons.name, i))
		} else {
			conss = append(conss, fmt.Sprintf(`%s(q, %d, "c%d")`, cons.name, n, i))
		}
	}
	switch {
	case forever:
		b.add("cs = [%s]", tasksOf(conss))
		b.add("await asyncio.gather(%s)", strings.Join(prods, ", "))
		b.add("await q.join()")
		b.add("for c in cs:")
		b.add("    c.cancel()")
		b.add("await asyncio.wait(cs)")
		b.add(`print("%s stopped", [c.cancelled() for c in cs])`, c.tag())
	case g.chance(30):
		b.add("cs = [%s]", tasksOf(conss))
		b.add("await asyncio.gather(%s)", strings.Join(prods, ", "))
		b.add("await q.join()")
		b.add("await asyncio.gather(*cs)")
	case g.chance(40):
		b.add("async with asyncio.TaskGroup() as tg:")
		all := append(append([]string{}, prods...), conss...)
		g.r.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
		for _, x := range all {
			b.add("    tg.create_task(%s)", x)
		}
	default:
		all := append(append([]string{}, prods...), conss...)
		g.r.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
		b.add("await asyncio.gather(%s)", strings.Join(all, ", "))
	}
	b.add(`print("%s queue", q.qsize(), q.empty())`, c.tag())
	// The queue is empty now: get_nowait raises, and a bounded one fills up.
	b.add("try:")
	b.add("    print(\"%s left\", q.get_nowait())", c.tag())
	b.add("except asyncio.QueueEmpty:")
	b.add(`    print("%s empty")`, c.tag())
	if maxsize > 0 {
		lc := c
		lc.noRaise, lc.noAwait = true, true
		for i := 0; i < maxsize; i++ {
			b.add("q.put_nowait(%s)", g.value(lc, itemT, 1).src)
		}
		b.add("try:")
		b.add("    q.put_nowait(%s)", g.value(lc, itemT, 1).src)
		b.add("except asyncio.QueueFull:")
		b.add(`    print("%s full", q.full(), q.qsize())`, c.tag())
	}
	return b
}

// closureScene runs a coroutine defined in the scene, a closure over the
// scene's variables, several times at once; the calls add to a variable
// of the scene through nonlocal.
func (g *gen) closureScene(c ctx) block {
	var b block
	total := c.fs.fresh("total")
	b.add("%s = 0", total)
	vc := c
	vc.noRaise = true
	for i, n := 0, g.between(1, 2); i < n; i++ {
		s, _ := g.assignNew(vc).unpack()
		b = append(b, s...)
	}
	inner := &fn{name: c.fs.fresh("inner"), async: true, params: []param{{name: "k", t: tInt, fixed: true}}, ret: tInt}
	def := g.defineIn(&c, inner, workerBudget, func(ic ctx) (block, excSet) {
		var body block
		body.add("nonlocal %s", total)
		body.add("await asyncio.sleep(0)")
		stmts, raises := g.block(ic, g.between(1, 3))
		body = append(body, stmts...)
		body.add("%s += k", total)
		body.add(`print("%s", k, %s)`, inner.name, total)
		e := g.value(ic, tInt, 1)
		body.add("return %s", e.src)
		return body, raises | e.raises
	})
	b = append(b, def...)
	n := g.between(1, 4)
	c.charge(float64(n) * (inner.cost + 1))
	res := c.fs.fresh("res")
	var run block
	switch {
	case inner.raises != 0:
		var calls []string
		for i := 0; i < n; i++ {
			calls = append(calls, fmt.Sprintf("%s(%d)", inner.name, i))
		}
		run.add("%s = await asyncio.gather(%s, return_exceptions=True)", res, strings.Join(calls, ", "))
	case g.chance(50):
		run.add("%s = await asyncio.gather(*[%s(i) for i in range(%d)])", res, inner.name, n)
	default:
		run.add("%s = []", res)
		run.add("for i in range(%d):", n)
		run.add("    %s.append(await %s(i))", res, inner.name)
	}
	b = append(b, run...)
	b.add(`print("%s closure", %s, %s)`, c.tag(), total, res)
	return b
}

// barrierScene runs parties that meet at an asyncio.Barrier, once or
// twice: every party is a task of the gather, none is cancelled, and
// each waits the same number of times, so every wait completes.
func (g *gen) barrierScene(c ctx) block {
	rounds := g.between(1, 2)
	party := g.participant("party", []param{{name: "bar"}, {name: "n", t: tInt}, {name: "tag", t: tStr}}, false, workerBudget, func(c ctx) block {
		var b block
		for r := 0; r < rounds; r++ {
			if g.chance(60) {
				b = append(b, g.extras(c, g.between(1, 2))...)
			}
			b.add("r%d = await bar.wait()", r)
			b.add(`print(tag, "passed", n, r%d)`, r)
		}
		return b
	})
	n := g.between(1, 4)
	c.charge(float64(n) * (party.cost + 1))
	var calls []string
	for i := 0; i < n; i++ {
		calls = append(calls, fmt.Sprintf(`%s(bar, %d, "p%d")`, party.name, g.between(0, 9), i))
	}
	var b block
	b.add("bar = asyncio.Barrier(%d)", n)
	b.add("await asyncio.gather(%s)", strings.Join(calls, ", "))
	return b
}

// tasksOf renders create_task calls of the given coroutine calls.
func tasksOf(calls []string) string {
	var out []string
	for _, x := range calls {
		out = append(out, "asyncio.create_task("+x+")")
	}
	return strings.Join(out, ", ")
}

// eventScene runs waiters of an Event and the task that sets it; the
// setter runs to its set, whatever happens before.
func (g *gen) eventScene(c ctx) block {
	waiter := g.participant("waiter", []param{{name: "ev"}, {name: "tag", t: tStr}}, false, workerBudget, func(c ctx) block {
		var b block
		b.add(`print(tag, "waits", ev.is_set())`)
		b.add("await ev.wait()")
		b.add(`print(tag, "woke")`)
		if g.chance(60) {
			body, raises := g.block(c, g.between(1, 3))
			b = append(b, g.absorb(c, body, raises)...)
		}
		return b
	})
	setter := g.participant("setter", []param{{name: "ev"}, {name: "tag", t: tStr}}, false, workerBudget, func(c ctx) block {
		var b block
		b = append(b, g.extras(c, g.between(1, 3))...)
		b.add(`print(tag, "sets")`)
		b.add("ev.set()")
		return b
	})
	n := g.between(1, 3)
	c.charge(float64(n)*(waiter.cost+1) + setter.cost + 1)
	var calls []string
	for i := 0; i < n; i++ {
		calls = append(calls, fmt.Sprintf(`%s(ev, "w%d")`, waiter.name, i))
	}
	set := fmt.Sprintf(`%s(ev, "s")`, setter.name)
	var b block
	b.add("ev = asyncio.Event()")
	if g.chance(40) {
		b.add("ws = [%s]", tasksOf(calls))
		b.add("await %s", set)
		b.add("await asyncio.gather(*ws)")
	} else {
		calls = append(calls, set)
		g.r.Shuffle(len(calls), func(i, j int) { calls[i], calls[j] = calls[j], calls[i] })
		b.add("await asyncio.gather(%s)", strings.Join(calls, ", "))
	}
	b.add(`print("%s event", ev.is_set())`, c.tag())
	return b
}

// conditionScene runs waiters on a Condition, each until a shared count
// reaches its need, and a notifier that raises the count to the highest
// need, notifying one waiter per step and all of them at the last.
// Sometimes one waiter is cancelled first.
func (g *gen) conditionScene(c ctx) block {
	waiter := g.participant("condwait", []param{{name: "cond"}, {name: "state"}, {name: "need", t: tInt}, {name: "tag", t: tStr}}, false, workerBudget, func(c ctx) block {
		var b block
		b.add("async with cond:")
		b.add("    while state[0] < need:")
		b.add("        await cond.wait()")
		b.add(`    print(tag, "ready", state[0])`)
		if g.chance(50) {
			body, raises := g.block(c, g.between(1, 2))
			b = append(b, g.absorb(c, body, raises)...)
		}
		return b
	})
	steps := g.between(1, 4)
	notifier := g.participant("notifier", []param{{name: "cond"}, {name: "state"}, {name: "steps", t: tInt}}, false, workerBudget, func(c ctx) block {
		var b block
		b.add("for i in range(steps):")
		lc := c.loopBody(float64(steps))
		var body block
		if g.chance(50) {
			body = append(body, g.extras(lc, 1)...)
		}
		body.add("await asyncio.sleep(0)")
		body.add("async with cond:")
		body.add("    state[0] += 1")
		body.add(`    print("%s", state[0])`, c.tag())
		if g.chance(50) {
			body.add("    if i == steps - 1:")
			body.add("        cond.notify_all()")
			body.add("    else:")
			body.add("        cond.notify()")
		} else {
			body.add("    cond.notify_all()")
		}
		b.nest(body)
		return b
	})
	n := g.between(1, 3)
	c.charge(float64(n)*(waiter.cost+1) + notifier.cost + 1)
	var b block
	b.add("cond = asyncio.Condition()")
	b.add("state = [0]")
	var calls []string
	cancel := g.chance(30)
	for i := 0; i < n; i++ {
		need := g.between(0, steps)
		if i == 0 && cancel {
			// Waiting in cond.wait() until the notifier starts, after the cancel.
			need = g.between(1, steps)
		}
		calls = append(calls, fmt.Sprintf(`%s(cond, state, %d, "w%d")`, waiter.name, need, i))
	}
	notify := fmt.Sprintf("%s(cond, state, %d)", notifier.name, steps)
	if cancel {
		b.add("t = asyncio.create_task(%s)", calls[0])
		sleeps(&b, oneOf(g, 0, 1, 2))
		b.add(`print("%s cancel", t.cancel())`, c.tag())
		calls = calls[1:]
		calls = append(calls, notify)
		b.add("await asyncio.gather(%s)", strings.Join(calls, ", "))
		b = append(b, g.awaitVictim(c, "t", waiter)...)
	} else {
		calls = append(calls, notify)
		g.r.Shuffle(len(calls), func(i, j int) { calls[i], calls[j] = calls[j], calls[i] })
		b.add("await asyncio.gather(%s)", strings.Join(calls, ", "))
	}
	b.add(`print("%s state", state)`, c.tag())
	return b
}
