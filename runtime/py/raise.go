package py

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

// Unwinder is implemented by panic values that unwind a stack without
// being a Python exception (package aio's coroutine-stop sentinel).
// Catch never catches them, so `except BaseException` cannot swallow a
// task's teardown.
type Unwinder interface{ Unwind() }

// Raise is the `raise e` statement: it records where e was raised and
// panics with it. Raising an exception that was raised before (`raise e`
// in a handler) keeps its old frames below the current ones, as CPython
// appends to __traceback__.
//
// Context chaining is lexical in aiogo: CPython sets __context__ to the
// exception being handled whenever a raise happens inside an except or
// finally block; generated code says which one that is with RaiseIn.
func Raise(e *Exc) {
	if e.pcs == nil && e.Traceback == nil {
		e.pcs = callers(3)
	} else {
		e.Traceback = splice(framesOf(callers(3), false), e.Frames())
		e.pcs = nil
	}
	panic(e)
}

// Reraise is a bare `raise` in a handler: e goes on with its traceback
// untouched.
func Reraise(e *Exc) { panic(e) }

// RaiseIn is `raise e` inside a handler of (or a finally block run for)
// handling: e.__context__ becomes handling, breaking any cycle as
// _PyErr_SetObject does. A nil handling is plain Raise.
func RaiseIn(e, handling *Exc) {
	setContext(e, handling, callers(3))
	Raise(e)
}

// setContext makes handling the context of e, raised while handling it
// at the callers pcs.
func setContext(e, handling *Exc, pcs []uintptr) {
	if handling != nil && handling != e {
		for o := handling; o.Context != nil; o = o.Context {
			if o.Context == e {
				o.Context = nil
				break
			}
		}
		e.Context = trimmed(handling, pcs)
	}
}

// RaiseFromIn is `raise e from cause` inside a handler of handling: the
// context is set as RaiseIn sets it, though no longer shown.
func RaiseFromIn(e, cause, handling *Exc) {
	setContext(e, handling, callers(3))
	RaiseFrom(e, cause)
}

// RaiseFrom is `raise e from cause`; a nil cause is `raise e from None`.
// Either way the context is no longer shown.
func RaiseFrom(e, cause *Exc) {
	if cause != nil {
		e.Cause = trimmed(cause, callers(3))
	}
	e.SuppressContext = true
	Raise(e)
}

// trimmed cuts the frames of h that lie outside the function now handling
// it: CPython's traceback of a caught exception starts at the frame that
// caught it.
func trimmed(h *Exc, pcs []uintptr) *Exc {
	now := framesOf(pcs, false)
	old := h.Frames()
	k := commonPrefix(old, now)
	h.Traceback = old[k:]
	return h
}

// commonPrefix counts the frames old shares with the callers of the
// innermost frame of now.
func commonPrefix(old, now []Frame) int {
	k := 0
	for k < len(old) && k < len(now)-1 && old[k] == now[k] {
		k++
	}
	return k
}

// splice joins the frames of a new raise site with those of an exception
// raised before and caught at or below it.
func splice(now, old []Frame) []Frame {
	k := commonPrefix(old, now)
	return append(now[:len(now):len(now)], old[k:]...)
}

// Catch is the matching part of `except C1, C2 as e` for a value recovered
// in a deferred function: it returns the exception when it is an instance
// of one of classes (of anything with no classes: a bare except), else nil
// and the caller re-panics what it recovered. A recovered Go runtime
// error is converted (with the stack of where it happened) and, when it
// does not match, re-panicked here as that exception so its traceback
// survives. Unwinder values are never caught.
func Catch(recovered any, classes ...*ExcClass) *Exc {
	if len(classes) == 0 {
		if _, ok := recovered.(Unwinder); ok || recovered == nil {
			return nil
		}
		return AsExc(recovered)
	}
	return CatchIf(recovered, func(e *Exc) bool { return ExcMatches(e, classes) })
}

// CatchIf is Catch for except clauses that hold classes as values:
// matches tests the exception against them.
func CatchIf(recovered any, matches func(*Exc) bool) *Exc {
	if _, ok := recovered.(Unwinder); ok || recovered == nil {
		return nil
	}
	e := AsExc(recovered)
	if matches(e) {
		return e
	}
	if _, ok := recovered.(*Exc); !ok {
		panic(e)
	}
	return nil
}

// ExcMatches reports whether e is an instance of one of classes.
func ExcMatches(e *Exc, classes []*ExcClass) bool {
	for _, c := range classes {
		if e.Class.IsSubclassOf(c) {
			return true
		}
	}
	return false
}

// ExcClassesOf gathers the classes of except clauses that hold classes
// as values: each of clauses is an exception class or a tuple of them;
// anything else (a tuple in the tuple too) raises CPython's TypeError.
func ExcClassesOf(clauses ...any) []*ExcClass {
	var out []*ExcClass
	add := func(v any) {
		c, ok := v.(*ExcClass)
		if !ok {
			Raise(TypeError.New("catching classes that do not inherit from BaseException is not allowed"))
		}
		out = append(out, c)
	}
	for _, v := range clauses {
		if t, ok := v.(PySequence); ok && isTuple(v) {
			for i := range t.PyLen() {
				add(t.PyItem(i))
			}
			continue
		}
		add(v)
	}
	return out
}

// AsExc turns a recovered panic value into a Python exception:
//   - *Exc as is;
//   - the panic of a failing arithmetic helper (arithError) → the
//     OverflowError or ZeroDivisionError it stands for;
//   - Go runtime errors: index or slice out of range → IndexError, integer
//     divide by zero → ZeroDivisionError, nil pointer dereference →
//     AttributeError (the Go image of an attribute of None), assignment to
//     a nil map → TypeError (item assignment on None), failed type
//     assertion → TypeError, others → RuntimeError with Go's message;
//   - an error or anything else → RuntimeError with its text.
//
// Called from the deferred function that recovered, it records the stack
// of the panicking code, which is still below it then (symbolised only
// when the traceback is read, as for Raise). A Go stack overflow is fatal
// and never reaches here (CPython's RecursionError).
func AsExc(recovered any) *Exc {
	if e, ok := recovered.(*Exc); ok {
		return e
	}
	var e *Exc
	var re runtime.Error
	switch x := recovered.(type) {
	case arithError:
		e = x.exc()
	case runtime.Error:
		re = x
	case error:
		if !errors.As(x, &re) {
			e = RuntimeError.New(x.Error())
		}
	case string:
		e = RuntimeError.New(x)
	default:
		e = RuntimeError.New(fmt.Sprint(x))
	}
	if e == nil {
		e = runtimeErrorExc(re)
	}
	e.pcs, e.fromPanic = callers(2), true
	return e
}

func runtimeErrorExc(re runtime.Error) *Exc {
	msg := re.Error()
	var ta *runtime.TypeAssertionError
	switch {
	case strings.Contains(msg, "index out of range"), strings.Contains(msg, "slice bounds out of range"):
		return IndexError.New("index out of range")
	case strings.Contains(msg, "integer divide by zero"):
		return ZeroDivisionError.New("integer division or modulo by zero")
	case strings.Contains(msg, "nil pointer dereference"):
		return AttributeError.New("'NoneType' object has no attribute (nil pointer dereference)")
	case strings.Contains(msg, "assignment to entry in nil map"):
		return TypeError.New("'NoneType' object does not support item assignment")
	case errors.As(re, &ta):
		return TypeError.New(strings.TrimPrefix(msg, "interface conversion: "))
	}
	return RuntimeError.New(msg)
}

// callers returns the program counters of the stack, skipping skip frames
// (runtime.Callers itself counts as one).
func callers(skip int) []uintptr {
	pcs := make([]uintptr, 32)
	for {
		n := runtime.Callers(skip, pcs)
		if n < len(pcs) || len(pcs) >= maxFrames {
			return pcs[:n]
		}
		pcs = make([]uintptr, 2*len(pcs))
	}
}

// maxFrames bounds the stack a traceback records (deep recursion).
const maxFrames = 1 << 14

// Raisable is exc, an exception that may be None, about to be raised:
// raising None is CPython's TypeError.
func Raisable(exc *Exc) *Exc {
	if exc == nil {
		Raise(TypeError.New("exceptions must derive from BaseException"))
	}
	return exc
}

// RaisableAny is what `raise v` raises for v of type any: v itself when
// it is an exception, a new instance when it is an exception class,
// else CPython's TypeError.
func RaisableAny(v any) *Exc {
	switch x := v.(type) {
	case *Exc:
		return Raisable(x)
	case *ExcClass:
		return CallValue(x).(*Exc)
	}
	Raise(TypeError.New("exceptions must derive from BaseException"))
	return nil
}

// AbstractInstance is calling an abstract class, whose arguments args
// have been evaluated: CPython's TypeError, with the message msg.
func AbstractInstance[T any](msg string, args ...any) T {
	Raise(TypeError.New(msg))
	panic("unreachable")
}
