package codegen

import (
	"slices"
	"strings"

	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// Abstract base classes: a class deriving from abc.ABC is a root like
// one deriving from object, and @abstractmethod marks a plain method.
// Calling a class of such a hierarchy that leaves an abstract method
// without a concrete override raises CPython's TypeError once the
// arguments are evaluated, before __init__ would run; so an abstract
// method whose body is a stub never runs (isAbstractStub).

// abcBase reports whether class st derives from abc.ABC and nothing else.
func abcBase(st *grammar.ClassDef, s *Scope) bool {
	return len(st.Bases) == 1 && st.Bases[0].Name == "" && !st.Bases[0].Star &&
		libName(st.Bases[0].Value, s) == "abc.ABC"
}

// isAbstractMethod reports whether def is decorated with abstractmethod
// (by that name or as abc.abstractmethod) and nothing else.
func isAbstractMethod(def *grammar.FuncDef) bool {
	if len(def.Decorators) != 1 {
		return false
	}
	switch d := def.Decorators[0].(type) {
	case *grammar.Name:
		return d.Id == "abstractmethod"
	case *grammar.Attribute:
		n, ok := d.X.(*grammar.Name)
		return ok && n.Id == "abc" && d.Name == "abstractmethod"
	}
	return false
}

// abstractError is CPython's message for calling cls when its methods
// leave some abstract, or "".
func (cls *Class) abstractError() string {
	if !cls.abc {
		return ""
	}
	var chain []*Class
	for k := cls; k != nil; k = k.base {
		chain = append(chain, k)
	}
	abstract := map[string]bool{}
	for i := len(chain) - 1; i >= 0; i-- { // from the root down
		for name, m := range chain[i].methods {
			abstract[name] = isAbstractMethod(m.Def)
		}
	}
	var names []string
	for name, ok := range abstract {
		if ok {
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		return ""
	}
	slices.Sort(names)
	plural := ""
	if len(names) > 1 {
		plural = "s"
	}
	return "Can't instantiate abstract class " + cls.Def.Name + " with abstract method" + plural + " " + strings.Join(names, ", ")
}

// abstractInstance emits C(args) of an abstract class: the arguments,
// then the TypeError.
func (e *emitter) abstractInstance(cls *Class, call *grammar.Call, msg string) *jen.Statement {
	var args []jen.Code
	for _, a := range call.Args {
		args = append(args, e.expr(a.Value))
	}
	return jen.Qual(pyPkg, "AbstractInstance").Types(jen.Id(cls.valueType())).Call(append([]jen.Code{jen.Lit(msg)}, args...)...)
}

// isAbstractStub reports whether fn is an abstract method of an abstract
// base class whose body only documents (pass, a docstring, `...`): no
// instance runs it, and super() may not call it, so its end is not
// reached and its implicit None does not join its overrides' results.
func isAbstractStub(fn *Func) bool {
	return fn != nil && fn.class != nil && fn.class.abc && isAbstractMethod(fn.Def) && emptyClassBody(fn.Def.Body)
}

// returnsAtEnd reports whether fn returns None by reaching the end of its
// body.
func (c *checker) returnsAtEnd(fn *Func) bool {
	return !isAbstractStub(fn) && c.fallsThrough(fn.Def.Body)
}
