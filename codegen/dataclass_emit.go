package codegen

import (
	"sort"
	"strconv"

	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// dataclassDecls emits a dataclass's constructor and the methods through
// which the runtime reaches its generated __repr__, hash and fields
// (runtime/py/dataclass.go; __eq__ and the ordering are compare.go's):
//
//	func newJob(priority int, name string) *Job {
//		return &Job{priority: priority, name: name}
//	}
//
//	func (self *Job) PyRepr() string {
//		return "Job(priority=" + py.Repr(self.priority) + ", name=" + py.Repr(self.name) + ")"
//	}
func (e *emitter) dataclassDecls(f *jen.File, cls *Class) {
	typ := cls.structName()
	data := cls.data
	params := e.ctorParams(cls)
	f.Line()
	f.Func().Id(cls.ctor).ParamsFunc(func(g *jen.Group) {
		for i, fd := range data.fields {
			g.Id(params[i]).Add(goType(cls.attr(fd.name, false).get()))
		}
	}).Id(cls.valueType()).BlockFunc(func(g *jen.Group) {
		post := cls.postInit()
		if post == nil && !cls.inHierarchy() {
			g.Return(jen.Op("&").Id(typ).ValuesFunc(func(g *jen.Group) {
				for i, fd := range data.fields {
					g.Id(cls.field(fd.name)).Op(":").Id(params[i])
				}
			}))
			return
		}
		self := "self"
		for contains(params, self) {
			self += "_"
		}
		// In a hierarchy, the fields may be promoted from embedded
		// structs, which a composite literal cannot name.
		g.Id(self).Op(":=").Op("&").Id(typ).Values()
		if cls.inHierarchy() {
			g.Id(self).Dot(cls.root().thisGo).Op("=").Id(self)
		}
		for i, fd := range data.fields {
			if fl := e.storeFlag(cls, fd.name); fl != nil { // a subclass's own __init__ may not set it
				g.Id(self).Dot(fl.setter).Call(jen.Id(params[i]))
				continue
			}
			g.Id(self).Dot(cls.field(fd.name)).Op("=").Id(params[i])
		}
		if post != nil {
			g.Id(self).Dot(post.Sym.Go).Call()
		}
		g.Return(jen.Id(self))
	})

	recv := func() *jen.Statement { return jen.Func().Params(jen.Id("self").Op("*").Id(typ)) }

	if cls.generatesRepr() {
		f.Line()
		f.Comment("PyRepr is the __repr__ @dataclass generates.")
		f.Add(recv()).Id("PyRepr").Params().String().Block(jen.Return(e.dataRepr(cls)))
	}

	switch {
	case data.tuple:
		e.namedTupleDecls(f, cls)
		return
	case data.plain:
		return // the hash and the fields of the base's struct serve
	}
	f.Line()
	if data.frozen {
		f.Comment("PyHashKey is what the __hash__ of frozen=True hashes.")
		f.Add(recv()).Id("PyHashKey").Params().Qual(pyPkg, "Tuple").Block(jen.Return(comparedFields(cls, "self")))
	} else {
		f.Comment("PyUnhashable: @dataclass sets __hash__ to None.")
		f.Func().Params(jen.Op("*").Id(typ)).Id("PyUnhashable").Params().Block()
	}
	f.Line()
	f.Comment("PyFields lists the fields, for dataclasses.asdict.")
	f.Add(recv()).Id("PyFields").Params().Index().Qual(pyPkg, "Field").Block(
		jen.Return(jen.Index().Qual(pyPkg, "Field").ValuesFunc(func(g *jen.Group) {
			for _, fd := range data.fields {
				g.Values(jen.Id("Name").Op(":").Lit(fd.name), jen.Id("Value").Op(":").Id("self").Dot(cls.field(fd.name)))
			}
		})))
}

// postInit is the __post_init__ the generated __init__ calls on cls's
// instances: it calls one only when the class @dataclass decorated had
// one (its own or inherited), and then the instance's.
func (cls *Class) postInit() *Func {
	k := cls
	for k.data.plain {
		k = k.base
	}
	if k.method("__post_init__") == nil {
		return nil
	}
	return cls.method("__post_init__")
}

// generatesRepr reports whether the repr of cls's instances is the
// __repr__ of the nearest class of its chain that @dataclass decorates:
// neither that class nor one below defines __repr__.
func (cls *Class) generatesRepr() bool {
	for k := cls; k != nil; k = k.base {
		if k.methods["__repr__"] != nil {
			return false
		}
		if k.data != nil && !k.data.plain {
			return true
		}
	}
	return false
}

// ctorParams names the constructor's parameters after the fields' Go
// names, avoiding the module's names (a field named like its class
// would hide the struct type).
func (e *emitter) ctorParams(cls *Class) []string {
	out := make([]string, len(cls.data.fields))
	for i, fd := range cls.data.fields {
		name := cls.field(fd.name)
		for e.module.goNames[name] || contains(out[:i], name) {
			name += "_"
		}
		out[i] = name
	}
	return out
}

func contains(names []string, name string) bool {
	for _, n := range names {
		if n == name {
			return true
		}
	}
	return false
}

// dataRepr is the string the generated __repr__ returns.
func (e *emitter) dataRepr(cls *Class) *jen.Statement {
	text := cls.Def.Name + "("
	var code *jen.Statement
	sep := ""
	for _, fd := range cls.data.fields {
		if !fd.repr {
			continue
		}
		text += sep + fd.name + "="
		part := jen.Lit(text).Op("+").Qual(pyPkg, "Repr").Call(jen.Id("self").Dot(cls.field(fd.name)))
		if code == nil {
			code = part
		} else {
			code = code.Op("+").Add(part)
		}
		text, sep = "", ", "
	}
	if code == nil {
		return jen.Lit(text + ")")
	}
	return code.Op("+").Lit(text + ")")
}

// newDataInstance emits the construction of a dataclass: the
// constructor with the arguments bound to fields as the generated
// __init__ binds them, and omitted fields given their default or a new
// container from their factory.
func (e *emitter) newDataInstance(cls *Class, call *grammar.Call) *jen.Statement {
	name := cls.Def.Name + "." + cls.data.ctorName()
	fields := cls.data.fields
	args := make([]jen.Code, len(fields))
	positional := 0
	for i, a := range call.Args {
		if a.Name == "" {
			positional++
		}
		fd := cls.data.fieldFor(call, i)
		if fd == nil {
			if a.Name != "" {
				e.diag.errorf(a.Pos, "%s() got an unexpected keyword argument '%s'", name, a.Name)
			} else {
				e.diag.errorf(call.Pos, "%s() takes %d positional arguments but %d were given", name, len(cls.data.initFields())+1, positional+1)
			}
			return jen.Nil()
		}
		k := fieldIndex(fields, fd)
		if args[k] != nil {
			e.diag.errorf(a.Pos, "%s() got multiple values for argument '%s'", name, fd.name)
			return jen.Nil()
		}
		args[k] = e.coerce(a.Value, cls.attr(fd.name, false).get())
	}
	for k, fd := range fields {
		if args[k] != nil {
			continue
		}
		if args[k] = e.fieldDefault(cls, fd); args[k] == nil {
			e.diag.errorf(call.Pos, "%s() missing 1 required positional argument: '%s'", name, fd.name)
			return jen.Nil()
		}
	}
	return jen.Id(cls.ctor).Call(args...)
}

// fieldDefault emits the value a field takes when a construction omits
// it; nil for a field without default.
func (e *emitter) fieldDefault(cls *Class, fd *dataField) jen.Code {
	ft := cls.attr(fd.name, false).get()
	switch {
	case fd.def != nil:
		return e.coerce(fd.def, ft)
	case fd.factory != nil:
		return e.coerce(fd.factory, ft)
	case fd.noInit: // __post_init__ sets it first thing (postInitSets)
		return jen.Op("*").New(goType(ft))
	}
	return nil
}

func fieldIndex(fields []*dataField, fd *dataField) int {
	for i, f := range fields {
		if f == fd {
			return i
		}
	}
	return -1
}

// frozenClass returns the class of x's value when it is a frozen
// dataclass, whose attributes cannot be assigned.
func (c *checker) frozenClass(x grammar.Expr) *Class {
	if cls := c.classOf(x); cls != nil && cls.data != nil && cls.data.frozen {
		return cls
	}
	return nil
}

// assignFrozen emits `obj.name = value` on an instance of cls, a frozen
// dataclass or a named tuple: value, then obj, are evaluated and
// FrozenInstanceError or AttributeError raised.
func assignFrozen(cls *Class, value, obj jen.Code, name string) *jen.Statement {
	if cls.data.tuple {
		return jen.Qual(pyPkg, "AssignNamedTuple").Call(value, obj, jen.Lit(name), jen.Lit(fieldByName(cls.data.fields, name) != nil))
	}
	return jen.Qual(pyPkg, "AssignFrozen").Call(value, obj, jen.Lit(name))
}

// checkFrozenKeys refuses dicts keyed by a frozenset of static type: it
// is a *py.Set, whose Go map key would be its identity, where CPython
// hashes its contents.
func (e *emitter) checkFrozenKeys() {
	var bad []grammar.Expr
	for x, t := range e.types {
		if hasFrozensetKey(t, 0) {
			bad = append(bad, x)
		}
	}
	if len(bad) == 0 {
		return
	}
	sort.Slice(bad, func(i, j int) bool { return bad[i].Position().Offset < bad[j].Position().Offset })
	e.diag.unsupported(bad[0], "a dict keyed by a frozenset")
}

func hasFrozensetKey(t *Type, depth int) bool {
	if depth > maxTypeDepth {
		return false
	}
	if t.Kind == Dict && t.part(0).Kind == Set && t.part(0).flavor == frozensetFlavor { // a set of frozensets is refused as unhashable
		return true
	}
	for i := range t.parts {
		if hasFrozensetKey(t.part(i), depth+1) {
			return true
		}
	}
	return false
}

// isInstanceType reports whether values of type t are instances of the
// program's classes (not enum members), which min and max compare with
// Python's < and >: through their comparison methods (compare.go), or
// raising TypeError.
func isInstanceType(t *Type) bool {
	return t.Kind == ClassT && t.cls.enum == nil
}

// dataclassCall emits dataclasses.asdict and dataclasses.replace; ok is
// false for other names.
func (e *emitter) dataclassCall(name string, call *grammar.Call) (code *jen.Statement, ok bool) {
	if name != "dataclasses.asdict" && name != "dataclasses.replace" {
		return nil, false
	}
	args, kw := call.Args, 0
	for _, a := range args {
		if a.Name != "" {
			kw++
		}
	}
	var cls *Class
	if len(args) > 0 && args[0].Name == "" {
		if t := e.typeOf(args[0].Value); t.Kind == ClassT && t.cls.data != nil && !t.cls.data.tuple { // CPython's TypeError for a named tuple
			cls = t.cls
		}
	}
	switch {
	case cls == nil || len(args)-kw != 1:
		e.diag.unsupported(call, name+"() other than of one dataclass instance")
		return jen.Nil(), true
	case name == "dataclasses.asdict" && kw > 0:
		e.diag.unsupported(call, "keyword arguments of dataclasses.asdict()")
		return jen.Nil(), true
	case name == "dataclasses.asdict" && !plainFields(cls, map[*Class]bool{}):
		e.diag.unsupported(call, "dataclasses.asdict() of a dataclass holding objects other than data")
		return jen.Nil(), true
	case name == "dataclasses.asdict" && cls.hasSubs():
		// The class's interface leaves out the methods @dataclass makes.
		return jen.Qual(pyPkg, "AsDict").Call(operand(e.x(args[0].Value), precPrimary, false).Assert(jen.Qual(pyPkg, "PyDataclass"))), true
	case name == "dataclasses.asdict":
		return jen.Qual(pyPkg, "AsDict").Call(e.expr(args[0].Value)), true
	}
	return e.replace(cls, call.Args[0].Value, call.Args[1:]), true
}

// replace emits dataclasses.replace(obj, name=value, ...) (and a named
// tuple's obj._replace(name=value, ...)): a new
// instance made from the changed fields and obj's other fields, read
// after every argument is evaluated, as CPython reads them.
//
//	func() *Job {
//		tmp0 := current()
//		arg0 := next_id()
//		return newJob(arg0, tmp0.name)
//	}()
//
// A value of a class with subclasses is made again of its own class, as
// CPython calls obj.__class__: a type switch picks the constructor.
func (e *emitter) replace(cls *Class, obj grammar.Expr, kwargs []*grammar.Arg) *jen.Statement {
	changes := map[string]jen.Code{}
	var binds []jen.Code
	src := e.expr(obj)
	effects := false
	for _, a := range kwargs {
		if a.Name != "" && !a.Star && fieldByName(cls.data.fields, a.Name) == nil && cls.subclassField(a.Name) {
			// Valid when obj is of that subclass, a TypeError otherwise.
			e.diag.unsupported(a, "dataclasses.replace() setting a field that only a subclass of '"+cls.Def.Name+"' has")
			return jen.Nil()
		}
		if a.Name == "" || a.Star || cls.attr(a.Name, false) == nil || fieldByName(cls.data.fields, a.Name) == nil {
			e.diag.errorf(a.Pos, "%s.%s() got an unexpected keyword argument '%s'", cls.Def.Name, cls.data.ctorName(), a.Name)
			return jen.Nil()
		}
		effects = effects || hasCall(a.Value)
	}
	if effects || !isSimple(obj) || cls.hasSubs() {
		binds = append(binds, jen.Id("tmp0").Op(":=").Add(src))
		src = jen.Id("tmp0")
	}
	for _, a := range kwargs {
		v := e.coerce(a.Value, cls.attr(a.Name, false).get())
		if hasCall(a.Value) || cls.hasSubs() { // the switch's cases read it again
			name := "arg" + strconv.Itoa(len(binds)-1)
			binds = append(binds, jen.Id(name).Op(":=").Add(v))
			v = jen.Id(name)
		}
		changes[a.Name] = v
	}
	made := func(k *Class, src *jen.Statement) *jen.Statement {
		vals := make([]jen.Code, len(k.data.fields))
		for i, fd := range k.data.fields {
			if vals[i] = changes[fd.name]; vals[i] == nil {
				vals[i] = src.Clone().Dot(k.field(fd.name))
			}
		}
		return jen.Id(k.ctor).Call(vals...)
	}
	if !cls.hasSubs() {
		if len(binds) == 0 {
			return made(cls, src)
		}
		return jen.Func().Params().Op("*").Id(cls.Sym.Go).Block(append(binds, jen.Return(made(cls, src)))...).Call()
	}
	var cases []jen.Code
	for _, k := range cls.descendants() {
		cases = append(cases, jen.Case(jen.Op("*").Id(k.structName())).Block(jen.Return(made(k, jen.Id("o")))))
	}
	binds = append(binds,
		jen.Switch(jen.Id("o").Op(":=").Add(src).Assert(jen.Type())).Block(cases...),
		jen.Return(made(cls, src.Clone().Dot(cls.asGo).Call())))
	return jen.Func().Params().Id(cls.valueType()).Block(binds...).Call()
}

// subclassField reports whether a class deriving from cls has a field
// name.
func (cls *Class) subclassField(name string) bool {
	for _, k := range cls.descendants() {
		if fieldByName(k.data.fields, name) != nil {
			return true
		}
	}
	return false
}

// descendants lists the classes deriving from cls, directly or not.
func (cls *Class) descendants() []*Class {
	var out []*Class
	for _, sub := range cls.subs {
		out = append(append(out, sub), sub.descendants()...)
	}
	return out
}

func fieldByName(fields []*dataField, name string) *dataField {
	for _, f := range fields {
		if f.name == name {
			return f
		}
	}
	return nil
}

// plainFields reports whether every field of a dataclass holds plain
// data, which asdict copies as CPython does: scalars, containers of
// plain data and other such dataclasses, and so do those of its
// subclasses. (CPython deep-copies any other object, which the runtime
// does not.)
func plainFields(cls *Class, seen map[*Class]bool) bool {
	if seen[cls] {
		return true
	}
	seen[cls] = true
	for _, fd := range cls.data.fields {
		if !plainData(cls.attr(fd.name, false).get(), seen) {
			return false
		}
	}
	for _, sub := range cls.subs { // a value of cls may be of a subclass
		if sub.data == nil || !plainFields(sub, seen) {
			return false
		}
	}
	return true
}

func plainData(t *Type, seen map[*Class]bool) bool {
	switch t.Kind {
	case None, Bool, Int, Float, Str, Any, Unknown:
		return true
	case List, Dict, Tuple:
		for i := range t.parts {
			if !plainData(t.part(i), seen) {
				return false
			}
		}
		return true
	case ClassT:
		// Enum members are immutable singletons, which deepcopy keeps.
		return t.cls.enum != nil || t.cls.data != nil && plainFields(t.cls, seen)
	}
	return false
}

// isInstance emits `x is y` (or `is not`) on two instances of a class of
// the program (or of a class and a subclass) or two exceptions, which Go
// compares as pointers; ok is false for other operands.
func (e *emitter) isInstance(op string, x, y grammar.Expr, xc, yc gox) (gox, bool) {
	xt, yt := e.typeOf(x), e.typeOf(y)
	// One class and a subclass: the base's Go type is an interface,
	// which Go compares with the subclass's pointer. Exceptions are all
	// *py.Exc.
	related := xt.Kind == ClassT && yt.Kind == ClassT && (xt.cls.isSubclassOf(yt.cls) || yt.cls.isSubclassOf(xt.cls))
	if !related && (xt.Kind != ExcT || yt.Kind != ExcT) {
		return gox{}, false
	}
	if xt.optional || yt.optional {
		// A nil interface and a nil pointer are both None.
		same := jen.Qual(pyPkg, "Same").Call(xc.code, yc.code)
		if op == "is not" {
			return gox{jen.Op("!").Add(same), precUnary}, true
		}
		return primary(same), true
	}
	goOp := "=="
	if op == "is not" {
		goOp = "!="
	}
	return gox{operand(xc, precCompare, false).Op(goOp).Add(operand(yc, precCompare, true)), precCompare}, true
}
