package codegen

import (
	"strconv"

	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// forStmt emits a for loop over range(...), a list, a set, a dict's keys
// or a string's characters, into a name or a target that unpacks each
// item (two names over enumerate(list) or dict.items() bound by the
// header itself).
func (e *emitter) forStmt(g *jen.Group, st *grammar.For) {
	head, ok := e.loopHeader(st.Target, st.Iter, st.Body, func(n *grammar.Name) bool { return e.define[n] })
	if ok {
		body := e.loopBody(st.Body)
		g.For(head.header...).BlockFunc(func(g *jen.Group) {
			if head.unpack != nil {
				e.lineDirective(g, st.Pos) // an unpacking error is the for line's
			}
			head.bind(g)
			body(g)
		})
	}
}

// loopHead is a Go for loop's header and what opens its body: for a
// target the header cannot bind itself (`for a, (b, c) in xs`), the
// statements that unpack the item it holds in a temporary.
type loopHead struct {
	header []jen.Code
	unpack []func(g *jen.Group)
}

func (h loopHead) bind(g *jen.Group) {
	for _, f := range h.unpack {
		f(g)
	}
}

func head(c jen.Code) (loopHead, bool) { return loopHead{header: []jen.Code{c}}, true }

// loopHeader renders the header of a Go for loop binding target to the
// items of iter; define tells whether a target name is declared by the
// loop (:=) or assigned (=). body is the loop body (nil in a
// comprehension), which decides whether a three-clause loop is safe.
func (e *emitter) loopHeader(target, iter grammar.Expr, body []grammar.Stmt, define func(*grammar.Name) bool) (loopHead, bool) {
	if tup, ok := target.(*grammar.Tuple); ok {
		if h, ok := e.pairHeader(tup, iter, define); ok {
			return h, true
		}
		if call, ok := iter.(*grammar.Call); (ok && e.isBuiltinCall(call, "range")) || starredTarget(tup) {
			e.diag.unsupported(tup, "this loop target")
			return loopHead{}, false
		}
		// Each item into a temporary, unpacked where the body begins.
		item, it := e.tempVar("elem"), e.itemType(iter)
		h, ok := e.itemsHeader(loopVar{used: e.readsItem(tup, it), define: true, id: item}, it, iter)
		h.unpack = []func(*jen.Group){func(g *jen.Group) { e.unpackInto(g, tup, jen.Id(item), it, define) }}
		return h, ok
	}
	n, ok := target.(*grammar.Name)
	if !ok {
		e.diag.unsupported(target, "loop target other than names")
		return loopHead{}, false
	}
	sym := e.uses[n]
	lv := loopVar{used: sym.read || sym.pkgLevel, define: define(n), id: sym.Go}
	if call, ok := iter.(*grammar.Call); ok && e.isBuiltinCall(call, "range") {
		return e.rangeHeader(call, body, sym, lv)
	}
	return e.itemsHeader(lv, sym.cell.get(), iter)
}

// tempVar names a new temporary of this function: prefix and a number.
func (e *emitter) tempVar(prefix string) string {
	e.temps++
	return prefix + strconv.Itoa(e.temps)
}

// itemType is the type of the items a loop over iter gets, as its
// header ranges over them.
func (e *emitter) itemType(iter grammar.Expr) *Type {
	if cls := e.enumClassOf(iter); cls != nil {
		return &Type{Kind: ClassT, cls: cls}
	}
	if lit, ok := iter.(*grammar.Tuple); ok && len(lit.Elts) > 0 {
		t := e.typeOf(lit.Elts[0])
		for _, x := range lit.Elts[1:] {
			if goTypeString(e.typeOf(x)) != goTypeString(t) {
				return tAny
			}
		}
		return t
	}
	return iterElem(e.typeOf(iter), iter)
}

// itemsHeader is the header of a loop over anything but range() binding
// each item, of type el, as lv says.
func (e *emitter) itemsHeader(lv loopVar, el *Type, iter grammar.Expr) (loopHead, bool) {
	xt := e.typeOf(iter)
	x := func() *jen.Statement { return operand(e.x(iter), precPrimary, false) }
	if call, ok := iter.(*grammar.Call); ok && e.isBuiltinCall(call, "reversed") && e.typeOf(call.Args[0].Value).Kind == List {
		items := operand(e.x(call.Args[0].Value), precPrimary, false).Dot("Items")
		return head(lv.single(jen.Qual(pyPkg, "Reversed").Call(items)))
	}
	lit, isLit := iter.(*grammar.Tuple)
	switch {
	case isLit:
		// The items of a tuple written in place, as a slice of the
		// loop variable's type.
		items := make([]jen.Code, len(lit.Elts))
		for i, x := range lit.Elts {
			items[i] = e.coerce(x, el)
		}
		return head(lv.indexed(jen.Index().Add(goType(el)).Values(items...)))
	case e.enumClassOf(iter) != nil:
		return head(lv.indexed(jen.Id(e.enumClassOf(iter).enum.classVar).Dot("Members")))
	case xt.Kind == IterT: // iter(x), itertools.count() ...: the items it has left
		return head(lv.single(x().Dot("All").Call()))
	case xt.Kind == List && isKeysCall(e, iter):
		// d.All() raises RuntimeError if the loop adds or removes keys,
		// as CPython does.
		call := iter.(*grammar.Call)
		return head(lv.single(operand(e.x(call.Func.(*grammar.Attribute).X), precPrimary, false).Dot("All").Call()))
	case xt.Kind == List && isItemsCall(e, iter):
		// Each pair as a tuple; d.All() raises as for keys.
		call := iter.(*grammar.Call)
		return head(lv.single(jen.Qual(pyPkg, "DictItems").Call(operand(e.x(call.Func.(*grammar.Attribute).X), precPrimary, false))))
	case xt.Kind == List && isValuesCall(e, iter):
		// d.All() also reads each value when the loop gets there.
		call := iter.(*grammar.Call)
		return head(lv.indexed(operand(e.x(call.Func.(*grammar.Attribute).X), precPrimary, false).Dot("All").Call()))
	case xt.Kind == List && e.isMapCall(iter):
		e.consume(iter)
		return head(lv.single(e.mapSeq(iter.(*grammar.Call))))
	case xt.Kind == List:
		if e.isIteratorCall(iter) {
			e.consume(iter) // zip(a, b, c) as the list of its triples
		}
		return head(lv.indexed(x().Dot("Items")))
	case xt.Kind == Dict || xt.Kind == Set:
		return head(lv.single(x().Dot("All").Call()))
	case xt.Kind == Str:
		return head(lv.single(jen.Qual(pyPkg, "StrChars").Call(e.expr(iter))))
	case xt.Kind == Any || xt.Kind == Unknown || xt.Kind == Tuple || iterableInstance(xt): // a tuple's items, a named tuple's fields as any
		return head(lv.single(jen.Qual(pyPkg, "Iter").Call(e.expr(iter))))
	}
	e.diag.unsupported(iter, "iterating over a value of type "+xt.String())
	return loopHead{}, false
}

func (e *emitter) isBuiltinCall(call *grammar.Call, name string) bool {
	cl := e.calleeOf(call)
	return cl.kind == calleeBuiltin && cl.name == name
}

// pairHeader renders a loop with two targets over pairs as a Go range
// with two variables: `for i, x in enumerate(xs)` over the list's items
// with their index, `for k, v in d.items()` over the dict's pairs,
// `for a, b in zip(xs, ys)` and `for a, b in pairs` over a list of
// pairs. A target that unpacks further (`for i, (a, b) in ...`) gets its
// part in a temporary. ok is false for any other loop.
func (e *emitter) pairHeader(tup *grammar.Tuple, iter grammar.Expr, define func(*grammar.Name) bool) (loopHead, bool) {
	if len(tup.Elts) != 2 || starredTarget(tup) {
		return loopHead{}, false
	}
	call, ok := iter.(*grammar.Call)
	var seq *jen.Statement
	var parts [2]*Type
	switch {
	case ok && e.isBuiltinCall(call, "enumerate") && isEnumerate(call) && (nextMethod(e.typeOf(call.Args[0].Value)) != nil || e.isLazy(call.Args[0].Value)):
		// An iterator or a map(), asked for each item when the loop gets
		// to it.
		start := jen.Code(jen.Lit(0))
		if s, _ := enumerateArgs(call); s != nil {
			start = e.coerce(s, tInt)
		}
		x := call.Args[0].Value
		if e.isLazy(x) {
			seq, parts = jen.Qual(pyPkg, "EnumerateSeq").Call(e.lazySeq(call, x, nil), start), [2]*Type{tInt, e.typeOf(x).elem()}
			break
		}
		seq, parts = jen.Qual(pyPkg, "EnumerateSeq").Call(jen.Qual(pyPkg, "Iter").Call(e.expr(x)), start), [2]*Type{tInt, tAny}
	case ok && e.isBuiltinCall(call, "enumerate") && isEnumerate(call) && e.typeOf(call).Kind == List:
		items, _, _ := e.itemsList(call, call.Args[0].Value, e.typeOf(call).elem().part(1)) // enumerate(d.items()), enumerate(zip(a, b))
		seq = items.Dot("Items")
		if start, _ := enumerateArgs(call); start != nil {
			seq = jen.Qual(pyPkg, "EnumerateFrom").Call(seq, e.coerce(start, tInt))
		}
		parts = [2]*Type{tInt, e.typeOf(call).elem().part(1)}
	case ok && isItemsCall(e, call):
		seq = operand(e.x(call.Func.(*grammar.Attribute).X), precPrimary, false).Dot("All").Call()
		d := e.typeOf(call.Func.(*grammar.Attribute).X)
		parts = [2]*Type{d.part(0), d.part(1)}
	case isPairList(e.typeOf(iter)) && !(ok && (e.isBuiltinCall(call, "enumerate") || e.isBuiltinCall(call, "zip"))):
		e.consume(iter) // product(a, b), pairwise(xs), map() of pairs
		seq = jen.Qual(pyPkg, "Pairs").Call(operand(e.x(iter), precPrimary, false).Dot("Items"))
		pair := e.typeOf(iter).elem()
		parts = [2]*Type{pair.part(0), pair.part(1)}
	case ok && e.isBuiltinCall(call, "zip") && len(call.Args) == 2 && e.typeOf(call).Kind == List:
		pair := e.typeOf(call).elem()
		parts = [2]*Type{pair.part(0), pair.part(1)}
		items := func(i int) jen.Code {
			if e.interleavesNext("zip", call.Args[i].Value) {
				return jen.Nil()
			}
			list, _, _ := e.itemsList(call, call.Args[i].Value, pair.part(i))
			return list.Dot("Items")
		}
		if e.hasLazyArg(call) { // its items are taken when the loop gets to them
			seq = jen.Qual(pyPkg, "ZipSeq").Call(e.lazySeq(call, call.Args[0].Value, pair.part(0)), e.lazySeq(call, call.Args[1].Value, pair.part(1)))
			break
		}
		seq = jen.Qual(pyPkg, "Zip").Call(items(0), items(1))
	default:
		return loopHead{}, false
	}
	// A nested target takes its part into a temporary the header
	// declares, and so does a name assigned rather than declared beside
	// it: the header's := would declare that name anew.
	_, flat := e.flatNames(tup)
	var h loopHead
	vars := make([]jen.Code, 2)
	used, op := false, "="
	for i, x := range tup.Elts {
		vars[i] = jen.Id("_")
		n, isName := x.(*grammar.Name)
		switch {
		case !e.readsItem(x, parts[i]):
		case isName && (flat || define(n)):
			vars[i], used = jen.Id(e.uses[n].Go), true
			if define(n) {
				op = ":="
			}
		default:
			item, part := e.tempVar("elem"), parts[i]
			vars[i], used, op = jen.Id(item), true, ":="
			h.unpack = append(h.unpack, func(g *jen.Group) { e.unpackInto(g, x, jen.Id(item), part, define) })
		}
	}
	if !used {
		h.header = []jen.Code{jen.Range().Add(seq)}
	} else {
		h.header = []jen.Code{jen.List(vars...).Op(op).Range().Add(seq)}
	}
	return h, true
}

// enumerateArgs matches enumerate(xs[, start]); start is nil when
// omitted (0).
func enumerateArgs(call *grammar.Call) (start grammar.Expr, ok bool) {
	args := call.Args
	if len(args) == 0 || len(args) > 2 || args[0].Name != "" || args[0].Star {
		return nil, false
	}
	if len(args) == 1 {
		return nil, true
	}
	if args[1].Star || args[1].Name != "" && args[1].Name != "start" {
		return nil, false
	}
	return args[1].Value, true
}

// isPairList reports whether t is a list of 2-tuples.
func isPairList(t *Type) bool {
	return t.Kind == List && t.elem().Kind == Tuple && len(t.elem().parts) == 2
}

func isEnumerate(call *grammar.Call) bool {
	_, ok := enumerateArgs(call)
	return ok
}

// isKeysCall reports whether x is `d.keys()` on a dict.
func isKeysCall(e *emitter, x grammar.Expr) bool {
	_, name, ok := e.dictView(x)
	return ok && name == "keys"
}

// isItemsCall reports whether x is `d.items()` on a dict.
func isItemsCall(e *emitter, x grammar.Expr) bool {
	_, name, ok := e.dictView(x)
	return ok && name == "items"
}

// isValuesCall reports whether x is `d.values()` on a dict.
func isValuesCall(e *emitter, x grammar.Expr) bool {
	_, name, ok := e.dictView(x)
	return ok && name == "values"
}

// loopVar is how a loop binds its target: declared in the header, assigned
// to a variable declared earlier, or not at all when the body never reads it.
type loopVar struct {
	used, define bool
	id           string
}

func (lv loopVar) op() string {
	if lv.define {
		return ":="
	}
	return "="
}

// single is the header of a range over a sequence of values.
func (lv loopVar) single(seq jen.Code) jen.Code {
	if !lv.used {
		return jen.Range().Add(seq)
	}
	return jen.Id(lv.id).Op(lv.op()).Range().Add(seq)
}

// indexed is the header of a range over a slice, whose index is dropped.
func (lv loopVar) indexed(seq jen.Code) jen.Code {
	if !lv.used {
		return jen.Range().Add(seq)
	}
	return jen.List(jen.Id("_"), jen.Id(lv.id)).Op(lv.op()).Range().Add(seq)
}

// rangeHeader renders `for i in range(...)`: a range over an int for one
// argument, a three-clause loop when the step is a constant and neither
// the bound nor the variable can change inside the body (Python evaluates
// range's arguments once and rebinds i each iteration), and a range over
// py.Range otherwise.
func (e *emitter) rangeHeader(call *grammar.Call, body []grammar.Stmt, sym *Symbol, lv loopVar) (loopHead, bool) {
	args, _ := e.positional(call, "range")
	switch len(args) {
	case 1:
		return head(lv.single(e.coerce(args[0], tInt)))
	case 2, 3:
	default:
		e.diag.unsupported(call, "range() with these arguments")
		return loopHead{}, false
	}
	step, constStep := 1, true
	if len(args) == 3 {
		step, constStep = constInt(args[2])
	}
	stop := args[1]
	stableStop := isIntLit(stop) || isLocalNotAssigned(e, stop, body) && !sameGoName(e, stop, sym)
	if constStep && step != 0 && lv.used && lv.define && !storesTo(e.checker, body, sym) && stableStop {
		i := jen.Id(sym.Go)
		var cond, post jen.Code
		switch {
		case step == 1:
			cond, post = i.Clone().Op("<").Add(e.coerce(stop, tInt)), i.Clone().Op("++")
		case step > 0:
			cond, post = i.Clone().Op("<").Add(e.coerce(stop, tInt)), i.Clone().Op("+=").Lit(step)
		case step == -1:
			cond, post = i.Clone().Op(">").Add(e.coerce(stop, tInt)), i.Clone().Op("--")
		default:
			cond, post = i.Clone().Op(">").Add(e.coerce(stop, tInt)), i.Clone().Op("-=").Lit(-step)
		}
		return loopHead{header: []jen.Code{i.Clone().Op(":=").Add(e.coerce(args[0], tInt)), cond, post}}, true
	}
	stepCode := jen.Code(jen.Lit(1))
	if len(args) == 3 {
		stepCode = e.coerce(args[2], tInt)
	}
	return head(lv.single(jen.Qual(pyPkg, "Range").Call(e.coerce(args[0], tInt), e.coerce(stop, tInt), stepCode)))
}

// constInt returns the value of an int literal, possibly negated.
func constInt(x grammar.Expr) (int, bool) {
	sign := 1
	if u, ok := x.(*grammar.Unary); ok && u.Op == "-" {
		sign, x = -1, u.X
	}
	lit, ok := x.(*grammar.IntLit)
	if !ok || len(lit.Value) > 9 {
		return 0, false
	}
	v, err := strconv.Atoi(lit.Value)
	return sign * v, err == nil
}

// isLocalNotAssigned reports whether x is a function-local name that the
// loop body never assigns, so evaluating it each iteration is safe.
func isLocalNotAssigned(e *emitter, x grammar.Expr, body []grammar.Stmt) bool {
	n, ok := x.(*grammar.Name)
	if !ok {
		return false
	}
	sym := e.uses[n]
	return sym != nil && (sym.Kind == symVar || sym.Kind == symParam) && !sym.pkgLevel && !storesTo(e.checker, body, sym)
}

// sameGoName reports whether x is a name spelled like the loop variable
// in Go, which the three-clause loop's condition would then read instead.
func sameGoName(e *emitter, x grammar.Expr, loopVar *Symbol) bool {
	n, ok := x.(*grammar.Name)
	return ok && e.uses[n] != nil && e.uses[n].Go == loopVar.Go
}
