package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// isinstance(), issubclass(), type(x).__name__, x.__class__.__name__ and
// `type(x) is C`. What the static type decides is a constant (when the
// operand is a literal); an instance of a class with subclasses, or
// a value of type any, is asked at run time: py.IsInstance[T] with T
// the class's interface (isinstance) or its struct (exact type), and
// py.IsInstanceOf or py.TypeName for the built-in types. Every class's
// struct implements PyTypeName, which py.TypeName reads.

// builtinTypeNames are the built-in types isinstance() accepts, by the
// kind of a value of that type.
var builtinTypeNames = map[string]Kind{"int": Int, "float": Float, "str": Str, "bool": Bool, "list": List, "dict": Dict, "tuple": Tuple, "set": Set, "frozenset": Set}

// isinstanceCall emits isinstance(x, C) or isinstance(x, (C, D, ...)).
func (e *emitter) isinstanceCall(call *grammar.Call) *jen.Statement {
	args, _ := e.positional(call, "isinstance")
	if len(args) != 2 || call.Args[0].Name != "" || call.Args[1].Name != "" {
		e.diag.unsupported(call, "isinstance() other than of a value and a class or a tuple of classes")
		return jen.False()
	}
	classes := []grammar.Expr{args[1]}
	if tup, ok := args[1].(*grammar.Tuple); ok {
		classes = tup.Elts
	}
	var out *jen.Statement
	for _, c := range classes {
		test := e.isinstanceOf(args[0], c)
		if test == nil {
			return jen.False()
		}
		if out == nil {
			out = test
		} else {
			out = out.Op("||").Add(test)
		}
	}
	if out == nil {
		return jen.False() // an empty tuple: nothing to be an instance of
	}
	return out
}

// isinstanceOf emits isinstance(x, c) for one class c, or nil after
// reporting c. The run-time test is exact for every x; the constant
// replaces it where the static type decides and x is a literal.
func (e *emitter) isinstanceOf(x, c grammar.Expr) *jen.Statement {
	xt := e.typeOf(x)
	decided := func(v bool, dynamic *jen.Statement) *jen.Statement {
		if isLiteral(x) { // a variable must stay read: Go rejects unused ones
			return jen.Lit(v)
		}
		return dynamic
	}
	if e.isExcClass(c) {
		dynamic := jen.Qual(pyPkg, "IsExcInstance").Call(e.expr(x), e.excClass(c))
		switch xt.Kind {
		case ExcT, Any, Unknown:
			return dynamic
		}
		return decided(false, dynamic)
	}
	if cls := e.classNamed(c); cls != nil && clsParamClass(e.uses[c.(*grammar.Name)]) == nil {
		dynamic := jen.Qual(pyPkg, "IsInstance").Types(jen.Id(cls.valueType())).Call(e.expr(x))
		switch {
		case xt.Kind == ClassT && xt.cls.isSubclassOf(cls):
			return decided(true, dynamic)
		case xt.Kind == ClassT && cls.isSubclassOf(xt.cls), xt.Kind == Any || xt.Kind == Unknown:
			return dynamic
		}
		return decided(false, dynamic)
	}
	n, ok := c.(*grammar.Name)
	if !ok || e.uses[n] == nil || e.uses[n].Kind != symBuiltin {
		// A class held as a value, or a tuple of them.
		return jen.Qual(pyPkg, "IsInstanceAny").Call(e.coerce(x, tAny), e.coerce(c, tAny))
	}
	if n.Id == "object" { // every value is one
		return decided(true, jen.Qual(pyPkg, "IsInstanceAny").Call(e.coerce(x, tAny), jen.Qual(pyPkg, "ObjectClass")))
	}
	kind, ok := builtinTypeNames[n.Id]
	if !ok {
		e.diag.unsupported(c, "isinstance() of built-in '"+n.Id+"'")
		return nil
	}
	dynamic := jen.Qual(pyPkg, "IsInstanceOf").Call(e.expr(x), jen.Lit(n.Id))
	if xt.Kind == Any || xt.Kind == Unknown {
		return dynamic
	}
	if n.Id == "frozenset" {
		return decided(xt.Kind == Set && xt.flavor == frozensetFlavor, dynamic)
	}
	return decided(xt.Kind == kind && !xt.deque && !ownType(xt.flavor) || kind == Int && xt.Kind == Bool, dynamic)
}

// issubclassCall emits issubclass(C, D): a constant for two classes of
// the program named, else asked at run time of the classes as values.
func (e *emitter) issubclassCall(call *grammar.Call) *jen.Statement {
	args, _ := e.positional(call, "issubclass")
	if len(args) != 2 {
		e.diag.unsupported(call, "issubclass() other than of two arguments")
		return jen.False()
	}
	a, b := e.classNamed(args[0]), e.classNamed(args[1])
	if a != nil && b != nil && clsParamClass(e.uses[args[0].(*grammar.Name)]) == nil && clsParamClass(e.uses[args[1].(*grammar.Name)]) == nil {
		return jen.Lit(a.isSubclassOf(b))
	}
	return jen.Qual(pyPkg, "IsSubclassAny").Call(e.coerce(args[0], tAny), e.coerce(args[1], tAny))
}

// typeOperand returns x of type(x) or of x.__class__, or nil.
func typeOperand(x grammar.Expr) grammar.Expr {
	switch x := x.(type) {
	case *grammar.Call:
		if n, ok := x.Func.(*grammar.Name); ok && n.Id == "type" && len(x.Args) == 1 && x.Args[0].Name == "" && !x.Args[0].Star {
			return x.Args[0].Value
		}
	case *grammar.Attribute:
		if x.Name == "__class__" {
			return x.X
		}
	}
	return nil
}

// typeAttr returns v and its class when x is type(v).name or
// v.__class__.name for a class attribute name of v's class, which reads
// it as v.name would if v had no attribute of that name: through the
// class v has at run time.
func (c *checker) typeAttr(x *grammar.Attribute, typeOf func(grammar.Expr) *Type) (grammar.Expr, *Class) {
	v := typeOperand(x.X)
	if call, ok := x.X.(*grammar.Call); ok {
		if n, _ := call.Func.(*grammar.Name); c.uses[n] == nil || c.uses[n].Kind != symBuiltin {
			return nil, nil
		}
	}
	if v == nil || x.Name == "__name__" {
		return nil, nil
	}
	if cls := instanceClass(typeOf(v)); cls != nil && !cls.isExc() && cls.classAttr(x.Name) != nil {
		return v, cls
	}
	return nil, nil
}

// isTypeName reports whether x is type(v).__name__ or v.__class__.__name__.
func (c *checker) isTypeName(x *grammar.Attribute) bool {
	if x.Name != "__name__" {
		return false
	}
	if call, ok := x.X.(*grammar.Call); ok {
		n, _ := call.Func.(*grammar.Name)
		return typeOperand(call) != nil && c.uses[n] != nil && c.uses[n].Kind == symBuiltin
	}
	return typeOperand(x.X) != nil
}

// typeName emits type(v).__name__: a constant where the static type
// decides, else py.TypeName, which names exactly the values of the types
// below, or for a value of type any py.KnownTypeName, which stops the
// program as unsupported for the runtime's tasks, queues and locks,
// which it does not name as CPython does.
func (e *emitter) typeName(x *grammar.Attribute) gox {
	v := typeOperand(x.X)
	t := e.typeOf(v)
	if name := staticTypeName(t); name != "" && isLiteral(v) {
		return primary(jen.Lit(name))
	}
	switch t.Kind {
	case Int, Float, Str, Bool, None, List, Dict, Set, Tuple, ClassT, ExcT, IterT:
		return primary(jen.Qual(pyPkg, "TypeName").Call(e.expr(v)))
	case Any:
		return primary(jen.Qual(pyPkg, "KnownTypeName").Call(e.expr(v)))
	}
	e.diag.unsupported(x, "type().__name__ of a value of type "+t.String())
	return primary(jen.Nil())
}

// staticTypeName is the name of the type of every value of type t, or
// "" when values of type t may be of several types.
func staticTypeName(t *Type) string {
	switch t.Kind {
	case Int, Float, Str, Bool, List, Dict, Set, Tuple:
		for name, k := range builtinTypeNames {
			if k == t.Kind {
				return name
			}
		}
	case None:
		return "NoneType"
	case ClassT:
		if !t.cls.hasSubs() {
			return t.cls.Def.Name
		}
	}
	return ""
}

// typeIs emits `type(v) is C` (or ==, is not, !=) for a class of the
// program: whether v is an instance of exactly C; ok is false for other
// comparisons.
func (e *emitter) typeIs(c *grammar.Compare) (gox, bool) {
	if len(c.Ops) != 1 {
		return gox{}, false
	}
	op := c.Ops[0]
	call, isCall := c.Left.(*grammar.Call)
	if !isCall || typeOperand(call) == nil || op != "is" && op != "is not" && op != "==" && op != "!=" {
		return gox{}, false
	}
	if n, ok := call.Func.(*grammar.Name); !ok || e.uses[n] == nil || e.uses[n].Kind != symBuiltin {
		return gox{}, false
	}
	v := typeOperand(call)
	cls := e.classNamed(c.Comparators[0])
	if cls == nil || cls.enum != nil || clsParamClass(e.uses[c.Comparators[0].(*grammar.Name)]) != nil {
		return gox{}, false // compared as values: type(v) is a class value too
	}
	test := primary(jen.Qual(pyPkg, "IsInstance").Types(jen.Op("*").Id(cls.structName())).Call(e.expr(v)))
	if op == "is not" || op == "!=" {
		return gox{jen.Op("!").Add(test.code), precUnary}, true
	}
	return test, true
}

// typeNameDecl declares PyTypeName on cls's struct: type(x).__name__ of
// its instances, for py.TypeName (error messages and the dynamic path).
func typeNameDecl(f *jen.File, cls *Class) {
	f.Line()
	f.Commentf("PyTypeName is type(x).__name__ of a %s.", cls.Def.Name)
	f.Func().Params(jen.Op("*").Id(cls.structName())).Id("PyTypeName").Params().String().Block(
		jen.Return(jen.Lit(cls.Def.Name)))
}

// callableCall emits callable(x), which the static type decides: a
// function, class or built-in named is callable, an instance is when its
// class has __call__ (refused when a subclass may add one), anything else
// is not. x is still evaluated.
func (e *emitter) callableCall(call *grammar.Call) *jen.Statement {
	x := onlyArg(call)
	if x == nil {
		e.diag.unsupported(call, "callable() other than of one argument")
		return jen.Nil()
	}
	if n, ok := x.(*grammar.Name); ok {
		switch sym := e.uses[n]; {
		case sym == nil:
		case sym.Kind == symFunc || sym.Kind == symClass || sym.Kind == symBuiltin || sym.Kind == symExcClass:
			return jen.True()
		}
	}
	xt := e.typeOf(x)
	var yes bool
	switch xt.Kind {
	case Any, Unknown:
		e.useDynamic()
		return jen.Qual(pyPkg, "CallableAny").Call(e.expr(x))
	case ClassT:
		yes = xt.cls.method("__call__") != nil
		if !yes && xt.cls.definedBelow("__call__", true) {
			e.diag.unsupported(call, "callable() of an instance whose subclass may define __call__")
			return jen.Nil()
		}
	}
	if isSimple(x) {
		return jen.Lit(yes)
	}
	return jen.Qual(pyPkg, "Then").Call(e.expr(x), jen.Lit(yes))
}

// idCall emits id(x) of a reference (py.Id: its address, unique while it
// lives, as CPython's is); refused for ints, floats, strs and tuples,
// whose identity CPython leaves to caching, as `is` is.
func (e *emitter) idCall(call *grammar.Call) *jen.Statement {
	x := onlyArg(call)
	if x == nil {
		e.diag.unsupported(call, "id() other than of one argument")
		return jen.Nil()
	}
	switch xt := e.typeOf(x); xt.Kind {
	case Int, Float, Str, Tuple:
		e.diag.unsupported(call, "id() of a value of type "+xt.String())
		return jen.Nil()
	}
	return jen.Qual(pyPkg, "Id").Call(e.coerce(x, tAny))
}
