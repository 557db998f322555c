package codegen

import (
	"strconv"

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
// Besides __init__, a class may implement the protocols of async with
// (__aenter__, __aexit__) and async for (__aiter__, __anext__). Its body
// may declare attributes with bare annotations (`name: str`), which bind
// nothing. Class attributes, inheritance, properties and other special
// methods are refused.

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
		goNames: map[string]bool{"PyStr": true, "PyRepr": true}, fields: map[string]string{}}
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
			async, ok := protocolMethods[b.Name]
			switch {
			case isDunder(b.Name) && !ok:
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
			r.funcDef(b)
		case *grammar.Pass:
		case *grammar.AnnAssign:
			// `name: str` declares an instance attribute: CPython
			// evaluates the annotation and binds nothing.
			if _, isName := b.Target.(*grammar.Name); !isName || b.Value != nil {
				r.diag.unsupported(b, "this statement in a class body")
				continue
			}
			r.annotation(b.Annotation, true)
		case *grammar.ExprStmt:
			if _, ok := b.X.(*grammar.StrLit); !ok {
				r.diag.unsupported(b, "this statement in a class body")
			}
		default:
			r.diag.unsupported(b, "this statement in a class body")
		}
	}
}

// protocolMethods are the special methods a class may define, and
// whether each must be a coroutine: the constructor, and the protocols of
// async with and async for.
var protocolMethods = map[string]bool{"__init__": false, "__aenter__": true, "__aexit__": true, "__aiter__": false, "__anext__": true,
	"__str__": false, "__repr__": false}

// stringers are the methods through which the runtime's str() and repr()
// reach a class's __str__ and __repr__ (py.PyStrer, py.PyReprer).
var stringers = [...]struct{ py, goName string }{{"__str__", "PyStr"}, {"__repr__", "PyRepr"}}

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
		for _, s := range stringers {
			if m := cls.methods[s.py]; m != nil {
				if m.ret.get().Kind != Str {
					e.diag.errorf(m.Def.Pos, "%s() must return a str", s.py)
					continue
				}
				f.Line()
				f.Commentf("%s is %s() of a %s: its %s.", s.goName, s.py[2:len(s.py)-2], cls.Def.Name, s.py)
				f.Func().Params(jen.Id("self").Op("*").Id(sym.Go)).Id(s.goName).Params().String().Block(
					jen.Return(jen.Id("self").Dot(m.Sym.Go).Call()))
			}
		}
		init := cls.init()
		if init == nil {
			continue
		}
		names := make([]jen.Code, len(init.args()))
		for i, p := range init.args() {
			names[i] = jen.Id(p.Go)
		}
		self := init.Params[0].Go
		f.Line()
		f.Func().Id(cls.ctor).Params(goParams(init)...).Op("*").Id(sym.Go).Block(
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

// attribute emits obj.name read from an instance, or sys.argv.
func (e *emitter) attribute(x *grammar.Attribute) gox {
	if e.moduleAttr(x) == "sys.argv" {
		return primary(jen.Qual(pyPkg, "SysArgv").Call(jen.Lit(e.opts.Filename)))
	}
	if c := mathConst(e.moduleAttr(x)); c != nil {
		return primary(c)
	}
	cls := e.classOf(x.X)
	if cls == nil {
		e.diag.unsupported(x, "attribute access")
		return primary(jen.Nil())
	}
	if cls.attr(x.Name, false) == nil {
		e.diag.errorf(x.Pos, "'%s' object has no attribute '%s'", cls.Def.Name, x.Name)
		return primary(jen.Nil())
	}
	read := operand(e.x(x.X), precPrimary, false).Dot(cls.fields[x.Name])
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
	m := cls.methods[name]
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
	if it.Kind != ClassT || it.cls.methods["__anext__"] == nil || !it.cls.methods["__anext__"].Def.Async {
		return nil
	}
	return it.cls.methods["__anext__"]
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
