package py

import "iter"

// Enums. codegen declares each enum class of the program as a struct
// embedding EnumMember (IntEnumMember for an IntEnum), so the class's
// methods have a receiver, and its members as package variables, made
// once as CPython makes them when the class statement runs:
//
//	type Color struct{ py.EnumMember[int] }
//
//	var (
//		Color_RED   = &Color{py.NewEnumMember("Color", "RED", 1)}
//		Color_GREEN = &Color{py.NewEnumMember("Color", "GREEN", 2)}
//		Color_enum  = py.NewEnumClass("Color", Color_RED, Color_GREEN)
//	)
//
// Members are singletons, so Go's == on their pointers is Python's is
// (and ==, and the hash of a dict key).

// EnumMember is one member of an Enum: its name and value.
type EnumMember[V any] struct {
	class string
	Name  string
	Value V
}

// NewEnumMember makes member name of enum class with its value.
func NewEnumMember[V any](class, name string, value V) EnumMember[V] {
	return EnumMember[V]{class: class, Name: name, Value: value}
}

// PyRepr is repr(member): "<Color.RED: 1>".
func (m *EnumMember[V]) PyRepr() string {
	return "<" + m.class + "." + m.Name + ": " + Repr(m.Value) + ">"
}

// PyStr is str(member): "Color.RED".
func (m *EnumMember[V]) PyStr() string { return m.class + "." + m.Name }

// PyFormat is format(member, spec): Enum.__format__ formats str(member)
// as a str in 3.11.
func (m *EnumMember[V]) PyFormat(spec string) string { return Format(m.PyStr(), spec) }

// IntEnumMember is one member of an IntEnum, which is also an int: it
// prints, formats, compares, hashes and adds as its value.
type IntEnumMember struct{ EnumMember[int] }

// NewIntEnumMember makes member name of IntEnum class with its value.
func NewIntEnumMember(class, name string, value int) IntEnumMember {
	return IntEnumMember{NewEnumMember(class, name, value)}
}

// PyInt is the member's int value, for arithmetic and comparison.
func (m *IntEnumMember) PyInt() int { return m.Value }

// PyStr is str(member): IntEnum uses int's repr in 3.11 ("1").
func (m *IntEnumMember) PyStr() string { return Repr(m.Value) }

// PyFormat is format(member, spec), int's format.
func (m *IntEnumMember) PyFormat(spec string) string { return Format(m.Value, spec) }

// PyBool is bool(member), the truth of its value.
func (m *IntEnumMember) PyBool() bool { return m.Value != 0 }

// pyInt is an int subclass's instance (an IntEnum member) seen as its
// int value.
type pyInt interface{ PyInt() int }

// enumMember is what EnumClass needs of its members (codegen gives each
// enum type its own PyTypeName).
type enumMember interface {
	PyTypeName() string
	pyEnumMember() (name string, value any)
}

func (m *EnumMember[V]) pyEnumMember() (string, any) { return m.Name, m.Value }

// EnumClass is an enum class used as a value: its members in definition
// order, iteration, len, lookup by value (Color(1)) and by name
// (Color['RED']).
type EnumClass[T enumMember] struct {
	Name    string
	Members []T
}

// NewEnumClass makes the class object of enum name.
func NewEnumClass[T enumMember](name string, members ...T) *EnumClass[T] {
	return &EnumClass[T]{Name: name, Members: members}
}

// ByValue is Color(value): the member whose value equals value, or
// ValueError.
func (c *EnumClass[T]) ByValue(value any) T {
	if m, ok := value.(T); ok {
		return m
	}
	for _, m := range c.Members {
		if _, v := m.pyEnumMember(); Eq(v, value) {
			return m
		}
	}
	Raise(ValueError.New(Repr(value) + " is not a valid " + c.Name))
	var zero T
	return zero
}

// ByName is Color[name]: the member called name, or KeyError.
func (c *EnumClass[T]) ByName(name string) T {
	for _, m := range c.Members {
		if n, _ := m.pyEnumMember(); n == name {
			return m
		}
	}
	Raise(KeyError.New(name))
	var zero T
	return zero
}

// PyLen is len(Color).
func (c *EnumClass[T]) PyLen() int { return len(c.Members) }

// PyIter is iteration over the class: its members in order.
func (c *EnumClass[T]) PyIter() iter.Seq[any] {
	return func(yield func(any) bool) {
		for _, m := range c.Members {
			if !yield(m) {
				return
			}
		}
	}
}

// PyRepr is repr(Color): "<enum 'Color'>".
func (c *EnumClass[T]) PyRepr() string { return "<enum '" + c.Name + "'>" }

// PyTypeName is type(Color).__name__.
func (c *EnumClass[T]) PyTypeName() string { return "EnumType" }

// PyContains is `x in Color`: whether x is one of its members; anything
// but an enum member raises TypeError, as in 3.11.
func (c *EnumClass[T]) PyContains(item any) bool {
	if _, ok := item.(enumMember); !ok {
		Raise(TypeError.New("unsupported operand type(s) for 'in': '" + TypeName(item) + "' and 'EnumType'"))
	}
	_, ok := item.(T)
	return ok
}
