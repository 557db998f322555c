package py

import "strconv"

// Named tuples: instances of the program's classes deriving from
// typing.NamedTuple. codegen emits each as a struct with its fields and
// the methods of PyNamedTuple, so that wherever the runtime takes a tuple
// (equality and ordering with tuples, dict keys, len, indexing, `in`,
// concatenation, unpacking, json) a named tuple is one, as in CPython.

// PyNamedTuple is an instance of a named tuple class.
type PyNamedTuple interface {
	PySequence // its items; PyTypeName is its class's name
	PyTuple() Tuple
}

// isTuple reports whether v is a tuple of any instantiation, or a named
// tuple.
func isTuple(v any) bool {
	if _, ok := v.(PyNamedTuple); ok {
		return !isNilInstance(v)
	}
	s, ok := v.(PySequence)
	return ok && s.PyTypeName() == "tuple"
}

// TupleItemsOf is v's items when v is a tuple or a named tuple.
func TupleItemsOf(v any) (Tuple, bool) {
	if !isTuple(v) {
		return nil, false
	}
	return tupleItems(v.(PySequence)), true
}

// AssignNamedTuple is `obj.name = value` on a named tuple: value and
// obj have been evaluated (in Python's order, as arguments), and CPython
// raises, for a field (read-only) or any other name (named tuples take
// no new attributes).
func AssignNamedTuple(value, obj any, name string, field bool) {
	if field {
		Raise(AttributeError.New("can't set attribute"))
	}
	Raise(AttributeError.New("'" + TypeName(obj) + "' object has no attribute '" + name + "'"))
}

// NamedTupleDict is nt._asdict(): a new dict of the named tuple's fields,
// named by fields, in order.
func NamedTupleDict(nt PyNamedTuple, fields []string) *Dict[string, any] {
	d := NewDict[string, any]()
	for i, name := range fields {
		d.Set(name, nt.PyItem(i))
	}
	return d
}

// FieldsOf is nt._fields of a named tuple instance: the names of its
// fields. The instance is an argument so that the expression giving it
// runs, as CPython evaluates it before reading the attribute.
func FieldsOf(_ any, names ...string) Tuple {
	out := make(Tuple, len(names))
	for i, n := range names {
		out[i] = n
	}
	return out
}

// MakeItems is the items of v, an iterable, for Cls._make(v) of a named
// tuple of n fields: CPython's TypeError when their number differs.
func MakeItems(v any, n int) []any {
	var items []any
	for x := range Iter(v) {
		items = append(items, x)
	}
	if len(items) != n {
		Raise(TypeError.New("Expected " + strconv.Itoa(n) + " arguments, got " + strconv.Itoa(len(items))))
	}
	return items
}
