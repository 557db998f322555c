package progen

import (
	"fmt"
	"math/bits"
)

// resource is a lock or semaphore of the program: a module-level
// global, acquired only with `async with` (or acquire and a
// try/finally release), in increasing order.
type resource struct {
	name  string
	order int    // the global acquisition order; also the bit in resSet
	class string // "Lock", "Semaphore" or "BoundedSemaphore"
	value int    // a semaphore's initial value
}

// resSet is the set of resources a function may acquire, itself or
// through what it awaits, by order.
type resSet uint16

// min is the lowest order in s, or a number above every order when s is
// empty: code holding resource h may await a function f only when
// f.res.min() > h.
func (s resSet) min() int {
	if s == 0 {
		return 1 << 20
	}
	return bits.TrailingZeros16(uint16(s))
}

// param is a parameter of a generated function.
type param struct {
	name string
	t    vtype
	res  *resource // a lock parameter: every caller passes this resource
	def  string    // a constant default value, or ""
	// fixed marks a parameter the body must not assign: a count the
	// caller's bounds rely on.
	fixed bool
}

// fn is a generated function: a plain def (a helper), a coroutine the
// others call (a worker), or a coroutine of main's scenes. Its facts are
// complete once its body is generated, before any later function (which
// may call it) is.
type fn struct {
	name        string
	async       bool
	params      []param
	ret         vtype // tNone for a function that returns nothing
	raises      excSet
	res         resSet
	cost        float64 // upper bound of statements run per call
	cancellable bool    // written to be cancelled at any await (see doc.go)
	machine     bool    // written so that aiogo compiles it to a state machine (see ctx.machine)
}

// program is the model of the program being written: the things every
// function may refer to, and the definitions written so far.
type program struct {
	resources []*resource
	helpers   []*fn
	workers   []*fn
	counters  []string // module-level ints, only ever incremented by small constants
	defs      []block
	nscenes   int
	data      bool // some expression uses the enums and the dataclass of dataDecls
}

// fnState is what the generator tracks while it writes one function's body.
type fnState struct {
	f       *fn
	budget  float64 // the cost the body may reach
	nvar    int
	globals []string // counters the body assigns, declared global at its top
}

// fresh returns a new local name: prefix and a number unique in the function.
func (fs *fnState) fresh(prefix string) string {
	fs.nvar++
	return fmt.Sprintf("%s%d", prefix, fs.nvar)
}

// useGlobal records that the body assigns counter name.
func (fs *fnState) useGlobal(name string) {
	for _, n := range fs.globals {
		if n == name {
			return
		}
	}
	fs.globals = append(fs.globals, name)
}

// ctx is the context of the statement or expression being generated.
// It is passed by value: a nested block gets a modified copy.
type ctx struct {
	fs          *fnState
	sc          *scope
	depth       int     // statement nesting
	mult        float64 // how many times this point may run per call of the function: the product of the enclosing loops' iteration counts
	loops       int     // enclosing loops that break and continue may leave (none across a finally)
	held        int     // order of the last resource acquired, -1 when none is held
	noReturn    bool    // return may not appear: in a finally block, or code that must run to its end
	cancellable bool    // a CancelledError may arrive at any await here
	noRaise     bool    // expressions must not raise
	noAwait     bool    // expressions must not await (comprehensions, f-string parts in loops...)
	inFString   bool    // inside an f-string's replacement field: single-quoted literals, no nested f-strings
	// machine restricts a coroutine to what aiogo compiles to a
	// stackless state machine (codegen/machine.go): awaits only as whole
	// statements, assignments or returns, of sleep, tasks, gathers, locks
	// and other such coroutines; none inside try; async with of a single
	// lock; loops without else.
	machine bool
}

// async reports whether awaits may appear here.
func (c ctx) async() bool { return c.fs.f.async && !c.noAwait }

// room is the cost this point may still add to the function: what is
// left of its budget, divided by how many times the point runs.
func (c ctx) room() float64 { return (c.fs.budget - c.fs.f.cost) / c.mult }

// charge adds the cost of running something once here.
func (c ctx) charge(cost float64) { c.fs.f.cost += cost * c.mult }

// canAwait reports whether code here may await a call of f inline.
func (c ctx) canAwait(f *fn) bool {
	if c.machine && f.async && !f.machine {
		return false
	}
	return c.canSpawn(f)
}

// canSpawn reports whether code here may run f and wait for it (inline,
// as a task or in a gather or TaskGroup): f acquires only resources
// ordered after the ones held, it tolerates cancellation if this point
// may be cancelled, and its cost fits.
func (c ctx) canSpawn(f *fn) bool {
	if f.async && !c.async() {
		return false
	}
	if f.res.min() <= c.held {
		return false
	}
	if c.cancellable && f.async && !f.cancellable {
		return false
	}
	if c.noRaise && f.raises != 0 {
		return false
	}
	return f.cost+1 <= c.room()
}

// call records that the function being written runs f once here.
func (c ctx) call(f *fn) {
	c.charge(f.cost + 1)
	c.fs.f.res |= f.res
}
