package codegen

import (
	"strconv"
	"strings"

	"github.com/aiogo-dev/aiogo/grammar"
)

// Python operator precedences, lowest first, for pyExpr's parentheses
// (the table in the Python reference, section 6.17).
const (
	pyPrecTuple = iota // a bare tuple, a walrus
	pyPrecLambda
	pyPrecIfExp
	pyPrecOr
	pyPrecAnd
	pyPrecNot
	pyPrecCompare
	pyPrecBitOr
	pyPrecXor
	pyPrecBitAnd
	pyPrecShift
	pyPrecAdd
	pyPrecMul
	pyPrecUnary
	pyPrecPower
	pyPrecAwait
	pyPrecPrimary
)

var pyBinaryPrec = map[string]int{
	"|": pyPrecBitOr, "^": pyPrecXor, "&": pyPrecBitAnd, "<<": pyPrecShift, ">>": pyPrecShift,
	"+": pyPrecAdd, "-": pyPrecAdd, "*": pyPrecMul, "/": pyPrecMul, "//": pyPrecMul, "%": pyPrecMul, "@": pyPrecMul,
	"**": pyPrecPower,
}

// pyExpr renders an expression in Python syntax, for the comments that
// label a machine's states: parentheses where precedence needs them (the
// tree does not keep the source's), argument lists over 40 characters
// and the forms no comment needs spelled out (lambdas, f-strings) as
// "...".
func pyExpr(x grammar.Expr) string {
	s, _ := pyx(x)
	return s
}

// pyOperand renders x parenthesized unless its precedence is at least min.
func pyOperand(x grammar.Expr, min int) string {
	s, p := pyx(x)
	if p < min {
		return "(" + s + ")"
	}
	return s
}

// pyx renders x and returns the precedence of its top operator.
func pyx(x grammar.Expr) (string, int) {
	switch x := x.(type) {
	case *grammar.Name:
		return x.Id, pyPrecPrimary
	case *grammar.IntLit:
		return x.Raw, pyPrecPrimary
	case *grammar.FloatLit:
		return x.Raw, pyPrecPrimary
	case *grammar.StrLit:
		return strconv.Quote(x.Value), pyPrecPrimary // Go's escapes are Python's too
	case *grammar.Const:
		return x.Value, pyPrecPrimary
	case *grammar.Attribute:
		recv := pyOperand(x.X, pyPrecPrimary)
		if _, ok := x.X.(*grammar.IntLit); ok {
			recv = "(" + recv + ")" // 1.real would lex as a float
		}
		return recv + "." + x.Name, pyPrecPrimary
	case *grammar.Subscript:
		return pyOperand(x.X, pyPrecPrimary) + "[" + pyIndex(x.Index) + "]", pyPrecPrimary
	case *grammar.Call:
		args := make([]string, len(x.Args))
		for i, a := range x.Args {
			switch {
			case a.Star:
				args[i] = "*" + pyOperand(a.Value, pyPrecBitOr)
			case a.DoubleStar:
				args[i] = "**" + pyOperand(a.Value, pyPrecBitOr)
			case a.Name != "":
				args[i] = a.Name + "=" + pyOperand(a.Value, pyPrecLambda)
			default:
				args[i] = pyOperand(a.Value, pyPrecLambda)
			}
		}
		list := strings.Join(args, ", ")
		if len(list) > 40 {
			list = "..."
		}
		return pyOperand(x.Func, pyPrecPrimary) + "(" + list + ")", pyPrecPrimary
	case *grammar.Await:
		return "await " + pyOperand(x.X, pyPrecPrimary), pyPrecAwait
	case *grammar.Unary:
		if x.Op == "not" {
			return "not " + pyOperand(x.X, pyPrecNot), pyPrecNot
		}
		return x.Op + pyOperand(x.X, pyPrecUnary), pyPrecUnary
	case *grammar.Binary:
		p := pyBinaryPrec[x.Op]
		if x.Op == "**" { // right-associative, and its right operand may be unary
			return pyOperand(x.X, p+1) + " ** " + pyOperand(x.Y, pyPrecUnary), p
		}
		return pyOperand(x.X, p) + " " + x.Op + " " + pyOperand(x.Y, p+1), p
	case *grammar.BoolOp:
		p := pyPrecOr
		if x.Op == "and" {
			p = pyPrecAnd
		}
		return pyOperand(x.X, p) + " " + x.Op + " " + pyOperand(x.Y, p+1), p
	case *grammar.Compare:
		s := pyOperand(x.Left, pyPrecCompare+1)
		for i, op := range x.Ops {
			s += " " + op + " " + pyOperand(x.Comparators[i], pyPrecCompare+1)
		}
		return s, pyPrecCompare
	case *grammar.IfExp:
		return pyOperand(x.Then, pyPrecOr) + " if " + pyOperand(x.Cond, pyPrecOr) + " else " + pyOperand(x.Else, pyPrecIfExp), pyPrecIfExp
	case *grammar.Starred:
		return "*" + pyOperand(x.X, pyPrecBitOr), pyPrecBitOr
	case *grammar.NamedExpr:
		return x.Target.Id + " := " + pyOperand(x.Value, pyPrecLambda), pyPrecTuple
	case *grammar.Tuple:
		s := pyList(x.Elts)
		if len(x.Elts) == 1 {
			s += ","
		}
		if x.Paren || len(x.Elts) == 0 {
			return "(" + s + ")", pyPrecPrimary
		}
		return s, pyPrecTuple
	case *grammar.List:
		return "[" + pyList(x.Elts) + "]", pyPrecPrimary
	case *grammar.Set:
		return "{" + pyList(x.Elts) + "}", pyPrecPrimary
	case *grammar.Dict:
		items := make([]string, len(x.Items))
		for i, it := range x.Items {
			if it.Key == nil {
				items[i] = "**" + pyOperand(it.Value, pyPrecBitOr)
			} else {
				items[i] = pyOperand(it.Key, pyPrecLambda) + ": " + pyOperand(it.Value, pyPrecLambda)
			}
		}
		return "{" + strings.Join(items, ", ") + "}", pyPrecPrimary
	case *grammar.Comprehension:
		return pyComprehension(x), pyPrecPrimary
	}
	return "...", pyPrecPrimary
}

func pyList(xs []grammar.Expr) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = pyOperand(x, pyPrecLambda)
	}
	return strings.Join(s, ", ")
}

// pyIndex renders a subscript's index: slices, and tuples without
// parentheses.
func pyIndex(x grammar.Expr) string {
	switch x := x.(type) {
	case *grammar.Slice:
		part := func(x grammar.Expr) string {
			if x == nil {
				return ""
			}
			return pyOperand(x, pyPrecLambda)
		}
		s := part(x.Lo) + ":" + part(x.Hi)
		if x.Step != nil {
			s += ":" + part(x.Step)
		}
		return s
	case *grammar.Tuple:
		if !x.Paren && len(x.Elts) > 1 {
			parts := make([]string, len(x.Elts))
			for i, el := range x.Elts {
				parts[i] = pyIndex(el)
			}
			return strings.Join(parts, ", ")
		}
	}
	return pyOperand(x, pyPrecTuple)
}

func pyComprehension(x *grammar.Comprehension) string {
	s := pyOperand(x.Elt, pyPrecLambda)
	if x.Kind == grammar.DictComp {
		s += ": " + pyOperand(x.Value, pyPrecLambda)
	}
	for _, cl := range x.Clauses {
		if cl.Async {
			s += " async"
		}
		s += " for " + pyOperand(cl.Target, pyPrecTuple) + " in " + pyOperand(cl.Iter, pyPrecOr)
		for _, cond := range cl.Ifs {
			s += " if " + pyOperand(cond, pyPrecOr)
		}
	}
	switch x.Kind {
	case grammar.ListComp:
		return "[" + s + "]"
	case grammar.GenExp:
		return "(" + s + ")"
	}
	return "{" + s + "}"
}
