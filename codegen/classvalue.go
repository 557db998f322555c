package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// Classes as values (runtime/py/class.go): a class named where the
// compiler does not decide what it means (isinstance(x, C), C(...),
// except C) is a value of type any: a *py.Class for a built-in type or a
// class of the program, an *py.ExcClass for an exception class. type(x)
// is one too. Once a program holds a class of its own as a value, every
// class gets a package variable (its *py.Class), a PyClass method that
// type(x) of an instance returns it by, and a ClassOps type through
// which the runtime calls it, reads its class attributes and calls its
// class methods by name.

// builtinClassVars are the built-in types a program may hold as values,
// by the runtime variable of each.
var builtinClassVars = map[string]string{
	"int": "IntClass", "bool": "BoolClass", "float": "FloatClass", "str": "StrClass", "list": "ListClass",
	"dict": "DictClass", "tuple": "TupleClass", "set": "SetClass", "frozenset": "FrozensetClass", "type": "TypeClass",
	"object": "ObjectClass",
}

// classValue emits the class n names as a value; ok is false for a name
// that is no class.
func (e *emitter) classValue(n *grammar.Name, sym *Symbol) (code *jen.Statement, ok bool) {
	switch {
	case e.isExcClass(n):
		return e.excClass(n), true
	case sym.Kind == symBuiltin && builtinClassVars[n.Id] != "":
		return jen.Qual(pyPkg, builtinClassVars[n.Id]), true
	case sym.Kind == symClass && sym.cls.enum == nil:
		e.useClassValues()
		return jen.Id(sym.cls.classVar), true
	case clsParamClass(sym) != nil: // each class has its own copy of a class method
		e.useClassValues()
		return jen.Id(clsParamClass(sym).classVar), true
	}
	return nil, false
}

// useClassValues records that the program holds its classes as values.
func (e *emitter) useClassValues() {
	if e.classValues != nil {
		*e.classValues = true
	}
}

// typeCall emits type(x) as a value.
func (e *emitter) typeCall(call *grammar.Call) *jen.Statement {
	x := onlyArg(call)
	if x == nil {
		e.diag.unsupported(call, "type() other than of one argument")
		return jen.Nil()
	}
	if xt := e.typeOf(x); xt.Kind == Any || xt.Kind == Unknown || instanceClass(xt) != nil && !instanceClass(xt).isExc() {
		e.useClassValues() // x may be an instance of a class of the program
	}
	return jen.Qual(pyPkg, "TypeOf").Call(e.coerce(x, tAny))
}

// callValue emits f(*args) of a callee of type any: a class held as a
// value, called with positional arguments.
func (e *emitter) callValue(call *grammar.Call) *jen.Statement {
	args := []jen.Code{e.coerce(call.Func, tAny)}
	for _, a := range call.Args {
		if a.Name != "" || a.Star {
			e.diag.unsupported(a, "keyword or starred argument in calling a value of type any")
			return jen.Nil()
		}
		args = append(args, e.coerce(a.Value, tAny))
	}
	return jen.Qual(pyPkg, "CallValue").Call(args...)
}

// flowDynamicNew joins the argument types of f(...), f of type any,
// into the parameters of the __init__ of every class the program may
// hold as a value, which it may call.
func (c *checker) flowDynamicNew(call *grammar.Call, args []*Type) {
	for _, cls := range c.classes() {
		if init := cls.init(); init != nil && cls.data == nil && c.valueClasses[cls] {
			c.flowArgs(init, call, args)
		}
	}
}

// holdsClass records that the program may hold cls as a value: it names
// it other than as a callee, an attribute's receiver or isinstance()'s
// class. A class newly recorded is a change, so that inference runs
// again and flows the calls of values into it. A class reached only
// through type(x) is not recorded: its PyNew stops the program, as
// unsupported, for arguments its __init__ was not typed for.
func (c *checker) holdsClass(n *grammar.Name, cls *Class) {
	if c.classOnly == nil {
		c.classOnly = c.classPositions()
	}
	if cls.enum == nil && !cls.isExc() && !c.valueClasses[cls] && !c.classOnly[n] {
		c.valueClasses[cls] = true
		c.lat.changes++
	}
}

// classPositions finds the names where a class is not held as a value:
// callees, receivers of attributes, and the classes of isinstance() and
// issubclass().
func (c *checker) classPositions() map[*grammar.Name]bool {
	out := map[*grammar.Name]bool{}
	mark := func(x grammar.Expr) {
		if n, ok := x.(*grammar.Name); ok {
			out[n] = true
		}
	}
	visit := func(node grammar.Node) bool {
		switch x := node.(type) {
		case *grammar.Attribute:
			mark(x.X)
		case *grammar.Call:
			mark(x.Func)
			if f, ok := x.Func.(*grammar.Name); ok && (f.Id == "isinstance" || f.Id == "issubclass") && len(x.Args) == 2 {
				mark(x.Args[1].Value)
				if tup, ok := x.Args[1].Value.(*grammar.Tuple); ok {
					for _, el := range tup.Elts {
						mark(el)
					}
				}
			}
		}
		return true
	}
	for _, st := range c.body {
		grammar.Inspect(st, visit)
	}
	for _, cls := range c.classes() {
		for _, def := range cls.inherited {
			grammar.Inspect(def, visit)
		}
	}
	return out
}

// classValueDecls declares, once the program holds a class of its own
// as a value, each class's *py.Class, its PyClass method and its
// ClassOps.
func (e *emitter) classValueDecls(f *jen.File) {
	if e.classValues == nil || !*e.classValues {
		return
	}
	for _, cls := range e.classes() {
		base := jen.Code(jen.Nil())
		if cls.base != nil {
			base = jen.Id(cls.base.classVar)
		}
		ops := jen.Id(cls.classOps)
		f.Line()
		f.Commentf("%s is the class %s as a value.", cls.classVar, cls.Def.Name)
		f.Var().Id(cls.classVar).Op("=").Qual(pyPkg, "NewClass").Call(jen.Lit(cls.Def.Name), base, ops.Clone().Values())
		f.Line()
		f.Commentf("PyClass is type(x) of a %s.", cls.Def.Name)
		f.Func().Params(jen.Op("*").Id(cls.structName())).Id("PyClass").Params().Op("*").Qual(pyPkg, "Class").Block(
			jen.Return(jen.Id(cls.classVar)))
		f.Line()
		f.Commentf("%s calls the class %s and reads it by name (py.ClassOps).", cls.classOps, cls.Def.Name)
		f.Type().Id(cls.classOps).Struct()
		f.Line()
		f.Func().Params(ops.Clone()).Id("PyNew").Params(jen.Id("args").Index().Any()).Any().Block(e.newByArgs(cls)...)
		f.Line()
		f.Func().Params(ops.Clone()).Id("PyClassAttr").Params(jen.Id("name").String()).Params(jen.Any(), jen.Bool()).Block(
			e.classAttrByName(cls)...)
		f.Line()
		f.Func().Params(ops.Clone()).Id("PyCallClassMethod").Params(jen.Id("name").String(), jen.Id("args").Index().Any()).Params(jen.Any(), jen.Bool()).Block(
			jen.Switch(jen.Id("name")).BlockFunc(func(g *jen.Group) {
				for _, name := range methodNames(cls) {
					if m := cls.method(name); m.kind == classMethod {
						g.Case(jen.Lit(name)).Block(e.callByName(m)...)
					}
				}
			}),
			jen.Return(jen.Nil(), jen.False()))
	}
}

// newByArgs is the body of PyNew: cls(*args) with the arguments checked
// as CPython checks them against __init__'s parameters.
func (e *emitter) newByArgs(cls *Class) []jen.Code {
	raise := func(class, msg string) []jen.Code {
		return []jen.Code{jen.Qual(pyPkg, "Raise").Call(jen.Qual(pyPkg, class).Dot("New").Call(jen.Lit(msg))), jen.Return(jen.Nil())}
	}
	if msg := cls.abstractError(); msg != "" {
		return raise("TypeError", msg)
	}
	if cls.data != nil {
		return []jen.Code{
			jen.Qual(pyPkg, "Unsupported").Call(jen.Lit("constructing dataclass or named tuple '" + cls.Def.Name + "' held as a value")),
			jen.Return(jen.Nil()),
		}
	}
	init := cls.init()
	if init == nil {
		made := jen.Op("&").Id(cls.Sym.Go).Values()
		if cls.inHierarchy() {
			made = jen.Id(cls.ctor).Call()
		}
		return []jen.Code{
			jen.If(jen.Len(jen.Id("args")).Op(">").Lit(0)).Block(raise("TypeError", cls.Def.Name+"() takes no arguments")...),
			jen.Return(made),
		}
	}
	body, args := e.argsByName(init, func(arg jen.Code, to *Type) jen.Code {
		return jen.Qual(pyPkg, "ArgOf").Types(goType(to)).Call(arg, jen.Lit(init.qualName()))
	})
	return append(body, jen.Return(jen.Id(cls.ctor).Call(args...)))
}

// classAttrByName is the body of PyClassAttr: C.name of each class
// attribute cls has or inherits, and py.Method(...) for each method (read
// as a value, which the runtime refuses).
func (e *emitter) classAttrByName(cls *Class) []jen.Code {
	var cases []jen.Code
	seen := map[string]bool{}
	for k := cls; k != nil; k = k.base {
		for _, name := range k.classOrder {
			if !seen[name] && !isDunder(name) {
				seen[name] = true
				a := cls.classAttr(name)
				value := e.coerceCode(cls.Def, primary(classAttrValue(cls, name)), a.sym.cell.get(), tAny)
				cases = append(cases, jen.Case(jen.Lit(name)).Block(jen.Return(value, jen.True())))
			}
		}
	}
	for _, name := range methodNames(cls) {
		if !seen[name] {
			m := cls.method(name)
			cases = append(cases, jen.Case(jen.Lit(name)).Block(jen.Return(jen.Qual(pyPkg, "Method").Call(jen.Lit(m.qualName())), jen.True())))
		}
	}
	if len(cases) == 0 {
		return []jen.Code{jen.Return(jen.Nil(), jen.False())}
	}
	return []jen.Code{jen.Switch(jen.Id("name")).Block(cases...), jen.Return(jen.Nil(), jen.False())}
}
