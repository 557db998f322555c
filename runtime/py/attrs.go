package py

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Attributes and methods by name: the dynamic path for x.name and
// x.name(...) where x is a value of type any, and for getattr and
// hasattr. Every class of the program implements PyObject with switches
// the compiler generates (no reflection). For the runtime's own values
// CPython's attribute names are known (builtinAttrs): a name they do not
// have raises CPython's AttributeError; one they have, which this path
// does not reach yet, stops the program as unsupported rather than give
// an answer CPython would not.

// PyObject is an instance of a class of the program.
type PyObject interface {
	// PyGetAttr is x.name: a field, a property's value, a class
	// attribute, or Method(...) for a method; found is false when the
	// class has no such attribute.
	PyGetAttr(name string) (v any, found bool)
	// PyCallMethod is x.name(*args) of a method; found is false when the
	// class has no such method.
	PyCallMethod(name string, args []any) (result any, found bool)
	// PySetAttr is x.name = v of a field or a property; found is false
	// when the class has neither.
	PySetAttr(name string, v any) (found bool)
}

// object returns v as an instance of a class of the program; an optional
// instance that is None is none.
func object(v any) (PyObject, bool) {
	o, ok := v.(PyObject)
	return o, ok && !isNilInstance(v)
}

// GetAttr is x.name of a value of type any.
func GetAttr(v any, name string) any {
	if x, ok := classAttr(v, name); ok {
		return x
	}
	if o, ok := object(v); ok {
		if x, found := o.PyGetAttr(name); found {
			if m, ok := x.(boundMethod); ok {
				Unsupported("'" + m.qualname + "' read as a value")
			}
			return x
		}
	}
	if e, ok := v.(*Exc); ok && e != nil && name == "args" {
		return ExcAttr(e, name)
	}
	if x, ok := numberAttr(v, name); ok {
		return x
	}
	if m, ok := v.(interface{ pyEnumMember() (string, any) }); ok && !isNilInstance(v) && (name == "name" || name == "value") {
		n, value := m.pyEnumMember()
		if name == "name" {
			return n
		}
		return value
	}
	noAttr(v, name, "attribute")
	return nil
}

// numberAttr is the real, imag, numerator or denominator of a number.
func numberAttr(v any, name string) (any, bool) {
	kind, i, f := numeric(v)
	switch {
	case kind == 1 && (name == "real" || name == "numerator"):
		return i, true
	case kind == 1 && name == "imag":
		return 0, true
	case kind == 1 && name == "denominator":
		return 1, true
	case kind == 2 && name == "real":
		return f, true
	case kind == 2 && name == "imag":
		return 0.0, true
	}
	return nil, false
}

// GetAttrDefault is getattr(x, name, default).
func GetAttrDefault(v any, name string, def any) any {
	if HasAttr(v, name) {
		return GetAttr(v, name)
	}
	return def
}

// HasAttr is hasattr(x, name).
func HasAttr(v any, name string) bool {
	if c, ok := v.(*Class); ok && c.Ops != nil {
		if _, found := c.Ops.PyClassAttr(name); found {
			return true
		}
	}
	if o, ok := object(v); ok {
		if _, found := o.PyGetAttr(name); found || name == "__dict__" { // PyGetAttr finds __dict__ unless __slots__ left it out
			return found
		}
	}
	if e, ok := v.(*Exc); ok && e != nil && name == "args" {
		return true
	}
	if !knowsAttrs(v, name) {
		Unsupported("hasattr() of '" + name + "' on a value of type " + TypeName(v))
	}
	return hasBuiltinAttr(v, name)
}

// CallMethod is x.name(*args) of a value of type any: an instance's
// method, or a list's, deque's, dict's or set's (methods_any.go).
func CallMethod(v any, name string, args ...any) any {
	if r, ok := callClassMethod(v, name, args); ok {
		return r
	}
	if o, ok := v.(pyMethodCaller); ok && !isNilInstance(v) {
		if r, found := o.PyCallMethod(name, args); found {
			return r
		}
	}
	noAttr(v, name, "method")
	return nil
}

// SetAttr is x.name = value of a value of type any. CPython would give an
// instance an attribute its class does not define; this path cannot.
func SetAttr(v any, name string, value any) {
	if o, ok := object(v); ok {
		if !o.PySetAttr(name, value) {
			Unsupported("setting attribute '" + name + "', which class " + TypeName(v) + " does not define,")
		}
		return
	}
	noAttr(v, name, "setting attribute")
}

// noAttr raises the AttributeError of x.name for a name x surely lacks,
// and stops the program as unsupported otherwise (what is being reached
// says which).
func noAttr(v any, name, what string) {
	if !knowsAttrs(v, name) || hasBuiltinAttr(v, name) {
		Unsupported(what + " '" + name + "' of a value of type " + TypeName(v) + " held as a dynamic value")
	}
	NoAttr(v, name)
}

// knowsAttrs reports whether this path knows every attribute named name
// of v: not a special name (__class__, __dict__ ...), which every object
// has; an instance of a class of the program (whose methods and
// attributes PyObject finds, the special ones aside); or a value of a
// built-in type listed in builtinAttrs.
func knowsAttrs(v any, name string) bool {
	if strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__") {
		return false
	}
	if _, ok := object(v); ok {
		return true
	}
	_, ok := builtinAttrs[TypeName(v)]
	return ok
}

// hasBuiltinAttr reports whether a value of a built-in type has
// attribute name.
func hasBuiltinAttr(v any, name string) bool {
	for _, a := range strings.Fields(builtinAttrs[TypeName(v)]) {
		if a == name {
			return true
		}
	}
	return false
}

// builtinAttrs are the attributes of the built-in types that are no
// special names, as dir() lists them in CPython 3.11.
var builtinAttrs = map[string]string{
	"NoneType":    "",
	"bool":        "as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag numerator real to_bytes",
	"int":         "as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag numerator real to_bytes",
	"float":       "as_integer_ratio conjugate fromhex hex imag is_integer real",
	"str":         "capitalize casefold center count encode endswith expandtabs find format format_map index isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill",
	"list":        "append clear copy count extend index insert pop remove reverse sort",
	"tuple":       "count index",
	"dict":        "clear copy fromkeys get items keys pop popitem setdefault update values",
	"frozenset":   "copy difference intersection isdisjoint issubset issuperset symmetric_difference union",
	"set":         "add clear copy difference difference_update discard intersection intersection_update isdisjoint issubset issuperset pop remove symmetric_difference symmetric_difference_update union update",
	"defaultdict": "clear copy default_factory fromkeys get items keys pop popitem setdefault update values",
	"Counter":     "_keep_positive clear copy elements fromkeys get items keys most_common pop popitem setdefault subtract total update values",
	"OrderedDict": "clear copy fromkeys get items keys move_to_end pop popitem setdefault update values",
	"deque":       "append appendleft clear copy count extend extendleft index insert maxlen pop popleft remove reverse rotate",
}

// boundMethod stands for x.name of a method in what PyGetAttr returns:
// hasattr finds it, but this path does not make methods values yet.
type boundMethod struct{ qualname string }

// Method is what PyGetAttr returns for method qualname (Class.method).
func Method(qualname string) any { return boundMethod{qualname} }

// CheckArgs raises CPython's TypeError for a call of method qualname
// (Class.method) with n arguments after self, when the method takes the
// parameters params, the first required of them without a default.
func CheckArgs(qualname string, n int, params []string, required int) {
	switch {
	case n > len(params):
		takes := strconv.Itoa(len(params) + 1)
		if required < len(params) {
			takes = "from " + strconv.Itoa(required+1) + " to " + takes
		}
		plural := "s"
		if takes == "1" {
			plural = ""
		}
		Raise(TypeError.New(fmt.Sprintf("%s() takes %s positional argument%s but %d were given", qualname, takes, plural, n+1)))
	case n < required:
		missing := params[n:required]
		quoted := make([]string, len(missing))
		for i, p := range missing {
			quoted[i] = "'" + p + "'"
		}
		list := quoted[0]
		switch {
		case len(quoted) == 2:
			list = quoted[0] + " and " + quoted[1]
		case len(quoted) > 2:
			list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
		}
		plural := "s"
		if len(missing) == 1 {
			plural = ""
		}
		Raise(TypeError.New(fmt.Sprintf("%s() missing %d required positional argument%s: %s", qualname, len(missing), plural, list)))
	}
}

// Unsupported stops the program where it reaches what aiogo does not
// translate yet, which only a value known at run time revealed: stdout
// is flushed, the reason goes to stderr, and the exit status is 2. It is
// no Python exception, so no except clause can take it for one CPython
// would raise.
func Unsupported(what string) {
	Flush()
	fmt.Fprintf(os.Stderr, "aiogo: %s is not supported yet\n", what)
	os.Exit(2)
}

// AttrName is the name argument of getattr, hasattr and setattr held as
// any: a str, else CPython's TypeError.
func AttrName(v any) string {
	s, ok := v.(string)
	if !ok {
		Raise(TypeError.New("attribute name must be string, not '" + TypeName(v) + "'"))
	}
	return s
}

// NoAttr raises CPython's AttributeError for attribute name of obj,
// which obj lacks (for an instance of a class of the program: which
// nothing has assigned yet).
func NoAttr(obj any, name string) {
	Raise(AttributeError.New("'" + TypeName(obj) + "' object has no attribute '" + name + "'"))
}
