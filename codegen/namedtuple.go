package codegen

import (
	"cmp"
	"strings"

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
// typing.NamedTuple and nothing else, or was a namedtuple() call.
func (c *checker) namedTupleBase(st *grammar.ClassDef, s *Scope) bool {
	return c.namedTuples[st] || len(st.Bases) == 1 && st.Bases[0].Name == "" && !st.Bases[0].Star &&
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
		if f := r.dataField(ann, s, cls); f != nil {
			r.addField(cls, data, f, 0)
		}
	}
	r.checkFieldOrder(st, data)
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

// fieldsOf is the named tuple class whose _fields x reads (through the
// class or an instance, whose type xt gives), or nil.
func (c *checker) fieldsOf(x *grammar.Attribute, xt func(grammar.Expr) *Type) *Class {
	if x.Name != "_fields" {
		return nil
	}
	if k := c.classNamed(x.X); k != nil {
		if k.data != nil && k.data.tuple {
			return k
		}
		return nil
	}
	if t := xt(x.X); isNamedTuple(t) {
		return t.cls
	}
	return nil
}

// namedTupleMethodType types the methods every named tuple has:
// _replace (its keyword arguments flowing into the fields they set),
// _asdict, index and count; nil for other names.
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
	case "index", "count":
		return tInt
	}
	return nil
}

// namedTupleMethod emits p._replace(...) and p._asdict(): a new
// instance with some fields changed, and a dict of the fields (not
// converted further, unlike dataclasses.asdict); p.index(x), p.count(x).
func (e *emitter) namedTupleMethod(cls *Class, cl callee, call *grammar.Call) *jen.Statement {
	switch {
	case cl.name == "_replace":
		return e.replace(cls, cl.recv, call.Args)
	case (cl.name == "index" || cl.name == "count") && onlyArg(call) != nil:
		// As a tuple's: by Python's ==, ValueError when index finds none.
		return jen.Qual(pyPkg, map[string]string{"index": "IndexAny", "count": "CountAny"}[cl.name]).Call(
			e.expr(cl.recv), e.coerce(onlyArg(call), tAny))
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

// namedTupleCalls turns each module-level
// `Name = namedtuple("Name", fields[, defaults=...])` of collections
// into the class statement `class Name(NamedTuple)` with those fields
// held as any (annotated object), in the checker's copy of the module
// body; the parsed tree stays as it was. The rest of the compiler then
// knows the class as a named tuple (namedTupleBase).
func (c *checker) namedTupleCalls() {
	funcs, mods := map[string]bool{}, map[string]bool{} // names of collections.namedtuple and of collections
	for i, st := range c.body {
		switch st := st.(type) {
		case *grammar.Import:
			for _, a := range st.Names {
				if a.Name == "collections" {
					mods[cmp.Or(a.AsName, a.Name)] = true
				}
			}
		case *grammar.ImportFrom:
			for _, a := range st.Names {
				if st.Level == 0 && st.Module == "collections" && a.Name == "namedtuple" {
					funcs[cmp.Or(a.AsName, a.Name)] = true
				}
			}
		case *grammar.Assign:
			call, ok := st.Value.(*grammar.Call)
			if !ok || !isNamedTupleFunc(call.Func, funcs, mods) {
				continue
			}
			if cls := c.namedTupleClass(st, call); cls != nil {
				c.body[i] = cls
				c.namedTuples[cls] = true
			}
		}
	}
}

func isNamedTupleFunc(f grammar.Expr, funcs, mods map[string]bool) bool {
	switch f := f.(type) {
	case *grammar.Name:
		return funcs[f.Id]
	case *grammar.Attribute:
		m, ok := f.X.(*grammar.Name)
		return ok && mods[m.Id] && f.Name == "namedtuple"
	}
	return false
}

// namedTupleClass is the class statement of `Name = namedtuple(...)`,
// or nil (with the problem reported) for a form it does not take.
func (c *checker) namedTupleClass(st *grammar.Assign, call *grammar.Call) *grammar.ClassDef {
	target, isName := st.Targets[0].(*grammar.Name)
	var typename *grammar.StrLit
	var fieldsArg, defaults grammar.Expr
	for i, a := range call.Args {
		switch {
		case a.Star || a.DoubleStar:
			c.diag.unsupported(a, "namedtuple() with '*' arguments")
			return nil
		case a.Name == "" && i == 0:
			typename, _ = a.Value.(*grammar.StrLit)
		case a.Name == "" && i == 1, a.Name == "field_names":
			fieldsArg = a.Value
		case a.Name == "typename":
			typename, _ = a.Value.(*grammar.StrLit)
		case a.Name == "defaults":
			defaults = a.Value
		default:
			c.diag.unsupported(a, "namedtuple() with this argument")
			return nil
		}
	}
	switch {
	case len(st.Targets) != 1 || !isName:
		c.diag.unsupported(st, "namedtuple() assigned to anything but one name")
		return nil
	case typename == nil || typename.Value != target.Id:
		c.diag.unsupported(call, "namedtuple() whose type name is not the name it is assigned to")
		return nil
	}
	names, ok := namedTupleFields(fieldsArg)
	if !ok {
		c.diag.unsupported(call, "namedtuple() whose field names are not a str or a list of strs of distinct identifiers not starting with '_'")
		return nil
	}
	var values []grammar.Expr
	if defaults != nil {
		switch d := defaults.(type) {
		case *grammar.List:
			values = d.Elts
		case *grammar.Tuple:
			values = d.Elts
		}
		if len(values) > len(names) || !allFoldable(values) || len(values) == 0 {
			c.diag.unsupported(defaults, "namedtuple() defaults other than a list or tuple of at most one constant per field")
			return nil
		}
	}
	cls := &grammar.ClassDef{Pos: st.Pos, Name: target.Id}
	for i, name := range names {
		f := &grammar.AnnAssign{Pos: call.Pos, Target: &grammar.Name{Pos: call.Pos, Id: name}, Annotation: &grammar.Name{Pos: call.Pos, Id: "object"}}
		if j := i - (len(names) - len(values)); j >= 0 {
			f.Value = values[j]
		}
		cls.Body = append(cls.Body, f)
	}
	return cls
}

// namedTupleFields is the field names of namedtuple()'s second argument:
// a str of names separated by commas or spaces, or a list or tuple of
// strs; ok is false for another form or a name CPython rejects.
func namedTupleFields(x grammar.Expr) (names []string, ok bool) {
	switch x := x.(type) {
	case *grammar.StrLit:
		names = strings.Fields(strings.ReplaceAll(x.Value, ",", " "))
	case *grammar.List:
		names, ok = strConstants(x.Elts)
	case *grammar.Tuple:
		names, ok = strConstants(x.Elts)
	}
	seen := map[string]bool{}
	for _, n := range names {
		if !grammar.IsIdentifier(n) || n[0] == '_' || seen[n] {
			return nil, false
		}
		seen[n] = true
	}
	return names, len(names) > 0
}

// strConstants is the values of xs when each is a str literal.
func strConstants(xs []grammar.Expr) ([]string, bool) {
	out := make([]string, len(xs))
	for i, x := range xs {
		s, ok := x.(*grammar.StrLit)
		if !ok {
			return nil, false
		}
		out[i] = s.Value
	}
	return out, true
}

// makeCall emits Cls._make(iterable) of a named tuple class: a call of
// the class's make function (makeDecls) with the iterable's items.
func (e *emitter) makeCall(cls *Class, call *grammar.Call) *jen.Statement {
	if len(call.Args) != 1 || call.Args[0].Name != "" || call.Args[0].Star {
		e.diag.unsupported(call, cls.Def.Name+"._make() other than of one iterable")
		return jen.Nil()
	}
	if e.makes[cls] == "" {
		e.makes[cls] = uniqueGoName("make"+cls.Sym.Go, e.module.goNames)
	}
	return jen.Id(e.makes[cls]).Call(jen.Qual(pyPkg, "MakeItems").Call(e.coerce(call.Args[0].Value, tAny), jen.Lit(len(cls.data.fields))))
}

// makeDecls declares the make function of each named tuple class whose
// _make the program calls: its constructor of the items.
func (e *emitter) makeDecls(f *jen.File) {
	for _, sym := range e.module.order {
		name := ""
		if sym.Kind == symClass {
			name = e.makes[sym.cls]
		}
		if name == "" {
			continue
		}
		cls := sym.cls
		args := make([]jen.Code, len(cls.data.fields))
		for i, fd := range cls.data.fields {
			args[i] = jen.Qual(pyPkg, "As").Types(goType(cls.attr(fd.name, false).get())).Call(jen.Id("items").Index(jen.Lit(i)))
		}
		f.Line()
		f.Commentf("%s is %s._make(items).", name, cls.Def.Name)
		f.Func().Id(name).Params(jen.Id("items").Index().Any()).Id(cls.valueType()).Block(jen.Return(jen.Id(cls.ctor).Call(args...)))
	}
}
