package py

// VarScope says where a variable read by Assigned lives, which decides
// CPython's exception and its text for an unbound one.
type VarScope int

const (
	LocalVar  VarScope = iota // a function's own: UnboundLocalError
	GlobalVar                 // the module's: NameError
	FreeVar                   // an enclosing function's, read by a comprehension: NameError
)

// Assigned returns v, the value of the variable name, when bound is
// true; otherwise it raises what CPython raises for reading the variable
// before anything assigned it, or after del.
func Assigned[T any](v T, bound bool, name string, scope VarScope) T {
	if !bound {
		raiseUnbound(name, scope) // apart, so that each T's copy stays small
	}
	return v
}

func raiseUnbound(name string, scope VarScope) {
	switch scope {
	case GlobalVar:
		Raise(NameError.New("name '" + name + "' is not defined"))
	case FreeVar:
		Raise(NameError.New("cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope"))
	default:
		Raise(UnboundLocalError.New("cannot access local variable '" + name + "' where it is not associated with a value"))
	}
}
