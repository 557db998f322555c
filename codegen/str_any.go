package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// A method that only str has (title, strip, replace, ...), called on a
// value of type any, is the str method on the value checked to be a str
// (py.StrOf raises CPython's AttributeError otherwise), unless a class
// of the program has an attribute of that name, whose instances the
// value might be.

// strOnlyMethods are the str methods no other runtime type has (a
// list's index and count, a queue's join are left out).
var strOnlyMethods = setOf("split", "rsplit", "splitlines", "replace", "startswith", "endswith",
	"find", "rfind", "zfill", "center", "ljust", "rjust", "isdigit", "isdecimal", "isalpha",
	"isalnum", "isspace", "isupper", "islower", "title", "capitalize", "swapcase", "upper",
	"lower", "strip", "lstrip", "rstrip", "partition", "rpartition", "translate")

// isStrMethodOfAny reports whether recv.name(...) on a receiver of type
// recv is such a call.
func (c *checker) isStrMethodOfAny(recv *Type, name string) bool {
	return recv.Kind == Any && strOnlyMethods[name] && !c.classHasAttr(name)
}

// isSeqMethodOfAny reports whether recv.name(x) is a str's, list's or
// tuple's count or index on a receiver of type any, which py.CountAny
// and py.IndexAny dispatch on the value.
func (c *checker) isSeqMethodOfAny(recv *Type, name string, call *grammar.Call) bool {
	return recv.Kind == Any && (name == "count" || name == "index") && len(call.Args) == 1 &&
		call.Args[0].Name == "" && !call.Args[0].Star && !c.classHasAttr(name)
}

// classHasAttr reports whether a class of the program has a method or an
// attribute called name, so that a value of type any may be an instance
// whose own name answers.
func (c *checker) classHasAttr(name string) bool {
	for _, sym := range c.module.order {
		if sym.Kind == symClass && (sym.cls.method(name) != nil || sym.cls.attr(name, false) != nil) {
			return true
		}
	}
	return false
}

// strMethodOfAny emits the call with the receiver checked to be a str.
func (e *emitter) strMethodOfAny(cl callee, call *grammar.Call) *jen.Statement {
	saved := e.bound
	e.bound = map[grammar.Expr]*jen.Statement{}
	for x, v := range saved {
		e.bound[x] = v
	}
	e.bound[cl.recv] = jen.Qual(pyPkg, "StrOf").Call(e.expr(cl.recv), jen.Lit(cl.name))
	code := e.methodCallOn(cl, call, tStr)
	e.bound = saved
	return code
}
