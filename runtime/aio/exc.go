package aio

import "github.com/aiogo-dev/aiogo/runtime/py"

// toExc turns a value recovered from a panic into the Python exception the
// task raised; Go runtime errors become the matching Python exceptions.
func toExc(r any) *py.Exc { return py.AsExc(r) }

// coroStop is the panic value that unwinds a coroutine stopped while
// suspended (the GeneratorExit of a closed CPython coroutine). It is a
// py.Unwinder, so `except BaseException` in generated code cannot catch
// it; each loop has its own, so loops share no mutable value.
type coroStop struct{ loop *Loop }

// Unwind marks coroStop as a py.Unwinder.
func (*coroStop) Unwind() {}
