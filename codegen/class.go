package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// Classes.
//
// A module-level `class C:` without bases (or with object) whose body
// defines methods becomes a Go struct with one field per instance
// attribute and one Go method per def or async def:
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
// Class attributes, inheritance, properties and the special methods other
// than __init__ are refused.

// Class is one supported class of the module.
type Class struct {
	Def     *grammar.ClassDef
	Sym     *Symbol
	methods map[string]*Func
	attrs   map[string]*cell
	order   []string        // attributes in order of first assignment
	goNames map[string]bool // Go names of the struct's fields and methods
	fields  map[string]string
	ctor    string // Go name of the constructor function
}

// attr returns the type variable of attribute name, making it when store
// is set; nil when the attribute was never assigned.
func (cls *Class) attr(name string, store bool) *cell {
	if c := cls.attrs[name]; c != nil || !store {
		return c
	}
	c := newCell()
	cls.attrs[name] = c
	cls.order = append(cls.order, name)
	cls.fields[name] = uniqueGoName(name, cls.goNames)
	return c
}

// init is the class's __init__, or nil.
func (cls *Class) init() *Func { return cls.methods["__init__"] }

// isPlainClass reports whether a class statement has the form classes
// take (no bases but object, no decorators); other class statements are
// exception classes or refused.
func isPlainClass(st *grammar.ClassDef) bool {
	if len(st.Bases) == 0 {
		return true
	}
	n, ok := st.Bases[0].Value.(*grammar.Name)
	return len(st.Bases) == 1 && st.Bases[0].Name == "" && ok && n.Id == "object"
}

// bindClass declares class st of the module and its methods.
func (r *resolver) bindClass(st *grammar.ClassDef, s *Scope) {
	sym := s.define(st.Name, symClass)
	cls := &Class{Def: st, Sym: sym, methods: map[string]*Func{}, attrs: map[string]*cell{},
		goNames: map[string]bool{}, fields: map[string]string{}}
	sym.cls = cls
	cls.ctor = uniqueGoName("new"+st.Name, s.goNames)
	for _, b := range st.Body {
		def, ok := b.(*grammar.FuncDef)
		if !ok {
			continue
		}
		if cls.methods[def.Name] != nil {
			r.diag.unsupported(def, "redefining method '"+def.Name+"'")
			continue
		}
		msym := &Symbol{Name: def.Name, Kind: symFunc, scope: s, cell: newCell()}
		msym.Go = funcGoName(def.Name, cls.goNames)
		fn := &Func{Def: def, Sym: msym, ret: newCell(), class: cls}
		msym.fn = fn
		cls.methods[def.Name] = fn
		r.funcs = append(r.funcs, fn)
		r.funcOf[def] = fn
	}
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
	if len(st.Decorators) > 0 {
		r.diag.unsupported(st.Decorators[0], "class decorator")
	}
	for _, b := range st.Body {
		switch b := b.(type) {
		case *grammar.FuncDef:
			if len(b.Params) == 0 || b.Params[0].Kind != grammar.ParamNormal || b.Params[0].Default != nil {
				r.diag.unsupported(b, "method without self")
				continue
			}
			if isDunder(b.Name) && b.Name != "__init__" {
				r.diag.unsupported(b, "special method '"+b.Name+"'")
				continue
			}
			r.funcDef(b)
		case *grammar.Pass:
		case *grammar.ExprStmt:
			if _, ok := b.X.(*grammar.StrLit); !ok {
				r.diag.unsupported(b, "this statement in a class body")
			}
		default:
			r.diag.unsupported(b, "this statement in a class body")
		}
	}
}

func isDunder(name string) bool {
	return len(name) > 4 && name[:2] == "__" && name[len(name)-2:] == "__"
}

// args are the parameters a call's arguments bind: a method's self is
// bound by the receiver.
func (fn *Func) args() []*Symbol {
	if fn.class != nil {
		return fn.Params[1:]
	}
	return fn.Params
}

// argDefs are the declarations of args, in the same order.
func (fn *Func) argDefs() []*grammar.Param {
	if fn.class != nil {
		return fn.Def.Params[1:]
	}
	return fn.Def.Params
}

// classOf returns the class of the instance x evaluates to, or nil.
func (c *checker) classOf(x grammar.Expr) *Class {
	if t := c.typeOf(x); t.Kind == ClassT {
		return t.cls
	}
	return nil
}

// classDecls declares each class's struct type and constructor.
func (e *emitter) classDecls(f *jen.File) {
	for _, sym := range e.module.order {
		if sym.Kind != symClass {
			continue
		}
		cls := sym.cls
		f.Line()
		f.Type().Id(sym.Go).StructFunc(func(g *jen.Group) {
			for _, name := range cls.order {
				g.Id(cls.fields[name]).Add(goType(cls.attrs[name].get()))
			}
		})
		init := cls.init()
		if init == nil {
			continue
		}
		params := make([]jen.Code, len(init.args()))
		names := make([]jen.Code, len(init.args()))
		for i, p := range init.args() {
			params[i] = jen.Id(p.Go).Add(goType(p.cell.get()))
			names[i] = jen.Id(p.Go)
		}
		self := init.Params[0].Go
		f.Line()
		f.Func().Id(cls.ctor).Params(params...).Op("*").Id(sym.Go).Block(
			jen.Id(self).Op(":=").Op("&").Id(sym.Go).Values(),
			jen.Id(self).Dot(init.Sym.Go).Call(names...),
			jen.Return(jen.Id(self)),
		)
	}
}

// newInstance emits C(args): the constructor, or a zero struct for a
// class without __init__.
func (e *emitter) newInstance(cls *Class, call *grammar.Call) *jen.Statement {
	init := cls.init()
	if init == nil {
		if len(call.Args) > 0 {
			e.diag.errorf(call.Pos, "%s() takes no arguments", cls.Def.Name)
		}
		return jen.Op("&").Id(cls.Sym.Go).Values()
	}
	args, ok := e.callArgs(init, call)
	if !ok {
		return jen.Nil()
	}
	return jen.Id(cls.ctor).Call(args...)
}

// attribute emits obj.name read from an instance.
func (e *emitter) attribute(x *grammar.Attribute) gox {
	cls := e.classOf(x.X)
	if cls == nil {
		e.diag.unsupported(x, "attribute access")
		return primary(jen.Nil())
	}
	if cls.attr(x.Name, false) == nil {
		e.diag.errorf(x.Pos, "'%s' object has no attribute '%s'", cls.Def.Name, x.Name)
		return primary(jen.Nil())
	}
	return primary(operand(e.x(x.X), precPrimary, false).Dot(cls.fields[x.Name]))
}
