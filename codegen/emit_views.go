package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// A dict's keys(), values() and items() are views in Python: live,
// printed as dict_values([...]). aiogo types them as lists and accepts
// them only where they are iterated at once (a for loop, sum, sorted,
// list, len, in, str.join ...), where a list of the items taken there
// behaves the same; anywhere else they are refused. zip(...) is an
// iterator, accepted likewise.

// dictViews maps each view method to the py.Dict method listing its items.
var dictViews = map[string]string{"keys": "Keys", "values": "Values", "items": "Items"}

// viewConsumers are the built-ins that iterate over their arguments at
// once.
var viewConsumers = setOf("sum", "min", "max", "sorted", "list", "tuple", "any", "all", "len")

// dictView returns the receiver of x when x is d.keys(), d.values() or
// d.items() on a dict, and the view's name.
func (e *emitter) dictView(x grammar.Expr) (recv grammar.Expr, name string, ok bool) {
	call, isCall := x.(*grammar.Call)
	if !isCall || len(call.Args) != 0 {
		return nil, "", false
	}
	cl := e.calleeOf(call)
	if cl.kind != calleeMethod || dictViews[cl.name] == "" || e.typeOf(cl.recv).Kind != Dict {
		return nil, "", false
	}
	return cl.recv, cl.name, true
}

// consume marks x as iterated at once by what is being emitted: a dict
// view, or zip(...), map(...), filter(...) or reversed(...), which are
// then lists.
func (e *emitter) consume(x grammar.Expr) {
	if _, _, ok := e.dictView(x); ok || e.isIteratorCall(x) {
		if e.consumed == nil {
			e.consumed = map[grammar.Expr]bool{}
		}
		e.consumed[x] = true
	}
}

// isIteratorCall reports whether x is zip(...), map(...), filter(...),
// reversed(...), enumerate(...), a finite itertools iterator or a
// Counter's elements(), iterators that a consumer taking them at once
// sees as lists.
func (e *emitter) isIteratorCall(x grammar.Expr) bool {
	call, ok := x.(*grammar.Call)
	if !ok {
		return false
	}
	switch cl := e.calleeOf(call); cl.kind {
	case calleeLib:
		return isItertools(cl.name) && e.typeOf(call).Kind != IterT
	case calleeMethod: // Counter.elements()
		return cl.name == "elements" && e.typeOf(cl.recv).flavor == "Counter" && len(call.Args) == 0
	}
	return e.isBuiltinCall(call, "zip") || e.isBuiltinCall(call, "map") || e.isBuiltinCall(call, "filter") || e.isBuiltinCall(call, "reversed") ||
		e.isBuiltinCall(call, "enumerate")
}

// viewList emits a view iterated at once as a new list of its items.
func (e *emitter) viewList(call *grammar.Call) *jen.Statement {
	recv, name, _ := e.dictView(call)
	if !e.consumed[call] {
		e.diag.unsupported(call, "dict."+name+"() other than iterated at once")
		return jen.Nil()
	}
	items := operand(e.x(recv), precPrimary, false).Dot(dictViews[name]).Call()
	return jen.Qual(pyPkg, "NewList").Call(items.Op("..."))
}
