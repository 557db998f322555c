package py

// IsInstance reports whether v holds a T: generated code asks it with T
// the interface of a class with subclasses (an instance of that class
// or of a subclass) or a pointer to a class's struct (an instance of
// exactly that class), for isinstance() and `type(x) is C`.
func IsInstance[T any](v any) bool {
	_, ok := v.(T)
	return ok && !isNilInstance(v)
}

// IsInstanceOf is isinstance(v, t) for t one of the built-in types int,
// float, str, bool, list, dict, tuple, named as Python names them: bool
// is a subclass of int, defaultdict and Counter of dict, a named tuple's
// class of tuple.
func IsInstanceOf(v any, t string) bool {
	name := TypeName(v)
	return name == t || t == "int" && name == "bool" || t == "dict" && isDictType(name) || t == "tuple" && isTuple(v)
}
