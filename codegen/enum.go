package codegen

import (
	"strconv"

	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// Enums.
//
// A module-level `class Color(Enum):` (or IntEnum, also through the enum
// module) whose body assigns int or str literals or auto() to names,
// besides methods, is a class (class.go) whose instances are its
// members. The Go struct embeds py.EnumMember[V] (py.IntEnumMember), V
// being the Go type of every member's value, so name and value are the
// fields Name and Value and the runtime gives str, repr, format, ==,
// hashing and IntEnum's arithmetic as CPython 3.11 does
// (runtime/py/enum.go). Members are package variables, Color.RED is
// Color_RED; the class used as a value (iteration, len, `in`, print) is
// a *py.EnumClass, and Color(v) and Color['RED'] look members up in it.
// `for c in Color` and comprehensions over it give typed members.
// Aliases (two members of one value), auto() after a value that is not
// the largest int, other statements in the body, attribute assignment
// on members, Flag, StrEnum and other enum features are refused.

// enumClass is what an Enum base makes of a class.
type enumClass struct {
	intEnum  bool
	members  []*enumMember
	value    *Type  // the type of every member's value
	classVar string // Go name of the *py.EnumClass variable
}

// enumMember is one member: its name and value.
type enumMember struct {
	name   string
	goName string       // the package variable
	value  grammar.Expr // the literal, or the auto() call
	isAuto bool
	auto   int // the value auto() gives
}

// enumBase returns "Enum" or "IntEnum" when class st derives from one of
// them (and nothing else); "" otherwise.
func enumBase(st *grammar.ClassDef, s *Scope) string {
	if len(st.Bases) != 1 || st.Bases[0].Name != "" {
		return ""
	}
	switch libName(st.Bases[0].Value, s) {
	case "enum.Enum":
		return "Enum"
	case "enum.IntEnum":
		return "IntEnum"
	}
	return ""
}

// bindEnum returns the enum a class statement makes, declaring name and
// value as the members' attributes; nil when st is no enum.
func (r *resolver) bindEnum(st *grammar.ClassDef, s *Scope, cls *Class) *enumClass {
	base := enumBase(st, s)
	if base == "" {
		return nil
	}
	en := &enumClass{intEnum: base == "IntEnum", classVar: uniqueGoName(st.Name+"_enum", s.goNames)}
	for _, name := range []string{"Name", "Value", "EnumMember", "IntEnumMember", "PyTypeName", "PyInt", "PyBool", "PyFormat"} {
		cls.goNames[name] = true
	}
	ints, strs := 0, 0
	seen := map[string]bool{}
	for _, b := range st.Body {
		as, ok := b.(*grammar.Assign)
		if !ok {
			continue
		}
		n, isName := as.Targets[0].(*grammar.Name)
		if len(as.Targets) != 1 || !isName || n.Id[0] == '_' || n.Id == "name" || n.Id == "value" {
			r.diag.unsupported(as, "this statement in an enum body")
			continue
		}
		m := &enumMember{name: n.Id, value: as.Value, goName: uniqueGoName(st.Name+"_"+n.Id, s.goNames)}
		key, ok := r.enumValue(m, en, s, ints == len(en.members))
		switch {
		case !ok:
			continue
		case seen[key] || seen["n"+n.Id]:
			r.diag.unsupported(as, "an enum alias or a member defined twice")
			continue
		}
		seen[key], seen["n"+n.Id] = true, true
		if key[0] == 'i' {
			ints++
		} else {
			strs++
		}
		en.members = append(en.members, m)
	}
	switch {
	case strs == 0:
		en.value = tInt
	case ints == 0:
		en.value = tStr
	default:
		en.value = tAny
	}
	cls.attr("name", true)
	cls.attr("value", true)
	cls.fields["name"], cls.fields["value"] = "Name", "Value"
	return en
}

// enumValue checks a member's value, an int or str literal or auto(),
// and returns a key that equal values share; ok is false after a
// refusal. allInts says whether every earlier value is an int.
func (r *resolver) enumValue(m *enumMember, en *enumClass, s *Scope, allInts bool) (key string, ok bool) {
	switch v := m.value.(type) {
	case *grammar.StrLit:
		if !en.intEnum {
			return "s" + v.Value, true
		}
	case *grammar.Call:
		if libName(v.Func, s) != "enum.auto" || len(v.Args) > 0 {
			break
		}
		m.isAuto, m.auto = true, 1
		if n := len(en.members); n > 0 {
			last, ok := enumInt(en.members[n-1])
			if !allInts || !ok || !isMaxInt(en.members, last) {
				// CPython 3.11 warns and picks another rule.
				r.diag.unsupported(v, "auto() after a value that is not the largest int")
				return "", false
			}
			m.auto = last + 1
		}
		return "i" + strconv.Itoa(m.auto), true
	default:
		if i, ok := enumInt(m); ok {
			return "i" + strconv.Itoa(i), true
		}
	}
	r.diag.unsupported(m.value, "this enum member value")
	return "", false
}

// enumInt is the int value of a member given as an int literal (or by
// auto()).
func enumInt(m *enumMember) (int, bool) {
	if m.isAuto {
		return m.auto, true
	}
	x, neg := m.value, false
	if u, ok := x.(*grammar.Unary); ok && u.Op == "-" {
		x, neg = u.X, true
	}
	lit, ok := x.(*grammar.IntLit)
	if !ok {
		return 0, false
	}
	i, err := strconv.ParseInt(lit.Value, 10, 64)
	if err != nil {
		return 0, false
	}
	if neg {
		i = -i
	}
	return int(i), true
}

func isMaxInt(members []*enumMember, v int) bool {
	for _, m := range members {
		if i, _ := enumInt(m); i > v {
			return false
		}
	}
	return true
}

// enumBody checks what an enum body holds besides its members.
func (r *resolver) enumBody(cls *Class) {
	for _, m := range cls.enum.members {
		if !m.isAuto {
			r.expr(m.value)
		}
		if cls.methods[m.name] != nil {
			r.diag.unsupported(cls.methods[m.name].Def, "a method named like an enum member")
		}
	}
	// __str__ would also change format(), which the runtime's
	// EnumMember.PyFormat does not see.
	for _, name := range []string{"__init__", "__str__"} {
		if m := cls.methods[name]; m != nil {
			r.diag.unsupported(m.Def, "'"+name+"' in an enum")
		}
	}
}

// enumClassOf returns the enum that x names (Color in Color.RED), or nil.
func (c *checker) enumClassOf(x grammar.Expr) *Class {
	n, ok := x.(*grammar.Name)
	if !ok {
		return nil
	}
	if sym := c.uses[n]; sym != nil && sym.Kind == symClass && sym.cls.enum != nil {
		return sym.cls
	}
	return nil
}

func (en *enumClass) member(name string) *enumMember {
	for _, m := range en.members {
		if m.name == name {
			return m
		}
	}
	return nil
}

// seedEnums types each enum's name and value attributes.
func (c *checker) seedEnums() {
	for _, sym := range c.module.order {
		if sym.Kind == symClass && sym.cls.enum != nil {
			c.lat.add(sym.cls.attr("name", false), tStr)
			c.lat.add(sym.cls.attr("value", false), sym.cls.enum.value)
		}
	}
}

// enumDecls declares an enum's struct, its members and its class value.
func (e *emitter) enumDecls(f *jen.File, cls *Class) {
	en := cls.enum
	typ := cls.Sym.Go
	embedded := jen.Qual(pyPkg, "EnumMember").Types(goType(en.value))
	newMember := jen.Qual(pyPkg, "NewEnumMember")
	if en.intEnum {
		embedded, newMember = jen.Qual(pyPkg, "IntEnumMember"), jen.Qual(pyPkg, "NewIntEnumMember")
	}
	f.Line()
	f.Commentf("%s is a member of the enum %s.", typ, cls.Def.Name)
	f.Type().Id(typ).Struct(embedded)
	f.Line()
	f.Comment("PyTypeName is type(self).__name__, also of a nil *" + typ + " (a dict's key type).")
	f.Func().Params(jen.Op("*").Id(typ)).Id("PyTypeName").Params().String().Block(jen.Return(jen.Lit(cls.Def.Name)))
	f.Line()
	f.Var().DefsFunc(func(g *jen.Group) {
		members := make([]jen.Code, len(en.members))
		for i, m := range en.members {
			var v jen.Code = jen.Lit(m.auto)
			if !m.isAuto {
				v = e.expr(m.value)
			}
			if en.value.Kind == Any {
				v = jen.Any().Call(v)
			}
			g.Id(m.goName).Op("=").Op("&").Id(typ).Values(newMember.Clone().Call(jen.Lit(cls.Def.Name), jen.Lit(m.name), v))
			members[i] = jen.Id(m.goName)
		}
		g.Id(en.classVar).Op("=").Qual(pyPkg, "NewEnumClass").Call(append([]jen.Code{jen.Lit(cls.Def.Name)}, members...)...)
	})
	e.richCompareDecls(f, cls)
}

// enumAttribute emits Color.RED, a member of an enum.
func (e *emitter) enumAttribute(x *grammar.Attribute, cls *Class) gox {
	m := cls.enum.member(x.Name)
	if m == nil {
		e.diag.unsupported(x, "enum class attribute '"+x.Name+"'")
		return primary(jen.Nil())
	}
	return primary(jen.Id(m.goName))
}

// enumLookup emits Color(value) and Color['NAME'].
func (e *emitter) enumLookup(cls *Class, method string, arg grammar.Expr) *jen.Statement {
	t := tAny
	if method == "ByName" {
		t = tStr
	}
	return jen.Id(cls.enum.classVar).Dot(method).Call(e.coerce(arg, t))
}

// isIntEnum reports whether t is a member of an IntEnum, which int() and
// float() read as its value.
func isIntEnum(t *Type) bool { return t.Kind == ClassT && t.cls.enum != nil && t.cls.enum.intEnum }
