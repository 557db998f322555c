package codegen

import (
	"fmt"

	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// Conditions joined by and/or.
//
// Python accepts `a or a` and `x != 1 or x != 2`; go vet (its bools
// check) rejects the same shapes in Go, and generated Go must vet
// cleanly. Within a run of operands that call nothing, a condition equal
// to an earlier one adds nothing and is left out, and a second equality
// test of the same operand against another constant (always true under
// or, always false under and) is wrapped in py.Val, a call, which vet
// does not reason about. The truth of the whole is unchanged.

// boolChain emits a chain of one operator, and or or, as a Go condition.
func (e *emitter) boolChain(b *grammar.BoolOp) gox {
	goOp, prec, badEq := "||", precOr, "!="
	if b.Op == "and" {
		goOp, prec, badEq = "&&", precAnd, "=="
	}
	seen := map[string]bool{}     // the Go of the pure operands so far in this run
	tested := map[string]string{} // x of each `x badEq constant`, with the whole test
	var code *jen.Statement
	operands := flattenBool(b, b.Op)
	if b.Op == "and" {
		operands = e.splitChains(operands)
	}
	for _, x := range operands {
		part := e.condX(x)
		if hasCall(x) {
			seen, tested = map[string]bool{}, map[string]string{}
		} else if src := fmt.Sprintf("%#v", part.code); seen[src] {
			continue // go vet compares operands by their Go
		} else {
			seen[src] = true
		}
		if subject, ok := constTest(x, badEq); ok && !hasCall(x) {
			if prev, found := tested[subject]; found && prev != pyExpr(x) {
				part = primary(jen.Qual(pyPkg, "Val").Call(part.code))
			} else if !found {
				tested[subject] = pyExpr(x)
			}
		}
		if code == nil {
			code = operand(part, prec, false)
		} else {
			code = code.Op(goOp).Add(operand(part, prec, true))
		}
	}
	return gox{code, prec}
}

// flattenBool lists the operands of a chain of op, left to right.
// splitChains replaces each comparison chain without calls among the
// operands of an `and` by its links (a < b < c by a < b and b < c, the
// same for a b that calls nothing), so that a link repeated elsewhere in
// the run is left out like any repeated operand: go vet reports
// `x && x` ("redundant and").
func (e *emitter) splitChains(xs []grammar.Expr) []grammar.Expr {
	var out []grammar.Expr
	for _, x := range xs {
		c, ok := x.(*grammar.Compare)
		if !ok || len(c.Ops) < 2 || hasCall(c) {
			out = append(out, x)
			continue
		}
		left := c.Left
		for i, op := range c.Ops {
			link := &grammar.Compare{Pos: c.Pos, Left: left, Ops: []string{op}, Comparators: []grammar.Expr{c.Comparators[i]}}
			e.types[link] = tBool
			out = append(out, link)
			left = c.Comparators[i]
		}
	}
	return out
}

func flattenBool(x grammar.Expr, op string) []grammar.Expr {
	if b, ok := x.(*grammar.BoolOp); ok && b.Op == op {
		return append(flattenBool(b.X, op), flattenBool(b.Y, op)...)
	}
	return []grammar.Expr{x}
}

// constTest reports whether x compares an operand with a literal by op
// (== or !=), and returns that operand's source.
func constTest(x grammar.Expr, op string) (subject string, ok bool) {
	c, isCmp := x.(*grammar.Compare)
	if !isCmp || len(c.Ops) != 1 || c.Ops[0] != op {
		return "", false
	}
	switch {
	case isLiteral(c.Comparators[0]):
		return pyExpr(c.Left), true
	case isLiteral(c.Left):
		return pyExpr(c.Comparators[0]), true
	}
	return "", false
}
