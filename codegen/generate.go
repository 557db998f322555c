package codegen

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/aiogo-dev/aiogo/grammar"
)

// Options control Generate's output.
type Options struct {
	Filename string // the DSL file as shown in the header and in //line directives
	Package  string // Go package name; "main" for programs
	Lines    bool   // emit //line directives mapping Go lines to DSL lines
	// Entry makes a program whose package is not main: it runs from an
	// exported func Main() instead of main(), so that a test binary can
	// link many programs, each in a package of its own.
	Entry bool
	// Stackful compiles every coroutine stackful, none to a state
	// machine: a test runs programs both ways, since the two kinds must
	// behave alike.
	Stackful bool
}

// program reports whether the module is compiled as a program (run as
// a script) rather than as a library package imported by Go code.
func (o Options) program() bool { return o.Package == "main" || o.Entry }

// checker holds everything Generate learns about one module: the
// resolved scopes and the side tables keyed by AST node (never written
// into the tree), as go/types' Info does.
type checker struct {
	diag     *diag
	body     []grammar.Stmt // the module body, the main guard's body spliced in
	module   *Scope
	funcs    []*Func
	funcOf   map[*grammar.FuncDef]*Func
	builtins map[string]*Symbol

	uses map[*grammar.Name]*Symbol // every resolved name, loads and stores
	// handlerNames holds a Name node made for each `except ... as name`
	// (the AST keeps the name as a string), so it resolves like any store.
	handlerNames map[*grammar.ExceptHandler]*grammar.Name
	// lambdas holds each lambda's parameters (sort keys, emit_sort.go).
	lambdas map[*grammar.Lambda][]*Symbol
	// eager holds the generator expressions compiled as lists: the
	// argument of sum(), join() and the like (resolve.go's markEager).
	eager map[*grammar.Comprehension]bool
	// supers holds the base-class method each `super().name(...)` call
	// calls (inherit.go).
	supers map[*grammar.Call]*Func
	// narrowed holds the reads of a variable that an enclosing
	// isinstance() test makes an instance of a subclass (narrow.go).
	narrowed map[*grammar.Name]*Type
	// objectInits holds each `super().__init__()` that reaches object's
	// (inherit.go).
	objectInits map[*grammar.Call]bool
	// excInits holds each `super().__init__(...)` that reaches
	// BaseException's (excclass.go).
	excInits map[*grammar.Call]bool
	// foldedIters holds the set displays of constants that a for loop or
	// a comprehension iterates, which CPython folds into a frozenset
	// constant (sets.go's setDisplay).
	foldedIters map[*grammar.Set]bool
	// namedTuples holds the class statements made of namedtuple() calls
	// (namedtuple.go).
	namedTuples map[*grammar.ClassDef]bool
	// iterCalls holds the calls iter(x) the compiler takes: what an
	// __iter__ returns, and next(iter(x)) (iterable.go).
	iterCalls map[*grammar.Call]bool
	types     map[grammar.Expr]*Type // the inferred type of every expression
	cells     map[cellKey]*cell      // type variables owned by expressions (container elements)
	lat       lattice

	define  map[*grammar.Name]bool // a store that declares its variable with :=
	ordered map[grammar.Expr]bool  // a read that must happen before a later call (order.go)
	topVars map[*Scope][]*Symbol   // variables declared with var at the top of a body

	// unboundReads holds the reads that may find their variable unbound,
	// with the py.VarScope that names the error; boundFlags the flag of
	// each such variable (bound.go).
	unboundReads map[*grammar.Name]string
	boundFlags   map[*Symbol]*Symbol
	// attrFlags holds, by owning class, the flags of the attributes an
	// instance may lack; sure memoizes sureAttrs (attrset.go).
	attrFlags    map[*Class]map[string]*attrFlag
	sure         map[*Class]map[string]bool
	deletedAttrs map[string]bool // the names of attributes some del deletes
	// valueClasses holds the classes the program may hold as values,
	// which a call of a value of type any may construct (classvalue.go).
	valueClasses map[*Class]bool
	classOnly    map[*grammar.Name]bool // names of classes in positions that hold no value (holdsClass)
	// genericClasses holds the class statements that derived from
	// typing.Generic (withoutTypeParams).
	genericClasses map[*grammar.ClassDef]bool
}

func newChecker(mod *grammar.Module, filename string) *checker {
	return &checker{
		diag:         &diag{filename: filename},
		body:         spliceMainGuard(mod.Body),
		module:       newScope(nil, map[string]bool{}),
		funcOf:       map[*grammar.FuncDef]*Func{},
		builtins:     map[string]*Symbol{},
		uses:         map[*grammar.Name]*Symbol{},
		handlerNames: map[*grammar.ExceptHandler]*grammar.Name{},
		lambdas:      map[*grammar.Lambda][]*Symbol{},
		eager:        map[*grammar.Comprehension]bool{},
		supers:       map[*grammar.Call]*Func{},
		narrowed:     map[*grammar.Name]*Type{},
		objectInits:  map[*grammar.Call]bool{},
		valueClasses: map[*Class]bool{},
		excInits:     map[*grammar.Call]bool{},
		foldedIters:  map[*grammar.Set]bool{},
		namedTuples:  map[*grammar.ClassDef]bool{},
		iterCalls:    map[*grammar.Call]bool{},
		types:        map[grammar.Expr]*Type{},
		cells:        map[cellKey]*cell{},
		define:       map[*grammar.Name]bool{},
		ordered:      map[grammar.Expr]bool{},
		topVars:      map[*Scope][]*Symbol{},
		unboundReads: map[*grammar.Name]string{},
		boundFlags:   map[*Symbol]*Symbol{},
	}
}

// Generate checks a parsed module and emits its Go translation. On
// failure the error is a grammar.ErrorList with every problem found.
func Generate(mod *grammar.Module, opts Options) (out []byte, err error) {
	// A panic here is a bug in aiogo, not in the program: report it as an
	// error rather than crash the caller (DESIGN.md: never panic).
	defer func() {
		if p := recover(); p != nil {
			out, err = nil, grammar.ErrorList{{Pos: grammar.Pos{Filename: opts.Filename, Line: 1, Column: 1},
				Msg: fmt.Sprintf("internal error: %v", p)}}
		}
	}()
	if mod == nil {
		return nil, grammar.ErrorList{{Pos: grammar.Pos{Filename: opts.Filename}, Msg: "internal error: no module"}}
	}
	if opts.Package == "" {
		opts.Package = "main"
	}
	c := newChecker(mod, opts.Filename)
	if !opts.program() {
		// In an imported module __name__ is not "__main__".
		c.body = withoutMainGuard(mod.Body)
	}
	c.body, c.genericClasses = withoutTypeParams(c.body)
	c.resolve()
	if len(c.diag.errs) == 0 {
		c.infer()
		c.checkBound()
		c.declare()
		c.markOrdered()
	}
	var src []byte
	if len(c.diag.errs) == 0 {
		src, err = c.emit(opts)
		if err != nil {
			c.diag.errorf(grammar.Pos{Line: 1, Column: 1}, "internal error: %v", err)
		}
	}
	if len(c.diag.errs) > 0 {
		return nil, c.diag.errs.Sorted()
	}
	if opts.Lines {
		src = dropRedundantLineDirectives(src)
	}
	return src, nil
}

// spliceMainGuard replaces `if __name__ == "__main__": body` at module
// level by its body: the condition always holds in a program.
func spliceMainGuard(body []grammar.Stmt) []grammar.Stmt {
	var out []grammar.Stmt
	for _, st := range body {
		if guard, ok := st.(*grammar.If); ok && isMainGuard(guard) {
			out = append(out, guard.Body...)
			continue
		}
		out = append(out, st)
	}
	return out
}

// withoutTypeParams replaces each class statement whose bases name type
// parameters, which only type checkers read, with a copy without them:
// no Generic[T] base, and Box for a base Box[int]. generic holds the
// copies of the classes that derived from Generic, which annotations may
// subscript (Box[int]).
func withoutTypeParams(body []grammar.Stmt) (out []grammar.Stmt, generic map[*grammar.ClassDef]bool) {
	generic = map[*grammar.ClassDef]bool{}
	out = make([]grammar.Stmt, len(body))
	for i, st := range body {
		out[i] = st
		cd, ok := st.(*grammar.ClassDef)
		if !ok || !slices.ContainsFunc(cd.Bases, isTypeParamBase) {
			continue
		}
		plain := *cd
		plain.Bases = nil
		for _, b := range cd.Bases {
			switch x := b.Value.(type) {
			case *grammar.Subscript:
				if isGeneric(x.X) {
					generic[&plain] = true
					continue
				}
				if b.Name == "" && !b.Star && !b.DoubleStar {
					plain.Bases = append(plain.Bases, &grammar.Arg{Pos: b.Pos, Value: x.X})
					continue
				}
			default:
				if isGeneric(x) {
					continue
				}
			}
			plain.Bases = append(plain.Bases, b)
		}
		out[i] = &plain
	}
	return out, generic
}

// isTypeParamBase reports whether a class's base b is Generic,
// Generic[...] or a class subscripted with type arguments (Box[int]).
func isTypeParamBase(b *grammar.Arg) bool {
	if s, ok := b.Value.(*grammar.Subscript); ok {
		_, isName := s.X.(*grammar.Name)
		return isName || isGeneric(s.X)
	}
	return isGeneric(b.Value)
}

// isGeneric reports whether x names typing.Generic.
func isGeneric(x grammar.Expr) bool {
	switch x := x.(type) {
	case *grammar.Name:
		return x.Id == "Generic"
	case *grammar.Attribute:
		n, ok := x.X.(*grammar.Name)
		return ok && n.Id == "typing" && x.Name == "Generic"
	}
	return false
}

// withoutMainGuard drops `if __name__ == "__main__": body` at module
// level: a library package is imported, never run as a script.
func withoutMainGuard(body []grammar.Stmt) []grammar.Stmt {
	var out []grammar.Stmt
	for _, st := range body {
		if guard, ok := st.(*grammar.If); !ok || !isMainGuard(guard) {
			out = append(out, st)
		}
	}
	return out
}

func isMainGuard(st *grammar.If) bool {
	cmp, ok := st.Cond.(*grammar.Compare)
	if !ok || len(cmp.Ops) != 1 || cmp.Ops[0] != "==" || len(st.Elifs) > 0 {
		return false
	}
	name, ok1 := cmp.Left.(*grammar.Name)
	lit, ok2 := cmp.Comparators[0].(*grammar.StrLit)
	return ok1 && ok2 && name.Id == "__name__" && lit.Value == "__main__"
}

// dropRedundantLineDirectives removes each //line directive that states
// what the previous one already implies (the DSL line the next Go line
// would get anyway) or that another directive overrides at once, so the
// output keeps only the directives where the Go-to-DSL mapping jumps.
func dropRedundantLineDirectives(src []byte) []byte {
	var out bytes.Buffer
	file, next := "", -1 // the DSL position the next Go line maps to
	pending := ""        // a directive not yet written
	for _, line := range strings.SplitAfter(string(src), "\n") {
		if _, _, ok := parseLineDirective(line); ok {
			pending = line
			continue
		}
		if pending != "" {
			f, n, _ := parseLineDirective(pending)
			if f != file || n != next {
				out.WriteString(pending)
				file, next = f, n
			}
			pending = ""
		}
		if next >= 0 {
			next++
		}
		out.WriteString(line)
	}
	return out.Bytes()
}

func parseLineDirective(line string) (file string, n int, ok bool) {
	rest, found := strings.CutPrefix(strings.TrimRight(line, "\n"), "//line ")
	if !found {
		return "", 0, false
	}
	i := strings.LastIndexByte(rest, ':')
	if i < 0 {
		return "", 0, false
	}
	n, err := strconv.Atoi(rest[i+1:])
	if err != nil {
		return "", 0, false
	}
	return rest[:i], n, true
}
