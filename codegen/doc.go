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
//     The walk repeats until no cell changes; since types only move up a
//     finite lattice this takes a few passes. Annotations seed the cells
//     but are not enforced, as in CPython: f(1) for `def f(x: float)`
//     passes an int, so x becomes any.
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
//     Async functions become functions returning lazy aio.Coro values;
//     awaiting one is a plain call on the current task. A //line
//     directive marks each place where the mapping from Go lines to DSL
//     lines jumps, so that panics and tracebacks point at the DSL source.
//
// Every problem found is reported, with its position, in one ErrorList.
package codegen
