package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// Attributes an instance may lack. CPython raises AttributeError for an
// attribute nothing has assigned yet, and hasattr() answers False; a Go
// field always has a value. The attributes that constructing an instance
// always assigns (sureAttrs) need nothing more. Every other attribute of
// a class's instances gets a flag field beside its own, which a setter
// method sets with each store; the reads that may find the attribute
// unassigned go through a getter method that checks it (raising with
// py.NoAttr), and PyGetAttr (so hasattr and getattr) consults it. An
// attribute that some `del x.name` deletes may be absent too: a deleter
// method checks and clears its flag.

// attrFlag names the flag field of an attribute, the method that stores
// the attribute and sets the flag, the one that checks it and reads, and
// for a deleted attribute the one that checks and clears it.
type attrFlag struct{ flag, setter, getter, deleter string }

// flagAttrs gives a flag to each attribute that an instance of the
// class owning it, or of a subclass, may lack once constructed.
func (c *checker) flagAttrs() {
	c.attrFlags = map[*Class]map[string]*attrFlag{}
	c.deletedAttrs = map[string]bool{}
	find := func(st grammar.Stmt) {
		if d, ok := st.(*grammar.Del); ok {
			for _, t := range d.Targets {
				if a, ok := t.(*grammar.Attribute); ok {
					c.deletedAttrs[a.Name] = true
				}
			}
		}
	}
	c.walkAllStmts(find)
	for _, cls := range c.classes() {
		for _, name := range cls.order {
			if !c.mayLack(cls, name) {
				continue
			}
			if c.attrFlags[cls] == nil {
				c.attrFlags[cls] = map[string]*attrFlag{}
			}
			c.attrFlags[cls][name] = &attrFlag{
				flag:   uniqueGoName(cls.fields[name]+"Set", cls.goNames),
				setter: uniqueGoName("set"+exportedName(cls.fields[name]), cls.goNames),
				getter: uniqueGoName("get"+exportedName(cls.fields[name]), cls.goNames),
			}
			if c.deletedAttrs[name] {
				c.attrFlags[cls][name].deleter = uniqueGoName("del"+exportedName(cls.fields[name]), cls.goNames)
			}
		}
	}
}

// storeFlag is the flag of attribute name of cls's instances, which its
// stores set; nil for an attribute that needs none.
func (c *checker) storeFlag(cls *Class, name string) *attrFlag {
	return c.attrFlags[cls.attrOwner(name)][name]
}

// readFlag is the flag that a read of attribute name of a value of class
// cls must check; nil when every such value has the attribute.
func (c *checker) readFlag(cls *Class, name string) *attrFlag {
	if !c.mayLack(cls, name) {
		return nil
	}
	return c.storeFlag(cls, name)
}

// mayLack reports whether an instance of cls, or of a class deriving
// from it, may be without attribute name once constructed.
func (c *checker) mayLack(cls *Class, name string) bool {
	if cls.enum != nil {
		return false
	}
	if !c.sureAttrs(cls)[name] || c.deletedAttrs[name] {
		return true
	}
	for _, sub := range cls.subs {
		if c.mayLack(sub, name) {
			return true
		}
	}
	return false
}

// sureAttrs are the attributes that constructing an instance of cls
// always assigns: a dataclass's fields, and the stores through self at
// the top level of the __init__ (and __post_init__) it runs, up to the
// first statement that may return early, with what the base __init__ it
// calls there assigns.
func (c *checker) sureAttrs(cls *Class) map[string]bool {
	if sure, ok := c.sure[cls]; ok {
		return sure
	}
	sure := map[string]bool{}
	if c.sure == nil {
		c.sure = map[*Class]map[string]bool{}
	}
	c.sure[cls] = sure
	init := cls.methods["__init__"]
	switch {
	case init != nil:
		c.initStores(cls, init, sure)
	case cls.data != nil:
		for _, fd := range cls.data.fields {
			sure[fd.name] = true
		}
		if post := cls.method("__post_init__"); post != nil {
			c.initStores(cls, post, sure)
		}
	case cls.base != nil:
		for name := range c.sureAttrs(cls.base) {
			sure[name] = true
		}
	}
	return sure
}

// initStores adds to sure what the top level of init assigns through its
// self, and what the base __init__ it calls there assigns.
func (c *checker) initStores(cls *Class, init *Func, sure map[string]bool) {
	if len(init.Params) == 0 {
		return
	}
	self := init.Params[0]
	var stores func(t grammar.Expr)
	stores = func(t grammar.Expr) {
		switch t := t.(type) {
		case *grammar.Attribute:
			if n, ok := t.X.(*grammar.Name); ok && c.uses[n] == self {
				sure[t.Name] = true
			}
		case *grammar.Tuple:
			for _, x := range t.Elts {
				stores(x)
			}
		}
	}
	for _, st := range init.Def.Body {
		switch st := st.(type) {
		case *grammar.Assign:
			for _, t := range st.Targets {
				stores(t)
			}
		case *grammar.AnnAssign:
			if st.Value != nil {
				stores(st.Target)
			}
		case *grammar.ExprStmt:
			if cls.base != nil && c.callsBaseInit(st.X, cls, self) {
				for name := range c.sureAttrs(cls.base) {
					sure[name] = true
				}
			}
		}
		if containsStmt[*grammar.Return]([]grammar.Stmt{st}) {
			return // what follows may not run
		}
	}
}

// callsBaseInit reports whether x is super().__init__(...) or
// Base.__init__(self, ...) in a method of cls whose self is self.
func (c *checker) callsBaseInit(x grammar.Expr, cls *Class, self *Symbol) bool {
	call, ok := x.(*grammar.Call)
	if !ok {
		return false
	}
	fn, ok := call.Func.(*grammar.Attribute)
	if !ok || fn.Name != "__init__" {
		return false
	}
	switch recv := fn.X.(type) {
	case *grammar.Call:
		n, ok := recv.Func.(*grammar.Name)
		return ok && n.Id == "super" && len(recv.Args) == 0
	case *grammar.Name:
		sym := c.uses[recv]
		if sym == nil || sym.Kind != symClass || sym.cls != cls.base || len(call.Args) == 0 {
			return false
		}
		first, ok := call.Args[0].Value.(*grammar.Name)
		return ok && c.uses[first] == self
	}
	return false
}

// attrFlagDecls declares the setters and getters of cls's flagged
// attributes. A getter names the class of the whole instance in its
// error: in a hierarchy the root's field holds it.
func (e *emitter) attrFlagDecls(f *jen.File, cls *Class) {
	whole := jen.Id("self")
	if cls.inHierarchy() {
		whole = jen.Id("self").Dot(cls.root().thisGo)
	}
	for _, name := range cls.order {
		fl := e.attrFlags[cls][name]
		if fl == nil {
			continue
		}
		t := goType(cls.attrs[name].get())
		recv := func() *jen.Statement { return jen.Func().Params(jen.Id("self").Op("*").Id(cls.structName())) }
		f.Line()
		f.Add(recv().Id(fl.setter).Params(jen.Id("v").Add(t)).Block(
			jen.Id("self").Dot(cls.fields[name]).Op("=").Id("v"),
			jen.Id("self").Dot(fl.flag).Op("=").True(),
		))
		check := jen.If(jen.Op("!").Id("self").Dot(fl.flag)).Block(jen.Qual(pyPkg, "NoAttr").Call(whole.Clone(), jen.Lit(name)))
		f.Line()
		f.Add(recv().Id(fl.getter).Params().Add(t).Block(
			check.Clone(),
			jen.Return(jen.Id("self").Dot(cls.fields[name])),
		))
		if fl.deleter != "" {
			f.Line()
			f.Add(recv().Id(fl.deleter).Params().Block(
				check.Clone(),
				jen.Var().Id("zero").Add(t),
				jen.Id("self").Dot(cls.fields[name]).Op("=").Id("zero"), // what it held may be collected
				jen.Id("self").Dot(fl.flag).Op("=").False(),
			))
		}
	}
}

// delAttr emits `del x.name`: through the attribute's deleter, for an
// instance attribute of one of the program's classes.
func (e *emitter) delAttr(g *jen.Group, t *grammar.Attribute) {
	cls := e.classOf(t.X)
	var fl *attrFlag
	if cls != nil {
		fl = e.storeFlag(cls, t.Name)
	}
	switch {
	case cls == nil || fl == nil || fl.deleter == "":
		e.diag.unsupported(t, "'del' of an attribute other than an instance attribute of a class of the program")
	case cls.data != nil || cls.property(t.Name) != nil:
		e.diag.unsupported(t, "'del' of an attribute of a dataclass or a property")
	default:
		g.Add(e.attrBase(t.X, cls, t.Name).Dot(fl.deleter).Call())
	}
}
