package py

// Comparisons of the program's own classes, as CPython's do_richcompare
// runs them. A class that defines __eq__, __ne__, __lt__, __le__, __gt__
// or __ge__ (or inherits one, or is a dataclass, whose @dataclass
// generates them) answers through PyRichCompare; a method returning
// NotImplemented lets the other operand's reflected method try, and when
// neither answers == falls back to identity and an ordering raises
// TypeError.

// NotImplementedType is the type of NotImplemented.
type NotImplementedType struct{}

// NotImplemented is the value a comparison method returns to let the
// other operand answer.
var NotImplemented NotImplementedType

func (NotImplementedType) PyRepr() string     { return "NotImplemented" }
func (NotImplementedType) PyTypeName() string { return "NotImplementedType" }

// PyRichComparer is an instance of a class that compares through
// methods.
type PyRichComparer interface {
	// PyRichCompare is self op other for op "==", "!=", "<", "<=", ">"
	// or ">="; ok is false when the class's method for op returns
	// NotImplemented, or the class has none (object's __eq__ answers
	// only for self itself, its __ne__ inverts __eq__).
	PyRichCompare(other any, op string) (result, ok bool)
	// PyDerivesFrom reports whether self's class is a proper subclass of
	// other's class, whose reflected method CPython then tries first.
	PyDerivesFrom(other any) bool
}

// reflectedOp is the operator a reflected method is called for: a < b
// asks b whether b > a.
var reflectedOp = map[string]string{"<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!="}

// comparer is v as a PyRichComparer; a nil instance (an optional
// instance that is None) is none.
func comparer(v any) (PyRichComparer, bool) {
	c, ok := v.(PyRichComparer)
	return c, ok && !isNilInstance(v)
}

// isComparer reports whether a comparison of a and b goes through
// richCompare: one of them is an instance (or an optional instance that
// is None) of a class that compares through methods.
func isComparer(a, b any) bool {
	_, x := a.(PyRichComparer)
	_, y := b.(PyRichComparer)
	return x || y
}

// richCompare is a op b through the operands' methods: the reflected
// method of b first when b's class derives from a's, then a's, then b's
// reflected one. ok is false when every method tried returned
// NotImplemented.
func richCompare(a, b any, op string) (result, ok bool) {
	if isNilInstance(a) {
		a = None
	}
	if isNilInstance(b) {
		b = None
	}
	x, xok := comparer(a)
	y, yok := comparer(b)
	if yok && y.PyDerivesFrom(a) {
		if r, ok := y.PyRichCompare(a, reflectedOp[op]); ok {
			return r, true
		}
		yok = false
	}
	if xok {
		if r, ok := x.PyRichCompare(b, op); ok {
			return r, true
		}
	}
	if yok {
		return y.PyRichCompare(a, reflectedOp[op])
	}
	return false, false
}

// richEq is a == b (or a != b when op is "!=") for comparers: their
// methods, else identity.
func richEq(a, b any, op string) bool {
	if r, ok := richCompare(a, b, op); ok {
		return r
	}
	same := identical(a, b)
	if op == "!=" {
		return !same
	}
	return same
}

// identical is `a is b` for a comparer and any value: instances are
// pointers, equal only to themselves.
func identical(a, b any) bool {
	if isNone(a) || isNone(b) {
		return isNone(a) && isNone(b)
	}
	return a == b // differing dynamic types compare unequal without panicking
}

// sameOrEq is PyObject_RichCompareBool(a, b, Py_EQ), the equality
// containers use for their items (in, index, count, remove, and list
// and tuple comparison): an instance is equal to itself without its
// __eq__ being called.
func sameOrEq(a, b any) bool {
	if _, ok := a.(PyRichComparer); ok && identical(a, b) { // b is then a too
		return true
	}
	return Eq(a, b)
}
