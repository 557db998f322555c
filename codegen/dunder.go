package codegen

import (
	"github.com/dave/jennifer/jen"
)

// The special methods through which the runtime's dynamic operations
// reach a class: len() (py.Len, py.PyLener), truth (py.Truth,
// py.PyBooler), `in` (py.In, py.PyContainer) and x[k] of an instance held
// as any (py.GetItemAny, py.PyGetItemer). Generated code calls those
// helpers for every instance of a class, whose own class decides (an
// override in a subclass included), and each class that defines one gets
// the adapter below; where it knows the class, it calls __getitem__ and
// __setitem__ itself (items.go). __contains__'s item comes from the
// runtime as any, so its parameter is any.

// dunderAdapters declares cls's adapters for the special methods it
// defines.
func (e *emitter) dunderAdapters(f *jen.File, cls *Class) {
	self := jen.Id("self").Op("*").Id(cls.structName())
	if m := cls.methods["__len__"]; m != nil {
		if m.ret.get().Kind != Int {
			e.diag.unsupported(m.Def, "__len__() that may return something other than an int")
		}
		f.Line()
		f.Comment("PyLen is len() of a " + cls.Def.Name + ": its __len__, which must not be negative.")
		f.Func().Params(self.Clone()).Id("PyLen").Params().Int().Block(
			jen.Id("n").Op(":=").Id("self").Dot(m.Sym.Go).Call(),
			jen.If(jen.Id("n").Op("<").Lit(0)).Block(
				jen.Qual(pyPkg, "Raise").Call(jen.Qual(pyPkg, "ValueError").Dot("New").Call(jen.Lit("__len__() should return >= 0")))),
			jen.Return(jen.Id("n")))
	}
	if m := cls.methods["__bool__"]; m != nil {
		if m.ret.get().Kind != Bool {
			e.diag.unsupported(m.Def, "__bool__() that may return something other than a bool")
		}
		f.Line()
		f.Comment("PyBool is the truth of a " + cls.Def.Name + ": its __bool__.")
		f.Func().Params(self.Clone()).Id("PyBool").Params().Bool().Block(jen.Return(jen.Id("self").Dot(m.Sym.Go).Call()))
	}
	if m := cls.methods["__contains__"]; m != nil {
		f.Line()
		f.Comment("PyContains is `item in` a " + cls.Def.Name + ": the truth of its __contains__.")
		f.Func().Params(self.Clone()).Id("PyContains").Params(jen.Id("item").Any()).Bool().Block(
			jen.Return(e.truth(primary(jen.Id("self").Dot(m.Sym.Go).Call(jen.Id("item"))), m.ret.get()).code))
	}
	if m := cls.methods["__getitem__"]; m != nil && len(m.Params) == 2 {
		// The runtime passes any key: one of another type than the
		// parameter's stops the program as unsupported, not as a
		// TypeError CPython might not raise.
		kt := m.Params[1].cell.get()
		key := jen.Code(jen.Id("k"))
		var check []jen.Code
		if kt.Kind != Any && kt.Kind != Unknown {
			key = jen.Id("key")
			check = []jen.Code{
				jen.List(jen.Id("key"), jen.Id("ok")).Op(":=").Qual(pyPkg, "Convert").Types(goType(kt)).Call(jen.Id("k")),
				jen.If(jen.Op("!").Id("ok")).Block(jen.Qual(pyPkg, "Unsupported").Call(
					jen.Lit("indexing a "+cls.Def.Name+" with a ").Op("+").Qual(pyPkg, "TypeName").Call(jen.Id("k")))),
			}
		}
		f.Line()
		f.Comment("PyGetItem is x[k] of a " + cls.Def.Name + " held as any: its __getitem__.")
		f.Func().Params(self.Clone()).Id("PyGetItem").Params(jen.Id("k").Any()).Any().Block(
			append(check, jen.Return(jen.Id("self").Dot(m.Sym.Go).Call(key)))...)
	}
	e.hashAdapter(f, cls)
	e.iterAdapter(f, cls)
	e.richCompareDecls(f, cls)
}

// seedDunders makes __contains__'s item and a comparison method's other
// operand any: the runtime passes them so.
func (c *checker) seedDunders() {
	for _, fn := range c.funcs {
		if fn.class != nil && (fn.Def.Name == "__contains__" || compareMethods[fn.Def.Name] != "") && len(fn.Params) == 2 {
			c.lat.add(fn.Params[1].cell, tAny)
		}
	}
}
