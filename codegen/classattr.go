package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// Class attributes, static and class methods, and properties.
//
// A class attribute (`count = 0` or `registry = {}` in the class body)
// is a Go package variable, Counter_count, with a type variable like a
// module variable's. A constant is its initializer; any other value is
// assigned where the module runs the class statement, as CPython
// evaluates the class body then, once: a list or dict is one object
// every instance shares. It is read through the class (Counter.count,
// or cls.count in a class method) or through an instance that has no
// attribute of that name, and assigned through the class. Read through
// an instance of a class whose subclasses define it again (`sides = 0` in
// Shape, `sides = 4` in Square), it is a method call: each defining
// class's struct has a getter returning its own variable, which Go's
// promotion lends to the classes below it, and the highest definer's
// interface lists it. A store through a subclass that does not define
// it (`Sub.count = 1`, or `cls.count += 1` in Sub's copy of a class
// method) makes it the subclass's own in Python from then on: the
// subclass gets a variable of its own and a flag that the store sets
// (shadowClassAttr), and reads through it take the variable once the
// flag is set, the class above's value before. Storing it through an
// instance (which makes an instance attribute that hides it in Python)
// is refused.
//
// A @staticmethod or @classmethod is a package-level Go function: the
// class method's cls names its class wherever a class name may stand
// (cls(...), cls.count, cls.other()), and each subclass compiles a copy
// of the class methods it inherits (class.go's inheritClassMethods). A
// @property's getter is a Go method read as the attribute (x.area is
// x.area()); its @name.setter is the method area_ (tracebacks drop the
// underscore, naming both "area" as CPython does) that a store through
// an instance calls; a store to a property without one raises.

// Method kinds, from the decorator of a method's def.
const (
	instanceMethod = ""
	staticMethod   = "staticmethod"
	classMethod    = "classmethod"
	propertyGetter = "property"
	propertySetter = "setter"
)

// classAttr is one class attribute: sym holds its Go name and type
// variable (and the annotation's type, if any), value the expression it
// starts as.
type classAttr struct {
	sym    *Symbol
	value  grammar.Expr // nil for a shadow
	getter string       // the Go method of overrideGetter, once named
	// flag is the Go bool of a shadow, true once the store that makes
	// the attribute its class's own has run.
	flag string
}

// classAttrTarget returns the name and value of a class body statement
// that defines a class attribute.
func classAttrTarget(st grammar.Stmt) (name string, value grammar.Expr, ok bool) {
	var target grammar.Expr
	switch st := st.(type) {
	case *grammar.Assign:
		if len(st.Targets) != 1 {
			return "", nil, false
		}
		target, value = st.Targets[0], st.Value
	case *grammar.AnnAssign:
		target, value = st.Target, st.Value
	default:
		return "", nil, false
	}
	n, isName := target.(*grammar.Name)
	if !isName || value == nil || n.Id == "__slots__" {
		return "", nil, false
	}
	return n.Id, value, true
}

// bindClassAttrs declares the class attributes of cls's body.
func (cls *Class) bindClassAttrs(s *Scope) {
	for _, st := range cls.Def.Body {
		name, value, ok := classAttrTarget(st)
		if !ok || cls.classAttrs[name] != nil {
			continue
		}
		sym := &Symbol{Name: name, Kind: symVar, scope: s, cell: newCell()}
		sym.Go = uniqueGoName(cls.Def.Name+"_"+name, s.goNames)
		cls.classAttrs[name] = &classAttr{sym: sym, value: value}
		cls.classOrder = append(cls.classOrder, name)
	}
}

// shadowClassAttr records a store to class attribute name through cls,
// which a class above defines: cls gets a variable of its own, of the
// same type, read once the store has set its flag.
func (cls *Class) shadowClassAttr(name string, s *Scope) {
	above := cls.classAttr(name)
	if above == nil || cls.classAttrs[name] != nil {
		return
	}
	sym := &Symbol{Name: name, Kind: symVar, scope: s, cell: above.sym.cell}
	sym.Go = uniqueGoName(cls.Def.Name+"_"+name, s.goNames)
	cls.classAttrs[name] = &classAttr{sym: sym, flag: uniqueGoName(sym.Go+"Set", s.goNames)}
	cls.classOrder = append(cls.classOrder, name)
}

// classAttr returns the class attribute name of cls or its nearest base.
func (cls *Class) classAttr(name string) *classAttr {
	for k := cls; k != nil; k = k.base {
		if a := k.classAttrs[name]; a != nil {
			return a
		}
	}
	return nil
}

// definedBelow reports whether a class deriving from cls defines name
// again, as a class attribute or (when methods is set) a method.
func (cls *Class) definedBelow(name string, methods bool) bool {
	for _, s := range cls.subs {
		if s.classAttrs[name] != nil || methods && s.methods[name] != nil || s.definedBelow(name, methods) {
			return true
		}
	}
	return false
}

// setter returns the setter of property name of cls's instances: the
// one next to the nearest getter, nil when that getter has none.
func (cls *Class) setter(name string) *Func {
	for k := cls; k != nil; k = k.base {
		if m := k.setters[name]; m != nil || k.methods[name] != nil {
			return m
		}
	}
	return nil
}

// setterLostBelow reports whether a class deriving from cls defines
// property name again without a setter, so that storing through a value
// of class cls may find none.
func (cls *Class) setterLostBelow(name string) bool {
	for _, s := range cls.subs {
		if s.methods[name] != nil && s.setters[name] == nil || s.setterLostBelow(name) {
			return true
		}
	}
	return false
}

// property returns the property getter name of cls's instances, or nil.
func (cls *Class) property(name string) *Func {
	if m := cls.method(name); m != nil && m.kind == propertyGetter {
		return m
	}
	return nil
}

// isClassLevel reports whether fn is a static or class method, a
// package-level Go function.
func (fn *Func) isClassLevel() bool { return fn.kind == staticMethod || fn.kind == classMethod }

// methodKind reads a method's decorators: its kind, and ok false for
// decorators that are not supported.
func (cls *Class) methodKind(def *grammar.FuncDef) (kind string, ok bool) {
	if len(def.Decorators) == 0 {
		return instanceMethod, true
	}
	if len(def.Decorators) > 1 {
		return "", false
	}
	if isAbstractMethod(def) {
		return instanceMethod, true
	}
	switch d := def.Decorators[0].(type) {
	case *grammar.Name:
		switch d.Id {
		case staticMethod, classMethod, propertyGetter:
			return d.Id, true
		}
	case *grammar.Attribute:
		n, isName := d.X.(*grammar.Name)
		if isName && d.Name == "setter" && n.Id == def.Name && cls.methods[def.Name] != nil &&
			cls.methods[def.Name].kind == propertyGetter && cls.setters[def.Name] == nil {
			return propertySetter, true
		}
	}
	return "", false
}

// classNamed returns the class x names: a class of the program, or the
// cls of a class method.
func (c *checker) classNamed(x grammar.Expr) *Class {
	n, ok := x.(*grammar.Name)
	if !ok {
		return nil
	}
	sym := c.uses[n]
	switch {
	case sym == nil:
		return nil
	case sym.Kind == symClass:
		return sym.cls
	}
	return clsParamClass(sym)
}

// clsParamClass is the class whose class method has sym as its cls, or nil.
func clsParamClass(sym *Symbol) *Class {
	if sym.Kind != symParam || sym.scope == nil || sym.scope.fn == nil {
		return nil
	}
	fn := sym.scope.fn
	if fn.kind == classMethod && len(fn.Params) > 0 && fn.Params[0] == sym {
		return fn.class
	}
	return nil
}

// classAttrType is the type of reading attribute name through class k
// (`__name__` is the class's name, when the class does not define it).
func classAttrType(k *Class, name string) *Type {
	if a := k.classAttr(name); a != nil {
		return a.sym.cell.get()
	}
	if name == "__name__" {
		return tStr
	}
	return tAny
}

// classAttrDecls declares cls's class attributes as package variables,
// and the getters of those that are defined again below their highest
// definer.
func (e *emitter) classAttrDecls(f *jen.File, cls *Class) {
	for _, name := range cls.classOrder {
		a := cls.classAttrs[name]
		switch {
		case a.flag != "":
			f.Var().Id(a.sym.Go).Add(goType(a.sym.cell.get()))
			f.Var().Id(a.flag).Bool()
		case isConstant(a.value):
			f.Var().Id(a.sym.Go).Add(goType(a.sym.cell.get())).Op("=").Add(e.coerce(a.value, a.sym.cell.get()))
		default:
			f.Var().Id(a.sym.Go).Add(goType(a.sym.cell.get())) // set by classAttrInits
		}
		if getter, ok := cls.topDefiner(name).overrideGetter(name); ok {
			f.Func().Params(jen.Id("self").Op("*").Id(cls.structName())).Id(getter).Params().Add(goType(a.sym.cell.get())).Block(
				jen.Return(classAttrValue(cls, name)))
		}
	}
}

// classAttrValue reads class attribute name through class k: the
// variable of the class that defines it, or of a shadow once its flag is
// set, the class above's value before.
func classAttrValue(k *Class, name string) *jen.Statement {
	for ; k != nil; k = k.base {
		switch a := k.classAttrs[name]; {
		case a == nil:
		case a.flag == "":
			return jen.Id(a.sym.Go)
		default:
			return jen.Qual(pyPkg, "Pick").Call(jen.Id(a.flag), jen.Id(a.sym.Go), classAttrValue(k.base, name))
		}
	}
	return jen.Nil() // unreachable: a shadow's class has a definer above
}

// topDefiner is the highest class of cls's chain that defines class
// attribute name, or nil.
func (cls *Class) topDefiner(name string) *Class {
	var top *Class
	for k := cls; k != nil; k = k.base {
		if k.classAttrs[name] != nil {
			top = k
		}
	}
	return top
}

// overrideGetter returns the Go method through which instances read
// class attribute name, which top defines and classes below it define
// again (with one type: unifyOverrides). ok is false when nothing below
// defines it.
func (top *Class) overrideGetter(name string) (getter string, ok bool) {
	if top == nil || !top.definedBelow(name, false) {
		return "", false
	}
	a := top.classAttrs[name]
	if a.getter == "" {
		a.getter = uniqueGoName(name+"ClassAttr", top.goNames)
	}
	return a.getter, true
}

// classAttrRead emits a read of a class attribute through class k, or
// through an instance x of class k that has no attribute of that name.
func (e *emitter) classAttrRead(x *grammar.Attribute, k *Class, viaInstance bool) (gox, bool) {
	a := k.classAttr(x.Name)
	switch {
	case a == nil:
		return gox{}, false
	case viaInstance && !isSimple(x.X):
		e.diag.unsupported(x, "class attribute '"+x.Name+"' read through a computed instance")
		return primary(jen.Nil()), true
	case viaInstance && k.definedBelow(x.Name, false):
		getter, _ := k.topDefiner(x.Name).overrideGetter(x.Name)
		recv := operand(e.x(x.X), precPrimary, false)
		if n, isName := x.X.(*grammar.Name); isName && e.bound[x.X] == nil && isDispatchSelf(e.uses[n]) {
			recv = selfValue(e.uses[n])
		}
		return primary(recv.Dot(getter).Call()), true
	}
	v := primary(classAttrValue(k, x.Name))
	if e.ordered[x] {
		v = orderedRead(classAttrValue(k, x.Name))
	}
	if n, isName := x.X.(*grammar.Name); viaInstance && isName && e.uses[n] != nil && e.uses[n].Kind == symVar {
		// Go would find a local variable read nowhere else unused
		// (`[len(o.log) for o in objs]`).
		return primary(jen.Qual(pyPkg, "Then").Call(e.expr(x.X), v.code)), true
	}
	return v, true
}

// classAttrStore emits a store of v to class attribute name through
// class k, reporting the stores that are refused.
func (e *emitter) classAttrStore(g *jen.Group, at grammar.Node, k *Class, name string, v func(t *Type) jen.Code) {
	a := k.classAttrs[name]
	if a == nil {
		e.diag.unsupported(at, "assigning class attribute '"+name+"', which no class of '"+k.Def.Name+"' defines")
		return
	}
	g.Id(a.sym.Go).Op("=").Add(v(a.sym.cell.get()))
	if a.flag != "" {
		g.Id(a.flag).Op("=").True()
	}
}

// staticCall emits a call of a static or class method.
func (e *emitter) staticCall(m *Func, recv grammar.Expr, call *grammar.Call) *jen.Statement {
	if recv != nil && !isSimple(recv) {
		e.diag.unsupported(call, "static method called through a computed instance")
		return jen.Nil()
	}
	args, ok := e.callArgs(m, call)
	if !ok {
		return jen.Nil()
	}
	res := jen.Id(m.Sym.Go).Call(args...)
	switch {
	case recv == nil || e.classNamed(recv) != nil:
		return res
	case returnsValue(m):
		// Through an instance, which Go must read too: a variable
		// read nowhere else would not compile.
		return jen.Qual(pyPkg, "Then").Call(e.expr(recv), res)
	}
	return jen.Func().Params().Block(jen.Id("_").Op("=").Add(e.expr(recv)), res).Call()
}

// methodKindOK checks what a method's kind asks of its def: a getter
// takes self alone and a setter self and the value.
func (r *resolver) methodKindOK(fn *Func) bool {
	n := len(fn.Def.Params)
	switch {
	case fn.kind == propertyGetter && n != 1:
		r.diag.unsupported(fn.Def, "property getter with parameters besides self")
	case fn.kind == propertySetter && n != 2:
		r.diag.unsupported(fn.Def, "property setter with parameters other than self and the value")
	case (fn.kind == propertyGetter || fn.kind == propertySetter) && fn.Def.Async:
		r.diag.unsupported(fn.Def, "async property")
	default:
		return true
	}
	return false
}

// classBodyAssign checks an assignment in a class body: a class
// attribute set once, and not also a method's name, to a value whose
// names are the module's: the class body's own names, which CPython's
// class scope would find first, and a lambda, which an instance would
// call as a method, are refused.
func (r *resolver) classBodyAssign(cls *Class, st grammar.Stmt) {
	name, value, ok := classAttrTarget(st)
	switch {
	case ok && (cls.methods[name] != nil || cls.classAttrs[name].value != value):
		r.diag.unsupported(st, "class attribute '"+name+"' defined twice, or also as a method")
	case ok:
		if r.classValueOK(cls, value) {
			r.expr(value)
		}
	case name == "__slots__" || isSlots(st):
		r.slotsDecl(cls, st)
	default:
		r.diag.unsupported(st, "class attribute other than a name set to a value")
	}
}

// classValueOK refuses what a class attribute's value may not hold.
func (r *resolver) classValueOK(cls *Class, value grammar.Expr) bool {
	ok := true
	grammar.Inspect(value, func(n grammar.Node) bool {
		switch n := n.(type) {
		case *grammar.Lambda:
			r.diag.unsupported(n, "lambda as a class attribute's value")
			ok = false
		case *grammar.NamedExpr:
			r.diag.unsupported(n, "':=' in a class body")
			ok = false
		case *grammar.Name:
			if cls.classAttrs[n.Id] != nil || cls.methods[n.Id] != nil {
				r.diag.unsupported(n, "name '"+n.Id+"' of the class body read in a class attribute's value")
				ok = false
			}
		}
		return ok
	})
	return ok
}

// isSlots reports whether a class body statement assigns __slots__.
func isSlots(st grammar.Stmt) bool {
	if a, ok := st.(*grammar.Assign); ok && len(a.Targets) == 1 {
		n, ok := a.Targets[0].(*grammar.Name)
		return ok && n.Id == "__slots__"
	}
	return false
}

// refClassAttrs records that the current scope may read the package
// variable of every class attribute called name, so that no local takes
// its Go name (nameLocals).
func (r *resolver) refClassAttrs(name string) {
	for _, sym := range r.module.order {
		if sym.Kind == symClass && sym.cls.classAttrs[name] != nil {
			r.scope.refs[sym.cls.classAttrs[name].sym] = true
		}
	}
}

// readOnlyStore reports whether storing attribute name through an
// instance of cls raises CPython's AttributeError: a property without a
// setter, to which no class below cls adds one.
func (cls *Class) readOnlyStore(name string) bool {
	var setterBelow func(k *Class) bool
	setterBelow = func(k *Class) bool {
		for _, s := range k.subs {
			if s.setters[name] != nil || setterBelow(s) {
				return true
			}
		}
		return false
	}
	return cls.property(name) != nil && cls.setter(name) == nil && !setterBelow(cls)
}

// instanceStoreOK refuses a store through an instance of cls to a name
// that is a class attribute and no instance attribute: in Python it
// makes an instance attribute that hides the class's.
func (e *emitter) instanceStoreOK(t *grammar.Attribute, cls *Class) bool {
	switch {
	case cls.property(t.Name) != nil && cls.setter(t.Name) == nil:
		e.diag.unsupported(t, "assigning property '"+t.Name+"', to which a subclass of '"+cls.Def.Name+"' adds a setter")
	case cls.setter(t.Name) != nil && cls.setterLostBelow(t.Name):
		e.diag.unsupported(t, "assigning property '"+t.Name+"', which a subclass of '"+cls.Def.Name+"' defines again without a setter")
	case cls.attrOwner(t.Name) == nil && cls.classAttr(t.Name) != nil && cls.property(t.Name) == nil:
		e.diag.unsupported(t, "assigning class attribute '"+t.Name+"' through an instance")
	default:
		return true
	}
	return false
}

// classAttrsOf lists the class attributes class statement st defines in
// its body, in their order, whose values run where the module runs st.
func (c *checker) classAttrsOf(st *grammar.ClassDef) []*classAttr {
	sym := c.module.syms[st.Name]
	if sym == nil || sym.Kind != symClass || sym.cls.Def != st {
		return nil
	}
	var out []*classAttr
	for _, name := range sym.cls.classOrder {
		if a := sym.cls.classAttrs[name]; a.value != nil {
			out = append(out, a)
		}
	}
	return out
}

// classAttrInits assigns the class attributes of class statement st
// whose values are not constants.
func (e *emitter) classAttrInits(g *jen.Group, st *grammar.ClassDef) {
	for _, a := range e.classAttrsOf(st) {
		if a.value != nil && !isConstant(a.value) {
			e.lineDirective(g, a.value.Position())
			g.Id(a.sym.Go).Op("=").Add(e.coerce(a.value, a.sym.cell.get()))
		}
	}
}

// inferClassAttrs flows the values (and annotations) of the class
// attributes of class statement st into their type variables.
func (c *checker) inferClassAttrs(st *grammar.ClassDef) {
	for _, a := range c.classAttrsOf(st) {
		if a.sym.declared != nil {
			c.lat.add(a.sym.cell, a.sym.declared)
		}
		if a.value != nil {
			c.lat.add(a.sym.cell, c.exprType(a.value))
		}
	}
}
