package py

import (
	"strconv"
	"strings"
)

// Classes as values. A class named where the compiler decides what it
// means (isinstance(x, C), C(...), except C) needs none of this; a class
// held in a variable, a tuple or a dict, compared with `is`, printed,
// or what type(x) returns, is a value of type any holding a *Class (a
// built-in type or a class of the program) or an *ExcClass (an exception
// class). Each class is one object, so `is` and == compare addresses.

// Class is a built-in type or a class of the program as a value.
type Class struct {
	Name string
	// Module qualifies the name in its repr: "builtins" (omitted),
	// "collections" or "__main__".
	Module string
	// Base is the class it derives from; nil for a class whose only
	// base is object.
	Base *Class
	// Ops is what a class of the program does as a value (C(...),
	// C.name, C.name(...)), generated per class; nil for built-in types.
	Ops ClassOps
}

// ClassOps is a class of the program called and read by name, generated
// with no reflection like PyObject is for its instances.
type ClassOps interface {
	// PyNew is C(*args).
	PyNew(args []any) any
	// PyClassAttr is C.name of a class attribute; found is false when
	// the class has none of that name.
	PyClassAttr(name string) (v any, found bool)
	// PyCallClassMethod is C.name(*args) of a class or static method;
	// found is false when the class has no such method.
	PyCallClassMethod(name string, args []any) (result any, found bool)
}

// PyClasser is an instance of a class of the program: PyClass is
// type(x).
type PyClasser interface{ PyClass() *Class }

// NewClass declares a class of the program as a value.
func NewClass(name string, base *Class, ops ClassOps) *Class {
	return &Class{Name: name, Module: "__main__", Base: base, Ops: ops}
}

func builtinClass(name string, base *Class) *Class {
	return &Class{Name: name, Module: "builtins", Base: base}
}

// The built-in types as values, named after their Python names.
var (
	IntClass       = builtinClass("int", nil)
	BoolClass      = builtinClass("bool", IntClass)
	FloatClass     = builtinClass("float", nil)
	StrClass       = builtinClass("str", nil)
	ListClass      = builtinClass("list", nil)
	DictClass      = builtinClass("dict", nil)
	TupleClass     = builtinClass("tuple", nil)
	SetClass       = builtinClass("set", nil)
	FrozensetClass = builtinClass("frozenset", nil)
	NoneTypeClass  = builtinClass("NoneType", nil)
	TypeClass      = builtinClass("type", nil)
	ObjectClass    = builtinClass("object", nil)
)

// builtinClasses are the classes type(x) returns for the runtime's
// values, by TypeName.
var builtinClasses = map[string]*Class{}

func init() {
	for _, c := range []*Class{IntClass, BoolClass, FloatClass, StrClass, ListClass, DictClass, TupleClass, SetClass, FrozensetClass, NoneTypeClass, TypeClass} {
		builtinClasses[c.Name] = c
	}
	for _, name := range []string{"defaultdict", "Counter", "OrderedDict"} {
		builtinClasses[name] = &Class{Name: name, Module: "collections", Base: DictClass}
	}
	builtinClasses["deque"] = &Class{Name: "deque", Module: "collections"}
}

// IsSubclassOf reports whether c is base or derives from it.
func (c *Class) IsSubclassOf(base *Class) bool {
	if base == ObjectClass {
		return true
	}
	for k := c; k != nil; k = k.Base {
		if k == base {
			return true
		}
	}
	return false
}

// hasInstance is isinstance(v, c).
func (c *Class) hasInstance(v any) bool {
	if c == ObjectClass {
		return true
	}
	if c.Ops == nil {
		return IsInstanceOf(v, c.Name)
	}
	o, ok := v.(PyClasser)
	return ok && !isNilInstance(v) && o.PyClass().IsSubclassOf(c)
}

// classRepr is repr(C) of a class value: <class 'int'>, <class '__main__.C'>.
func classRepr(name, module string) string {
	if module != "builtins" && module != "" {
		name = module + "." + name
	}
	return "<class '" + name + "'>"
}

// TypeOf is type(v) as a value.
func TypeOf(v any) any {
	switch x := v.(type) {
	case *Exc:
		if x != nil {
			return x.Class
		}
	case PyClasser:
		if !isNilInstance(v) {
			return x.PyClass()
		}
	case *Class, *ExcClass:
		return TypeClass
	}
	name := TypeName(v)
	if c := builtinClasses[name]; c != nil {
		return c
	}
	Unsupported("type() of a value of type " + name + " as a value")
	return nil
}

// IsInstanceAny is isinstance(v, classinfo) of a class held as a value,
// or a tuple of them (nested tuples too, as CPython allows).
func IsInstanceAny(v, classinfo any) bool {
	switch c := classinfo.(type) {
	case *ExcClass:
		return IsExcInstance(v, c)
	case *Class:
		return c.hasInstance(v)
	}
	if t, ok := classinfo.(PySequence); ok && isTuple(classinfo) {
		for i := range t.PyLen() {
			if IsInstanceAny(v, t.PyItem(i)) {
				return true
			}
		}
		return false
	}
	Raise(TypeError.New("isinstance() arg 2 must be a type, a tuple of types, or a union"))
	return false
}

// IsSubclassAny is issubclass(c, classinfo) of classes held as values.
func IsSubclassAny(c, classinfo any) bool {
	if t, ok := classinfo.(PySequence); ok && isTuple(classinfo) {
		for i := range t.PyLen() {
			if IsSubclassAny(c, t.PyItem(i)) {
				return true
			}
		}
		return false
	}
	switch x := c.(type) {
	case *ExcClass:
		base, ok := classinfo.(*ExcClass)
		if !ok {
			return classinfo == ObjectClass
		}
		return x.IsSubclassOf(base)
	case *Class:
		base, ok := classinfo.(*Class)
		if !ok {
			break
		}
		return x.IsSubclassOf(base)
	default:
		Raise(TypeError.New("issubclass() arg 1 must be a class"))
	}
	switch classinfo.(type) {
	case *Class, *ExcClass:
		return false
	}
	Raise(TypeError.New("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
	return false
}

// classMRO is C.__mro__ of a class value: C and its bases up to object.
func classMRO(v any) Tuple {
	var mro Tuple
	switch c := v.(type) {
	case *Class:
		for k := c; k != nil; k = k.Base {
			mro = append(mro, k)
		}
	case *ExcClass:
		for k := c; k != nil; k = k.Base {
			mro = append(mro, k)
		}
	}
	if len(mro) == 1 && mro[0] == ObjectClass {
		return mro
	}
	return append(mro, ObjectClass)
}

// className is C.__name__ of a class value; ok is false for other values.
func className(v any) (string, bool) {
	switch c := v.(type) {
	case *Class:
		return c.Name, c != nil
	case *ExcClass:
		return c.Name, c != nil
	}
	return "", false
}

// CallableAny is callable(v) of a value of type any: a class, or an
// instance of a class of the program with __call__ (which its
// PyGetAttr finds).
func CallableAny(v any) bool {
	switch v.(type) {
	case *Class, *ExcClass, boundMethod:
		return true
	}
	if o, ok := object(v); ok {
		_, found := o.PyGetAttr("__call__")
		return found
	}
	return false
}

// CallValue is f(*args) of a value of type any that is a class: a new
// instance of a class of the program or an exception, or a conversion
// to a built-in type.
func CallValue(f any, args ...any) any {
	switch c := f.(type) {
	case *Class:
		if c.Ops != nil {
			return c.Ops.PyNew(args)
		}
		return convertTo(c, args)
	case *ExcClass:
		if c.Body {
			Unsupported("calling exception class '" + c.Name + "', which has a body, held as a value")
		}
		return c.New(args...)
	}
	Raise(TypeError.New("'" + TypeName(f) + "' object is not callable"))
	return nil
}

// convertTo is int(x), float(x), str(x) or bool(x) (or one of them with
// no argument) of a built-in type held as a value.
func convertTo(c *Class, args []any) any {
	if len(args) == 0 {
		switch c {
		case IntClass:
			return 0
		case FloatClass:
			return 0.0
		case StrClass:
			return ""
		case BoolClass:
			return false
		}
	}
	if len(args) == 1 {
		switch c {
		case IntClass:
			return IntAny(args[0])
		case FloatClass:
			return FloatAny(args[0])
		case StrClass:
			return Str(args[0])
		case BoolClass:
			return Truth(args[0])
		}
	}
	Unsupported("calling built-in type '" + c.Name + "' held as a value with " + strconv.Itoa(len(args)) + " arguments")
	return nil
}

// classAttr is C.name of a class held as a value: its __name__, or for a
// class of the program a class attribute; found is false for other
// values.
func classAttr(v any, name string) (x any, found bool) {
	cname, ok := className(v)
	if !ok {
		return nil, false
	}
	switch name {
	case "__name__", "__qualname__":
		return cname, true
	case "__mro__":
		return classMRO(v), true
	case "__bases__":
		mro := classMRO(v)
		return mro[1:2], true
	}
	if c, ok := v.(*Class); ok && c.Ops != nil {
		if x, found := c.Ops.PyClassAttr(name); found {
			if m, ok := x.(boundMethod); ok {
				Unsupported("method '" + m.qualname + "' read as a value")
			}
			return x, true
		}
	}
	if strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__") {
		Unsupported("attribute '" + name + "' of a class held as a value")
	}
	Raise(AttributeError.New("type object '" + cname + "' has no attribute '" + name + "'"))
	return nil, true
}

// callClassMethod is C.name(*args) of a class of the program held as a
// value; found is false for other values.
func callClassMethod(v any, name string, args []any) (any, bool) {
	c, ok := v.(*Class)
	if !ok || c.Ops == nil {
		return nil, false
	}
	if r, found := c.Ops.PyCallClassMethod(name, args); found {
		return r, true
	}
	if _, found := c.Ops.PyClassAttr(name); found {
		Unsupported("calling '" + name + "' of class '" + c.Name + "' held as a value")
	}
	Raise(AttributeError.New("type object '" + c.Name + "' has no attribute '" + name + "'"))
	return nil, true
}

// ArgOf is the argument v of a class of the program called as a value,
// for a parameter of __init__ (qualname) of type T that inference did
// not flow v's type into (a class reached through type(x)): v itself, or
// the same container converted. Another value stops the program as
// unsupported, as converting it (an int to a float) would change what
// the program prints.
func ArgOf[T any](v any, qualname string) T {
	x, ok := Convert[T](v)
	if !ok {
		Unsupported("passing a value of type " + TypeName(v) + " to " + qualname + "() through a class held as a value")
	}
	return x
}
