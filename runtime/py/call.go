package py

// Call runs fn, the body of an exported function of a library-mode
// package, and turns a Python exception escaping it into an ordinary Go
// error (a *Exc), as Go callers expect. Stack unwinds (Unwinder) and
// SystemExit pass through untouched.
func Call[T any](fn func() T) (result T, err error) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(Unwinder); ok {
				panic(r)
			}
			e := AsExc(r)
			if e.Is(SystemExit) {
				panic(e)
			}
			err = e
		}
	}()
	return fn(), nil
}
