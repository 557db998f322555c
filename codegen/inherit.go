package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// Single inheritance between the program's classes (see class.go for
// the Go shape). This file holds what only hierarchies need: naming the
// interfaces and structs, checking and typing overrides, the type that
// joins two classes, super(), and self as a value that dispatches.

// hasSubs reports whether some class of the program derives from cls: its
// values are then held in an interface, since they may be instances of
// any class below it.
func (cls *Class) hasSubs() bool { return len(cls.subs) > 0 }

// inHierarchy reports whether cls has a base or subclasses.
func (cls *Class) inHierarchy() bool { return cls.base != nil || cls.hasSubs() }

// isSubclassOf reports whether cls is base or derives from it.
func (cls *Class) isSubclassOf(base *Class) bool {
	for k := cls; k != nil; k = k.base {
		if k == base {
			return true
		}
	}
	return false
}

// commonBase is the nearest class both a and b are (a subclass of), or nil.
func commonBase(a, b *Class) *Class {
	for k := a; k != nil; k = k.base {
		if b.isSubclassOf(k) {
			return k
		}
	}
	return nil
}

// root is the top of cls's chain of bases.
func (cls *Class) root() *Class {
	for cls.base != nil {
		cls = cls.base
	}
	return cls
}

// structName is the Go name of the struct of cls's own instances.
func (cls *Class) structName() string {
	if cls.structGo != "" {
		return cls.structGo
	}
	return cls.Sym.Go
}

// valueType is the Go type of a value of type cls: the interface of a
// class with subclasses, else a pointer to its struct.
func (cls *Class) valueType() string {
	if cls.hasSubs() {
		return cls.Sym.Go
	}
	return "*" + cls.Sym.Go
}

// nameHierarchies names the Go types and members that classes with
// subclasses add: their struct (the interface takes the class's name),
// the accessor of the struct, and the root's field holding the whole
// instance. It runs once every class is bound, before attributes (which
// are named as inference finds them) take names in the shared map.
func (r *resolver) nameHierarchies() {
	for _, sym := range r.module.order {
		cls := sym.cls
		if sym.Kind != symClass || !cls.hasSubs() {
			continue
		}
		name := sym.Go + "Obj"
		for r.module.goNames[name] || cls.goNames[name] {
			name += "_"
		}
		r.module.goNames[name], cls.goNames[name] = true, true
		cls.structGo = name
		cls.asGo = uniqueGoName("as"+sym.Go, cls.goNames)
		if cls.base == nil {
			cls.thisGo = uniqueGoName("this", cls.goNames)
		}
	}
}

// selfAssigns lists the attributes a class's methods assign through
// their first parameter.
func selfAssigns(st *grammar.ClassDef) map[string]bool {
	out := map[string]bool{}
	for _, b := range st.Body {
		def, ok := b.(*grammar.FuncDef)
		if !ok || len(def.Params) == 0 {
			continue
		}
		self := def.Params[0].Name
		walkStmts(def.Body, func(st grammar.Stmt) {
			for _, t := range assignTargets(st) {
				if a, ok := t.(*grammar.Attribute); ok {
					if n, ok := a.X.(*grammar.Name); ok && n.Id == self {
						out[a.Name] = true
					}
				}
			}
		})
	}
	return out
}

// overridden is the method of a base class that method fn of a class
// overrides, or nil. __init__ is not one (each class's constructor
// calls its own, with its own parameters), nor are static and class
// methods, which are called without dispatch.
func overridden(fn *Func) *Func {
	switch {
	case fn.class == nil || fn.Def.Name == "__init__" || fn.isClassLevel():
		return nil
	case fn.kind == propertySetter:
		return fn.class.base.setter(fn.Def.Name)
	}
	return fn.class.base.method(fn.Def.Name)
}

// sameSignature reports whether an override takes the parameters of the
// method it overrides (names, kinds and defaults) and is async alike, so
// that one Go method signature serves both and a call through the base
// binds its arguments as the override would.
func sameSignature(a, b *grammar.FuncDef) bool {
	if a.Async != b.Async || len(a.Params) != len(b.Params) {
		return false
	}
	for i := 1; i < len(a.Params); i++ {
		p, q := a.Params[i], b.Params[i]
		if p.Name != q.Name || p.Kind != q.Kind || (p.Default == nil) != (q.Default == nil) ||
			p.Default != nil && pyExpr(p.Default) != pyExpr(q.Default) {
			return false
		}
	}
	return true
}

// checkOverride refuses an override whose signature differs from the
// method it overrides.
func (r *resolver) checkOverride(fn *Func) {
	if fn.class == nil || fn.Def.Name == "__init__" {
		return
	}
	if over := fn.class.base.method(fn.Def.Name); over != nil && fn.kind != propertySetter && over.kind != fn.kind {
		r.diag.unsupported(fn.Def, "overriding '"+over.class.Def.Name+"."+fn.Def.Name+"' with another kind of method")
		return
	}
	if over := overridden(fn); over != nil && !sameSignature(over.Def, fn.Def) {
		r.diag.unsupported(fn.Def, "overriding '"+over.class.Def.Name+"."+fn.Def.Name+"' with other parameters (or async-ness)")
	}
}

// unifyOverrides gives each override the type variables of the method it
// overrides, for its parameters and its result: the interface of the
// base declares one Go signature for all of them. A class attribute
// defined again below gets the type variable of the one above, so that
// one getter reads either through an instance (`log = []` in both
// classes: lists of one item type, which `self.log.append(x)` adds to).
func (c *checker) unifyOverrides() {
	for _, fn := range c.funcs {
		over := overridden(fn)
		if over == nil || !sameSignature(over.Def, fn.Def) {
			continue
		}
		for i := 1; i < len(fn.Params) && i < len(over.Params); i++ {
			c.lat.unify(over.Params[i].cell, fn.Params[i].cell)
		}
		c.lat.unify(over.ret, fn.ret)
	}
	for _, sym := range c.module.order {
		if sym.Kind != symClass || sym.cls.base == nil {
			continue
		}
		for name, a := range sym.cls.classAttrs {
			if above := sym.cls.base.classAttr(name); above != nil {
				c.lat.unify(above.sym.cell, a.sym.cell)
			}
		}
	}
}

// superMethod returns the attribute of `super().name(...)` when call has
// that form.
func superMethod(call *grammar.Call) *grammar.Attribute {
	a, ok := call.Func.(*grammar.Attribute)
	if !ok {
		return nil
	}
	inner, ok := a.X.(*grammar.Call)
	if !ok {
		return nil
	}
	if n, ok := inner.Func.(*grammar.Name); ok && n.Id == "super" {
		return a
	}
	return nil
}

// superCall resolves `super().name(args)` in a method of a class with a
// base: it calls the nearest base's method statically, on the same self.
func (r *resolver) superCall(call *grammar.Call, a *grammar.Attribute) {
	inner := a.X.(*grammar.Call)
	sup := inner.Func.(*grammar.Name)
	if sym := r.lookup("super"); sym == nil || sym.Kind != symBuiltin {
		r.expr(call.Func) // a variable named super: an ordinary call
		return
	}
	r.uses[sup] = r.builtin("super")
	for _, arg := range call.Args {
		r.expr(arg.Value)
	}
	switch {
	case len(inner.Args) > 0:
		r.diag.unsupported(inner, "super() with arguments")
	case r.fn == nil || r.fn.class == nil:
		r.diag.unsupported(inner, "super() outside a method")
	case r.fn.isClassLevel():
		// The base's class method would run with this class as its cls.
		r.diag.unsupported(inner, "super() in a static or class method")
	case a.Name == "__iter__":
		r.diag.unsupported(a, "'__iter__' called or read directly")
	case a.Name == "__init__" && r.fn.class.isExc() && r.fn.class.base.init() == nil:
		// BaseException.__init__: the arguments become the args.
		for _, arg := range call.Args {
			if arg.Name != "" || arg.Star {
				r.diag.unsupported(arg, "this argument of BaseException.__init__()")
			}
		}
		r.excInits[call] = true
	case a.Name == "__init__" && r.fn.class.init() == r.fn && r.fn.class.base.init() == nil && len(call.Args) == 0:
		r.objectInits[call] = true // object.__init__(): nothing to do
	case r.fn.class.base == nil:
		r.diag.unsupported(inner, "super() in a class without a base class of the program")
	case isAbstractStub(r.fn.class.base.method(a.Name)):
		r.diag.unsupported(a, "super()."+a.Name+"() of an abstract method")
	case r.fn.class.base.method(a.Name) == nil:
		r.diag.unsupported(a, "super()."+a.Name+"(), which no base class defines")
	default:
		r.supers[call] = r.fn.class.base.method(a.Name)
	}
}

// objectInit reports whether x is a statement's `super().__init__()`
// that reaches object's, which does nothing.
func (c *checker) objectInit(x grammar.Expr) bool {
	call, ok := x.(*grammar.Call)
	return ok && c.objectInits[call]
}

// superCall emits super().name(args): the base's method called on the
// base's struct embedded in self, which keeps self's own dispatch.
func (e *emitter) superCall(fn *Func, call *grammar.Call) *jen.Statement {
	args, ok := e.callArgs(fn, call)
	if !ok {
		return jen.Nil()
	}
	return jen.Id(e.fn.Params[0].Go).Dot(fn.class.structName()).Dot(fn.Sym.Go).Call(args...)
}

// isDispatchSelf reports whether sym is the self of a method of a class
// with subclasses: the Go receiver is then the struct of that class, and
// self as a value is the whole instance its root's field holds.
func isDispatchSelf(sym *Symbol) bool {
	if sym == nil || sym.Kind != symParam || sym.scope == nil {
		return false
	}
	fn := sym.scope.fn
	return fn != nil && fn.class != nil && !fn.isClassLevel() && fn.class.hasSubs() && len(fn.Params) > 0 && fn.Params[0] == sym
}

// selfValue emits self as a value in a method of a class with
// subclasses: the instance held in the root's field, as the class's
// interface (a type assertion below the root, which cannot fail).
func selfValue(sym *Symbol) *jen.Statement {
	cls := sym.scope.fn.class
	v := jen.Id(sym.Go).Dot(cls.root().thisGo)
	if cls.base != nil {
		v = v.Assert(jen.Id(cls.Sym.Go))
	}
	return v
}

// attrBase emits the value whose field attribute name of x (of class
// cls) is: self's own struct in a method, the struct behind an interface
// through its accessor, or the pointer x itself.
func (e *emitter) attrBase(x grammar.Expr, cls *Class, name string) *jen.Statement {
	if n, ok := x.(*grammar.Name); ok && e.bound[x] == nil && (isDispatchSelf(e.uses[n]) || isExcSelf(e.uses[n])) {
		return jen.Id(e.uses[n].Go)
	}
	v := e.instance(x, cls, name)
	if cls.hasSubs() {
		return v.Dot(cls.asGo).Call()
	}
	return v
}

// isPrivate reports whether name is one Python mangles with the name of
// the class whose body it appears in (__x, not __x__).
func isPrivate(name string) bool {
	return len(name) > 2 && name[:2] == "__" && !isDunder(name)
}

// privateOK reports whether attribute name of a value of class cls means
// in Go what it means in Python: a private name is accepted only in the
// methods of cls itself, outside any hierarchy, where every use of it is
// mangled alike.
func (e *emitter) privateOK(at grammar.Node, name string, cls *Class) bool {
	if !isPrivate(name) || e.fn != nil && e.fn.class == cls && !cls.inHierarchy() {
		return true
	}
	e.diag.unsupported(at, "private name '"+name+"' outside the methods of a class without base or subclasses")
	return false
}

// treeHasMethod reports whether a class of cls's hierarchy defines a
// method name, which an attribute of that name would shadow in Python.
func (cls *Class) treeHasMethod(name string) bool {
	var walk func(k *Class) bool
	walk = func(k *Class) bool {
		if k.methods[name] != nil {
			return true
		}
		for _, s := range k.subs {
			if walk(s) {
				return true
			}
		}
		return false
	}
	return walk(cls.root())
}

// interfaceDecl declares the interface of a class with subclasses: the
// base's interface, the accessor of the struct and the methods it adds.
func (e *emitter) interfaceDecl(f *jen.File, cls *Class) {
	if !cls.hasSubs() {
		return
	}
	f.Line()
	f.Commentf("%s is an instance of class %s or of a class derived from it.", cls.Sym.Go, cls.Def.Name)
	f.Type().Id(cls.Sym.Go).InterfaceFunc(func(g *jen.Group) {
		if cls.base != nil {
			g.Id(cls.base.Sym.Go)
		}
		g.Id(cls.asGo).Params().Op("*").Id(cls.structGo)
		for _, name := range cls.classOrder {
			if getter, ok := cls.overrideGetter(name); ok && cls.topDefiner(name) == cls {
				g.Id(getter).Params().Add(goType(cls.classAttrs[name].sym.cell.get()))
			}
		}
		for _, b := range cls.Def.Body {
			def, ok := b.(*grammar.FuncDef)
			m := e.funcOf[def]
			if !ok || m == nil || m.class != cls || def.Name == "__init__" || m.isClassLevel() || overridden(m) != nil {
				continue
			}
			sig := jen.Id(m.Sym.Go).Params(goParamTypes(m)...)
			if r := goResult(m); r != nil {
				sig.Add(r)
			}
			g.Add(sig)
		}
	})
}

// accessorDecl declares the accessor through which an attribute of an
// instance held in the interface of a class with subclasses is reached.
func accessorDecl(f *jen.File, cls *Class) {
	if !cls.hasSubs() {
		return
	}
	f.Line()
	f.Func().Params(jen.Id("self").Op("*").Id(cls.structGo)).Id(cls.asGo).Params().Op("*").Id(cls.structGo).Block(
		jen.Return(jen.Id("self")))
}

// structHead lists what a hierarchy class's struct starts with: the
// base's struct, embedded, and the root's field holding the instance.
func structHead(g *jen.Group, cls *Class) {
	if cls.base != nil {
		g.Id(cls.base.structName())
	}
	if cls.excGo != "" {
		g.Id(cls.excGo).Op("*").Qual(pyPkg, "Exc").Comment("the exception whose attributes this struct holds")
	}
	if cls.thisGo != "" {
		g.Id(cls.thisGo).Id(cls.Sym.Go).Comment("the whole instance, through which self's calls dispatch")
	}
}
