package codegen

import (
	"slices"
	"strconv"

	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// Classes.
//
// A module-level `class C:` (or `class C(object):`, or `class C(B):` for
// a class B of the program defined before it) whose body defines
// methods becomes a Go struct with one field per instance attribute and
// one Go method per def or async def:
//
//	type Counter struct {
//		name  string
//		count int
//	}
//
//	func newCounter(name string) *Counter {
//		self := &Counter{}
//		self.__init___(name)
//		return self
//	}
//
//	func (self *Counter) bump(by int) aio.Coro[int] { ... }
//
// Attributes are whatever the methods (or any code) assign through an
// instance, `self.count = 0`; each has a type variable like a local, so
// its type is inferred from every assignment. Instances are pointers, as
// Python objects are references. Methods take self as their receiver and
// the other parameters as usual; async methods are stackful coroutines.
// Besides __init__, a class may implement the protocols of async with
// (__aenter__, __aexit__) and async for (__aiter__, __anext__). Its body
// may declare attributes with bare annotations (`name: str`), which bind
// nothing. Class attributes, inheritance, properties and other special
// methods are refused. A class decorated with @dataclass (dataclass.go)
// and one deriving from Enum or IntEnum (enum.go) are classes too: their
// Class carries the fields or the members, which replace the struct and
// the constructor above.

// Class is one supported class of the module.
type Class struct {
	Def     *grammar.ClassDef
	Sym     *Symbol
	methods map[string]*Func // the methods the class body defines
	attrs   map[string]*cell // the attributes this class owns (see attr)
	order   []string         // attributes in order of first assignment
	// goNames are the Go names of the struct's fields and methods, one
	// map for a whole hierarchy, whose structs embed one another.
	goNames map[string]bool
	fields  map[string]string
	ctor    string     // Go name of the constructor function
	data    *dataclass // the fields and options of a @dataclass; nil for other classes
	enum    *enumClass // the members of an Enum or IntEnum; nil for other classes
	// slots are the names its __slots__ declares, slotsAt the statement
	// (nil without one: instances have a __dict__) (slots.go).
	slots   map[string]bool
	slotsAt grammar.Stmt
	// classVar and classOps name the class's *py.Class and its
	// py.ClassOps type, for the class held as a value (classvalue.go).
	classVar, classOps string

	base *Class   // the class it derives from; nil for a root
	subs []*Class // the classes deriving from it directly
	// assigns are the attributes the class's own methods assign through
	// self: such an attribute belongs to the highest class of a chain
	// that assigns it, whichever store inference meets first.
	assigns map[string]bool
	// For a class with subclasses (inherit.go): structGo names its
	// struct (Sym.Go names the interface), asGo the method that gives the
	// struct of an instance held in the interface, and thisGo (the
	// root's only) the struct field holding the whole instance.
	structGo, asGo, thisGo string

	// For an exception class with a body (excclass.go): excBase is the
	// exception class the class statement names as its base, excVar the
	// Go name of its *py.ExcClass, and excGo (the root's only) the struct
	// field holding the exception.
	excBase       grammar.Expr
	excVar, excGo string

	// abc is set for a class deriving from abc.ABC (abstract.go).
	abc bool

	// inherited are the copies of the class methods the class inherits
	// (inheritClassMethods).
	inherited []*grammar.FuncDef

	classAttrs map[string]*classAttr // class attributes (classattr.go)
	classOrder []string              // class attributes in source order
	setters    map[string]*Func      // property setters, by property name
}

// attr returns the type variable of attribute name, which this class or
// a base owns, making it when store is set; nil when the attribute was
// never assigned. A new attribute belongs to the highest class of the
// chain whose methods assign it through self, else to cls.
func (cls *Class) attr(name string, store bool) *cell {
	if owner := cls.attrOwner(name); owner != nil {
		return owner.attrs[name]
	}
	if !store {
		return nil
	}
	owner := cls
	for k := cls; k != nil; k = k.base {
		if k.assigns[name] {
			owner = k
		}
	}
	c := newCell()
	owner.attrs[name] = c
	owner.order = append(owner.order, name)
	owner.fields[name] = uniqueGoName(name, owner.goNames)
	return c
}

// attrOwner is the class of cls's chain that owns attribute name, or nil.
func (cls *Class) attrOwner(name string) *Class {
	for k := cls; k != nil; k = k.base {
		if k.attrs[name] != nil {
			return k
		}
	}
	return nil
}

// field is the Go name of attribute name of cls's instances.
func (cls *Class) field(name string) string { return cls.attrOwner(name).fields[name] }

// method is the method name of cls's instances: cls's own or the nearest
// base's.
func (cls *Class) method(name string) *Func {
	for k := cls; k != nil; k = k.base {
		if m := k.methods[name]; m != nil {
			return m
		}
	}
	return nil
}

// init is the __init__ the class's instances run, or nil.
func (cls *Class) init() *Func { return cls.method("__init__") }

// classBase returns the class a class statement derives from: nil for
// none or object, or a class of the program defined before it (not an
// enum or a named tuple). ok is false for other bases (exception
// classes, or refused).
func (r *resolver) classBase(st *grammar.ClassDef, s *Scope) (base *Class, ok bool) {
	if len(st.Bases) == 0 || abcBase(st, s) {
		return nil, true
	}
	n, isName := st.Bases[0].Value.(*grammar.Name)
	if len(st.Bases) != 1 || st.Bases[0].Name != "" || st.Bases[0].Star || !isName {
		return nil, false
	}
	if n.Id == "object" {
		return nil, true
	}
	sym := s.syms[n.Id]
	if sym == nil || sym.Kind != symClass || sym.cls.enum != nil || sym.cls.isExc() {
		return nil, false
	}
	if data := sym.cls.data; data != nil && data.tuple {
		return nil, false
	}
	return sym.cls, true
}

// bindClass declares class st of the module, deriving from base (or
// nil), and its methods. An override takes the Go name of the method
// it overrides, so that calls through a base's interface reach it.
func (r *resolver) bindClass(st *grammar.ClassDef, s *Scope, base *Class) *Class {
	sym := s.define(st.Name, symClass)
	cls := &Class{Def: st, Sym: sym, methods: map[string]*Func{}, attrs: map[string]*cell{},
		goNames: map[string]bool{"PyStr": true, "PyRepr": true, "PyTypeName": true,
			"PyLen": true, "PyBool": true, "PyContains": true, "PyGetItem": true, "PyRichCompare": true, "PyDerivesFrom": true, "PyUnhashable": true, "PyClass": true}, fields: map[string]string{},
		base: base, assigns: selfAssigns(st), classAttrs: map[string]*classAttr{}, setters: map[string]*Func{}}
	if base != nil {
		cls.goNames = base.goNames
		base.subs = append(base.subs, cls)
	}
	sym.cls = cls
	cls.ctor = uniqueGoName("new"+st.Name, s.goNames)
	cls.classVar = uniqueGoName(st.Name+"Class", s.goNames)
	cls.classOps = uniqueGoName(st.Name+"ClassOps", s.goNames)
	cls.abc = abcBase(st, s) || base != nil && base.abc
	cls.data = r.bindDataclass(st, s, cls)
	switch {
	case r.namedTupleBase(st, s):
		cls.data = r.bindNamedTuple(st, s, cls)
	case cls.data == nil && base != nil && base.data != nil:
		cls.data = r.inheritDataclass(st, base)
	case cls.data != nil && base != nil && base.data == nil:
		r.checkPlainBase(st, cls)
	}
	cls.enum = r.bindEnum(st, s, cls)
	if (cls.data == nil || cls.data.plain) && cls.enum == nil {
		cls.bindClassAttrs(s)
	}
	for _, b := range st.Body {
		def, ok := b.(*grammar.FuncDef)
		if !ok {
			continue
		}
		kind, _ := cls.methodKind(def)
		if cls.methods[def.Name] != nil && kind != propertySetter {
			r.diag.unsupported(def, "redefining method '"+def.Name+"'")
			continue
		}
		msym := &Symbol{Name: def.Name, Kind: symFunc, scope: s, cell: newCell()}
		switch over := base.method(def.Name); {
		case kind == propertySetter && base.setter(def.Name) != nil:
			msym.Go = base.setter(def.Name).Sym.Go
		case kind == propertySetter:
			// The getter has the name: the setter gets it with an
			// underscore, which tracebacks strip, as CPython names both.
			msym.Go = funcGoName(def.Name, cls.goNames)
		case kind == staticMethod || kind == classMethod:
			msym.Go = funcGoName(def.Name, s.goNames) // a package-level function
		case over != nil:
			msym.Go = over.Sym.Go
		default:
			msym.Go = funcGoName(def.Name, cls.goNames)
		}
		fn := &Func{Def: def, Sym: msym, ret: newCell(), class: cls, kind: kind}
		msym.fn = fn
		if kind == propertySetter {
			cls.setters[def.Name] = fn
		} else {
			cls.methods[def.Name] = fn
		}
		r.funcs = append(r.funcs, fn)
		r.funcOf[def] = fn
	}
	r.inheritClassMethods(cls, s)
	return cls
}

// inheritClassMethods compiles each class method cls inherits again for
// cls, from a copy of its def, so that its cls is cls: Sub.create()
// makes a Sub. Called through an instance whose class has subclasses it
// is refused (methodCall), as then no one copy is the right one.
func (r *resolver) inheritClassMethods(cls *Class, s *Scope) {
	if cls.base == nil {
		return
	}
	for _, def := range cls.base.methodDefs() {
		m := cls.base.methods[def.Name]
		if m == nil || m.Def != def || m.kind != classMethod || cls.methods[def.Name] != nil || classDefines(cls.Def, def.Name) {
			continue
		}
		copied := grammar.Clone(def)
		msym := &Symbol{Name: def.Name, Kind: symFunc, scope: s, cell: newCell(), Go: funcGoName(def.Name, s.goNames)}
		fn := &Func{Def: copied, Sym: msym, ret: newCell(), class: cls, kind: classMethod}
		msym.fn = fn
		cls.methods[def.Name] = fn
		cls.inherited = append(cls.inherited, copied)
		r.funcs = append(r.funcs, fn)
		r.funcOf[copied] = fn
	}
}

// qualName is Class.method as CPython names a method: a class
// method's copy in a subclass by the class that defines it.
func (fn *Func) qualName() string {
	k, name := fn.class, fn.Def.Name
	for def := fn.Def; slices.Contains(k.inherited, def); def = k.methods[name].Def {
		k = k.base
	}
	return k.Def.Name + "." + name
}

// methodDefs lists the defs of cls's methods in source order, those its
// class statement holds, then the copies of inherited class methods.
func (cls *Class) methodDefs() []*grammar.FuncDef {
	var out []*grammar.FuncDef
	for _, b := range cls.Def.Body {
		if def, ok := b.(*grammar.FuncDef); ok {
			out = append(out, def)
		}
	}
	return append(out, cls.inherited...)
}

// classDef checks a class statement: a plain class's body holds methods
// (each taking self first) and documentation only; any other class must
// be an exception class (excClassDef).
func (r *resolver) classDef(st *grammar.ClassDef) {
	if r.fn != nil {
		r.diag.unsupported(st, "class inside a function")
		return
	}
	sym := r.module.syms[st.Name]
	if sym == nil || sym.Kind != symClass || sym.cls.Def != st {
		r.excClassDef(st)
		return
	}
	data := sym.cls.data
	if len(st.Decorators) > 0 && (data == nil || data.plain) {
		r.diag.unsupported(st.Decorators[0], "class decorator")
	}
	if data != nil {
		r.dataclassBody(sym.cls)
	}
	if sym.cls.isExc() {
		r.expr(sym.cls.excBase)
	}
	if sym.cls.enum != nil {
		r.enumBody(sym.cls)
	}
	for _, b := range st.Body {
		switch b := b.(type) {
		case *grammar.FuncDef:
			fn := r.funcOf[b]
			if fn != nil && !r.methodKindOK(fn) {
				continue
			}
			if fn != nil && fn.kind == staticMethod {
				r.funcDef(b)
				continue
			}
			if len(b.Params) == 0 || b.Params[0].Kind != grammar.ParamNormal || b.Params[0].Default != nil {
				r.diag.unsupported(b, "method without self")
				continue
			}
			async, ok := protocolMethods[b.Name]
			if compareMethods[b.Name] != "" {
				ok = r.checkCompareMethod(sym.cls, b)
				if !ok {
					continue
				}
			}
			if _, isItem := itemMethods[b.Name]; isItem && !r.checkItemMethod(sym.cls, b) {
				continue
			}
			if b.Name == "__hash__" && !r.checkHashMethod(sym.cls, b) {
				continue
			}
			if b.Name == "__iter__" && !r.checkIterMethod(sym.cls, b) {
				continue
			}
			if b.Name == "__next__" && !r.checkNextMethod(sym.cls, b) {
				continue
			}
			switch {
			case isDunder(b.Name) && !ok && (data == nil || data.tuple || b.Name != "__post_init__"):
				r.diag.unsupported(b, "special method '"+b.Name+"'")
				continue
			case ok && b.Async != async:
				want := "must not be a coroutine"
				if async {
					want = "must be a coroutine"
				}
				r.diag.errorf(b.Pos, "special method '%s' %s", b.Name, want)
				continue
			}
			if isPrivate(b.Name) && sym.cls.inHierarchy() {
				r.diag.unsupported(b, "private method '"+b.Name+"' in a class with a base or subclasses")
				continue
			}
			if fn != nil && sym.cls.base != nil && sym.cls.hasSubs() {
				fn.Scope.refs[sym] = true // self below the root asserts to the interface
			}
			if fn != nil {
				r.checkOverride(fn)
			}
			r.funcDef(b)
		case *grammar.Pass:
		case *grammar.AnnAssign:
			_, isName := b.Target.(*grammar.Name)
			switch {
			case data != nil && !data.plain:
				// A field (dataclass.go), read before the module's
				// statements: its annotation is checked here.
				r.annotation(b.Annotation, true)
			case isName && b.Value == nil:
				// `name: str` declares an instance attribute: CPython
				// evaluates the annotation and binds nothing.
				r.annotation(b.Annotation, true)
			default:
				t := r.annotation(b.Annotation, true)
				r.classBodyAssign(sym.cls, b)
				if n, ok := b.Target.(*grammar.Name); ok && sym.cls.classAttrs[n.Id] != nil {
					sym.cls.classAttrs[n.Id].sym.declared = t
				}
			}
		case *grammar.Assign:
			switch {
			case data != nil && !data.plain:
				r.diag.unsupported(b, "this statement in a class body")
			case sym.cls.enum == nil:
				r.classBodyAssign(sym.cls, b)
			}
		case *grammar.ExprStmt:
			if _, ok := b.X.(*grammar.StrLit); !ok && !isEllipsis(b.X) {
				r.diag.unsupported(b, "this statement in a class body")
			}
		default:
			r.diag.unsupported(b, "this statement in a class body")
		}
	}
	for _, def := range sym.cls.inherited {
		r.funcDef(def)
	}
}

// protocolMethods are the special methods a class may define, and
// whether each must be a coroutine: the constructor, and the protocols of
// async with and async for.
var protocolMethods = map[string]bool{"__init__": false, "__aenter__": true, "__aexit__": true, "__aiter__": false, "__anext__": true,
	"__str__": false, "__repr__": false, "__len__": false, "__bool__": false, "__contains__": false,
	"__getitem__": false, "__setitem__": false, "__delitem__": false, "__call__": false, "__hash__": false, "__iter__": false, "__next__": false}

// stringers are the methods through which the runtime's str() and repr()
// reach a class's __str__ and __repr__ (py.PyStrer, py.PyReprer).
var stringers = [...]struct{ py, goName string }{{"__str__", "PyStr"}, {"__repr__", "PyRepr"}}

func isDunder(name string) bool {
	return len(name) > 4 && name[:2] == "__" && name[len(name)-2:] == "__"
}

// args are the parameters a call's arguments bind: a method's self is
// bound by the receiver.
func (fn *Func) args() []*Symbol {
	if fn.class != nil && fn.kind != staticMethod {
		return fn.Params[1:]
	}
	return fn.Params
}

// argDefs are the declarations of args, in the same order.
func (fn *Func) argDefs() []*grammar.Param {
	if fn.class != nil && fn.kind != staticMethod {
		return fn.Def.Params[1:]
	}
	return fn.Def.Params
}

// instanceClass is the class whose attributes and methods a value of type
// t has: an instance of a class, or an exception of a class with a body.
func instanceClass(t *Type) *Class {
	if t.Kind == ClassT || t.Kind == ExcT {
		return t.cls
	}
	return nil
}

// excAttrs are the attributes of exceptions that aiogo reads, by their
// type: args and the exceptions of an exception group (tuples, held as
// any), the cause and the context (an exception or None), and the
// attributes of a json.JSONDecodeError (an AttributeError on others).
var excAttrs = map[string]*Type{
	"args": tAny, "exceptions": tAny,
	"__cause__": {Kind: ExcT, optional: true}, "__context__": {Kind: ExcT, optional: true}, "__suppress_context__": tBool,
	"msg": tStr, "doc": tStr, "pos": tInt, "lineno": tInt, "colno": tInt,
	"errno": tAny, "strerror": tAny, "filename": tAny, "filename2": tAny, // of an OSError
}

// isExcAttr reports whether name, of a value of type t, is one of
// excAttrs, not an attribute of the program's class.
func isExcAttr(t *Type, name string) bool {
	return t.Kind == ExcT && excAttrs[name] != nil && (t.cls == nil || t.cls.attr(name, false) == nil)
}

// excAttr emits x.name, an attribute of excAttrs of exception x.
func (e *emitter) excAttr(x *grammar.Attribute) gox {
	switch x.Name {
	case "args", "exceptions":
		return primary(jen.Qual(pyPkg, "ExcAttr").Call(e.expr(x.X), jen.Lit(x.Name)))
	case "__cause__", "__context__":
		return primary(jen.Qual(pyPkg, "ExcLink").Call(e.expr(x.X), jen.Lit(x.Name)))
	case "__suppress_context__":
		return primary(jen.Qual(pyPkg, "ExcSuppressesContext").Call(e.expr(x.X)))
	}
	return primary(jen.Qual(pyPkg, "ExcField").Types(goType(excAttrs[x.Name])).Call(e.expr(x.X), jen.Lit(x.Name)))
}

// instance emits x, a value of class cls, as the receiver of cls's
// methods and attributes, of which name is reached: an exception's
// struct (asserted from py.Exc.Self), self in an exception class's
// methods, or the value itself; an optional one checked not to be None.
func (e *emitter) instance(x grammar.Expr, cls *Class, name string) *jen.Statement {
	if n, ok := x.(*grammar.Name); ok && e.bound[x] == nil && isExcSelf(e.uses[n]) {
		if isDispatchSelf(e.uses[n]) {
			return selfValue(e.uses[n])
		}
		return jen.Id(e.uses[n].Go)
	}
	v := operand(e.x(x), precPrimary, false)
	t := e.typeOf(x)
	if t.optional {
		v = notNone(v, name)
	}
	if t.Kind == ExcT {
		return v.Dot("Self").Assert(jen.Id(cls.valueType()))
	}
	return v
}

// classOf returns the class of the instance x evaluates to, or nil.
func (c *checker) classOf(x grammar.Expr) *Class {
	return instanceClass(c.typeOf(x))
}

// classDecls declares each class's struct type and constructor.
func (e *emitter) classDecls(f *jen.File) {
	for _, sym := range e.module.order {
		if sym.Kind != symClass {
			continue
		}
		cls := sym.cls
		if cls.enum != nil {
			e.enumDecls(f, cls)
		} else {
			e.interfaceDecl(f, cls)
			f.Line()
			f.Type().Id(cls.structName()).StructFunc(func(g *jen.Group) {
				structHead(g, cls)
				for _, name := range cls.order {
					if cls.base.attrOwner(name) != nil {
						e.diag.unsupported(cls.Def, "attribute '"+name+"' set on a '"+cls.Def.Name+"' before its base class sets it")
					}
					if cls.treeHasMethod(name) {
						e.diag.unsupported(cls.Def, "attribute '"+name+"', which shadows a method")
					}
					g.Id(cls.fields[name]).Add(goType(cls.attrs[name].get()))
				}
				for _, name := range cls.order {
					if fl := e.attrFlags[cls][name]; fl != nil {
						g.Id(fl.flag).Bool()
					}
				}
				if cls.base == nil && cls.excGo == "" && cls.thisGo == "" && len(cls.order) == 0 {
					// Go may give every zero-size object one address: each
					// instance must be an object of its own (is, ==, keys).
					g.Id("_").Byte()
				}
			})
			e.attrFlagDecls(f, cls)
			accessorDecl(f, cls)
			typeNameDecl(f, cls)
			e.dunderAdapters(f, cls)
			e.classAttrDecls(f, cls)
		}
		for _, s := range stringers {
			if m := cls.methods[s.py]; m != nil {
				if m.ret.get().Kind != Str {
					e.diag.errorf(m.Def.Pos, "%s() must return a str", s.py)
					continue
				}
				f.Line()
				f.Commentf("%s is %s() of a %s: its %s.", s.goName, s.py[2:len(s.py)-2], cls.Def.Name, s.py)
				f.Func().Params(jen.Id("self").Op("*").Id(cls.structName())).Id(s.goName).Params().String().Block(
					jen.Return(jen.Id("self").Dot(m.Sym.Go).Call()))
			}
		}
		switch {
		case cls.data != nil:
			e.dataclassDecls(f, cls)
		case cls.isExc():
			e.excCtorDecl(f, cls)
		case cls.enum == nil:
			e.ctorDecl(f, cls)
		}
	}
}

// ctorDecl declares the constructor of a class that has an __init__ (its
// own or a base's) or belongs to a hierarchy, whose instances must point
// at themselves (the root's field) before __init__ runs.
func (e *emitter) ctorDecl(f *jen.File, cls *Class) {
	init := cls.init()
	if init == nil && !cls.inHierarchy() {
		return
	}
	self, params := "self", []jen.Code{}
	var body []jen.Code
	if init != nil {
		self, params = init.Params[0].Go, goParams(init)
	}
	body = append(body, jen.Id(self).Op(":=").Op("&").Id(cls.structName()).Values())
	if cls.inHierarchy() {
		body = append(body, jen.Id(self).Dot(cls.root().thisGo).Op("=").Id(self))
	}
	if init != nil {
		names := make([]jen.Code, len(init.args()))
		for i, p := range init.args() {
			names[i] = jen.Id(p.Go)
		}
		body = append(body, jen.Id(self).Dot(init.Sym.Go).Call(names...))
	}
	body = append(body, jen.Return(jen.Id(self)))
	f.Line()
	f.Func().Id(cls.ctor).Params(params...).Id(cls.valueType()).Block(body...)
}

// newInstance emits C(args): the constructor, or a zero struct for a
// class without __init__.
func (e *emitter) newInstance(cls *Class, call *grammar.Call) *jen.Statement {
	if msg := cls.abstractError(); msg != "" {
		return e.abstractInstance(cls, call, msg)
	}
	if cls.data != nil {
		return e.newDataInstance(cls, call)
	}
	if cls.isExc() {
		return e.newExcInstance(cls, call)
	}
	if cls.enum != nil && len(call.Args) == 1 && call.Args[0].Name == "" {
		return e.enumLookup(cls, "ByValue", call.Args[0].Value)
	}
	init := cls.init()
	if init == nil {
		if len(call.Args) > 0 {
			e.diag.errorf(call.Pos, "%s() takes no arguments", cls.Def.Name)
		}
		if cls.inHierarchy() {
			return jen.Id(cls.ctor).Call()
		}
		return jen.Op("&").Id(cls.Sym.Go).Values()
	}
	args, ok := e.callArgs(init, call)
	if !ok {
		return jen.Nil()
	}
	return jen.Id(cls.ctor).Call(args...)
}

// attribute emits obj.name read from an instance, sys.argv or os.environ.
func (e *emitter) attribute(x *grammar.Attribute) gox {
	if e.isExcClass(x) { // asyncio.TimeoutError as a value
		return primary(e.excClass(x))
	}
	switch e.moduleAttr(x) {
	case "sys.argv":
		return primary(jen.Qual(pyPkg, "SysArgv").Call(jen.Lit(e.opts.Filename)))
	case "os.environ":
		return e.environ(x)
	}
	if cls := e.enumClassOf(x.X); cls != nil {
		return e.enumAttribute(x, cls)
	}
	if e.isTypeName(x) {
		return e.typeName(x)
	}
	if v, cls := e.typeAttr(x, e.typeOf); cls != nil {
		if val, ok := e.classAttrRead(&grammar.Attribute{Pos: x.Pos, X: v, Name: x.Name}, cls, true); ok {
			return val
		}
	}
	if cls := e.fieldsOf(x, e.typeOf); cls != nil {
		var names []jen.Code
		for _, fd := range cls.data.fields {
			names = append(names, jen.Lit(fd.name))
		}
		if e.classNamed(x.X) != nil {
			return primary(jen.Qual(pyPkg, "Tuple").Values(names...))
		}
		// Through an instance, which is still evaluated (it may await).
		return primary(jen.Qual(pyPkg, "FieldsOf").Call(append([]jen.Code{e.expr(x.X)}, names...)...))
	}
	if k := e.classNamed(x.X); k != nil {
		if v, ok := e.classAttrRead(x, k, false); ok {
			return v
		}
		if x.Name == "__name__" {
			return primary(jen.Lit(k.Def.Name))
		}
		if x.Name == "__mro__" || x.Name == "__bases__" { // a tuple of classes as values
			return e.dynamicAttr(x)
		}
		if v := k.slotsValue(); v != nil && x.Name == "__slots__" {
			return primary(e.expr(v))
		}
		e.diag.unsupported(x, "class attribute '"+x.Name+"' that class '"+k.Def.Name+"' does not define")
		return primary(jen.Nil())
	}
	if c, _ := moduleConst(e.moduleAttr(x)); c != nil {
		return primary(c)
	}
	if isExcAttr(e.typeOf(x.X), x.Name) {
		return e.excAttr(x)
	}
	if e.typeOf(x.X).deque && x.Name == "maxlen" {
		return primary(operand(e.x(x.X), precPrimary, false).Dot("MaxLen").Call())
	}
	cls := e.classOf(x.X)
	if xt := e.typeOf(x.X); cls == nil && (xt.Kind == Any || xt.Kind == Unknown) {
		return e.dynamicAttr(x)
	}
	if cls == nil {
		e.diag.unsupported(x, "attribute access")
		return primary(jen.Nil())
	}
	if !e.privateOK(x, x.Name, cls) {
		return primary(jen.Nil())
	}
	if p := cls.property(x.Name); p != nil {
		return primary(e.instance(x.X, cls, x.Name).Dot(p.Sym.Go).Call())
	}
	if cls.attr(x.Name, false) == nil {
		if v, ok := e.classAttrRead(x, cls, true); ok {
			return v
		}
	}
	if cls.attr(x.Name, false) == nil && cls.isExc() {
		e.diag.unsupported(x, "attribute '"+x.Name+"' of an exception that class '"+cls.Def.Name+"' does not set")
		return primary(jen.Nil())
	}
	if cls.attr(x.Name, false) == nil && (cls.hasSubs() || cls.noSlotStore(x.Name)) {
		// An attribute only subclasses set, or one a class with
		// __slots__ cannot have: read by name at run time.
		return e.dynamicAttr(x)
	}
	if cls.attr(x.Name, false) == nil {
		e.diag.errorf(x.Pos, "'%s' object has no attribute '%s'", cls.Def.Name, x.Name)
		return primary(jen.Nil())
	}
	if fl := e.readFlag(cls, x.Name); fl != nil {
		return primary(e.attrBase(x.X, cls, x.Name).Dot(fl.getter).Call())
	}
	read := e.attrBase(x.X, cls, x.Name).Dot(cls.field(x.Name))
	if e.ordered[x] {
		return orderedRead(read)
	}
	return primary(read)
}

// protocol returns the method name of the class of x's value when it is
// the kind of method the protocol needs (async or not); nil otherwise.
func (c *checker) protocol(x grammar.Expr, name string) *Func {
	cls := c.classOf(x)
	if cls == nil {
		return nil
	}
	m := cls.method(name)
	if m == nil || m.Def.Async != protocolMethods[name] {
		return nil
	}
	return m
}

// isAsyncCM reports whether x's value is an asynchronous context manager
// of the program's own: its class defines __aenter__ and __aexit__.
func (c *checker) isAsyncCM(x grammar.Expr) bool {
	return c.protocol(x, "__aenter__") != nil && c.protocol(x, "__aexit__") != nil
}

// asyncIterator is the class of what __aiter__ returns for async for over
// x, when that class has __anext__; nil otherwise.
func (c *checker) asyncIterator(x grammar.Expr) *Func {
	aiter := c.protocol(x, "__aiter__")
	if aiter == nil {
		return nil
	}
	it := aiter.ret.get()
	if it.Kind != ClassT || it.cls.method("__anext__") == nil || !it.cls.method("__anext__").Def.Async {
		return nil
	}
	return it.cls.method("__anext__")
}

// enterAsyncCM emits the entry of item i of an async with on an object of
// a class with __aenter__ and __aexit__: the manager is held, __aenter__
// awaited and its result bound to the target, then aio.AsyncExit deferred
// to await __aexit__ on every way out:
//
//	tmp0 := newConnection()
//	conn = tmp0.__aenter___()(t)
//	defer aio.AsyncExit(func(exc0 *py.Exc) bool {
//		return py.Truth(tmp0.__aexit___(py.ExcInfo(exc0))(t))
//	})
func (e *emitter) enterAsyncCM(i int, it *grammar.WithItem) []jen.Code {
	var code []jen.Code
	cm := e.expr(it.Context)
	if !isSimple(it.Context) {
		tmp := "tmp" + strconv.Itoa(i)
		code = append(code, jen.Id(tmp).Op(":=").Add(cm))
		cm = jen.Id(tmp)
	}
	aenter, aexit := e.protocol(it.Context, "__aenter__"), e.protocol(it.Context, "__aexit__")
	entered := cm.Clone().Dot(aenter.Sym.Go).Call().Call(jen.Id("t"))
	if n := asName(it.Target); n != nil && (e.uses[n].read || e.uses[n].pkgLevel) {
		entered = jen.Id(e.uses[n].Go).Op("=").Add(entered)
	}
	code = append(code, entered)
	// exc0 is named like the emitter's exception variables, which no DSL
	// name takes, so the manager's name cannot be shadowed.
	exit := jen.Qual(pyPkg, "Truth").Call(cm.Clone().Dot(aexit.Sym.Go).Call(jen.Qual(pyPkg, "ExcInfo").Call(jen.Id("exc0"))).Call(jen.Id("t")))
	code = append(code, jen.Defer().Qual(aioPkg, "AsyncExit").Call(
		jen.Func().Params(jen.Id("exc0").Op("*").Qual(pyPkg, "Exc")).Bool().Block(jen.Return(exit))))
	return code
}

// asyncFor emits `async for x in obj:` over an object whose class has
// __aiter__, returning one of a class with __anext__:
//
//	{
//		tmp0 := obj.__aiter___()
//		for {
//			tmp1, tmp2 := aio.AsyncNext[int](t, tmp0.__anext___())
//			if !tmp2 {
//				break
//			}
//			x := tmp1
//			...
//		}
//	}
func (e *emitter) asyncFor(g *jen.Group, st *grammar.For) {
	anext := e.asyncIterator(st.Iter)
	target := asName(st.Target)
	if anext == nil || target == nil {
		e.diag.unsupported(st, "'async for' other than over an object with __aiter__ and __anext__ into a name")
		return
	}
	aiter := e.protocol(st.Iter, "__aiter__")
	body := e.loopBody(st.Body)
	g.Block(
		jen.Id("tmp0").Op(":=").Add(operand(e.x(st.Iter), precPrimary, false).Dot(aiter.Sym.Go).Call()),
		jen.For().BlockFunc(func(g *jen.Group) {
			g.List(jen.Id("tmp1"), jen.Id("tmp2")).Op(":=").Qual(aioPkg, "AsyncNext").Types(goType(anext.ret.get())).Call(
				jen.Id("t"), jen.Id("tmp0").Dot(anext.Sym.Go).Call())
			g.If(jen.Op("!").Id("tmp2")).Block(jen.Break())
			sym := e.uses[target]
			switch {
			case !sym.read && !sym.pkgLevel:
			case e.define[target]:
				g.Id(sym.Go).Op(":=").Id("tmp1")
			default:
				g.Id(sym.Go).Op("=").Id("tmp1")
			}
			body(g)
		}),
	)
}
