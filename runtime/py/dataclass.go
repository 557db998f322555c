package py

// What the methods that @dataclass generates need from the runtime.
// codegen emits, for each dataclass, PyRepr ("Job(id=1, name='a')"),
// PyRichCompare (richcompare.go: __eq__ and with order=True the ordering,
// the fields compared as tuples), PyTypeName and PyFields (for asdict);
// frozen=True adds PyHashKey, an eq dataclass that is not frozen is
// PyUnhashable, as CPython sets its __hash__ to None.

// FrozenInstanceError is dataclasses.FrozenInstanceError.
var FrozenInstanceError = &ExcClass{Name: "FrozenInstanceError", Base: AttributeError, Module: "dataclasses"}

// AssignFrozen is `obj.name = value` on an instance of a frozen
// dataclass: value and obj have been evaluated (in Python's order, as
// arguments), and the generated __setattr__ raises.
func AssignFrozen(value, obj any, name string) {
	Raise(FrozenInstanceError.New("cannot assign to field " + Repr(name)))
}

// AssignReadOnly is obj.name = value for a property without a setter:
// CPython's AttributeError, once value and obj have been evaluated.
func AssignReadOnly(value, obj any, name string) {
	Raise(AttributeError.New("property " + Repr(name) + " of " + Repr(TypeName(obj)) + " object has no setter"))
}

// AssignNoAttr is obj.name = value of an attribute that obj's class,
// whose instances have no __dict__, has no slot for: value has been
// computed, and CPython raises AttributeError.
func AssignNoAttr(value, obj any, name string) { NoAttr(obj, name) }

// Compare is a op b for op "<", "<=", ">" or ">=", with CPython's
// TypeError for unorderable operands: the ordering of a dataclass, which
// compares its fields as tuples.
func Compare(a, b any, op string) bool { return compare(a, b, op) }

// PyUnhashable is implemented by values whose class sets __hash__ to
// None (a dataclass with eq and without frozen): using one as a dict
// key raises TypeError.
type PyUnhashable interface{ PyUnhashable() }

// PyHashKeyer is a hashable value that compares by value (a frozen
// dataclass): PyHashKey returns its fields as a tuple, the key a dict
// of any normalises it to.
type PyHashKeyer interface {
	PyTypeName() string
	PyHashKey() Tuple
}

// valueKey is the normalised key of a PyHashKeyer: its class and its
// fields, so that equal instances of one class are one key and an
// instance is never the tuple of its fields.
type valueKey struct {
	class  string
	fields any
}

// Field is one field of a dataclass instance, for asdict.
type Field struct {
	Name  string
	Value any
}

// PyDataclass is an instance of a dataclass: its fields in order.
type PyDataclass interface{ PyFields() []Field }

// AsDict is dataclasses.asdict(obj): the fields as a new dict, with
// dataclasses, lists, tuples and dicts among the values converted
// recursively into new containers, as _asdict_inner does. Other values
// are kept as they are (CPython deep-copies them; codegen accepts
// asdict only where fields hold plain data).
func AsDict(obj PyDataclass) *Dict[string, any] {
	d := NewDict[string, any]()
	for _, f := range obj.PyFields() {
		d.Set(f.Name, asDictValue(f.Value))
	}
	return d
}

func asDictValue(v any) any {
	switch x := v.(type) {
	case PyDataclass:
		return AsDict(x)
	case PyMapping:
		d := NewDict[any, any]()
		for k := range x.PyIter() {
			item, _ := x.PyLookup(k)
			d.Set(asDictValue(k), asDictValue(item))
		}
		return d
	case PySequence:
		items := make([]any, x.PyLen())
		for i := range items {
			items[i] = asDictValue(x.PyItem(i))
		}
		if x.PyTypeName() == "tuple" {
			return Tuple(items)
		}
		return NewList(items...)
	}
	return v
}
