package py

import (
	"strconv"
	"strings"
)

// ExcClass is a Python exception class. Classes form a single-inheritance
// tree rooted at BaseException; generated code declares user exception
// classes with NewExcClass, so matching in `except` is a walk up Base
// pointers, never a comparison of messages.
type ExcClass struct {
	Name string
	Base *ExcClass // nil only for BaseException
	// Module qualifies the name ("asyncio.exceptions", "__main__"); empty
	// for builtins.
	Module string
	// Body marks a class of the program with a body of its own, whose
	// instances carry its attributes (Exc.Self): generated code makes
	// them, CallValue cannot.
	Body bool
}

// NewExcClass declares an exception class of the program deriving from
// base.
func NewExcClass(name string, base *ExcClass) *ExcClass {
	return &ExcClass{Name: name, Base: base, Module: "__main__"}
}

// NewExcClassWithBody declares an exception class of the program whose
// body defines attributes or methods.
func NewExcClassWithBody(name string, base *ExcClass) *ExcClass {
	return &ExcClass{Name: name, Base: base, Module: "__main__", Body: true}
}

func builtinExc(name string, base *ExcClass) *ExcClass {
	return &ExcClass{Name: name, Base: base}
}

// IsSubclassOf reports whether c is base or derives from it, as issubclass does.
func (c *ExcClass) IsSubclassOf(base *ExcClass) bool {
	for k := c; k != nil; k = k.Base {
		if k == base {
			return true
		}
	}
	return false
}

// New makes an instance of c with the given constructor arguments.
func (c *ExcClass) New(args ...any) *Exc {
	e := &Exc{Class: c, Args: args}
	if c.IsSubclassOf(OSError) {
		osErrorInit(e)
	}
	return e
}

// osErrorInit is what OSError's constructor does with its arguments: the
// errno, strerror, filename and filename2 attributes; with two to five
// arguments only the first two stay args, and OSError itself becomes the
// subclass CPython maps the errno to (OSError(2, "x") is a
// FileNotFoundError).
func osErrorInit(e *Exc) {
	args := e.Args
	if len(args) < 2 || len(args) > 5 {
		return // each attribute None (ExcField)
	}
	e.Fields = map[string]any{"errno": args[0], "strerror": args[1], "filename": None, "filename2": None}
	if len(args) >= 3 {
		e.Fields["filename"] = args[2]
	}
	if len(args) == 5 {
		e.Fields["filename2"] = args[4]
	}
	e.Args = args[:2]
	if n, ok := args[0].(int); ok && e.Class == OSError && errnoClasses[n] != nil {
		e.Class = errnoClasses[n]
	}
}

// osErrorStr is str(e) of an OSError made with an errno and a strerror:
// "[Errno 2] No such file: 'f'"; ok is false for other exceptions.
func osErrorStr(e *Exc) (s string, ok bool) {
	if _, made := e.Fields["strerror"]; !made || !e.Class.IsSubclassOf(OSError) {
		return "", false
	}
	s = "[Errno " + Str(e.Fields["errno"]) + "] " + Str(e.Fields["strerror"])
	if f := e.Fields["filename"]; !isNone(f) {
		s += ": " + Repr(f)
		if f2 := e.Fields["filename2"]; !isNone(f2) {
			s += " -> " + Repr(f2)
		}
	}
	return s, true
}

// Exc is a Python exception instance. Inside generated code it travels as a
// panic value; at boundaries called from Go it becomes an error.
type Exc struct {
	Class *ExcClass
	Args  []any
	// Cause is set by `raise ... from cause`; Context is the exception
	// being handled when this one was raised.
	Cause, Context  *Exc
	SuppressContext bool
	// Traceback holds the DSL frames from the program's entry to the
	// raise point, innermost last, as Python prints them. Raise records
	// only program counters; read it through Frames, which fills it.
	Traceback []Frame
	// Exceptions holds the members of an ExceptionGroup.
	Exceptions []*Exc
	// Fields holds the attributes a built-in class sets besides args:
	// a JSONDecodeError's msg, doc, pos, lineno and colno.
	Fields map[string]any
	// Self is the struct generated code keeps the attributes and methods
	// of an instance of the program's exception classes that have a body
	// in (nil for other exceptions); through it __str__ and __repr__ reach
	// str() and repr().
	Self any

	// pcs is the Go stack captured by Raise or AsExc; Frames turns it
	// into Traceback on first use, so a raise that is caught costs no
	// symbolisation. fromPanic says AsExc captured it from a deferred
	// function (see framesOf).
	pcs       []uintptr
	fromPanic bool
}

// isGroup reports whether e is an exception group. CPython's
// ExceptionGroup derives from both BaseExceptionGroup and Exception; the
// single-inheritance tree here puts it under Exception only, so
// `except BaseExceptionGroup` does not catch an ExceptionGroup.
func (e *Exc) isGroup() bool {
	return e.Class.IsSubclassOf(BaseExceptionGroup) || e.Class.IsSubclassOf(ExceptionGroup)
}

// NewExcGroup builds ExceptionGroup(msg, excs), or BaseExceptionGroup
// when a member is not an Exception, as BaseExceptionGroup.__new__ picks.
func NewExcGroup(msg string, excs []*Exc) *Exc {
	c := ExceptionGroup
	for _, m := range excs {
		if !m.Is(Exception) {
			c = BaseExceptionGroup
		}
	}
	return &Exc{Class: c, Args: []any{msg}, Exceptions: excs}
}

// Frame is one line of a traceback.
type Frame struct {
	File string
	Line int
	Func string
}

// Is reports whether e is an instance of class target (or of a
// subclass) when target is an *ExcClass, or is target itself when it is
// an *Exc. With this signature errors.Is(err, py.ValueError) works on the
// errors that library-mode functions return.
func (e *Exc) Is(target error) bool {
	switch t := target.(type) {
	case *ExcClass:
		return e.Class.IsSubclassOf(t)
	case *Exc:
		return e == t
	}
	return false
}

// Error returns the class name, so that a class can be the target of
// errors.Is.
func (c *ExcClass) Error() string { return c.Name }

// Error renders e as the last line of a Python traceback: "ValueError: boom".
func (e *Exc) Error() string {
	msg := ExcStr(e)
	if msg == "" {
		return e.Class.Name
	}
	return e.Class.Name + ": " + msg
}

// ExcStr is str(e): the single argument's str, or the repr of the args
// tuple. KeyError shows the repr of its key (KeyError_str) and exception
// groups append the member count (BaseExceptionGroup_str).
func ExcStr(e *Exc) string {
	if s, ok := e.Self.(PyStrer); ok {
		return s.PyStr()
	}
	if e.isGroup() && len(e.Args) == 1 {
		n := len(e.Exceptions)
		plural := "s"
		if n == 1 {
			plural = ""
		}
		return Str(e.Args[0]) + " (" + strconv.Itoa(n) + " sub-exception" + plural + ")"
	}
	if len(e.Args) == 1 && e.Class.IsSubclassOf(KeyError) {
		return Repr(e.Args[0])
	}
	if s, ok := osErrorStr(e); ok {
		return s
	}
	switch len(e.Args) {
	case 0:
		return ""
	case 1:
		return Str(e.Args[0])
	}
	parts := make([]string, len(e.Args))
	for i, a := range e.Args {
		parts[i] = Repr(a)
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// The built-in classes generated code and the runtime refer to.
var (
	BaseException       = &ExcClass{Name: "BaseException"}
	SystemExit          = builtinExc("SystemExit", BaseException)
	KeyboardInterrupt   = builtinExc("KeyboardInterrupt", BaseException)
	GeneratorExit       = builtinExc("GeneratorExit", BaseException)
	CancelledError      = &ExcClass{Name: "CancelledError", Base: BaseException, Module: "asyncio.exceptions"}
	BaseExceptionGroup  = builtinExc("BaseExceptionGroup", BaseException)
	Exception           = builtinExc("Exception", BaseException)
	ExceptionGroup      = builtinExc("ExceptionGroup", Exception)
	ArithmeticError     = builtinExc("ArithmeticError", Exception)
	ZeroDivisionError   = builtinExc("ZeroDivisionError", ArithmeticError)
	OverflowError       = builtinExc("OverflowError", ArithmeticError)
	AssertionError      = builtinExc("AssertionError", Exception)
	AttributeError      = builtinExc("AttributeError", Exception)
	LookupError         = builtinExc("LookupError", Exception)
	IndexError          = builtinExc("IndexError", LookupError)
	KeyError            = builtinExc("KeyError", LookupError)
	NameError           = builtinExc("NameError", Exception)
	UnboundLocalError   = builtinExc("UnboundLocalError", NameError)
	RuntimeError        = builtinExc("RuntimeError", Exception)
	NotImplementedError = builtinExc("NotImplementedError", RuntimeError)
	RecursionError      = builtinExc("RecursionError", RuntimeError)
	StopIteration       = builtinExc("StopIteration", Exception)
	StopAsyncIteration  = builtinExc("StopAsyncIteration", Exception)
	TypeError           = builtinExc("TypeError", Exception)
	ValueError          = builtinExc("ValueError", Exception)
	OSError             = builtinExc("OSError", Exception)
	TimeoutError        = builtinExc("TimeoutError", OSError)
	ConnectionError     = builtinExc("ConnectionError", OSError)
	// The other subclasses of OSError, each for the errnos errnoClasses
	// gives it.
	FileNotFoundError      = builtinExc("FileNotFoundError", OSError)
	FileExistsError        = builtinExc("FileExistsError", OSError)
	PermissionError        = builtinExc("PermissionError", OSError)
	NotADirectoryError     = builtinExc("NotADirectoryError", OSError)
	IsADirectoryError      = builtinExc("IsADirectoryError", OSError)
	InterruptedError       = builtinExc("InterruptedError", OSError)
	BlockingIOError        = builtinExc("BlockingIOError", OSError)
	ChildProcessError      = builtinExc("ChildProcessError", OSError)
	ProcessLookupError     = builtinExc("ProcessLookupError", OSError)
	BrokenPipeError        = builtinExc("BrokenPipeError", ConnectionError)
	ConnectionAbortedError = builtinExc("ConnectionAbortedError", ConnectionError)
	ConnectionRefusedError = builtinExc("ConnectionRefusedError", ConnectionError)
	ConnectionResetError   = builtinExc("ConnectionResetError", ConnectionError)
	// InvalidStateError, QueueEmpty and QueueFull live in asyncio; CPython
	// derives them from Exception.
	InvalidStateError = &ExcClass{Name: "InvalidStateError", Base: Exception, Module: "asyncio.exceptions"}
	QueueEmpty        = &ExcClass{Name: "QueueEmpty", Base: Exception, Module: "asyncio.queues"}
	QueueFull         = &ExcClass{Name: "QueueFull", Base: Exception, Module: "asyncio.queues"}
)

// osErrorAttrs are the attributes every OSError has.
var osErrorAttrs = map[string]bool{"errno": true, "strerror": true, "filename": true, "filename2": true}

// errnoClasses are the subclasses OSError(errno, ...) makes on Linux
// (CPython's errnomap).
var errnoClasses = map[int]*ExcClass{
	1: PermissionError, 2: FileNotFoundError, 3: ProcessLookupError, 4: InterruptedError,
	10: ChildProcessError, 11: BlockingIOError, 13: PermissionError, 17: FileExistsError,
	20: NotADirectoryError, 21: IsADirectoryError, 32: BrokenPipeError, 103: ConnectionAbortedError,
	104: ConnectionResetError, 108: BrokenPipeError, 110: TimeoutError, 111: ConnectionRefusedError,
	114: BlockingIOError, 115: BlockingIOError,
}

// ExcAttr is e.args or e.exceptions (of an exception group): a tuple.
func ExcAttr(e *Exc, name string) Tuple {
	switch {
	case e == nil:
		NoAttr(e, name) // e is None
	case name == "args":
		return Tuple(e.Args)
	case name == "exceptions" && e.isGroup():
		t := make(Tuple, len(e.Exceptions))
		for i, m := range e.Exceptions {
			t[i] = m
		}
		return t
	}
	Raise(AttributeError.New("'" + e.Class.Name + "' object has no attribute '" + name + "'"))
	return nil
}

// ExcLink is e.__cause__ or e.__context__: an exception, or nil for None.
func ExcLink(e *Exc, name string) *Exc {
	if e == nil {
		NoAttr(e, name) // e is None
	}
	if name == "__cause__" {
		return e.Cause
	}
	return e.Context
}

// ExcSuppressesContext is e.__suppress_context__: whether `raise ...
// from` hid the context.
func ExcSuppressesContext(e *Exc) bool {
	if e == nil {
		NoAttr(e, "__suppress_context__") // e is None
	}
	return e.SuppressContext
}

// ExcField is an attribute of e that its built-in class sets (Fields),
// else CPython's AttributeError.
func ExcField[T any](e *Exc, name string) T {
	if e == nil {
		NoAttr(e, name) // e is None
	}
	v, ok := e.Fields[name].(T)
	if _, set := e.Fields[name]; !set && e.Class.IsSubclassOf(OSError) && osErrorAttrs[name] {
		v, ok = any(None).(T) // an OSError made without an errno
	}
	if !ok {
		Raise(AttributeError.New("'" + e.Class.Name + "' object has no attribute '" + name + "'"))
	}
	return v
}

// IsExcInstance is isinstance(v, c) for an exception class c.
func IsExcInstance(v any, c *ExcClass) bool {
	e, ok := v.(*Exc)
	return ok && e != nil && e.Class.IsSubclassOf(c)
}

// ExcInfo is what __aexit__ receives for exc, the exception leaving an
// `async with` block: its class, itself and a traceback, each None when
// the block ended without one. aiogo has no traceback objects, so the
// third is always None.
func ExcInfo(exc *Exc) (typ, value, tb any) {
	if exc == nil {
		return None, None, None
	}
	return exc.Class, exc, None
}
