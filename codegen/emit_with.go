package codegen

import (
	"strconv"

	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// Async with blocks in a machine.
//
// `async with lock:` around awaits (machine.go's withStmt says which
// qualify) polls the acquisition in a state of its own, then stores the
// lock in a field that is set exactly while the block holds it. Every
// way out of the block releases it and clears the field: the end of the
// block, and break, continue or return leaving it (jump). An exception
// cannot be followed state by state, so Step defers the release of every
// lock still held when it does not return normally; a step that
// suspends inside the block returns normally and keeps the lock.

// mwith is an async with block around the code being emitted: held is
// the field holding its lock, loops the machine loops open at its start.
type mwith struct {
	held  string
	loops int
}

func (m *machine) withStmt(st *grammar.With) {
	e := m.e
	ctx := st.Items[0].Context
	lk := operand(e.x(ctx), precPrimary, false)
	held := m.hiddenField("with:"+strconv.Itoa(st.Pos.Offset), asName(ctx).Id+"Held", goType(e.typeOf(ctx)))
	m.helds = append(m.helds, held)
	m.follow("async with " + pyExpr(ctx))
	m.waits = append(m.waits, mwait{at: m.at, line: st.Pos.Line})
	e.lineDirective(m.cur, st.Pos)
	m.cur.If(jen.Op("!").Add(lk.Clone().Dot("PollAcquire").Call(jen.Id("t")))).Block(jen.Return())
	m.cur.Add(m.field(held).Op("=").Add(lk))
	m.emits(m.cur)
	m.withs = append(m.withs, mwith{held: held, loops: len(m.loops)})
	m.block(st.Body)
	m.withs = m.withs[:len(m.withs)-1]
	if m.e.fallsThrough(st.Body) {
		m.release(m.cur, held)
	} else {
		// Whatever follows is dead (live keeps it, not knowing the
		// block holds a lock); in a state of its own go vet does not
		// call it unreachable.
		m.begin(nil, 0, "")
	}
}

// release lets go of the lock in field held.
func (m *machine) release(g *jen.Group, held string) {
	g.Add(m.field(held).Dot("Release").Call())
	g.Add(m.field(held).Op("=").Nil())
	m.emits(g)
}

// releaseWithin releases, innermost first, the locks of the async with
// blocks opened inside the innermost `loops` machine loops: all of them
// for 0.
func (m *machine) releaseWithin(g *jen.Group, loops int) {
	for i := len(m.withs) - 1; i >= 0 && m.withs[i].loops >= loops; i-- {
		m.release(g, m.withs[i].held)
	}
}

// stepReleasing is the body of Step for a machine with async with
// blocks: it runs the body method, and when an exception leaves it
// releases the locks still held, innermost first, as each block's
// __aexit__ would on the way out.
func (m *machine) stepReleasing() []jen.Code {
	release := make([]jen.Code, 0, len(m.helds))
	for i := len(m.helds) - 1; i >= 0; i-- {
		f := m.field(m.helds[i])
		release = append(release, jen.If(f.Clone().Op("!=").Nil()).Block(
			f.Clone().Dot("Release").Call(),
			f.Clone().Op("=").Nil(),
		))
	}
	return []jen.Code{
		jen.Id("ok").Op(":=").False(),
		jen.Defer().Func().Params().Block(jen.If(jen.Op("!").Id("ok")).Block(release...)).Call(),
		jen.List(jen.Id("r"), jen.Id("done")).Op("=").Add(jen.Id(m.recv).Dot(m.body).Call(jen.Id("t"))),
		jen.Id("ok").Op("=").True(),
		jen.Return(jen.Id("r"), jen.Id("done")),
	}
}
