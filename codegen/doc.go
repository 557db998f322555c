// Package codegen checks a parsed aiogo module and emits its Go
// translation with jennifer. It is the only package that imports
// jennifer; it never parses source text (that is package parser) and
// never runs anything (generated code runs on package runtime).
//
// Generate works in passes, each in its own file, all recording their
// findings in side tables keyed by AST node (the tree is never modified):
//
//   - resolve.go binds names the way Python's compiler does. A first walk
//     over each body collects the names it binds, because a name assigned
//     anywhere in a function is local to the whole function unless it is
//     declared global. A second walk resolves every use to the function's
//     locals, the module, or the built-ins, reports names bound nowhere,
//     checks where await, return, break and continue may appear, and
//     refuses constructs outside the supported subset.
//
//   - infer.go and library.go infer static types. Every variable,
//     parameter and function result has a type variable (a cell), and so
//     does every container element, owned by the expression that creates
//     the container. A walk over the whole module joins into those cells
//     the types that flow there: literals, annotations, assigned values,
//     returned values, the arguments at every call site of a module-level
//     function (so task("A", 2) makes name a str and delay an int), and
//     what is appended or put into a container. Types form a small
//     lattice, unknown < concrete < any: joining equal concrete types
//     keeps them, joining different ones (int with str, None with T, int
//     with float) gives any, which the emitter handles with the runtime's
//     dynamic helpers, so a valid program is never rejected for its
//     types. Joining two containers of the same kind unifies their element
//     cells (union-find), so a queue and the parameter it is passed to
//     share one element type and an item put through either refines both.
//     A container that becomes any (joined with a value of another type,
//     or handed to a dynamic operator) has its element types widened to
//     any, since the runtime's dynamic helpers may put anything into it.
//     What depends on a type not solved yet (a method of a parameter that
//     a call further down types) stays unknown rather than any, which it
//     could never leave. Once solved, a cell that nothing ever flowed
//     into (the items of a list display never added to, a parameter of
//     a function never called) becomes any, and the walk runs again, so
//     that what is computed from such a value takes the dynamic path.
//     The walk repeats until no cell changes; since types only move up a
//     finite lattice this takes a few passes. Annotations seed the cells
//     but are not enforced, as in CPython: f(1) for `def f(x: float)`
//     passes an int, so x becomes any. annotation.go reads them (typing's
//     forms included) and refuses one that CPython would fail to
//     evaluate.
//
//   - decl.go decides where Go declares each variable: with := at its
//     first assignment when every later use follows in the same block,
//     otherwise with var at the top of the function; variables never read
//     are not declared at all. order.go finds the reads of module
//     variables that Go would otherwise perform after a later call.
//
//   - emit*.go render Go from the solved tables: static types where
//     known, Python semantics for arithmetic, comparisons and truth
//     (emit_expr.go), calls of functions, built-ins and asyncio
//     (emit_call.go), statements and loops (emit_stmt.go, emit_loop.go),
//     exceptions as panics of *py.Exc (emit_try.go), and jumps out of the
//     function literals that try and async with need (emit_jump.go).
//     Two peepholes speed up int code where Python's semantics allow:
//     // and % by powers of two (emit_peephole.go), and an if choosing
//     between two cheap int values, which picks without a branch while
//     a guard proves neither value can overflow (emit_select.go).
//     asyncio beyond the basics (TaskGroup, timeout, wait_for, wait,
//     threads) is emit_asyncio.go; classes, with their attributes typed
//     like locals and the protocols of async with and async for, are
//     class.go, single inheritance (an interface per class with
//     subclasses, whose methods dispatch to overrides) inherit.go,
//     class attributes, static and class methods and properties
//     classattr.go, the special methods the runtime calls dunder.go
//     (the comparison methods, with NotImplemented, compare.go),
//     isinstance() and type() isinstance.go, and the narrowing of a
//     local by isinstance() narrow.go; dataclasses are dataclass.go and
//     dataclass_emit.go, named tuples (dataclasses that are tuples)
//     namedtuple.go, enums enum.go; str.format becomes an f-string at compile time
//     (emit_format.go); sorting is emit_sort.go and its key= functions
//     keyfunc.go, list() and dict() are emit_convert.go, a dict's views
//     and zip, accepted where they are iterated at once, are
//     emit_views.go, and the one-to-one methods of lists, dicts and strs
//     are a table (builtin_methods.go, with a row per arity where forms
//     differ: s.strip() and s.strip(chars)); the standard modules are
//     tables and helpers of their own (stdlib_*.go: math, json,
//     collections, heapq and bisect, itertools, os, copy). Attributes and
//     methods reached by name on values of type any, getattr, hasattr
//     and setattr go through per-class switches the emitter declares
//     once a program needs them (dynamic.go).
//     Where two Go instantiations of one Python
//     type meet (a list[int] and a list[any] in +, in or extend; a
//     coroutine of str where awaitables of any go), the emitter uses the
//     runtime's typed conversions (py.ListConcat, py.ListExtend,
//     aio.AsAny) or its dynamic protocol (PyContains, PyExtend:
//     runtime/py/protocol.go), never a py.As that would raise where
//     Python has no types. A def nested in a function is a Go closure
//     held in a local (emit.go's nestedDef); the variables it reads are
//     declared once per call of the enclosing function, as Python's
//     cells are.
//     An async def becomes one of two kinds of coroutine. machine.go
//     picks the stackless kind, a state machine (aio.Machine) emitted by
//     emit_machine.go, for every coroutine whose awaits are whole
//     statements on Poll primitives or on other machines, possibly
//     inside `async with lock:` (emit_with.go): such a task needs no
//     goroutine, so it costs a few hundred bytes and its switches are
//     method calls. Every other coroutine is stackful, a function
//     returning a lazy aio.Coro whose await is a plain call on the
//     current task, since only a real stack can suspend inside try,
//     other with blocks or an expression; and a coroutine that awaits a
//     stackful one inline is stackful too (a fixed point over the call
//     graph). Both kinds mix at every call site: stackful code awaits a
//     machine with m.Await(t), create_task and gather make stackless
//     tasks of machines, and a coroutine value held in a variable or a
//     list is an aio.Awaitable, which may be either. A //line
//     directive marks each place where the mapping from Go lines to DSL
//     lines jumps, so that panics and tracebacks point at the DSL source.
//
// Every problem found is reported, with its position, in one grammar.ErrorList.
package codegen
