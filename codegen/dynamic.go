package codegen

import (
	"slices"
	"sort"
	"strconv"

	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// The dynamic path for the program's classes: x.name and x.name(...)
// where x is a value of type any, and getattr and hasattr. Each class
// gets two switches by name (py.PyObject: PyGetAttr, PyCallMethod),
// declared once a program reaches this path; the runtime's py.GetAttr,
// py.CallMethod and py.HasAttr dispatch through them and raise CPython's
// AttributeError for what no class defines (runtime/py/attrs.go).
//
// A method called by name passes its arguments' types into every method
// of that name of every class, so its parameters hold whatever a dynamic
// call may pass them.

// flowDynamicCall joins the argument types of x.name(...) on a receiver
// of type any into the parameters of every method called name.
func (c *checker) flowDynamicCall(name string, call *grammar.Call, args []*Type) {
	for _, cls := range c.classes() {
		if m := cls.methods[name]; m != nil && dynamicMethod(m) {
			c.flowArgs(m, call, args)
		}
	}
}

// classes are the program's classes that the dynamic path serves: not
// enums and not exception classes, whose instances are runtime values.
func (c *checker) classes() []*Class {
	var out []*Class
	for _, sym := range c.module.order {
		if sym.Kind == symClass && sym.cls.enum == nil && !sym.cls.isExc() {
			out = append(out, sym.cls)
		}
	}
	return out
}

// flowDynamicStore joins the type of a value stored as x.name on a
// receiver of type any into every field and property setter called name.
func (c *checker) flowDynamicStore(name string, vt *Type) {
	for _, cls := range c.classes() {
		switch {
		case cls.setters[name] != nil:
			c.store(cls.setters[name].Params[1], vt)
		case cls.attrs[name] != nil:
			c.lat.add(cls.attrs[name], vt)
		}
	}
}

// flowSetattr flows the value of setattr(x, name, value) into the field
// or setter called name, or into every field and setter when name is
// computed.
func (c *checker) flowSetattr(call *grammar.Call, args []*Type) {
	if len(args) != 3 {
		return
	}
	if s, ok := call.Args[1].Value.(*grammar.StrLit); ok {
		c.flowDynamicStore(s.Value, args[2])
		return
	}
	for _, cls := range c.classes() {
		for _, s := range cls.setters {
			c.store(s.Params[1], args[2])
		}
		for _, a := range cls.attrs {
			c.lat.add(a, args[2])
		}
	}
}

// dynamicMethod reports whether PyCallMethod (or PyCallClassMethod)
// calls m: a plain or async method or a class method, neither special
// nor static.
func dynamicMethod(m *Func) bool {
	return (m.kind == instanceMethod || m.kind == classMethod) && !isDunder(m.Def.Name)
}

// useDynamic records that the program reaches the dynamic path.
func (e *emitter) useDynamic() {
	if e.dynamic != nil { // nil in the emitters that only try a body out (machine.go)
		*e.dynamic = true
	}
}

// dynamicMethodCall emits recv.name(...) of a receiver of type any, its
// arguments each as an any.
func (e *emitter) dynamicMethodCall(recv grammar.Expr, name string, call *grammar.Call) *jen.Statement {
	args := []jen.Code{e.coerce(recv, tAny), jen.Lit(name)}
	for _, a := range call.Args {
		if a.Name != "" || a.Star {
			e.diag.unsupported(a, "keyword or starred argument of a method called on a value of type any")
			return jen.Nil()
		}
		args = append(args, e.coerce(a.Value, tAny))
	}
	e.useDynamic()
	return jen.Qual(pyPkg, "CallMethod").Call(args...)
}

// dynamicAttr emits x.name of a value of type any.
func (e *emitter) dynamicAttr(x *grammar.Attribute) gox {
	e.useDynamic()
	return primary(jen.Qual(pyPkg, "GetAttr").Call(e.coerce(x.X, tAny), jen.Lit(x.Name)))
}

// attrCall emits getattr(x, name), getattr(x, name, default),
// hasattr(x, name) and setattr(x, name, value).
func (e *emitter) attrCall(name string, call *grammar.Call) *jen.Statement {
	fn := map[string]string{"getattr/2": "GetAttr", "getattr/3": "GetAttrDefault", "hasattr/2": "HasAttr", "setattr/3": "SetAttr"}[name+"/"+strconv.Itoa(len(call.Args))]
	if fn == "" {
		e.diag.unsupported(call, name+"() with these arguments")
		return jen.Nil()
	}
	var args []jen.Code
	for i, a := range call.Args {
		switch {
		case a.Name != "" || a.Star:
			e.diag.unsupported(a, "keyword or starred argument of "+name+"()")
			return jen.Nil()
		case i == 1 && e.typeOf(a.Value).Kind == Str:
			args = append(args, e.expr(a.Value))
		case i == 1 && (e.typeOf(a.Value).Kind == Any || e.typeOf(a.Value).Kind == Unknown):
			args = append(args, jen.Qual(pyPkg, "AttrName").Call(e.expr(a.Value)))
		case i == 1:
			e.diag.unsupported(a, name+"() of an attribute name of type "+e.typeOf(a.Value).String())
			return jen.Nil()
		default:
			args = append(args, e.coerce(a.Value, tAny))
		}
	}
	e.useDynamic()
	return jen.Qual(pyPkg, fn).Call(args...)
}

// dynamicDecls declares PyGetAttr, PyCallMethod and PySetAttr on every
// class's struct, when the program reaches the dynamic path.
func (e *emitter) dynamicDecls(f *jen.File) {
	if e.dynamic == nil || !*e.dynamic {
		return
	}
	for _, cls := range e.classes() {
		self := jen.Id("self").Op("*").Id(cls.structName())
		f.Line()
		f.Commentf("PyGetAttr is x.name of a %s, by name (py.PyObject).", cls.Def.Name)
		f.Func().Params(self.Clone()).Id("PyGetAttr").Params(jen.Id("name").String()).Params(jen.Any(), jen.Bool()).Block(
			jen.Switch(jen.Id("name")).BlockFunc(func(g *jen.Group) {
				for _, a := range e.attrsByName(cls) {
					if a.set != nil { // an attribute not yet assigned is not there
						g.Case(jen.Lit(a.name)).Block(jen.If(a.set).Block(jen.Return(a.value, jen.True())))
						continue
					}
					g.Case(jen.Lit(a.name)).Block(jen.Return(a.value, jen.True()))
				}
			}),
			jen.Return(jen.Nil(), jen.False()))
		f.Line()
		f.Commentf("PyCallMethod is x.name(*args) of a %s, by name (py.PyObject).", cls.Def.Name)
		f.Func().Params(self.Clone()).Id("PyCallMethod").Params(jen.Id("name").String(), jen.Id("args").Index().Any()).Params(jen.Any(), jen.Bool()).Block(
			jen.Switch(jen.Id("name")).BlockFunc(func(g *jen.Group) {
				for _, name := range methodNames(cls) {
					g.Case(jen.Lit(name)).Block(e.callByName(cls.method(name))...)
				}
			}),
			jen.Return(jen.Nil(), jen.False()))
		f.Line()
		f.Commentf("PySetAttr is x.name = v of a %s, by name (py.PyObject).", cls.Def.Name)
		f.Func().Params(self.Clone()).Id("PySetAttr").Params(jen.Id("name").String(), jen.Id("v").Any()).Bool().Block(
			e.setByName(cls)...)
	}
}

// setByName is the body of cls's PySetAttr: each field stored, each
// property's setter called (CPython's AttributeError for one without),
// every name refused by a frozen dataclass.
func (e *emitter) setByName(cls *Class) []jen.Code {
	v := func(t *Type) jen.Code { return e.coerceCode(cls.Def, primary(jen.Id("v")), tAny, t) }
	if cls.data != nil && cls.data.tuple {
		var fields []jen.Code
		for _, fd := range cls.data.fields {
			fields = append(fields, jen.Lit(fd.name))
		}
		return []jen.Code{
			jen.Switch(jen.Id("name")).Block(jen.Case(fields...).Block(
				jen.Qual(pyPkg, "AssignNamedTuple").Call(jen.Id("v"), jen.Id("self"), jen.Id("name"), jen.True()))),
			jen.Return(jen.False()),
		}
	}
	if cls.data != nil && cls.data.frozen {
		return []jen.Code{jen.Qual(pyPkg, "AssignFrozen").Call(jen.Id("v"), jen.Id("self"), jen.Id("name")), jen.Return(jen.True())}
	}
	var cases []jen.Code
	seen := map[string]bool{}
	for _, name := range methodNames(cls) {
		if m := cls.property(name); m != nil {
			seen[name] = true
			if s := cls.setter(name); s != nil {
				cases = append(cases, jen.Case(jen.Lit(name)).Block(jen.Id("self").Dot(s.Sym.Go).Call(v(s.Params[1].cell.get()))))
			} else {
				msg := "property '" + name + "' of '" + cls.Def.Name + "' object has no setter"
				cases = append(cases, jen.Case(jen.Lit(name)).Block(
					jen.Qual(pyPkg, "Raise").Call(jen.Qual(pyPkg, "AttributeError").Dot("New").Call(jen.Lit(msg)))))
			}
		}
	}
	for k := cls; k != nil; k = k.base {
		for _, name := range k.order {
			if k.attrOwner(name) == k && !seen[name] {
				seen[name] = true
				store := jen.Id("self").Dot(k.fields[name]).Op("=").Add(v(k.attrs[name].get()))
				if fl := e.attrFlags[k][name]; fl != nil {
					store = jen.Id("self").Dot(fl.setter).Call(v(k.attrs[name].get()))
				}
				cases = append(cases, jen.Case(jen.Lit(name)).Block(store))
			}
		}
	}
	other := jen.Return(jen.False())
	if cls.slotNames() != nil { // no __dict__ to take another attribute
		other = jen.Qual(pyPkg, "NoAttr").Call(jen.Id("self"), jen.Id("name"))
		var classLevel []string // what the class has, which an instance cannot shadow
		for _, name := range methodNames(cls) {
			if !seen[name] {
				classLevel = append(classLevel, name)
			}
		}
		for k := cls; k != nil; k = k.base {
			for _, name := range k.classOrder {
				if !seen[name] && !slices.Contains(classLevel, name) {
					classLevel = append(classLevel, name)
				}
			}
		}
		for _, name := range classLevel {
			msg := "'" + cls.Def.Name + "' object attribute '" + name + "' is read-only"
			cases = append(cases, jen.Case(jen.Lit(name)).Block(
				jen.Qual(pyPkg, "Raise").Call(jen.Qual(pyPkg, "AttributeError").Dot("New").Call(jen.Lit(msg)))))
		}
	}
	if len(cases) == 0 && cls.slotNames() == nil { // a class without attributes (an abstract base)
		return []jen.Code{other}
	}
	return []jen.Code{
		jen.Switch(jen.Id("name")).Block(append(cases, jen.Default().Block(other))...),
		jen.Return(jen.True()),
	}
}

type namedAttr struct {
	name  string
	value jen.Code
	set   jen.Code // for an attribute an instance may lack, its flag
}

// attrsByName are the attributes of cls's instances as PyGetAttr reads
// them: its fields, then the properties and methods it has or inherits,
// then its class attributes, each name once, as Python's lookup finds it.
func (e *emitter) attrsByName(cls *Class) []namedAttr {
	var out []namedAttr
	seen := map[string]bool{}
	add := func(name string, value jen.Code) {
		if !seen[name] && !isDunder(name) {
			seen[name] = true
			out = append(out, namedAttr{name: name, value: value})
		}
	}
	self := jen.Id("self")
	for k := cls; k != nil; k = k.base {
		for _, name := range k.order {
			if k.attrOwner(name) == k {
				add(name, e.coerceCode(cls.Def, primary(self.Clone().Dot(k.fields[name])), k.attrs[name].get(), tAny))
				if fl := e.readFlag(cls, name); fl != nil && len(out) > 0 && out[len(out)-1].name == name {
					out[len(out)-1].set = self.Clone().Dot(fl.flag)
				}
			}
		}
	}
	if m := cls.method("__call__"); m != nil { // for callable()
		seen["__call__"] = true
		out = append(out, namedAttr{name: "__call__", value: jen.Qual(pyPkg, "Method").Call(jen.Lit(m.qualName()))})
	}
	if cls.slotNames() == nil { // for hasattr(x, "__dict__")
		seen["__dict__"] = true
		out = append(out, namedAttr{name: "__dict__", value: jen.Qual(pyPkg, "Method").Call(jen.Lit(cls.Def.Name + ".__dict__"))})
	}
	for _, name := range methodNames(cls) {
		m := cls.method(name)
		switch {
		case m.kind == propertyGetter:
			add(name, e.coerceCode(cls.Def, primary(self.Clone().Dot(m.Sym.Go).Call()), m.ret.get(), tAny))
		default:
			add(name, jen.Qual(pyPkg, "Method").Call(jen.Lit(m.qualName())))
		}
	}
	for k := cls; k != nil; k = k.base {
		for _, name := range k.classOrder {
			a := cls.classAttr(name)
			add(name, e.coerceCode(cls.Def, primary(classAttrValue(cls, name)), a.sym.cell.get(), tAny))
		}
	}
	return out
}

// methodNames are the names of the methods cls has or inherits, sorted.
func methodNames(cls *Class) []string {
	seen := map[string]bool{}
	var out []string
	for k := cls; k != nil; k = k.base {
		for name := range k.methods {
			if !seen[name] && !isDunder(name) {
				seen[name] = true
				out = append(out, name)
			}
		}
	}
	sort.Strings(out)
	return out
}

// callByName is the body of PyCallMethod's (or PyCallClassMethod's)
// case for method m: the arguments taken, then the call.
func (e *emitter) callByName(m *Func) []jen.Code {
	if !dynamicMethod(m) {
		qual := m.qualName()
		return []jen.Code{
			jen.Qual(pyPkg, "Unsupported").Call(jen.Lit("calling " + qual + " on a value of type any")),
			jen.Return(jen.Nil(), jen.True()),
		}
	}
	body, args := e.argsByName(m, func(arg jen.Code, to *Type) jen.Code {
		return e.coerceCode(m.Def, primary(arg.(*jen.Statement)), tAny, to)
	})
	call := jen.Id("self").Dot(m.Sym.Go).Call(args...)
	if m.kind == classMethod {
		call = jen.Id(m.Sym.Go).Call(args...)
	}
	if m.Def.Async { // the coroutine, which the caller awaits as a value of type any
		return append(body, jen.Return(call, jen.True()))
	}
	if ret := m.ret.get(); ret.Kind != None {
		return append(body, jen.Return(e.coerceCode(m.Def, primary(call), ret, tAny), jen.True()))
	}
	return append(body, call, jen.Return(jen.Qual(pyPkg, "None"), jen.True()))
}

// argsByName takes the arguments of a call of m by name (the slice
// args) as CPython does: body checks their number and converts each with
// convert to its parameter's type, with the defaults of those not
// given, into the variables args names.
func (e *emitter) argsByName(m *Func, convert func(arg jen.Code, to *Type) jen.Code) (body, args []jen.Code) {
	qual := m.qualName()
	params, defs := m.args(), m.argDefs()
	names := make([]jen.Code, len(params))
	required := 0
	for i, p := range params {
		names[i] = jen.Lit(p.Name)
		if defs[i].Default == nil {
			required = i + 1
		}
	}
	body = []jen.Code{jen.Qual(pyPkg, "CheckArgs").Call(jen.Lit(qual), jen.Len(jen.Id("args")),
		jen.Index().String().Values(names...), jen.Lit(required))}
	args = make([]jen.Code, len(params))
	for i, p := range params {
		arg := jen.Id("arg" + strconv.Itoa(i))
		given := convert(jen.Id("args").Index(jen.Lit(i)), p.cell.get())
		if defs[i].Default == nil {
			body = append(body, arg.Clone().Op(":=").Add(given))
		} else {
			body = append(body,
				jen.Var().Add(arg.Clone()).Add(goType(p.cell.get())).Op("=").Add(e.coerce(defs[i].Default, p.cell.get())),
				jen.If(jen.Len(jen.Id("args")).Op(">").Lit(i)).Block(arg.Clone().Op("=").Add(given)))
		}
		args[i] = arg
	}
	return body, args
}
