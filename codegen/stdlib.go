package codegen

import "github.com/aiogo-dev/aiogo/grammar"

// pyBuiltins are Python 3.11's built-in names. A name found here is never
// "undefined"; one outside supportedBuiltins is refused as not supported.
var pyBuiltins = setOf(
	"abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint",
	"bytearray", "bytes", "callable", "chr", "classmethod", "compile", "complex",
	"delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec", "filter",
	"float", "format", "frozenset", "getattr", "globals", "hasattr", "hash",
	"help", "hex", "id", "input", "int", "isinstance", "issubclass", "iter",
	"len", "list", "locals", "map", "max", "memoryview", "min", "next", "object",
	"oct", "open", "ord", "pow", "print", "property", "range", "repr",
	"reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod",
	"str", "sum", "super", "tuple", "type", "vars", "zip", "__import__",
	"__build_class__", "__debug__", "__doc__", "__name__", "__spec__",
	"__loader__", "__package__", "NotImplemented", "Ellipsis", "exit", "quit",
	"copyright", "credits", "license",
	"BaseException", "BaseExceptionGroup", "Exception", "ExceptionGroup",
	"ArithmeticError", "AssertionError", "AttributeError", "BlockingIOError",
	"BrokenPipeError", "BufferError", "BytesWarning", "ChildProcessError",
	"ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError",
	"ConnectionResetError", "DeprecationWarning", "EOFError", "EncodingWarning",
	"EnvironmentError", "FileExistsError", "FileNotFoundError",
	"FloatingPointError", "FutureWarning", "GeneratorExit", "IOError",
	"ImportError", "ImportWarning", "IndentationError", "IndexError",
	"InterruptedError", "IsADirectoryError", "KeyError", "KeyboardInterrupt",
	"LookupError", "MemoryError", "ModuleNotFoundError", "NameError",
	"NotADirectoryError", "NotImplementedError", "OSError", "OverflowError",
	"PendingDeprecationWarning", "PermissionError", "ProcessLookupError",
	"RecursionError", "ReferenceError", "ResourceWarning", "RuntimeError",
	"RuntimeWarning", "StopAsyncIteration", "StopIteration", "SyntaxError",
	"SyntaxWarning", "SystemError", "SystemExit", "TabError", "TimeoutError",
	"TypeError", "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError",
	"UnicodeError", "UnicodeTranslateError", "UnicodeWarning", "UserWarning",
	"ValueError", "Warning", "ZeroDivisionError",
)

// excClasses are the built-in exception classes the runtime defines
// (package py names them as Python does).
var excClasses = setOf("BaseException", "SystemExit", "KeyboardInterrupt",
	"GeneratorExit", "BaseExceptionGroup", "Exception", "ExceptionGroup",
	"ArithmeticError", "ZeroDivisionError", "OverflowError", "AssertionError",
	"AttributeError", "LookupError", "IndexError", "KeyError", "NameError", "UnboundLocalError",
	"RuntimeError", "NotImplementedError", "RecursionError", "StopIteration",
	"StopAsyncIteration", "TypeError", "ValueError", "OSError", "TimeoutError",
	"ConnectionError", "FileNotFoundError", "FileExistsError", "PermissionError", "NotADirectoryError",
	"IsADirectoryError", "InterruptedError", "BlockingIOError", "ChildProcessError", "ProcessLookupError",
	"BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError")

// asyncioExcClasses are the exception classes of asyncio (and of
// dataclasses and json), by their name in the module and in package py.
var asyncioExcClasses = map[string]string{
	"json.JSONDecodeError":   "JSONDecodeError",
	"asyncio.CancelledError": "CancelledError", "asyncio.TimeoutError": "TimeoutError",
	"asyncio.InvalidStateError": "InvalidStateError", "asyncio.QueueEmpty": "QueueEmpty",
	"asyncio.QueueFull": "QueueFull", "dataclasses.FrozenInstanceError": "FrozenInstanceError",
}

// supportedBuiltins are the built-ins this slice translates.
var supportedBuiltins = setOf("print", "len", "range", "str", "repr", "int", "float",
	"bool", "abs", "min", "max", "sum", "enumerate", "round", "sorted", "any", "all", "zip", "reversed", "list", "set", "map", "filter", "tuple",
	"divmod", "pow", "chr", "ord", "hex", "oct", "bin", "dict", "isinstance", "issubclass", "type", "getattr", "hasattr", "setattr", "next", "format", "ascii", "frozenset", "NotImplemented", "hash", "callable", "id", "object")

func setOf(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// calleeKind classifies what a call calls.
type calleeKind uint8

const (
	calleeOther    calleeKind = iota // anything else: refused when emitted
	calleeFunc                       // a module-level def or async def
	calleeBuiltin                    // print, len, ...
	calleeLib                        // asyncio.sleep, time.time, ...
	calleeMethod                     // recv.name(...)
	calleeExcClass                   // an exception class of the program
	calleeClass                      // a class of the program: a new instance
	calleeSuper                      // super().name(...): fn, a base class's method
	calleeMake                       // Cls._make(iterable) of a named tuple class cls
)

type callee struct {
	kind calleeKind
	fn   *Func
	name string       // builtin name, "module.name", or method name
	recv grammar.Expr // the receiver of a method call
	cls  *Class       // the class a calleeClass call instantiates
}

func (c *checker) calleeOf(call *grammar.Call) callee {
	if fn := c.supers[call]; fn != nil {
		return callee{kind: calleeSuper, fn: fn, name: fn.Def.Name}
	}
	switch f := call.Func.(type) {
	case *grammar.Name:
		sym := c.uses[f]
		switch {
		case sym == nil:
		case sym.Kind == symFunc:
			return callee{kind: calleeFunc, fn: sym.fn, name: f.Id}
		case sym.Kind == symBuiltin:
			return callee{kind: calleeBuiltin, name: f.Id}
		case sym.Kind == symImported:
			return callee{kind: calleeLib, name: sym.qual}
		case sym.Kind == symExcClass:
			return callee{kind: calleeExcClass, name: f.Id}
		case sym.Kind == symClass:
			return callee{kind: calleeClass, name: f.Id, cls: sym.cls}
		case clsParamClass(sym) != nil:
			return callee{kind: calleeClass, name: f.Id, cls: clsParamClass(sym)}
		}
	case *grammar.Attribute:
		if n, ok := f.X.(*grammar.Name); ok {
			if sym := c.uses[n]; sym != nil && sym.Kind == symModule {
				return callee{kind: calleeLib, name: sym.qual + "." + f.Name}
			}
			if sym := c.uses[n]; sym != nil && sym.Kind == symImported && sym.qual == "itertools.chain" && f.Name == "from_iterable" {
				return callee{kind: calleeLib, name: "itertools.chain.from_iterable"}
			}
		}
		if n, ok := f.X.(*grammar.Name); ok && (f.Name == "fromkeys" && n.Id == "dict" || f.Name == "maketrans" && n.Id == "str") {
			if sym := c.uses[n]; sym != nil && sym.Kind == symBuiltin {
				return callee{kind: calleeBuiltin, name: n.Id + "." + f.Name}
			}
		}
		if c.moduleAttr(f.X) == "itertools.chain" && f.Name == "from_iterable" {
			return callee{kind: calleeLib, name: "itertools.chain.from_iterable"}
		}
		if k := c.classNamed(f.X); k != nil {
			if m := k.method(f.Name); m != nil && m.isClassLevel() {
				return callee{kind: calleeFunc, fn: m, name: f.Name}
			}
			if f.Name == "_make" && k.data != nil && k.data.tuple {
				return callee{kind: calleeMake, name: f.Name, cls: k}
			}
		}
		return callee{kind: calleeMethod, name: f.Name, recv: f.X}
	}
	return callee{}
}

// callType types a call and flows its arguments where they go: into the
// parameters of a module-level function, into a container's elements.
func (c *checker) callType(call *grammar.Call) *Type {
	cl := c.calleeOf(call)
	var recv *Type
	if cl.kind == calleeMethod {
		recv = c.exprType(cl.recv)
	}
	args := make([]*Type, len(call.Args))
	for i, a := range call.Args {
		args[i] = c.exprType(a.Value)
	}
	switch cl.kind {
	case calleeFunc, calleeSuper:
		c.flowArgs(cl.fn, call, args)
		if cl.fn.Def.Async {
			return compound(Coro, cl.fn.ret)
		}
		return cl.fn.ret.get()
	case calleeBuiltin:
		return c.builtinType(cl.name, call, args)
	case calleeLib:
		return c.libType(cl.name, call, args)
	case calleeMethod:
		if recv.Kind == Unknown {
			return tUnknown // a later pass knows the receiver
		}
		return c.methodType(recv, cl.name, call, args)
	case calleeExcClass:
		return tExc
	case calleeMake:
		// A tuple's items go to the fields in turn; any other
		// iterable's items may go to any field.
		fields := cl.cls.data.fields
		for i, fd := range fields {
			item := tAny
			switch {
			case len(args) != 1:
			case args[0].Kind == Tuple && len(args[0].parts) == len(fields):
				item = args[0].part(i)
			default:
				item = iterElem(args[0], call.Args[0].Value)
			}
			c.lat.add(cl.cls.attr(fd.name, false), item)
		}
		return &Type{Kind: ClassT, cls: cl.cls}
	case calleeClass:
		if cl.cls.enum != nil {
			return &Type{Kind: ClassT, cls: cl.cls}
		}
		if cl.cls.data != nil {
			c.flowDataArgs(cl.cls, call, args)
		}
		if init := cl.cls.init(); init != nil {
			c.flowArgs(init, call, args)
		}
		if cl.cls.isExc() {
			return &Type{Kind: ExcT, cls: cl.cls}
		}
		return &Type{Kind: ClassT, cls: cl.cls}
	}
	if _, isName := call.Func.(*grammar.Name); isName {
		switch ft := c.exprType(call.Func); {
		case ft.Kind == Unknown:
			return tUnknown // a later pass knows what is called
		case callMethod(ft) != nil:
			m := callMethod(ft)
			c.flowArgs(m, call, args)
			return m.ret.get()
		case ft.Kind == Any:
			c.flowDynamicNew(call, args)
		}
	} else if c.exprType(call.Func).Kind == Any { // registry[name](...): a class held as a value
		c.flowDynamicNew(call, args)
	}
	return tAny
}

// flowArgs joins each argument's type into the parameter it binds.
func (c *checker) flowArgs(fn *Func, call *grammar.Call, args []*Type) {
	for i, a := range call.Args {
		if p := paramFor(fn, call, i); p != nil && !a.Star {
			c.store(p, args[i])
		}
	}
}

// paramFor returns the parameter the i-th argument of a call binds, or nil.
func paramFor(fn *Func, call *grammar.Call, i int) *Symbol {
	a := call.Args[i]
	params := fn.args()
	if a.Name == "" {
		if i < len(params) {
			return params[i]
		}
		return nil
	}
	for _, p := range params {
		if p.Name == a.Name {
			return p
		}
	}
	return nil
}

func (c *checker) builtinType(name string, call *grammar.Call, args []*Type) *Type {
	if excClasses[name] {
		return tExc
	}
	switch name {
	case "print":
		return tNone
	case "setattr":
		c.flowSetattr(call, args)
		return tNone
	case "next":
		// The first item of a generator expression or of iter(x), or the
		// default.
		if inner, ok := call.Args[0].Value.(*grammar.Call); ok && c.iterCalls[inner] {
			res := c.cellAt(call, 0)
			c.lat.add(res, iterElem(args[0], inner.Args[0].Value))
			if len(args) == 2 {
				c.lat.add(res, args[1])
			}
			return res.get()
		}
		if m := nextMethod(args[0]); m != nil { // an iterator's __next__
			res := c.cellAt(call, 0)
			c.lat.add(res, m.ret.get())
			if len(args) == 2 {
				c.lat.add(res, args[1])
			}
			return res.get()
		}
		if gen := nextGen(call); gen != nil && args[0].Kind == List || args[0].Kind == IterT {
			res := c.cellAt(call, 0)
			c.lat.add(res, args[0].elem())
			if len(args) == 2 {
				c.lat.add(res, args[1])
			}
			return res.get()
		}
		if args[0].Kind == Any {
			return tAny // py.NextAny
		}
	case "iter":
		return c.iterType(call, args[0])

	case "isinstance", "issubclass", "hasattr", "callable":
		return tBool
	case "abs", "min", "max", "round", "sorted", "reversed", "zip", "sum", "divmod", "pow":
		if anyUnknown(args) {
			return tUnknown // its result depends on types not solved yet
		}
	}
	switch name {
	case "len", "hash", "id":
		return tInt
	case "str", "repr", "format", "ascii":
		return tStr
	case "int":
		return tInt
	case "float":
		return tFloat
	case "bool":
		return tBool
	case "abs":
		if len(args) == 1 {
			return boolAsInt(args[0])
		}
	case "min", "max":
		pos := positionalTypes(call, args)
		if len(pos) == 1 && call.Args[0].Name == "" && !call.Args[0].Star {
			if el := c.itemsCell(call, 1, pos[0], call.Args[0].Value); el != nil {
				elem := el.get()
				c.sortKey(call, elem)
				for i, a := range call.Args {
					if a.Name == "default" && args[i].Kind == None && canBeOptional(elem) {
						return withOptional(elem) // an instance, or None
					}
				}
				return elem
			}
		}
		if len(pos) != len(args) {
			return tAny // key= or default= of values min() does not take
		}
		return sameScalar(args)
	case "round":
		switch {
		case len(args) == 1 && (args[0].Kind == Float || args[0].Kind == Int || args[0].Kind == Bool || args[0].Kind == Any):
			return tInt // py.RoundAny raises TypeError for a value of another type
		case len(args) == 2 && args[0].Kind == Float:
			return tFloat
		case len(args) == 2 && args[0].Kind == Int:
			return tInt
		}
	case "sorted":
		if pos := positionalTypes(call, args); len(pos) == 1 {
			lt := c.listOf(call, pos)
			if lt.Kind == List {
				c.sortKey(call, lt.elem())
			}
			return lt
		}
	case "any", "all":
		return tBool
	case "list":
		return c.listOf(call, args)
	case "set":
		return c.setOf(call, args)
	case "frozenset":
		if t := c.setOf(call, args); t.Kind == Set {
			return &Type{Kind: Set, parts: t.parts, flavor: frozensetFlavor}
		}
		return tAny
	case "map", "filter":
		return c.mapType(name, call)
	case "tuple":
		return tAny // of a length known at run time (py.Tuple)
	case "dict":
		return c.dictOf(call, args)
	case "dict.fromkeys":
		return c.fromKeysType(call, args)
	case "str.maketrans":
		// Code points to code points, strs or None (py.StrMakeTrans).
		k, v := c.cellAt(call, 0), c.cellAt(call, 1)
		c.lat.add(k, tInt)
		c.lat.add(v, tAny)
		return compound(Dict, k, v)
	case "chr", "hex", "oct", "bin":
		return tStr
	case "ord":
		return tInt
	case "pow":
		if len(args) == 2 {
			return operatorType("**", call.Args[1].Value, args[0], args[1])
		}
	case "divmod":
		if len(args) == 2 {
			if q := binaryType("//", args[0], args[1]); q.Kind == Int || q.Kind == Float {
				a, b := c.cellAt(call, 0), c.cellAt(call, 1)
				c.lat.add(a, q)
				c.lat.add(b, q)
				return compound(Tuple, a, b)
			}
		}
	case "reversed":
		// An iterator; typed as the list for the for loops that take it.
		if len(args) == 1 && args[0].Kind == List {
			return args[0]
		}
		if len(args) == 1 && args[0].Kind == Str {
			return compound(List, strCell()) // its characters
		}
		if len(args) == 1 && args[0].Kind == Any {
			el := c.cellAt(call, 0)
			c.lat.add(el, tAny)
			return compound(List, el) // checked when reversed (py.ReversedAny)
		}
	case "enumerate":
		// The (index, item) pairs of a list's items; a for loop or a call
		// that iterates over it at once takes it as a list.
		if !isEnumerate(call) {
			break
		}
		if args[0].Kind == Unknown {
			return tUnknown
		}
		if el := c.itemsCell(call, 1, args[0], call.Args[0].Value); el != nil {
			pair := c.cellAt(call, 0)
			c.lat.add(pair, compound(Tuple, &cell{t: tInt}, el))
			return compound(List, pair)
		}
	case "zip":
		// The tuples of zip(a, b) or zip(a, b, c) of lists; a for loop
		// or a call that iterates over it at once takes it as a list.
		if n := len(args); (n == 2 || n == 3) && len(positionalTypes(call, args)) == n {
			parts := make([]*cell, n)
			for i, a := range args {
				if parts[i] = c.itemsCell(call, 1+i, a, call.Args[i].Value); parts[i] == nil {
					return tAny
				}
			}
			tuple := c.cellAt(call, 0)
			c.lat.add(tuple, compound(Tuple, parts...))
			return compound(List, tuple)
		}
	case "sum":
		if len(args) == 1 && args[0].Kind == List {
			switch el := args[0].elem(); el.Kind {
			case Int, Float:
				return el
			case Unknown:
				return tUnknown
			}
		}
	}
	return tAny
}

// positionalTypes is the types of a call's positional arguments.
func positionalTypes(call *grammar.Call, args []*Type) []*Type {
	var out []*Type
	for i, a := range call.Args {
		if a.Name == "" && !a.Star {
			out = append(out, args[i])
		}
	}
	return out
}

// sameScalar is the common type of scalar values of one kind, else any.
func sameScalar(ts []*Type) *Type {
	if len(ts) == 0 {
		return tAny
	}
	for _, t := range ts {
		if t.Kind != ts[0].Kind || len(t.parts) > 0 {
			return tAny
		}
	}
	return ts[0]
}

func (c *checker) libType(name string, call *grammar.Call, args []*Type) *Type {
	if asyncioExcClasses[name] != "" {
		return tExc
	}
	if t := c.dataclassLibType(name, call, args); t != nil {
		return t
	}
	if t := mathType(name, args); t != nil {
		return t
	}
	if t := jsonType(name); t != nil {
		return t
	}
	if t := c.collectionsType(name, call, args); t != nil {
		return t
	}
	if t := c.heapType(name, call, args); t != nil {
		return t
	}
	if t := c.itertoolsType(name, call, args); t != nil {
		return t
	}
	if t := copyType(name, args); t != nil {
		return t
	}
	switch name {
	case "asyncio.run", "asyncio.create_task", "asyncio.wait", "asyncio.as_completed", "random.choice":
		if len(args) >= 1 && args[0].Kind == Unknown {
			return tUnknown // its result depends on a type not solved yet
		}
	}
	switch name {
	case "asyncio.run":
		if len(args) == 1 {
			return awaited(args[0])
		}
	case "asyncio.sleep":
		res := c.cellAt(call, 0)
		if len(args) >= 2 {
			c.lat.add(res, args[1])
		} else {
			c.lat.add(res, tNone)
		}
		return compound(Coro, res)
	case "asyncio.gather":
		results, elem := c.cellAt(call, 0), c.cellAt(call, 1)
		if returnsExceptions(call) {
			// Each item is a result or the exception that replaced it.
			c.lat.add(results, compound(List, c.cellAt(call, 2)))
			c.lat.add(c.cellAt(call, 2), tAny)
		} else {
			c.lat.add(results, compound(List, elem))
		}
		for i, a := range call.Args {
			t := args[i]
			if a.Name != "" {
				continue
			}
			if a.Star && t.Kind == List {
				t = t.elem()
			}
			c.lat.add(elem, awaited(t))
		}
		return compound(Coro, results)
	case "asyncio.create_task":
		if len(args) == 1 && args[0].Kind == Coro {
			return compound(TaskT, args[0].parts[0])
		}
	case "asyncio.Queue", "asyncio.LifoQueue", "asyncio.PriorityQueue":
		return compound(Queue, c.cellAt(call, 0))
	case "asyncio.BoundedSemaphore":
		return &Type{Kind: BoundedSem}
	case "asyncio.Condition":
		return &Type{Kind: Condition}
	case "asyncio.Barrier":
		return &Type{Kind: Barrier}
	case "asyncio.Lock":
		return &Type{Kind: Lock}
	case "asyncio.Event":
		return &Type{Kind: Event}
	case "asyncio.Semaphore":
		return &Type{Kind: Semaphore}
	case "asyncio.TaskGroup":
		return &Type{Kind: TaskGroupT}
	case "concurrent.futures.ThreadPoolExecutor":
		return &Type{Kind: ExecutorT}
	case "asyncio.timeout":
		return &Type{Kind: TimeoutT}
	case "asyncio.wait_for":
		if len(args) >= 1 {
			return c.coroOf(call, awaited(args[0]))
		}
	case "asyncio.wait":
		// done and pending: lists of the tasks, in the order given.
		if len(args) >= 1 && args[0].Kind == List && args[0].elem().Kind == TaskT {
			tasks := c.cellAt(call, 1)
			c.lat.add(tasks, args[0])
			return c.coroOf(call, compound(Tuple, tasks, tasks))
		}
	case "asyncio.shield":
		if len(args) >= 1 {
			return c.coroOf(call, awaited(args[0]))
		}
	case "asyncio.as_completed":
		if len(args) >= 1 && args[0].Kind == List {
			res, coro := c.cellAt(call, 0), c.cellAt(call, 1)
			c.lat.add(res, awaited(args[0].elem()))
			c.lat.add(coro, compound(Coro, res))
			return compound(List, coro)
		}
	case "asyncio.get_event_loop", "asyncio.get_running_loop":
		return &Type{Kind: LoopT}
	case "asyncio.to_thread":
		return c.coroOf(call, c.threadCall(call, 0))
	case "time.time", "time.monotonic", "time.perf_counter", "random.random", "random.uniform":
		return tFloat
	case "os.getenv":
		return getenvType(args)
	case "time.sleep", "random.seed", "random.shuffle", "sys.exit":
		return tNone
	case "random.randint", "random.randrange":
		return tInt
	case "random.choice":
		if len(args) == 1 && args[0].Kind == List {
			return args[0].elem()
		}
	}
	return tAny
}

// threadCall types the call of a plain def that to_thread or
// run_in_executor makes on another thread: call.Args[at] names the
// function and the positional arguments after it are its arguments. The
// result is the function's; tAny when call does not have that form.
func (c *checker) threadCall(call *grammar.Call, at int) *Type {
	fn := c.threadFunc(call, at)
	if fn == nil {
		return tAny
	}
	for i, a := range call.Args[at+1:] {
		if i < len(fn.Params) && a.Name == "" && !a.Star {
			c.store(fn.Params[i], c.exprType(a.Value))
		}
	}
	return fn.ret.get()
}

// threadFunc returns the plain module-level def that call.Args[at] names,
// or nil.
func (c *checker) threadFunc(call *grammar.Call, at int) *Func {
	if len(call.Args) <= at || call.Args[at].Name != "" || call.Args[at].Star {
		return nil
	}
	n, ok := call.Args[at].Value.(*grammar.Name)
	if !ok || c.uses[n] == nil || c.uses[n].Kind != symFunc || c.uses[n].fn.Def.Async {
		return nil
	}
	return c.uses[n].fn
}

// returnsExceptions reports whether a gather call passes
// return_exceptions=True.
func returnsExceptions(call *grammar.Call) bool {
	for _, a := range call.Args {
		if a.Name == "return_exceptions" {
			return isTrue(a.Value)
		}
	}
	return false
}

// coroOf is the type of a library coroutine with a fixed result type; the
// cell belongs to the call so that every solver pass sees the same one.
func (c *checker) coroOf(call *grammar.Call, result *Type) *Type {
	res := c.cellAt(call, 0)
	c.lat.add(res, result)
	return compound(Coro, res)
}

func (c *checker) methodType(recv *Type, name string, call *grammar.Call, args []*Type) *Type {
	arg := func(i int) *Type {
		if i < len(args) {
			return args[i]
		}
		return tAny
	}
	if c.isStrMethodOfAny(recv, name) {
		recv = tStr // checked to be one when called (str_any.go)
	}
	if c.isSeqMethodOfAny(recv, name, call) {
		return tInt
	}
	if recv.Kind == Set {
		if t := c.setMethodType(recv, name, args); t != nil {
			return t
		}
	}
	if recv.flavor == environFlavor && name == "get" {
		return getenvType(args)
	}
	if m, ok := libMethodOf(recv, name, call); ok {
		return c.libMethodType(recv, m, call, args)
	}
	if isNamedTuple(recv) && recv.cls.method(name) == nil {
		if t := c.namedTupleMethodType(recv, name, call, args); t != nil {
			return t
		}
	}
	switch recv.Kind {
	case List:
		switch name {
		case "sort":
			c.sortKey(call, recv.elem())
			return tNone
		case "append":
			c.lat.add(recv.parts[0], arg(0))
			return tNone
		case "pop":
			return recv.elem()
		}
	case Dict:
		switch name {
		case "get":
			switch v := recv.part(1); {
			case len(call.Args) != 1:
			case v.Kind == Unknown:
				return tUnknown // a later pass knows the values
			case canBeOptional(v):
				return withOptional(v) // the value, or None
			}
		case "keys":
			return compound(List, recv.parts[0])
		case "values":
			return compound(List, recv.parts[1])
		case "items":
			pair := c.cellAt(call, 0)
			c.lat.add(pair, compound(Tuple, recv.parts[0], recv.parts[1]))
			return compound(List, pair)
		}
	case Str:
		switch name {
		case "upper", "lower", "strip", "lstrip", "rstrip", "join", "format":
			return tStr
		}
	case Queue:
		switch name {
		case "put":
			c.lat.add(recv.parts[0], arg(0))
			return c.coroOf(call, tNone)
		case "put_nowait":
			c.lat.add(recv.parts[0], arg(0))
			return tNone
		case "get":
			return compound(Coro, recv.parts[0])
		case "get_nowait":
			return recv.elem()
		case "join":
			return c.coroOf(call, tNone)
		case "task_done":
			return tNone
		case "qsize":
			return tInt
		case "empty", "full":
			return tBool
		}
	case Lock, Semaphore, BoundedSem, Event, Condition:
		if name == "wait_for" && recv.Kind == Condition {
			if len(call.Args) == 1 {
				if l, ok := call.Args[0].Value.(*grammar.Lambda); ok {
					c.exprType(l.Body) // the predicate (emit_asyncio.go)
				}
			}
			return c.coroOf(call, tBool)
		}
		switch name {
		case "acquire", "wait":
			return c.coroOf(call, tBool)
		case "release", "set", "clear", "notify", "notify_all":
			return tNone
		case "locked", "is_set":
			return tBool
		}
	case Barrier:
		if name == "wait" {
			return c.coroOf(call, tInt)
		}
	case TaskT:
		switch name {
		case "cancel", "done", "cancelled":
			return tBool
		case "result":
			return recv.elem()
		}
	case ClassT, ExcT:
		if m := recv.cls.method(name); m != nil { // nil for an exception without a class
			c.flowArgs(m, call, args)
			if m.Def.Async {
				return compound(Coro, m.ret)
			}
			return m.ret.get()
		}
		if recv.Kind == ClassT && recv.cls.hasSubs() {
			c.flowDynamicCall(name, call, args) // a subclass's method, by name
		}
	case Any:
		c.flowDynamicCall(name, call, args)
	case TaskGroupT:
		if name == "create_task" && len(args) == 1 && args[0].Kind == Coro {
			return compound(TaskT, args[0].parts[0])
		}
	case TimeoutT:
		if name == "expired" {
			return tBool
		}
	case ExecutorT:
		if name == "shutdown" {
			return tNone
		}
	case LoopT:
		switch name {
		case "run_in_executor":
			return c.coroOf(call, c.threadCall(call, 1))
		case "time":
			return tFloat
		}
	}
	return tAny
}

// moduleAttr is "module.name" when x is an attribute of an imported
// module (sys.argv), else "".
func (c *checker) moduleAttr(x grammar.Expr) string {
	a, ok := x.(*grammar.Attribute)
	if !ok {
		return ""
	}
	if n, ok := a.X.(*grammar.Name); ok {
		if sym := c.uses[n]; sym != nil && sym.Kind == symModule {
			return sym.qual + "." + a.Name
		}
	}
	return ""
}
