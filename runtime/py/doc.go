// Package py holds the Python value model that aiogo's generated code runs
// on: printing with CPython's str and repr, format specs, lists,
// insertion-ordered dicts and sets, Python integer and float arithmetic,
// operations on values of unknown type (and on containers of different
// Go instantiations: protocol.go; attributes and methods by name:
// attrs.go, methods_any.go; comparisons through the program's own
// methods: richcompare.go; named tuples: namedtuple.go), list.sort as
// CPython's own algorithm (listsort.go), the exception hierarchy and
// tracebacks. Every helper mirrors CPython 3.11 (its messages included)
// and its tests compare against python3 itself.
//
// It never schedules anything (that is package aio) and never imports the
// compiler; it uses the standard library only.
//
// # Exceptions
//
// A Python exception is an *Exc travelling as a Go panic. Raise records
// the Go stack (program counters only; symbolised on demand by Frames) and
// panics. A try statement becomes a closure whose deferred function
// recovers and calls Catch(r, classes...), which returns the exception if
// it matches and nil otherwise (the caller then re-panics r). Go runtime
// errors are converted by AsExc with the stack of the code that failed.
// The int helpers (IntAdd, Mod, ...) panic with a constant arithError
// instead of calling Raise, which keeps them small enough to inline into
// generated code; AsExc converts it as it converts a runtime error.
// A bare `raise` is Reraise(e); `raise e from c` is RaiseFrom(e, c).
//
// CPython sets __context__ to the exception being handled whenever a
// raise happens inside an except (or a finally run for an exception).
// Here that is lexical: inside a handler generated code raises with
// RaiseIn(e, handled), which sets e.Context (breaking cycles as CPython
// does). A raise from a function called by the handler gets no context.
//
// Tracebacks keep only frames of generated code, recognised by a file
// name ending in ".py" (generated code carries //line file.py:N
// directives). Function names lose their package, receiver, closure
// suffixes and a single trailing "_" (added by codegen to names that
// clash with Go); Go's main and init show as "<module>". A closure called
// by its enclosing function (a try body) shows as that function.
// Main runs module code and prints uncaught exceptions as CPython does:
// chained causes and contexts, exception groups as boxed trees, source
// lines when the .py file is readable.
//
// # Differences from CPython
//
//   - int is 64-bit: a result that does not fit raises OverflowError
//     instead of growing; IntPow takes non-negative exponents only.
//   - Float ** with a non-integral exponent uses Go's math.Pow and can
//     differ from the C library's pow in the last bit; a negative base
//     with a non-integral exponent raises ValueError (CPython returns a
//     complex number, which aiogo does not have).
//   - str % args (printf-style formatting) is not supported by ModAny.
//   - Tracebacks show no ~~^^ markers under the failing expression, and
//     print the file name that the //line directives carry (CPython
//     prints the absolute path of the script).
//   - Go runtime errors map to IndexError("index out of range"),
//     ZeroDivisionError, AttributeError (nil pointer: "'NoneType' object
//     has no attribute (nil pointer dereference)"), TypeError (nil map
//     assignment, failed type assertion) or RuntimeError; a Go stack
//     overflow is fatal rather than a RecursionError.
//   - ExceptionGroup derives from Exception only (single inheritance), so
//     `except BaseExceptionGroup` does not catch an ExceptionGroup.
//   - Keys of a dict or set of any, and the items held as any of tuple
//     keys, are normalised (keys.go), so 1, 1.0 and True are one key as
//     in CPython. Repr of a container that contains itself recurses instead of
//     printing "[...]".
//   - Converting a container to another Go instantiation (As, when
//     inference typed one value two ways) copies it, so the copy no
//     longer shares changes with the original.
//   - Set iteration follows CPython's hash table for elements whose
//     CPython hash is the same in every process (numbers, NaN excepted,
//     and tuples, named tuples and frozen dataclasses of them; instances
//     with __hash__); a set that gets another element (a str, whose CPython
//     order changes with hash randomisation) goes on in insertion order.
//   - Keys that compare with __eq__ (instances with __hash__) are one key
//     only with keys of their own class hierarchy: one equal to an int of
//     the same hash is another key here, the same key in CPython.
//   - A collections.deque is a List marked as one (deque.go): a Go loop
//     over its items, or an iterator (IterList), does not notice it
//     changing, where CPython raises "deque mutated during iteration".
//   - What the dynamic path (attrs.go) cannot do for a value it meets,
//     or a frozenset used as a key of a dict of any, stops the program
//     through Unsupported (exit status 2) instead of raising what CPython
//     would not.
//   - JSONLoads decodes a lone surrogate escape ("\ud800") to U+FFFD (a
//     Go string cannot hold a surrogate) and has no recursion limit.
//   - The math functions CPython takes from the C library (exp, log,
//     sin, ...) are left out: Go's differ from glibc's in the last bit.
//   - Case mapping and character classes use Go's Unicode tables (simple
//     case mapping: "ß".upper() stays "ß"; a newer Unicode version).
//   - A dataclass's __eq__ compares its fields as tuples; CPython's tuple
//     comparison treats one float object as equal to itself, so two
//     instances holding the very same NaN object are equal there and
//     unequal here (an instance is still equal to itself). asdict copies
//     dataclasses, lists, tuples and dicts but keeps other objects held
//     as any, which CPython deep-copies. The repr of a dataclass that
//     contains itself recurses instead of printing "...".
//   - A Go string cannot hold a lone surrogate: Chr raises ValueError
//     for 0xd800-0xdfff, where CPython makes a one-character str.
package py
