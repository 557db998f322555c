package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// Comparisons of the program's classes. A class whose chain defines
// __eq__, __ne__, __lt__, __le__, __gt__ or __ge__, and every dataclass
// (whose @dataclass generates __eq__, and with order=True the ordering),
// gets one adapter through which the runtime's py.Eq, py.Lt, ... reach
// those methods (runtime/py/richcompare.go):
//
//	func (self *Version) PyRichCompare(other any, op string) (bool, bool) {
//		switch op {
//		case "==":
//			r := self.__eq___(other)
//			if r == py.NotImplemented {
//				return false, false
//			}
//			return r.(bool), true
//		case "!=": // object's __ne__: the inverse of __eq__
//			if r, ok := self.PyRichCompare(other, "=="); ok {
//				return !r, true
//			}
//		...
//		}
//		return false, false
//	}
//
// Generated code compares instances through those runtime functions, so
// the reflected method, subclass priority and the fallback to identity
// are CPython's. The runtime passes the other operand as any, so a
// comparison method's second parameter is any; `if not isinstance(other,
// C): return NotImplemented` narrows it below (narrow.go). A method
// returns a bool or NotImplemented; defining __eq__ makes instances
// unhashable, as CPython sets __hash__ to None (__hash__ itself is
// refused).

// compareMethods maps each comparison method to its operator.
var compareMethods = map[string]string{"__eq__": "==", "__ne__": "!=", "__lt__": "<", "__le__": "<=", "__gt__": ">", "__ge__": ">="}

// compareOps are the operators in the order the adapter's cases take.
var compareOps = [...]string{"==", "!=", "<", "<=", ">", ">="}

// methodFor is the name of the comparison method of op.
func methodFor(op string) string {
	for name, o := range compareMethods {
		if o == op {
			return name
		}
	}
	return ""
}

// checkCompareMethod reports a comparison method cls may not define:
// one of an enum, an exception class, or a dataclass that generates it
// or hashes by its fields, and one with other than (self, other).
func (r *resolver) checkCompareMethod(cls *Class, def *grammar.FuncDef) bool {
	op := compareMethods[def.Name]
	switch {
	case cls.enum != nil && (cls.enum.intEnum || op == "==" || op == "!="):
		// An IntEnum compares as an int; an Enum's __eq__ would make its
		// members unhashable.
		r.diag.unsupported(def, "'"+def.Name+"' in an "+map[bool]string{true: "IntEnum", false: "Enum"}[cls.enum.intEnum])
	case cls.isExc():
		r.diag.unsupported(def, "'"+def.Name+"' in an exception class")
	case cls.data != nil && cls.data.tuple:
		r.diag.unsupported(def, "'"+def.Name+"' in a NamedTuple")
	case cls.data != nil && !cls.data.plain && cls.data.order && op != "==" && op != "!=":
		// CPython raises TypeError: order=True cannot overwrite it.
		r.diag.unsupported(def, "'"+def.Name+"' in a dataclass with order=True")
	case cls.data != nil && cls.data.frozen && op == "==":
		r.diag.unsupported(def, "'__eq__' in a frozen dataclass, which hashes by its fields")
	case len(def.Params) != 2 || def.Params[1].Kind != grammar.ParamNormal || def.Params[1].Default != nil:
		r.diag.unsupported(def, "'"+def.Name+"' with parameters other than (self, other)")
	default:
		return true
	}
	return false
}

// comparesByMethods reports whether instances of cls compare through
// PyRichCompare.
func (cls *Class) comparesByMethods() bool {
	if cls.data != nil {
		return true
	}
	for name := range compareMethods {
		if cls.method(name) != nil {
			return true
		}
	}
	return false
}

// runsOwnEq reports whether values of type t are instances whose class
// runs the program's own __eq__ (or __ne__ for op "!="), which may
// answer even for None.
func runsOwnEq(t *Type, op string) bool {
	return t.Kind == ClassT && t.cls != nil && (t.cls.method("__eq__") != nil || op == "!=" && t.cls.method("__ne__") != nil)
}

// richCompareDecls declares PyRichCompare and PyDerivesFrom for a class
// whose instances compare through methods, and PyUnhashable for one that
// defines __eq__ itself without __hash__.
func (e *emitter) richCompareDecls(f *jen.File, cls *Class) {
	if !cls.comparesByMethods() {
		return
	}
	name := cls.Def.Name
	recv := func() *jen.Statement { return jen.Func().Params(jen.Id("self").Op("*").Id(cls.structName())) }
	f.Line()
	f.Comment("PyRichCompare is self op other through the comparison methods of a " + name + ".")
	f.Add(recv()).Id("PyRichCompare").Params(jen.Id("other").Any(), jen.Id("op").String()).Params(jen.Bool(), jen.Bool()).Block(
		jen.Switch(jen.Id("op")).BlockFunc(func(g *jen.Group) {
			for _, op := range compareOps {
				if body := e.compareCase(cls, op); body != nil {
					g.Case(jen.Lit(op)).Block(body...)
				}
			}
		}),
		jen.Return(jen.False(), jen.False()),
	)

	f.Line()
	f.Comment("PyDerivesFrom reports whether other is an instance of a base class of " + name + ".")
	var bases []jen.Code
	for k := cls.base; k != nil; k = k.base {
		bases = append(bases, jen.Op("*").Id(k.structName()))
	}
	if len(bases) == 0 {
		f.Func().Params(jen.Op("*").Id(cls.structName())).Id("PyDerivesFrom").Params(jen.Any()).Bool().Block(jen.Return(jen.False()))
	} else {
		f.Add(recv()).Id("PyDerivesFrom").Params(jen.Id("other").Any()).Bool().Block(
			jen.Switch(jen.Id("other").Assert(jen.Type())).Block(jen.Case(bases...).Block(jen.Return(jen.True()))),
			jen.Return(jen.False()))
	}

	if cls.methods["__eq__"] != nil && cls.methods["__hash__"] == nil && (cls.data == nil || cls.data.plain) {
		f.Line()
		f.Comment("PyUnhashable: defining __eq__ sets __hash__ to None.")
		f.Func().Params(jen.Op("*").Id(cls.structName())).Id("PyUnhashable").Params().Block()
	}
}

// compareCase is the body of the adapter's case for op, or nil when op
// falls to the adapter's final NotImplemented. The method is the nearest
// of cls's chain: one a class body defines, or one @dataclass generates.
func (e *emitter) compareCase(cls *Class, op string) []jen.Code {
	for k := cls; k != nil; k = k.base {
		if m := k.methods[methodFor(op)]; m != nil {
			return e.compareCall(m)
		}
		if data := k.data; data != nil && !data.plain && op != "!=" && (data.tuple || op == "==" || data.order) {
			return dataCompare(cls, k, op)
		}
	}
	switch op {
	case "!=":
		// object.__ne__: __eq__'s answer inverted.
		return []jen.Code{
			jen.If(jen.List(jen.Id("r"), jen.Id("ok")).Op(":=").Id("self").Dot("PyRichCompare").Call(jen.Id("other"), jen.Lit("==")), jen.Id("ok")).Block(
				jen.Return(jen.Op("!").Id("r"), jen.True())),
		}
	case "==":
		// object.__eq__: an instance equals itself.
		return []jen.Code{
			jen.If(jen.Id("other").Op("==").Any().Call(jen.Id("self"))).Block(jen.Return(jen.True(), jen.True())),
		}
	}
	return nil
}

// dataCompare is the body of the case for op of the method that
// dataclass k generates, run on an instance of cls (k or a class below).
func dataCompare(cls, k *Class, op string) []jen.Code {
	if k.data.tuple {
		// tuple's methods: the fields as a tuple, compared with any
		// tuple or named tuple.
		return []jen.Code{
			jen.If(jen.List(jen.Id("o"), jen.Id("ok")).Op(":=").Qual(pyPkg, "TupleItemsOf").Call(jen.Id("other")), jen.Id("ok")).Block(
				jen.Return(tupleCompare(op, jen.Id("self").Dot("PyTuple").Call(), jen.Id("o")), jen.True())),
		}
	}
	// @dataclass's methods: k's compared fields as tuples, for an
	// instance of self's own class only (`other.__class__ is
	// self.__class__`).
	result := tupleCompare(op, comparedFields(k, "self"), comparedFields(k, "o"))
	if op == "==" {
		result = jen.Id("self").Op("==").Id("o").Op("||").Add(result)
	}
	return []jen.Code{
		jen.If(jen.List(jen.Id("o"), jen.Id("ok")).Op(":=").Id("other").Assert(jen.Op("*").Id(cls.structName())), jen.Id("ok")).Block(
			jen.Return(result, jen.True())),
	}
}

// tupleCompare is a op b of two tuples: py.Eq for ==, else py.Compare.
func tupleCompare(op string, a, b jen.Code) *jen.Statement {
	if op == "==" {
		return jen.Qual(pyPkg, "Eq").Call(a, b)
	}
	return jen.Qual(pyPkg, "Compare").Call(a, b, jen.Lit(op))
}

// comparedFields is the tuple of a dataclass's compared fields (every
// field of a named tuple) read through recv: what its generated __eq__,
// ordering and hash see.
func comparedFields(cls *Class, recv string) *jen.Statement {
	var fields []jen.Code
	for _, fd := range cls.data.fields {
		if fd.compare {
			fields = append(fields, jen.Id(recv).Dot(cls.field(fd.name)))
		}
	}
	return jen.Qual(pyPkg, "Tuple").Values(fields...)
}

// compareCall calls a comparison method: its bool, or NotImplemented
// for the adapter's "no answer".
func (e *emitter) compareCall(m *Func) []jen.Code {
	call := jen.Id("self").Dot(m.Sym.Go).Call(jen.Id("other"))
	rt := m.ret.get()
	if rt.Kind == Bool {
		return []jen.Code{jen.Return(call, jen.True())}
	}
	if !e.returnsBoolOrNotImplemented(m) {
		e.diag.unsupported(m.Def, m.Def.Name+"() that may return something other than a bool or NotImplemented")
		return nil
	}
	return []jen.Code{
		jen.Id("r").Op(":=").Add(call),
		jen.If(jen.Id("r").Op("==").Qual(pyPkg, "NotImplemented")).Block(jen.Return(jen.False(), jen.False())),
		jen.Return(jen.Id("r").Assert(jen.Bool()), jen.True()),
	}
}

// returnsBoolOrNotImplemented reports whether every return statement of
// m returns NotImplemented or a bool, and control never reaches its end
// (which would return None).
func (e *emitter) returnsBoolOrNotImplemented(m *Func) bool {
	ok := !e.fallsThrough(m.Def.Body)
	walkStmts(m.Def.Body, func(st grammar.Stmt) {
		ret, isReturn := st.(*grammar.Return)
		if !isReturn {
			return
		}
		switch {
		case ret.Value == nil:
			ok = false
		case isNotImplemented(ret.Value, e.checker):
		case e.typeOf(ret.Value).Kind != Bool:
			ok = false
		}
	})
	return ok
}

// isNotImplemented reports whether x is the built-in NotImplemented.
func isNotImplemented(x grammar.Expr, c *checker) bool {
	n, ok := x.(*grammar.Name)
	return ok && n.Id == "NotImplemented" && c.uses[n] != nil && c.uses[n].Kind == symBuiltin
}
