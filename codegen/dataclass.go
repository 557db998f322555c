package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
)

// Dataclasses.
//
// A class decorated with @dataclass (or @dataclasses.dataclass, with
// order= and frozen= given as True or False), without a base or below
// another dataclass, is a class (class.go) whose annotated class-body
// names are its fields, in order, after those of its base:
//
//	@dataclass(order=True)
//	class Job:
//		priority: int
//		name: str = field(compare=False)
//		tags: list[str] = field(default_factory=list)
//
// Each field is an attribute, typed like one: its annotation, its
// default and every argument passed for it at a construction join into
// its cell. The generated __init__ is the Go constructor, which takes
// every field (call sites fill in defaults, which must be constants,
// and default factories, list or dict, so nothing is evaluated out of
// Python's order) and runs __post_init__. __repr__, __eq__ (the compared
// fields as a tuple), the ordering of order=True, the hash of frozen=True
// and asdict's view of the fields are methods the runtime's protocols
// reach (runtime/py/dataclass.go); in a hierarchy (inherit.go) each
// dataclass generates its own, and __eq__ and the ordering compare only
// instances of one class, as CPython's do. Assigning to an attribute of
// a frozen instance raises FrozenInstanceError. dataclasses.asdict and
// dataclasses.replace are emitted by dataclass_emit.go. Other options,
// ClassVar, InitVar, a user __init__, and defaults that are not
// constants are refused.

// dataclass is what @dataclass makes of a class.
type dataclass struct {
	order, frozen bool
	// tuple marks a class deriving from typing.NamedTuple (namedtuple.go),
	// ordered and frozen: it compares, hashes and orders as the tuple of
	// its fields.
	tuple bool
	// plain marks a class without @dataclass deriving from a dataclass:
	// it inherits the fields and the generated methods (which name the
	// instance's own class), and its body is any class's.
	plain  bool
	fields []*dataField
}

// what names the kind of class in messages.
func (data *dataclass) what() string {
	if data.tuple {
		return "NamedTuple"
	}
	return "dataclass"
}

// ctorName is the method CPython's arity errors name: the __new__ of a
// named tuple, the generated __init__ of a dataclass.
func (data *dataclass) ctorName() string {
	if data.tuple {
		return "__new__"
	}
	return "__init__"
}

// dataField is one field of a dataclass.
type dataField struct {
	name     string
	stmt     *grammar.AnnAssign
	cls      *Class       // the class whose body declares it
	declared *Type        // the type the annotation seeds, or nil
	def      grammar.Expr // a constant default, or nil
	// factory is the call a default_factory makes for each instance
	// (list(), Job(), asyncio.Lock()), or nil.
	factory *grammar.Call
	repr    bool // shown by __repr__ (field(repr=False) hides it)
	noInit  bool // left out of __init__ (field(init=False)): its default, or what __post_init__ sets
	compare bool // compared by __eq__ and the ordering
}

func (f *dataField) required() bool { return f.def == nil && f.factory == nil && !f.noInit }

// libName returns "module.name" when e names a name of a supported
// module in scope s: imported from it (dataclass) or through it
// (dataclasses.dataclass); "" otherwise.
func libName(e grammar.Expr, s *Scope) string {
	switch e := e.(type) {
	case *grammar.Name:
		if sym := s.syms[e.Id]; sym != nil && sym.Kind == symImported {
			return sym.qual
		}
	case *grammar.Attribute:
		if n, ok := e.X.(*grammar.Name); ok {
			if sym := s.syms[n.Id]; sym != nil && sym.Kind == symModule {
				return sym.qual + "." + e.Name
			}
		}
	}
	return ""
}

// boolConst returns the value of a True or False literal.
func boolConst(e grammar.Expr) (value, ok bool) {
	c, isConst := e.(*grammar.Const)
	if !isConst || (c.Value != "True" && c.Value != "False") {
		return false, false
	}
	return c.Value == "True", true
}

// bindDataclass returns the dataclass a decorated class statement makes,
// declaring its fields as the class's first attributes; nil when st is
// not decorated with @dataclass. Below a dataclass, the base's fields
// come first, as CPython collects them along the MRO: a field declared
// again keeps its place and takes the new declaration.
func (r *resolver) bindDataclass(st *grammar.ClassDef, s *Scope, cls *Class) *dataclass {
	if len(st.Decorators) != 1 {
		return nil
	}
	dec := st.Decorators[0]
	call, isCall := dec.(*grammar.Call)
	if isCall {
		dec = call.Func
	}
	if libName(dec, s) != "dataclasses.dataclass" {
		return nil
	}
	data := &dataclass{}
	if isCall {
		for _, a := range call.Args {
			v, ok := boolConst(a.Value)
			switch {
			case a.Name == "order" && ok:
				data.order = v
			case a.Name == "frozen" && ok:
				data.frozen = v
			case (a.Name == "init" || a.Name == "repr" || a.Name == "eq") && ok && v:
			default:
				r.diag.unsupported(a, "this argument of @dataclass")
			}
		}
	}
	for _, name := range []string{"PyTypeName", "PyRichCompare", "PyDerivesFrom", "PyFields", "PyHashKey", "PyUnhashable"} {
		cls.goNames[name] = true
	}
	inherited := 0
	if base := cls.base; base != nil && base.data != nil {
		r.checkFrozenBase(st, data, base)
		data.fields = append(data.fields, base.data.fields...)
		inherited = len(data.fields)
	}
	for _, b := range st.Body {
		ann, ok := b.(*grammar.AnnAssign)
		if !ok {
			continue
		}
		if f := r.dataField(ann, s, cls); f != nil {
			r.addField(cls, data, f, inherited)
		}
	}
	r.checkFieldOrder(st, data)
	return data
}

// addField adds field f, declared in cls's body, to data's fields: in
// place of one of the first inherited fields that it declares again.
func (r *resolver) addField(cls *Class, data *dataclass, f *dataField, inherited int) {
	switch i := fieldIndex(data.fields, fieldByName(data.fields, f.name)); {
	case i >= inherited:
		r.diag.unsupported(f.stmt, "redefining dataclass field '"+f.name+"'")
	case i >= 0:
		data.fields[i] = f
	default:
		data.fields = append(data.fields, f)
		cls.attr(f.name, true)
	}
}

// inheritDataclass returns what a class without @dataclass inherits
// from dataclass base. Below a frozen one, CPython's __setattr__ raises
// for the fields only, which is refused.
func (r *resolver) inheritDataclass(st *grammar.ClassDef, base *Class) *dataclass {
	if base.data.frozen {
		r.diag.unsupported(st.Bases[0].Value, "a class without @dataclass deriving from a frozen dataclass")
	}
	return &dataclass{plain: true, fields: base.data.fields}
}

// checkPlainBase refuses what a dataclass deriving from a class that is
// not one cannot do exactly: an __init__ above it, which the generated
// one replaces (the attributes it sets would be missing); frozen=True,
// whose __setattr__ the base's methods would meet; and a field named
// like a class attribute of a base.
func (r *resolver) checkPlainBase(st *grammar.ClassDef, cls *Class) {
	at := st.Bases[0].Value
	switch {
	case cls.base.init() != nil:
		r.diag.unsupported(at, "a dataclass deriving from a class with '__init__'")
	case cls.data.frozen:
		r.diag.unsupported(at, "a frozen dataclass deriving from a class that is not a dataclass")
	}
	for _, f := range cls.data.fields {
		if cls.base.classAttr(f.name) != nil {
			r.diag.unsupported(f.stmt, "a dataclass field named like a class attribute of its base")
		}
	}
}

// checkFrozenBase reports a dataclass whose base is frozen when it is not,
// or the reverse, for which CPython raises TypeError when the class is made.
func (r *resolver) checkFrozenBase(st *grammar.ClassDef, data *dataclass, base *Class) {
	switch {
	case data.frozen && !base.data.frozen:
		r.diag.errorf(st.Bases[0].Value.Position(), "cannot inherit frozen dataclass from a non-frozen one (TypeError in CPython)")
	case !data.frozen && base.data.frozen:
		r.diag.errorf(st.Bases[0].Value.Position(), "cannot inherit non-frozen dataclass from a frozen one (TypeError in CPython)")
	}
}

// checkFieldOrder reports the first field without a default that follows
// one with a default, for which CPython raises TypeError when the class
// is made: at its declaration, or at the base for an inherited field.
func (r *resolver) checkFieldOrder(st *grammar.ClassDef, data *dataclass) {
	defaulted := false
	for _, f := range data.initFields() {
		if f.required() && defaulted {
			var at grammar.Node = f.stmt
			if f.cls.Def != st {
				at = st.Bases[0].Value
			}
			r.diag.unsupported(at, "non-default argument '"+f.name+"' follows default argument")
			return
		}
		defaulted = defaulted || !f.required()
	}
}

// dataField reads the field an annotated name of a dataclass body
// declares; nil after reporting a form that is refused.
func (r *resolver) dataField(st *grammar.AnnAssign, s *Scope, cls *Class) *dataField {
	n, ok := st.Target.(*grammar.Name)
	if !ok {
		r.diag.unsupported(st.Target, "this dataclass field")
		return nil
	}
	if head := annotationHead(st.Annotation); head == "ClassVar" || head == "InitVar" {
		r.diag.unsupported(st.Annotation, "'"+head+"' in a dataclass")
		return nil
	}
	f := &dataField{name: n.Id, stmt: st, cls: cls, repr: true, compare: true, declared: r.annotationType(st.Annotation)}
	switch v := st.Value.(type) {
	case nil:
	case *grammar.Call:
		if libName(v.Func, s) != "dataclasses.field" {
			r.diag.unsupported(v, "this dataclass default")
			return nil
		}
		for _, a := range v.Args {
			flag, isBool := boolConst(a.Value)
			switch {
			case a.Name == "default" && isDefaultConstant(a.Value, s) && f.factory == nil:
				f.def = a.Value
			case a.Name == "default_factory" && f.def == nil && isFactory(a.Value, s):
				f.factory = &grammar.Call{Pos: a.Value.Position(), Func: a.Value}
			case a.Name == "repr" && isBool:
				f.repr = flag
			case a.Name == "init" && isBool:
				f.noInit = !flag
			case a.Name == "compare" && isBool:
				f.compare = flag
			default:
				r.diag.unsupported(a, "this argument of dataclasses.field()")
				return nil
			}
		}
	default:
		if !isDefaultConstant(v, s) {
			r.diag.unsupported(v, "a dataclass default other than a constant")
			return nil
		}
		f.def = v
	}
	return f
}

// isFactory reports whether a default_factory is a class called without
// arguments for each instance: list, dict or set, a class of the
// program, or one of asyncio's and collections' that takes none.
func isFactory(x grammar.Expr, s *Scope) bool {
	if isBuiltinName(x, s, "list", "dict", "set") {
		return true
	}
	if n, ok := x.(*grammar.Name); ok {
		if sym := s.syms[n.Id]; sym != nil && sym.Kind == symClass && sym.cls.enum == nil {
			return true
		}
	}
	return factoryClasses[libName(x, s)]
}

// factoryClasses are the library classes a default_factory may name.
var factoryClasses = setOf("asyncio.Lock", "asyncio.Event", "asyncio.Condition", "asyncio.Semaphore",
	"asyncio.Queue", "collections.deque", "collections.Counter", "collections.OrderedDict")

// isDefaultConstant reports whether a default is a literal or a member of an
// enum defined above, which the constructor may evaluate at every call
// (CPython evaluates it once, to the same immutable value).
func isDefaultConstant(x grammar.Expr, s *Scope) bool {
	if isLiteral(x) || isConstTuple(x) {
		return true
	}
	a, ok := x.(*grammar.Attribute)
	if !ok {
		return false
	}
	n, ok := a.X.(*grammar.Name)
	if !ok {
		return false
	}
	sym := s.syms[n.Id]
	return sym != nil && sym.Kind == symClass && sym.cls.enum != nil && sym.cls.enum.member(a.Name) != nil
}

// annotationHead is the name an annotation starts with: ClassVar for
// ClassVar[int] or typing.ClassVar[int].
func annotationHead(e grammar.Expr) string {
	if s, ok := e.(*grammar.Subscript); ok {
		e = s.X
	}
	switch e := e.(type) {
	case *grammar.Name:
		return e.Id
	case *grammar.Attribute:
		return e.Name
	}
	return ""
}

// isBuiltinName reports whether e is one of the built-in names given,
// not shadowed by a module-level name.
func isBuiltinName(e grammar.Expr, s *Scope, names ...string) bool {
	n, ok := e.(*grammar.Name)
	if !ok || s.syms[n.Id] != nil {
		return false
	}
	for _, name := range names {
		if n.Id == name {
			return true
		}
	}
	return false
}

// dataclassBody checks the statements of a dataclass body besides its
// methods: the fields' defaults are resolved, and a user __init__ (which
// @dataclass would keep) or an async __post_init__ are refused.
func (r *resolver) dataclassBody(cls *Class) {
	for _, f := range cls.data.fields {
		if f.def != nil && f.cls == cls { // an inherited one was resolved with its class
			r.expr(f.def)
		}
		if f.factory != nil && f.cls == cls {
			r.expr(f.factory)
		}
		if f.noInit && f.def == nil && f.factory == nil && !postInitSets(cls, f.name) {
			r.diag.unsupported(f.stmt, "field(init=False) without a default that __post_init__ does not set first thing")
		}
		if m := cls.methods[f.name]; m != nil {
			r.diag.unsupported(m.Def, "a method named like a "+cls.data.what()+" field")
		}
	}
	switch init := cls.methods["__init__"]; {
	case init != nil && cls.data.plain:
		r.diag.unsupported(init.Def, "'__init__' in a class deriving from a dataclass")
	case init != nil:
		r.diag.unsupported(init.Def, "'__init__' in a "+cls.data.what())
	}
	if post := cls.methods["__post_init__"]; post != nil && (post.Def.Async || len(post.Def.Params) != 1) {
		r.diag.unsupported(post.Def, "'__post_init__' other than a plain method without parameters")
	}
}

// initFields are the fields __init__ takes, in order.
func (data *dataclass) initFields() []*dataField {
	var out []*dataField
	for _, f := range data.fields {
		if !f.noInit {
			out = append(out, f)
		}
	}
	return out
}

// postInitSets reports whether cls's __post_init__ begins with statements
// that set self.name, before anything could read it.
func postInitSets(cls *Class, name string) bool {
	post := cls.method("__post_init__")
	if post == nil || len(post.Def.Params) == 0 {
		return false
	}
	self := post.Def.Params[0].Name
	for _, st := range post.Def.Body {
		a, ok := st.(*grammar.Assign)
		if !ok || len(a.Targets) != 1 {
			return false
		}
		t, ok := a.Targets[0].(*grammar.Attribute)
		x, isName := t.X.(*grammar.Name)
		if !ok || !isName || x.Id != self || mentionsAttr(a.Value, self, name) {
			return false
		}
		if t.Name == name {
			return true
		}
	}
	return false
}

// mentionsAttr reports whether x reads self.name.
func mentionsAttr(x grammar.Expr, self, name string) bool {
	found := false
	grammar.Inspect(x, func(n grammar.Node) bool {
		if a, ok := n.(*grammar.Attribute); ok && a.Name == name {
			if s, ok := a.X.(*grammar.Name); ok && s.Id == self {
				found = true
			}
		}
		return !found
	})
	return found
}

// fieldFor returns the field the i-th argument of a construction
// binds, or nil.
func (data *dataclass) fieldFor(call *grammar.Call, i int) *dataField {
	a := call.Args[i]
	fields := data.initFields()
	if a.Name == "" {
		if i < len(fields) {
			return fields[i]
		}
		return nil
	}
	for _, f := range fields {
		if f.name == a.Name {
			return f
		}
	}
	return nil
}

// seedDataclasses joins each field's annotation and default into its
// cell once, before the solver's walk.
func (c *checker) seedDataclasses() {
	for _, sym := range c.module.order {
		if sym.Kind != symClass || sym.cls.data == nil {
			continue
		}
		cls := sym.cls
		for _, f := range cls.data.fields {
			fc := cls.attr(f.name, false)
			if f.declared != nil {
				c.lat.add(fc, f.declared)
			}
			if f.def != nil {
				c.lat.add(fc, c.exprType(f.def))
			}
			if f.factory != nil {
				c.lat.add(fc, c.exprType(f.factory))
			}
		}
	}
}

// flowDataArgs joins the arguments of a construction into the fields
// they bind.
func (c *checker) flowDataArgs(cls *Class, call *grammar.Call, args []*Type) {
	for i, a := range call.Args {
		if f := cls.data.fieldFor(call, i); f != nil && !a.Star {
			c.lat.add(cls.attr(f.name, false), args[i])
		}
	}
}

// dataclassLibType types dataclasses.asdict and dataclasses.replace
// (flowing replace's keyword arguments into the fields they set); nil
// for other names.
func (c *checker) dataclassLibType(name string, call *grammar.Call, args []*Type) *Type {
	switch name {
	case "dataclasses.asdict":
		k, v := c.cellAt(call, 0), c.cellAt(call, 1)
		c.lat.add(k, tStr)
		c.lat.add(v, tAny)
		return compound(Dict, k, v)
	case "dataclasses.replace":
		if len(args) == 0 || args[0].Kind != ClassT || args[0].cls.data == nil {
			return tAny
		}
		cls := args[0].cls
		for i, a := range call.Args[1:] {
			if fc := cls.attr(a.Name, false); fc != nil && a.Name != "" {
				c.lat.add(fc, args[i+1])
			}
		}
		return args[0]
	}
	return nil
}
