package py

// GetItem is x[k] for a value of dynamic type: a list or tuple indexed
// by an int (negative from the end), a dict by a key of any type, a str
// by an int; CPython's TypeError, IndexError or KeyError otherwise.
func GetItem(x, k any) any {
	switch c := x.(type) {
	case string:
		i, ok := indexValue(k)
		if !ok {
			Raise(TypeError.New("string indices must be integers, not '" + TypeName(k) + "'"))
		}
		return StrIndex(c, i)
	case PyMapping:
		v, ok := c.PyLookup(k)
		if !ok {
			Raise(KeyError.New(k))
		}
		return v
	case PySequence:
		name := c.PyTypeName()
		i, ok := indexValue(k)
		if !ok {
			Raise(TypeError.New(name + " indices must be integers or slices, not " + TypeName(k)))
		}
		return c.PyItem(index(i, c.PyLen(), name+" index out of range"))
	}
	Raise(TypeError.New("'" + TypeName(x) + "' object is not subscriptable"))
	return nil
}

// indexValue is k as a sequence index: an int or a bool.
func indexValue(k any) (int, bool) {
	switch i := k.(type) {
	case int:
		return i, true
	case bool:
		return BoolToInt(i), true
	}
	return 0, false
}

// DictGet is x.get(k, def) for a value of dynamic type: a dict's value
// for k, or def; AttributeError for anything but a dict.
func DictGet(x, k, def any) any {
	m, ok := x.(PyMapping)
	if !ok {
		Raise(AttributeError.New("'" + TypeName(x) + "' object has no attribute 'get'"))
	}
	if v, ok := m.PyLookup(k); ok {
		return v
	}
	return def
}
