package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// Exception classes with a body.
//
// An exception is a *py.Exc wherever it goes (raised, caught, gathered
// with return_exceptions, held in a list), so that one Go type serves
// every exception. A class deriving from an exception class whose body
// defines methods or class attributes (`class HTTPError(AppError):` with
// an __init__ that sets self.status), and any class deriving from such a
// class, is also a Class of the program: its struct holds the instance's
// attributes and carries its methods, and the *py.Exc points at it
// (py.Exc.Self) while the struct's root holds the *py.Exc:
//
//	var HTTPErrorClass = py.NewExcClass("HTTPError", AppError)
//
//	type HTTPError struct {
//		exception *py.Exc
//		status int
//	}
//
//	func newHTTPError(npos int, status int) *py.Exc {
//		self := &HTTPError{}
//		self.exception = HTTPErrorClass.New([]any{status}[:npos]...)
//		self.exception.Self = self
//		self.__init___(status)
//		return self.exception
//	}
//
// The constructor's npos is how many arguments the call passed by
// position: BaseException.__new__ makes them the exception's args, which
// str() shows unless __init__ calls super().__init__(...), which replaces
// them. Values of such a class have type ExcT with the class (Type.cls),
// so that their attributes and methods are known; they are read through
// e.Self asserted to the class's type. In the class's methods self is
// the struct, and self as a value is the exception it holds.

// isExc reports whether cls is an exception class with a body.
func (cls *Class) isExc() bool { return cls.excBase != nil }

// excField is the Go name of the struct field holding the exception.
func (cls *Class) excField() string { return cls.root().excGo }

// excClassBase decides whether class statement st, which has no base of
// the program's plain classes, is an exception class with a body: its
// one base names an exception class, and it has a body or derives from
// such a class. base is then the class of the program it derives from,
// nil for a built-in exception or one without a body.
func excClassBase(st *grammar.ClassDef, s *Scope) (base *Class, ok bool) {
	if len(st.Bases) != 1 || st.Bases[0].Name != "" || st.Bases[0].Star || len(st.Decorators) > 0 {
		return nil, false
	}
	n, isName := st.Bases[0].Value.(*grammar.Name)
	if !isName {
		return nil, false
	}
	switch sym := s.syms[n.Id]; {
	case sym == nil:
		return nil, excClasses[n.Id] && !emptyClassBody(st.Body)
	case sym.Kind == symExcClass:
		return nil, !emptyClassBody(st.Body)
	case sym.Kind == symClass && sym.cls.isExc():
		return sym.cls, true
	}
	return nil, false
}

// isExcSelf reports whether sym is self in a method of an exception class
// with a body.
func isExcSelf(sym *Symbol) bool {
	if sym == nil || sym.Kind != symParam || sym.scope == nil {
		return false
	}
	fn := sym.scope.fn
	return fn != nil && fn.class != nil && fn.class.isExc() && !fn.isClassLevel() && len(fn.Params) > 0 && fn.Params[0] == sym
}

// excType is the type of an exception of the class x names (a class or
// a tuple of them, as in an except clause): the class with a body they
// all derive from, or any exception.
func (c *checker) excType(x grammar.Expr) *Type {
	classes := []grammar.Expr{x}
	if tup, ok := x.(*grammar.Tuple); ok {
		classes = tup.Elts
	}
	var cls *Class
	for i, k := range classes {
		kc := c.classNamed(k)
		if kc == nil || !kc.isExc() {
			return tExc
		}
		if i == 0 {
			cls = kc
		} else if cls = commonBase(cls, kc); cls == nil {
			return tExc
		}
	}
	return &Type{Kind: ExcT, cls: cls}
}

// excCtorDecl declares the constructor of an exception class with a
// body, which returns the exception (see the top of this file).
func (e *emitter) excCtorDecl(f *jen.File, cls *Class) {
	init := cls.init()
	self := "self"
	var params, names, args []jen.Code
	if init != nil {
		self, params = init.Params[0].Go, goParams(init)
		for _, p := range init.args() {
			names = append(names, jen.Id(p.Go))
		}
		params = append([]jen.Code{jen.Id("npos").Int()}, params...)
		args = []jen.Code{jen.Index().Any().Values(names...).Index(jen.Empty(), jen.Id("npos")).Op("...")}
	} else {
		params = []jen.Code{jen.Id("args").Op("...").Any()}
		args = []jen.Code{jen.Id("args").Op("...")}
	}
	exc := jen.Id(self).Dot(cls.excField())
	body := []jen.Code{jen.Id(self).Op(":=").Op("&").Id(cls.structName()).Values()}
	if cls.inHierarchy() {
		body = append(body, jen.Id(self).Dot(cls.root().thisGo).Op("=").Id(self))
	}
	body = append(body,
		exc.Clone().Op("=").Id(cls.excVar).Dot("New").Call(args...),
		exc.Clone().Dot("Self").Op("=").Id(self))
	if init != nil {
		body = append(body, jen.Id(self).Dot(init.Sym.Go).Call(names...))
	}
	body = append(body, jen.Return(exc.Clone()))
	f.Line()
	f.Func().Id(cls.ctor).Params(params...).Op("*").Qual(pyPkg, "Exc").Block(body...)
}

// newExcInstance emits C(args) of an exception class with a body.
func (e *emitter) newExcInstance(cls *Class, call *grammar.Call) *jen.Statement {
	init := cls.init()
	if init == nil {
		args, _ := e.positional(call, cls.Def.Name)
		vals := make([]jen.Code, len(args))
		for i, a := range args {
			vals[i] = e.expr(a)
		}
		return jen.Id(cls.ctor).Call(vals...)
	}
	args, ok := e.callArgs(init, call)
	if !ok {
		return jen.Nil()
	}
	npos := 0
	for _, a := range call.Args {
		if a.Name == "" {
			npos++
		}
	}
	return jen.Id(cls.ctor).Call(append([]jen.Code{jen.Lit(npos)}, args...)...)
}

// excInit emits the statement super().__init__(args) in a method of an
// exception class with a body that reaches BaseException's __init__:
// the arguments become the exception's args.
func (e *emitter) excInit(g *jen.Group, call *grammar.Call) {
	vals := make([]jen.Code, len(call.Args))
	for i, a := range call.Args {
		vals[i] = e.expr(a.Value)
	}
	self := e.fn.Params[0].Go
	g.Id(self).Dot(e.fn.class.excField()).Dot("Args").Op("=").Index().Any().Values(vals...)
}
