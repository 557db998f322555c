package grammar

import "reflect"

// Inspect walks the tree rooted at n depth-first, in source order: it calls
// f(n), and if that returns true, inspects each child. Like go/ast.Inspect.
func Inspect(n Node, f func(Node) bool) {
	if isNil(n) || !f(n) {
		return
	}
	for _, c := range Children(n) {
		Inspect(c, f)
	}
}

// Walk calls f on every node of the tree rooted at n, parents first.
func Walk(n Node, f func(Node)) {
	Inspect(n, func(n Node) bool { f(n); return true })
}

var nodeType = reflect.TypeOf((*Node)(nil)).Elem()

// Children returns n's direct child nodes in field order. Fields are read
// by reflection so that a node type added to ast.go is walked without
// another edit here.
func Children(n Node) []Node {
	var out []Node
	v := reflect.ValueOf(n).Elem()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		switch {
		case f.Kind() == reflect.Slice && f.Type().Elem().Implements(nodeType):
			for j := 0; j < f.Len(); j++ {
				if c, ok := f.Index(j).Interface().(Node); ok && !isNil(c) {
					out = append(out, c)
				}
			}
		case f.Type().Implements(nodeType):
			if c, ok := f.Interface().(Node); ok && !isNil(c) {
				out = append(out, c)
			}
		}
	}
	return out
}

// isNil reports a nil node, including a typed nil pointer in an interface.
func isNil(n Node) bool {
	if n == nil {
		return true
	}
	v := reflect.ValueOf(n)
	return v.Kind() == reflect.Pointer && v.IsNil()
}

// Clone returns a deep copy of the tree rooted at n: new nodes with the
// same fields and positions, so that facts recorded per node (types,
// resolved names) can differ between the copy and the original.
func Clone[N Node](n N) N {
	return clone(reflect.ValueOf(n)).Interface().(N)
}

func clone(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		out := reflect.New(v.Elem().Type())
		out.Elem().Set(clone(v.Elem()))
		return out
	case reflect.Interface:
		if v.IsNil() {
			return v
		}
		out := reflect.New(v.Type()).Elem()
		out.Set(clone(v.Elem()))
		return out
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := 0; i < v.Len(); i++ {
			out.Index(i).Set(clone(v.Index(i)))
		}
		return out
	case reflect.Struct:
		out := reflect.New(v.Type()).Elem()
		out.Set(v) // unexported fields and values such as positions
		for i := 0; i < v.NumField(); i++ {
			if out.Field(i).CanSet() {
				out.Field(i).Set(clone(v.Field(i)))
			}
		}
		return out
	}
	return v
}
