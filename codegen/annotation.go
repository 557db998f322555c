package codegen

import (
	"strings"

	"github.com/aiogo-dev/aiogo/grammar"
)

// Annotations.
//
// CPython never enforces annotations, and neither does aiogo: an
// annotation only seeds the type variable of what it annotates
// (annotationType), and the values that really flow there decide the
// type. Forms that map to no type of aiogo (Any, Callable, Iterable, a
// TypeVar, ...) seed nothing; Optional[T], Union[..., None] and T | None
// seed T, and None joins when a None flows.
//
// Without `from __future__ import annotations`, CPython evaluates the
// annotations of parameters and returns when the def statement runs, and
// those of module variables when the assignment runs (a local variable's
// annotation is never evaluated). An annotation that names something not
// bound yet raises NameError there, and one that subscripts what takes no
// parameters, or gives a typing generic the wrong number of them, raises
// TypeError. checkAnnotation accepts an evaluated annotation only when it
// surely evaluates: built-in types, None, quoted forward references, the
// program's classes and typing's names bound by an earlier module
// statement, and the generics of typing, of the built-ins and of asyncio
// with as many parameters as they take.

// typingNames are the names of typing a program may import or use.
var typingNames = setOf("Any", "Optional", "Union", "List", "Dict", "Set", "FrozenSet", "Tuple",
	"Callable", "Awaitable", "Coroutine", "AsyncIterator", "AsyncIterable", "AsyncGenerator",
	"Iterable", "Iterator", "Generator", "TypeVar", "Generic", "Sequence", "Mapping", "Type", "NamedTuple",
	"Deque", "DefaultDict", "Counter", "OrderedDict")

// typingArity is how many parameters each generic of typing takes; -1
// for any number (Tuple) or at least one (Union).
var typingArity = map[string]int{
	"Optional": 1, "Union": -1, "List": 1, "Dict": 2, "Set": 1, "FrozenSet": 1, "Tuple": -1,
	"Callable": 2, "Awaitable": 1, "Coroutine": 3, "AsyncIterator": 1, "AsyncIterable": 1,
	"AsyncGenerator": 2, "Iterable": 1, "Iterator": 1, "Generator": 3, "Sequence": 1,
	"Mapping": 2, "Type": 1, "Deque": 1, "DefaultDict": 2, "Counter": 1, "OrderedDict": 2,
}

// builtinGenerics are the built-in classes PEP 585 lets an annotation
// subscript; builtinTypes are the built-in classes an annotation names.
var (
	builtinGenerics = setOf("list", "dict", "set", "frozenset", "tuple", "type")
	builtinTypes    = setOf("int", "float", "str", "bool", "bytes", "object", "complex",
		"list", "dict", "set", "frozenset", "tuple", "type", "BaseException", "Exception")
)

// asyncioClasses are asyncio's classes an annotation may name, and
// whether each may be subscripted (asyncio.Queue[int]).
var asyncioClasses = map[string]bool{
	"Queue": true, "LifoQueue": true, "PriorityQueue": true, "Task": true, "Future": true,
	"Lock": false, "Event": false, "Semaphore": false, "BoundedSemaphore": false,
	"Condition": false, "Barrier": false, "TaskGroup": false, "AbstractEventLoop": false,
}

// futureAnnotations reports whether the module starts with `from
// __future__ import annotations`, which leaves every annotation
// unevaluated.
func futureAnnotations(body []grammar.Stmt) bool {
	for i, st := range body {
		if i == 0 && isDocstring(st) {
			continue
		}
		imp, ok := st.(*grammar.ImportFrom)
		if !ok || imp.Module != "__future__" {
			return false
		}
		for _, a := range imp.Names {
			if a.Name == "annotations" {
				return true
			}
		}
	}
	return false
}

// checkFuture refuses a `from __future__` import that does not start the
// module (after its docstring), a SyntaxError in CPython.
func (r *resolver) checkFuture(st *grammar.ImportFrom) {
	for _, prev := range r.body {
		if prev == grammar.Stmt(st) {
			return
		}
		if imp, ok := prev.(*grammar.ImportFrom); ok && imp.Module == "__future__" {
			continue
		}
		if prev == r.body[0] && isDocstring(prev) {
			continue
		}
		break
	}
	r.diag.errorf(st.Pos, "from __future__ imports must occur at the beginning of the file")
}

// annotation checks an annotation that CPython evaluates (unless the
// module defers them all) and returns the type it seeds, or nil.
func (r *resolver) annotation(e grammar.Expr, evaluated bool) *Type {
	if evaluated && !r.futureAnnotations && !r.evaluates(e) {
		r.diag.unsupported(e, "an annotation CPython fails to evaluate here (quote it, or import annotations from __future__)")
		return nil
	}
	return r.annotationType(e)
}

// moduleName returns the module symbol or built-in that name refers to
// in an annotation; with boundOnly, only once a module statement that
// binds it has finished (what an evaluated annotation may name).
func (r *resolver) moduleName(name string, boundOnly bool) *Symbol {
	if sym := r.module.syms[name]; sym != nil {
		if boundOnly && !r.bound[sym] {
			return nil
		}
		return sym
	}
	if pyBuiltins[name] {
		return r.builtin(name)
	}
	return nil
}

// annotationHead names the class an annotation's name or module
// attribute denotes: "int", "typing.List", "asyncio.Queue", or the
// program's class in cls; "" when it denotes nothing an annotation uses.
// boundOnly is moduleName's.
func (r *resolver) annotationHead(e grammar.Expr, boundOnly bool) (qual string, cls *Class) {
	switch e := e.(type) {
	case *grammar.Name:
		sym := r.moduleName(e.Id, boundOnly)
		switch {
		case sym == nil:
		case sym.Kind == symBuiltin && builtinTypes[e.Id]:
			return e.Id, nil
		case sym.Kind == symImported:
			// typing.List, or a class imported from another module
			// (collections.Counter, asyncio.Queue), which seeds nothing.
			return sym.qual, nil
		case sym.Kind == symClass:
			return "", sym.cls
		case sym.Kind == symExcClass:
			return "class", nil
		}
	case *grammar.Attribute:
		n, ok := e.X.(*grammar.Name)
		if !ok {
			return "", nil
		}
		sym := r.moduleName(n.Id, boundOnly)
		switch {
		case sym == nil || sym.Kind != symModule:
		case sym.qual == "typing" && typingNames[e.Name]:
			return "typing." + e.Name, nil
		case sym.qual == "asyncio":
			if _, ok := asyncioClasses[e.Name]; ok {
				return "asyncio." + e.Name, nil
			}
		case sym.qual == "collections" && supportedModules["collections"][e.Name]:
			return "collections." + e.Name, nil
		}
	}
	return "", nil
}

// typeAlias returns the name a module statement binds to a type alias
// (`Number = Union[int, float]`, `Registry = dict[str, list[Job]]`,
// `Id = int | str`): a subscripted generic or a union of types assigned
// to a name not bound before; nil for any other statement.
func (r *resolver) typeAlias(st *grammar.Assign, s *Scope) *grammar.Name {
	n, ok := st.Targets[0].(*grammar.Name)
	if s != r.module || len(st.Targets) != 1 || !ok || s.syms[n.Id] != nil {
		return nil
	}
	switch v := st.Value.(type) {
	case *grammar.Subscript:
		qual, _ := r.annotationHead(v.X, false)
		if _, generic := typingArity[strings.TrimPrefix(qual, "typing.")]; generic && strings.HasPrefix(qual, "typing.") || builtinGenerics[qual] {
			return n
		}
	case *grammar.Binary:
		if v.Op == "|" && r.evaluates(v) {
			return n
		}
	case *grammar.Call:
		if r.isTypeVar(v) {
			return n // a type parameter, which annotations then leave free
		}
	}
	return nil
}

// isTypeVar reports whether x is a call of typing.TypeVar.
func (r *resolver) isTypeVar(x grammar.Expr) bool {
	call, ok := x.(*grammar.Call)
	if !ok {
		return false
	}
	qual, _ := r.annotationHead(call.Func, false)
	return qual == "typing.TypeVar"
}

// isAliasAssign reports whether st is the statement that binds a type
// alias, which runs nothing in Go.
func (c *checker) isAliasAssign(st grammar.Stmt) bool {
	a, ok := st.(*grammar.Assign)
	if !ok || len(a.Targets) != 1 {
		return false
	}
	n, ok := a.Targets[0].(*grammar.Name)
	if !ok {
		return false
	}
	sym := c.module.syms[n.Id]
	return sym != nil && sym.Kind == symAlias && sym.alias == a.Value
}

// evaluates reports whether CPython surely evaluates annotation e
// without an exception.
func (r *resolver) evaluates(e grammar.Expr) bool {
	switch e := e.(type) {
	case *grammar.StrLit:
		return true // a forward reference, never resolved at run time
	case *grammar.Const:
		return e.Value == "None"
	case *grammar.Name, *grammar.Attribute:
		if alias := r.aliasOf(e, true); alias != nil {
			return r.evaluates(alias)
		}
		qual, cls := r.annotationHead(e, true)
		return qual != "" || cls != nil
	case *grammar.Binary:
		// X | Y on classes and generic aliases; a str or two Nones
		// have no |.
		_, xStr := e.X.(*grammar.StrLit)
		_, yStr := e.Y.(*grammar.StrLit)
		return e.Op == "|" && !xStr && !yStr && !(isNone(e.X) && isNone(e.Y)) && r.evaluates(e.X) && r.evaluates(e.Y)
	case *grammar.Subscript:
		return r.evaluatesGeneric(e)
	case *grammar.Call:
		return r.isTypeVar(e) // what a TypeVar's alias stands for
	}
	return false
}

// evaluatesGeneric reports whether subscripting a generic evaluates.
func (r *resolver) evaluatesGeneric(e *grammar.Subscript) bool {
	qual, cls := r.annotationHead(e.X, true)
	args := subscriptArgs(e)
	allTypes := func(args []grammar.Expr) bool {
		for _, a := range args {
			if !r.evaluates(a) {
				return false
			}
		}
		return true
	}
	switch {
	case cls != nil && r.genericClasses[cls.Def]: // class Box(Generic[T]): Box[int]
		return allTypes(args)
	case builtinGenerics[qual]:
		return allTypes(args)
	case strings.HasPrefix(qual, "asyncio."):
		return asyncioClasses[strings.TrimPrefix(qual, "asyncio.")] && allTypes(args)
	case !strings.HasPrefix(qual, "typing."):
		return false
	}
	name := strings.TrimPrefix(qual, "typing.")
	n, generic := typingArity[name]
	switch {
	case !generic:
		return false
	case name == "Callable":
		params, isList := args[0].(*grammar.List)
		if len(args) != 2 || !allTypes(args[1:]) {
			return false
		}
		return isEllipsis(args[0]) || isList && allTypes(params.Elts)
	case name == "Tuple":
		if len(args) == 2 && isEllipsis(args[1]) {
			args = args[:1] // Tuple[int, ...]
		}
		return allTypes(args)
	case n >= 0 && len(args) != n:
		return false
	}
	return allTypes(args)
}

// subscriptArgs are the parameters of a subscripted generic.
func subscriptArgs(e *grammar.Subscript) []grammar.Expr {
	if tup, ok := e.Index.(*grammar.Tuple); ok && !tup.Paren {
		return tup.Elts
	}
	return []grammar.Expr{e.Index}
}

// annotationType turns an annotation into the type it seeds; nil when it
// maps to no type of aiogo (the annotation is then simply ignored, as
// CPython ignores annotations at run time).
func (r *resolver) annotationType(e grammar.Expr) *Type {
	switch e := e.(type) {
	case *grammar.StrLit:
		// A forward reference, such as a class defined further down.
		return r.annotationType(&grammar.Name{Pos: e.Pos, Id: e.Value})
	case *grammar.Const:
		if e.Value == "None" {
			return tNone
		}
	case *grammar.Binary:
		if e.Op == "|" {
			return r.unionType([]grammar.Expr{e.X, e.Y})
		}
	case *grammar.Name, *grammar.Attribute:
		if alias := r.aliasOf(e, false); alias != nil {
			return r.annotationType(alias)
		}
		qual, cls := r.annotationHead(e, false)
		if cls != nil && cls.isExc() {
			return &Type{Kind: ExcT, cls: cls}
		}
		if cls != nil {
			return &Type{Kind: ClassT, cls: cls}
		}
		return annotationName(qual)
	case *grammar.Subscript:
		return r.genericType(e)
	}
	return nil
}

// aliasOf returns the annotation a type alias's name e stands for, or
// nil; boundOnly is moduleName's.
func (r *resolver) aliasOf(e grammar.Expr, boundOnly bool) grammar.Expr {
	if n, ok := e.(*grammar.Name); ok {
		if sym := r.moduleName(n.Id, boundOnly); sym != nil && sym.Kind == symAlias {
			return sym.alias
		}
	}
	return nil
}

// annotationName is the type a built-in class's name stands for.
func annotationName(name string) *Type {
	switch name {
	case "int":
		return tInt
	case "float":
		return tFloat
	case "str":
		return tStr
	case "bool":
		return tBool
	}
	return nil
}

// unionType is the type a union seeds: its one member other than None,
// else nil (a union of different types is any wherever two of them
// really flow, which the values themselves show).
func (r *resolver) unionType(members []grammar.Expr) *Type {
	var out *Type
	for _, m := range members {
		if isNone(m) {
			continue
		}
		if out != nil {
			return nil
		}
		if out = r.annotationType(m); out == nil {
			return nil
		}
	}
	return out
}

// genericType is the type a subscripted generic seeds: list[T] and
// List[T], dict[K, V] and Dict[K, V], tuple[A, B] and Tuple[A, B] (of two
// or three items), asyncio.Queue[T], Optional[T], and unions.
func (r *resolver) genericType(e *grammar.Subscript) *Type {
	qual, cls := r.annotationHead(e.X, false)
	args := subscriptArgs(e)
	if cls != nil && r.genericClasses[cls.Def] {
		return &Type{Kind: ClassT, cls: cls} // its type parameters are ignored
	}
	if qual == "typing.Optional" || qual == "typing.Union" {
		return r.unionType(args)
	}
	kind := map[string]Kind{
		"list": List, "typing.List": List, "dict": Dict, "typing.Dict": Dict, "set": Set, "typing.Set": Set,
		"tuple": Tuple, "typing.Tuple": Tuple, "asyncio.Queue": Queue,
		"asyncio.LifoQueue": Queue, "asyncio.PriorityQueue": Queue,
	}[qual]
	want := map[Kind]int{List: 1, Dict: 2, Set: 1, Queue: 1}[kind]
	switch {
	case kind == Unknown:
		return nil
	case kind == Tuple && len(args) >= 1 && len(args) <= maxTuple:
	case len(args) != want:
		return nil
	}
	parts := make([]*cell, len(args))
	for i, a := range args {
		t := r.annotationType(a)
		if t == nil {
			return nil
		}
		parts[i] = &cell{t: t}
	}
	return compound(kind, parts...)
}

// markBound records the module names a module statement bound once it
// has run: its def, class or imports, and the names it assigns.
// Statements nested in if, for, while, try and with are resolved (and
// recorded) one by one.
func (r *resolver) markBound(st grammar.Stmt) {
	mark := func(name string) {
		if sym := r.module.syms[name]; sym != nil {
			r.bound[sym] = true
		}
	}
	targets := func(t grammar.Expr) {
		targetNames(t, func(n *grammar.Name) { mark(n.Id) })
	}
	switch st := st.(type) {
	case *grammar.FuncDef:
		mark(st.Name)
	case *grammar.ClassDef:
		mark(st.Name)
	case *grammar.Import:
		for _, a := range st.Names {
			name, _, _ := strings.Cut(a.Name, ".")
			if a.AsName != "" {
				name = a.AsName
			}
			mark(name)
		}
	case *grammar.ImportFrom:
		for _, a := range st.Names {
			name := a.Name
			if a.AsName != "" {
				name = a.AsName
			}
			mark(name)
		}
	case *grammar.Assign:
		for _, t := range st.Targets {
			targets(t)
		}
	case *grammar.AnnAssign:
		if st.Value != nil { // `x: int` alone binds nothing
			targets(st.Target)
		}
	case *grammar.For:
		targets(st.Target)
	}
}

// isDocstring reports whether st is a string literal statement.
func isDocstring(st grammar.Stmt) bool {
	x, ok := st.(*grammar.ExprStmt)
	if !ok {
		return false
	}
	_, ok = x.X.(*grammar.StrLit)
	return ok
}
