package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// collections.defaultdict, Counter and OrderedDict are dicts: a *py.Dict
// whose flavor (runtime/py/collections.go) decides at run time what d[k]
// of a missing key does, how it prints, how it iterates and what type()
// says, so they go wherever a dict of their types goes. A value inference
// knows to be a Counter or an OrderedDict (Type.flavor: every value that
// reaches it came from Counter() or OrderedDict()) also has the methods of
// its own, such as Counter.update, which counts, and move_to_end.

// defaultFactories are the built-in types a defaultdict may take as its
// default_factory, with the value each makes.
var defaultFactories = map[string]func(t *Type) jen.Code{
	"int":   func(*Type) jen.Code { return jen.Lit(0) },
	"float": func(*Type) jen.Code { return jen.Id("0.0") },
	"str":   func(*Type) jen.Code { return jen.Lit("") },
	"bool":  func(*Type) jen.Code { return jen.False() },
	"list":  func(t *Type) jen.Code { return jen.Qual(pyPkg, "NewList").Types(goType(t.elem())).Call() },
	"dict": func(t *Type) jen.Code {
		return jen.Qual(pyPkg, "NewDict").Types(goType(t.part(0)), goType(t.part(1))).Call()
	},
	"set": func(t *Type) jen.Code { return jen.Qual(pyPkg, "NewSet").Types(goType(t.elem())).Call() },
}

// collectionsType types a call of defaultdict, Counter, OrderedDict or
// deque; nil for other names.
func (c *checker) collectionsType(name string, call *grammar.Call, args []*Type) *Type {
	switch name {
	case "collections.Counter":
		t := &Type{Kind: Dict, parts: []*cell{c.cellAt(call, 0), c.cellAt(call, 1)}, flavor: "Counter"}
		c.lat.add(t.parts[1], tInt)
		if len(args) == 1 {
			c.lat.add(t.parts[0], iterElem(args[0], call.Args[0].Value))
			if args[0].Kind == Dict { // a mapping's values are the counts
				c.lat.add(t.parts[1], args[0].part(1))
			}
		}
		return t
	case "collections.defaultdict":
		t := compound(Dict, c.cellAt(call, 0), c.cellAt(call, 1))
		if len(call.Args) == 1 {
			c.lat.add(t.parts[1], c.defaultFactoryType(call, call.Args[0].Value))
		}
		return t
	case "collections.OrderedDict":
		t := c.dictOf(call, args)
		if t.Kind != Dict {
			return t
		}
		return &Type{Kind: Dict, parts: t.parts, flavor: "OrderedDict"}
	case "collections.deque":
		// A deque of a list's items shares their type, as list(xs) does.
		t := &Type{Kind: List, parts: []*cell{c.cellAt(call, 0)}, deque: true}
		if items, _, ok := dequeArgs(call); ok && items != nil {
			if xt := c.typeOf(items); xt.Kind == List {
				t.parts[0] = xt.parts[0]
			} else {
				c.lat.add(t.parts[0], iterElem(xt, items))
			}
		}
		return t
	}
	return nil
}

// dequeArgs matches deque(), deque(items), deque(items, maxlen) and
// deque(maxlen=n); nil for what is omitted.
func dequeArgs(call *grammar.Call) (items, maxlen grammar.Expr, ok bool) {
	for i, a := range call.Args {
		switch {
		case a.Star:
			return nil, nil, false
		case a.Name == "" && i == 0 || a.Name == "iterable":
			items = a.Value
		case a.Name == "" && i == 1 || a.Name == "maxlen":
			maxlen = a.Value
		default:
			return nil, nil, false
		}
	}
	return items, maxlen, len(call.Args) <= 2
}

// newDeque emits deque(...): py.NewDeque of a copy of a list's items (or
// a str's characters, a dict's keys ...) and maxlen, -1 for none.
func (e *emitter) newDeque(call *grammar.Call) *jen.Statement {
	t := e.typeOf(call)
	items, maxlen, ok := dequeArgs(call)
	if !ok {
		e.diag.unsupported(call, "deque() other than of an iterable and a maxlen")
		return jen.Nil()
	}
	max := jen.Code(jen.Lit(-1))
	switch {
	case maxlen == nil || isNone(maxlen):
	case e.typeOf(maxlen).Kind == Int:
		max = jen.Qual(pyPkg, "DequeMaxLen").Call(e.expr(maxlen))
	default:
		e.diag.unsupported(maxlen, "maxlen of type "+e.typeOf(maxlen).String())
		return jen.Nil()
	}
	list := jen.Qual(pyPkg, "NewList").Types(goType(t.elem())).Call()
	if items != nil {
		e.consume(items)
		switch e.typeOf(items).Kind {
		case List:
			list = operand(e.x(items), precPrimary, false)
		default:
			if list, ok = e.listItems(call, items); !ok {
				return jen.Nil()
			}
		}
	}
	return jen.Qual(pyPkg, "NewDeque").Call(list.Dot("Items"), max)
}

// defaultFactoryType is the type of what a defaultdict's default_factory makes.
func (c *checker) defaultFactoryType(call *grammar.Call, f grammar.Expr) *Type {
	switch f := f.(type) {
	case *grammar.Name:
		if sym := c.uses[f]; sym == nil || sym.Kind != symBuiltin {
			return tAny
		}
		if t := annotationName(f.Id); t != nil {
			return t // int, float, str or bool
		}
		switch f.Id {
		case "list":
			return compound(List, c.cellAt(call, 2))
		case "dict":
			return compound(Dict, c.cellAt(call, 2), c.cellAt(call, 3))
		case "set":
			return compound(Set, c.cellAt(call, 2))
		}
	case *grammar.Lambda:
		if len(f.Params) == 0 {
			return c.exprType(f.Body)
		}
	}
	return tAny
}

// collectionsCall emits defaultdict(factory), Counter(), Counter(iterable),
// OrderedDict(...) (what dict(...) makes) and deque(...); ok is false for
// other names.
func (e *emitter) collectionsCall(name string, call *grammar.Call) (code *jen.Statement, ok bool) {
	t := e.typeOf(call)
	switch name {
	case "collections.Counter":
		args, _ := e.positional(call, "Counter")
		switch {
		case len(args) == 0:
			return jen.Qual(pyPkg, "NewCounter").Types(goType(t.part(0)), goType(t.part(1))).Call(), true
		case len(args) == 1:
			e.consume(args[0]) // an iterable's items, a mapping's counts
			return jen.Qual(pyPkg, "CounterOf").Types(goType(t.part(0)), goType(t.part(1))).Call(e.expr(args[0])), true
		}
		e.diag.unsupported(call, "Counter() other than empty or of an iterable or a mapping")
	case "collections.OrderedDict":
		return jen.Qual(pyPkg, "Ordered").Call(e.newDict(call)), true
	case "collections.deque":
		return e.newDeque(call), true
	case "collections.defaultdict":
		if len(call.Args) != 1 || call.Args[0].Name != "" || call.Args[0].Star {
			e.diag.unsupported(call, "defaultdict() other than of a default factory alone")
			return jen.Nil(), true
		}
		value, repr := e.factory(call.Args[0].Value, t.part(1))
		if value == nil {
			return jen.Nil(), true
		}
		return jen.Qual(pyPkg, "NewDefaultDict").Types(goType(t.part(0)), goType(t.part(1))).Call(
			jen.Func().Params().Any().Block(jen.Return(value)), jen.Lit(repr)), true
	default:
		return nil, false
	}
	return jen.Nil(), true
}

// factory emits the value a defaultdict's default_factory f makes for
// values of type t, and f's repr; nil after reporting an unsupported f.
func (e *emitter) factory(f grammar.Expr, t *Type) (jen.Code, string) {
	switch f := f.(type) {
	case *grammar.Name:
		if value := defaultFactories[f.Id]; value != nil && e.uses[f] != nil && e.uses[f].Kind == symBuiltin {
			return value(t), "<class '" + f.Id + "'>"
		}
	case *grammar.Lambda:
		if len(f.Params) == 0 {
			// CPython's repr has the lambda's address, which no program
			// can print the same twice.
			return e.coerce(f.Body, t), "<function <lambda>>"
		}
	}
	e.diag.unsupported(f, "this default factory (int, float, str, bool, list, dict, set or a lambda without parameters are)")
	return nil, ""
}

// counterMethods are the methods of a value known to be a Counter, on
// top of a dict's (builtin_methods.go): "counted" is an iterable whose
// items are counted, or a mapping of counts.
// dequeMethods are a deque's own methods; it has the list's too, but for
// listOnly.
var dequeMethods = map[string]libMethod{
	"appendleft": {goName: "DequeAppendLeft", fn: true, params: []string{"elem"}, result: "None"},
	"popleft":    {goName: "DequePopLeft", fn: true, result: "elem"},
	"extendleft": {goName: "DequeExtendLeft", fn: true, params: []string{"self"}, result: "None"},
	"rotate":     {goName: "DequeRotateOne", fn: true, result: "None"},
	"rotate/1":   {goName: "DequeRotate", fn: true, params: []string{"int"}, result: "None"},
}

// listOnly are the list methods a deque does not have (deque.pop takes
// no index).
var listOnly = setOf("sort", "pop/1")

// orderedDictMethods are an OrderedDict's own methods, whose last
// parameter may be passed as last=.
var orderedDictMethods = map[string]libMethod{
	"move_to_end/1": {goName: "OrderedMoveToEnd", fn: true, params: []string{"key"}, result: "None"},
	"move_to_end/2": {goName: "OrderedMoveToEndLast", fn: true, params: []string{"key", "bool"}, result: "None", kw: "last"},
	"popitem/1":     {goName: "PopItemLast", params: []string{"bool"}, result: "item", kw: "last"},
}

var counterMethods = map[string]libMethod{
	"most_common":   {goName: "CounterMostCommon", fn: true, result: "counts", all: true},
	"most_common/1": {goName: "CounterMostCommon", fn: true, params: []string{"int"}, result: "counts"},
	"total":         {goName: "CounterTotal", fn: true, result: "value"},
	"update":        {goName: "CounterUpdate", fn: true, params: []string{"counted"}, result: "None"},
	"subtract":      {goName: "CounterSubtract", fn: true, params: []string{"counted"}, result: "None"},
	"elements":      {goName: "CounterElements", fn: true, result: "list[key]"},
}
