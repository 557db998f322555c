package codegen

import (
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"
)

// Import paths of the runtime packages generated code uses.
const (
	pyPkg  = "github.com/aiogo-dev/aiogo/runtime/py"
	aioPkg = "github.com/aiogo-dev/aiogo/runtime/aio"
)

// Kind is the head of an inferred type.
type Kind uint8

const (
	Unknown    Kind = iota // nothing known yet: the lattice's bottom
	None                   // the None singleton
	Bool                   // bool
	Int                    // int
	Float                  // float64
	Str                    // string
	List                   // *py.List[elem]
	Dict                   // *py.Dict[key, value]
	Set                    // *py.Set[elem]
	Tuple                  // py.Tuple2 / py.Tuple3
	Coro                   // aio.Awaitable[result]: the value of calling an async def
	TaskT                  // *aio.TaskOf[result]
	Queue                  // *aio.Queue[elem]
	Lock                   // *aio.Lock
	Event                  // *aio.Event
	Semaphore              // *aio.Semaphore
	BoundedSem             // *aio.BoundedSemaphore
	Condition              // *aio.Condition
	Barrier                // *aio.Barrier
	TaskGroupT             // *aio.TaskGroup
	TimeoutT               // *aio.Timeout: what asyncio.timeout() returns
	LoopT                  // *aio.Loop
	ClassT                 // *C: an instance of a class of the program (cls)
	ExecutorT              // *aio.Executor: a ThreadPoolExecutor
	ExcT                   // *py.Exc: an exception instance
	IterT                  // *py.Iterator[elem]: iter(x), itertools.count() ... held as a value
	Any                    // any: mixed or conflicting types, the lattice's top
)

// Type is an inferred type. Compound types refer to their parts through
// cells, so that two values which must share a Go type (a queue and the
// parameter it is passed to) share the cells of their element types, and
// refining one refines the other.
type Type struct {
	Kind  Kind
	parts []*cell // List, Set, Queue, IterT: [elem]; Dict: [key, value]; Tuple: elems; Coro, TaskT: [result]
	cls   *Class  // ClassT, and ExcT of an exception class with a body
	// flavor names the dict subclass a Dict is ("Counter", "OrderedDict")
	// or os.environ's "_Environ", and "frozenset" for a Set; deque marks
	// a List that is a collections.deque (stdlib_collections.go).
	flavor string
	deque  bool
	// optional marks a ClassT or ExcT that may be None (optional.go).
	optional bool
}

var (
	tUnknown = &Type{Kind: Unknown}
	tNone    = &Type{Kind: None}
	tBool    = &Type{Kind: Bool}
	tInt     = &Type{Kind: Int}
	tFloat   = &Type{Kind: Float}
	tStr     = &Type{Kind: Str}
	tAny     = &Type{Kind: Any}
	tExc     = &Type{Kind: ExcT}
)

func compound(k Kind, parts ...*cell) *Type { return &Type{Kind: k, parts: parts} }

// isLockLike reports whether values of kind k are acquired and released
// around `async with`: locks, semaphores and conditions.
func isLockLike(k Kind) bool {
	return k == Lock || k == Semaphore || k == BoundedSem || k == Condition
}

// hasPollAcquire reports whether kind k has the Poll form of acquire
// that stackless coroutines await (runtime/aio/poll.go).
func hasPollAcquire(k Kind) bool { return k == Lock || k == Semaphore || k == BoundedSem }

// part returns the current type of the i-th part of a compound type.
func (t *Type) part(i int) *Type {
	if i >= len(t.parts) {
		return tAny
	}
	return t.parts[i].get()
}

func (t *Type) elem() *Type { return t.part(0) }

// cell is a type variable: a union-find node holding the join of every
// type that flowed into it.
type cell struct {
	parent *cell
	t      *Type
}

func newCell() *cell { return &cell{t: tUnknown} }

func (c *cell) find() *cell {
	for c.parent != nil {
		if c.parent.parent != nil {
			c.parent = c.parent.parent
		}
		c = c.parent
	}
	return c
}

func (c *cell) get() *Type { return c.find().t }

// lattice joins types and counts changes so the solver knows when it has
// reached a fixed point.
type lattice struct {
	changes int
	// escaping holds the cells escape is widening, which a container
	// that holds itself (a dict of such dicts) reaches again.
	escaping map[*cell]bool
}

// add joins t into cell c.
func (l *lattice) add(c *cell, t *Type) {
	r := c.find()
	j := l.join(r.t, t)
	if j != r.t && !sameType(j, r.t) {
		l.changes++
	}
	r.t = j
}

// escape widens the element types of a container that becomes a value
// of type any to any (join calls it for both operands of a join that
// gives any). Held as any, the container is reached by the
// runtime's dynamic helpers (py.IAdd extends a list in place), which may
// put items of any type into it: Python's containers have no element
// type, and a *py.List[int] cannot hold a str.
func (l *lattice) escape(t *Type) {
	switch t.Kind {
	case List, Dict, Set, Tuple, Queue, IterT:
		for _, p := range t.parts {
			r := p.find()
			if l.escaping[r] {
				continue
			}
			if l.escaping == nil {
				l.escaping = map[*cell]bool{}
			}
			l.escaping[r] = true
			l.add(r, tAny)
			delete(l.escaping, r)
		}
	}
}

// unify merges two cells: afterwards both hold the join of their types.
func (l *lattice) unify(a, b *cell) {
	ra, rb := a.find(), b.find()
	if ra == rb {
		return
	}
	t := rb.t
	rb.parent = ra
	l.changes++
	l.add(ra, t)
}

// join is the least upper bound: unknown joins to the other type, equal
// heads join part by part (unifying the parts' cells; a list and a deque
// are any, since what is decided statically for lists does not hold for
// deques: isinstance(x, list); so are a dict and os.environ, a set and a
// frozenset), two classes join
// to their nearest common base, None with an instance or an exception
// makes it optional (optional.go), anything else (int with str, None
// with int, int with float, unrelated classes) becomes any. Keeping int and
// float apart is deliberate: an int printed as a float would change the
// program's output.
func (l *lattice) join(a, b *Type) *Type {
	switch {
	case a.Kind == Unknown:
		return b
	case b.Kind == Unknown:
		return a
	case a.Kind == None && canBeOptional(b):
		return withOptional(b)
	case b.Kind == None && canBeOptional(a):
		return withOptional(a)
	case a.Kind == ClassT && b.Kind == ClassT && a.cls != b.cls && commonBase(a.cls, b.cls) != nil:
		return &Type{Kind: ClassT, cls: commonBase(a.cls, b.cls), optional: a.optional || b.optional}
	case a.Kind == ExcT && b.Kind == ExcT && a.cls != b.cls:
		// Every exception is a *py.Exc; the class with a body both
		// derive from, if any, keeps its attributes known.
		var cls *Class
		if a.cls != nil && b.cls != nil {
			cls = commonBase(a.cls, b.cls)
		}
		return &Type{Kind: ExcT, cls: cls, optional: a.optional || b.optional}
	case a.optional != b.optional && a.Kind == b.Kind && a.cls == b.cls && (a.Kind == ClassT || a.Kind == ExcT):
		return withOptional(a)
	case a.Kind == Any || b.Kind == Any || a.Kind != b.Kind || len(a.parts) != len(b.parts) || a.cls != b.cls || a.deque != b.deque,
		a.flavor != b.flavor && (ownType(a.flavor) || ownType(b.flavor)):
		l.escape(a)
		l.escape(b)
		return tAny
	}
	for i := range a.parts {
		l.unify(a.parts[i], b.parts[i])
	}
	if a.flavor != b.flavor {
		return compound(a.Kind, a.parts...) // a dict that may be of either flavor
	}
	return a
}

// ownType reports whether a flavor makes values of another Python type
// than the kind's (no subclass): os.environ is no dict, a frozenset no
// set, so that what is decided statically for one does not hold for the
// other (isinstance).
func ownType(flavor string) bool { return flavor == environFlavor || flavor == frozensetFlavor }

// sameType compares two types structurally through their cells.
func sameType(a, b *Type) bool {
	return a.String() == b.String()
}

// String renders a type in Python notation, for tests and messages.
func (t *Type) String() string {
	var b strings.Builder
	t.write(&b, 0)
	return b.String()
}

// maxTypeDepth bounds rendering of self-referential types (a list that
// contains itself); finalize turns those into any before emission.
const maxTypeDepth = 8

func (t *Type) write(b *strings.Builder, depth int) {
	if depth > maxTypeDepth {
		b.WriteString("...")
		return
	}
	name := [...]string{
		Unknown: "unknown", None: "None", Bool: "bool", Int: "int", Float: "float",
		Str: "str", List: "list", Dict: "dict", Set: "set", Tuple: "tuple", Coro: "coroutine",
		TaskT: "Task", Queue: "Queue", Lock: "Lock", Event: "Event",
		Semaphore: "Semaphore", BoundedSem: "BoundedSemaphore", Condition: "Condition", Barrier: "Barrier",
		TaskGroupT: "TaskGroup", TimeoutT: "Timeout", LoopT: "event loop", ExecutorT: "ThreadPoolExecutor",
		ExcT: "BaseException", IterT: "iterator", Any: "any",
	}[t.Kind]
	if instanceClass(t) != nil {
		name = t.cls.Def.Name
	}
	if t.flavor != "" {
		name = t.flavor
	}
	if t.deque {
		name = "deque"
	}
	b.WriteString(name)
	if t.optional {
		b.WriteString(" | None")
	}
	if len(t.parts) == 0 {
		return
	}
	b.WriteByte('[')
	for i := range t.parts {
		if i > 0 {
			b.WriteString(", ")
		}
		t.part(i).write(b, depth+1)
	}
	b.WriteByte(']')
}

// breakCycles makes every type variable through which t contains itself
// any (a list appended to itself), since Go types cannot be infinite.
func breakCycles(t *Type, onPath map[*cell]bool) {
	for _, p := range t.parts {
		r := p.find()
		if onPath[r] {
			r.t = tAny
			continue
		}
		onPath[r] = true
		breakCycles(r.t, onPath)
		delete(onPath, r)
	}
}

// aioStructs are the kinds whose values are pointers to a struct of
// runtime/aio, by the struct's name.
var aioStructs = map[Kind]string{
	Lock: "Lock", Event: "Event", Semaphore: "Semaphore", BoundedSem: "BoundedSemaphore",
	Condition: "Condition", Barrier: "Barrier", TaskGroupT: "TaskGroup", TimeoutT: "Timeout", LoopT: "Loop",
	ExecutorT: "Executor",
}

// goType renders the Go type a value of type t has in generated code.
// Unknown (a value nothing flows into) becomes any.
func goType(t *Type) jen.Code {
	if name, ok := aioStructs[t.Kind]; ok {
		return jen.Op("*").Qual(aioPkg, name)
	}
	switch t.Kind {
	case None:
		return jen.Qual(pyPkg, "NoneType")
	case Bool:
		return jen.Bool()
	case Int:
		return jen.Int()
	case Float:
		return jen.Float64()
	case Str:
		return jen.String()
	case List:
		return jen.Op("*").Qual(pyPkg, "List").Types(goType(t.elem()))
	case Dict:
		return jen.Op("*").Qual(pyPkg, "Dict").Types(goType(t.part(0)), goType(t.part(1)))
	case Set:
		return jen.Op("*").Qual(pyPkg, "Set").Types(goType(t.elem()))
	case Tuple:
		if len(t.parts) == 0 {
			return jen.Qual(pyPkg, "Tuple0")
		}
		return jen.Qual(pyPkg, tupleName(len(t.parts))).Types(goTypes(t)...)
	case Coro:
		// An Awaitable holds either kind of coroutine: an aio.Coro or a
		// machine (emit_machine.go).
		return jen.Qual(aioPkg, "Awaitable").Types(goType(t.elem()))
	case TaskT:
		return jen.Op("*").Qual(aioPkg, "TaskOf").Types(goType(t.elem()))
	case Queue:
		return jen.Op("*").Qual(aioPkg, "Queue").Types(goType(t.elem()))
	case IterT:
		return jen.Op("*").Qual(pyPkg, "Iterator").Types(goType(t.elem()))
	case ClassT:
		return jen.Id(t.cls.valueType())
	case ExcT:
		return jen.Op("*").Qual(pyPkg, "Exc")
	}
	return jen.Any()
}

func goTypes(t *Type) []jen.Code {
	out := make([]jen.Code, len(t.parts))
	for i := range t.parts {
		out[i] = goType(t.part(i))
	}
	return out
}

// maxTuple is the widest tuple with static item types (py.Tuple1 to
// py.Tuple8); wider tuple displays are refused.
const maxTuple = 8

func tupleName(n int) string { return "Tuple" + strconv.Itoa(n) }

// goTypeString spells the Go type of t as goType renders it, to compare
// types as Go sees them (unknown and any are both any). It is written out
// rather than rendered with jennifer, which would run gofmt every time.
func goTypeString(t *Type) string {
	var b strings.Builder
	writeGoType(&b, t)
	return b.String()
}

func writeGoType(b *strings.Builder, t *Type) {
	args := func(n int) {
		b.WriteByte('[')
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			writeGoType(b, t.part(i))
		}
		b.WriteByte(']')
	}
	if name, ok := aioStructs[t.Kind]; ok {
		b.WriteString("*aio." + name)
		return
	}
	switch t.Kind {
	case None:
		b.WriteString("py.NoneType")
	case Bool:
		b.WriteString("bool")
	case Int:
		b.WriteString("int")
	case Float:
		b.WriteString("float64")
	case Str:
		b.WriteString("string")
	case List:
		b.WriteString("*py.List")
		args(1)
	case Dict:
		b.WriteString("*py.Dict")
		args(2)
	case Set:
		b.WriteString("*py.Set")
		args(1)
	case Tuple:
		b.WriteString("py." + tupleName(len(t.parts)))
		if len(t.parts) > 0 {
			args(len(t.parts))
		}
	case Coro:
		b.WriteString("aio.Awaitable")
		args(1)
	case TaskT:
		b.WriteString("*aio.TaskOf")
		args(1)
	case Queue:
		b.WriteString("*aio.Queue")
		args(1)
	case IterT:
		b.WriteString("*py.Iterator")
		args(1)
	case ClassT:
		b.WriteString(t.cls.valueType())
	case ExcT:
		b.WriteString("*py.Exc")
	default:
		b.WriteString("any")
	}
}
