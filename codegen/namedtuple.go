package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// Named tuples. A class deriving from typing.NamedTuple is a dataclass
// (dataclass.go) that is frozen, compares and orders as the tuple of its
// fields (with tuples and other named tuples too, compare.go), hashes as
// that tuple, and is a tuple wherever the runtime takes one
// (py.PyNamedTuple: len, indexing, `in`, concatenation, unpacking of a
// value of type any, json). Statically, p.x and p[0] read a field,
// `a, b = p` unpacks it, and isinstance(p, tuple) holds. Assigning a
// field raises CPython's AttributeError. Defaults are constants;
// dataclasses.asdict and replace, which CPython refuses, are refused.

// namedTupleBase reports whether a class statement derives from
// typing.NamedTuple and nothing else.
func namedTupleBase(st *grammar.ClassDef, s *Scope) bool {
	return len(st.Bases) == 1 && st.Bases[0].Name == "" && !st.Bases[0].Star &&
		libName(st.Bases[0].Value, s) == "typing.NamedTuple"
}

// bindNamedTuple returns the dataclass a NamedTuple class statement
// makes, declaring its fields as the class's first attributes.
func (r *resolver) bindNamedTuple(st *grammar.ClassDef, s *Scope, cls *Class) *dataclass {
	data := &dataclass{order: true, frozen: true, tuple: true}
	for _, name := range []string{"PyTypeName", "PyRichCompare", "PyDerivesFrom", "PyLen", "PyItem", "PyIter", "PyTuple"} {
		cls.goNames[name] = true
	}
	if len(st.Decorators) > 0 {
		r.diag.unsupported(st.Decorators[0], "a decorator on a NamedTuple class")
	}
	for _, b := range st.Body {
		ann, ok := b.(*grammar.AnnAssign)
		if !ok {
			continue
		}
		if n, isName := ann.Target.(*grammar.Name); isName && len(n.Id) > 0 && n.Id[0] == '_' {
			// CPython raises ValueError when the class is made.
			r.diag.unsupported(ann, "a NamedTuple field whose name starts with an underscore")
			continue
		}
		if _, isCall := ann.Value.(*grammar.Call); isCall {
			r.diag.unsupported(ann.Value, "a NamedTuple default other than a constant")
			continue
		}
		if f := r.dataField(ann, s, data); f != nil {
			data.fields = append(data.fields, f)
			cls.attr(f.name, true)
		}
	}
	return data
}

// namedTupleDecls declares the methods through which the runtime takes
// a named tuple for a tuple (py.PyNamedTuple).
func (e *emitter) namedTupleDecls(f *jen.File, cls *Class) {
	recv := func() *jen.Statement { return jen.Func().Params(jen.Id("self").Op("*").Id(cls.structName())) }
	fields := cls.data.fields
	f.Line()
	f.Comment("PyTuple is a " + cls.Def.Name + " as the tuple it is.")
	f.Add(recv()).Id("PyTuple").Params().Qual(pyPkg, "Tuple").Block(jen.Return(comparedFields(cls, "self")))
	f.Line()
	f.Comment("PyLen is len() of a " + cls.Def.Name + ": its number of fields.")
	f.Func().Params(jen.Op("*").Id(cls.structName())).Id("PyLen").Params().Int().Block(jen.Return(jen.Lit(len(fields))))
	f.Line()
	f.Comment("PyIter iterates over the fields of a " + cls.Def.Name + ".")
	f.Add(recv()).Id("PyIter").Params().Qual("iter", "Seq").Types(jen.Any()).Block(jen.Return(jen.Id("self").Dot("PyTuple").Call().Dot("PyIter").Call()))
	f.Line()
	f.Comment("PyItem is the i-th field of a " + cls.Def.Name + " (0 <= i < PyLen()).")
	f.Add(recv()).Id("PyItem").Params(jen.Id("i").Int()).Any().Block(
		jen.Switch(jen.Id("i")).BlockFunc(func(g *jen.Group) {
			for i, fd := range fields {
				g.Case(jen.Lit(i)).Block(jen.Return(jen.Id("self").Dot(cls.fields[fd.name])))
			}
		}),
		jen.Return(jen.Nil())) // callers check the index
}

// namedTupleItem returns the field p[i] reads, for a constant index i of
// a named tuple of type t; nil when i is not a constant in range.
func namedTupleItem(t *Type, index grammar.Expr) *dataField {
	if t.Kind != ClassT || t.cls.data == nil || !t.cls.data.tuple {
		return nil
	}
	i, ok := constIndex(index, len(t.cls.data.fields))
	if !ok {
		return nil
	}
	return t.cls.data.fields[i]
}

// isNamedTuple reports whether values of type t are named tuples.
func isNamedTuple(t *Type) bool {
	return t.Kind == ClassT && t.cls.data != nil && t.cls.data.tuple
}

// namedTupleMethodType types the methods every named tuple has:
// _replace (its keyword arguments flowing into the fields they set) and
// _asdict; nil for other names.
func (c *checker) namedTupleMethodType(recv *Type, name string, call *grammar.Call, args []*Type) *Type {
	switch name {
	case "_replace":
		for i, a := range call.Args {
			if fc := recv.cls.attr(a.Name, false); fc != nil && a.Name != "" {
				c.lat.add(fc, args[i])
			}
		}
		return recv
	case "_asdict":
		k, v := c.cellAt(call, 0), c.cellAt(call, 1)
		c.lat.add(k, tStr)
		c.lat.add(v, tAny)
		return compound(Dict, k, v)
	}
	return nil
}

// namedTupleMethod emits p._replace(...) and p._asdict(): a new
// instance with some fields changed, and a dict of the fields (not
// converted further, unlike dataclasses.asdict).
func (e *emitter) namedTupleMethod(cls *Class, cl callee, call *grammar.Call) *jen.Statement {
	switch {
	case cl.name == "_replace":
		return e.replace(cls, cl.recv, call.Args)
	case cl.name == "_asdict" && len(call.Args) == 0:
		return jen.Qual(pyPkg, "NamedTupleDict").Call(operand(e.x(cl.recv), precPrimary, false), jen.Index().String().ValuesFunc(func(g *jen.Group) {
			for _, fd := range cls.data.fields {
				g.Lit(fd.name)
			}
		}))
	}
	e.diag.unsupported(call, "method '"+cl.name+"' of a NamedTuple")
	return jen.Nil()
}
