package parser

import (
	"strings"

	"github.com/aiogo-dev/aiogo/grammar"
)

// lowerer replaces the parse-only statements of stmt.go by grammar nodes,
// flattens lines of simple statements into the enclosing body, and checks
// what the grammar lets through but Python refuses (assignment targets,
// try without handlers). It keeps going after an error so that one
// statement can report several.
type lowerer struct{ errs grammar.ErrorList }

func (l *lowerer) fail(err error) {
	l.errs = append(l.errs, convert(err))
}

func (l *lowerer) body(stmts []grammar.Stmt) []grammar.Stmt {
	var out []grammar.Stmt
	for _, s := range stmts {
		out = append(out, l.stmt(s)...)
	}
	return out
}

func (l *lowerer) stmt(s grammar.Stmt) []grammar.Stmt {
	switch s := s.(type) {
	case *simpleLine:
		var out []grammar.Stmt
		for _, simple := range s.Stmts {
			out = append(out, l.stmt(simple)...)
		}
		return out
	case *funcDef:
		return []grammar.Stmt{&grammar.FuncDef{Pos: s.Pos, Decorators: s.Decorators, Async: s.Async, Name: s.Name,
			Params: s.Params.list(), Returns: s.Returns, Body: l.body(s.Body)}}
	case *classDef:
		c := &grammar.ClassDef{Pos: s.Pos, Decorators: s.Decorators, Name: s.Name, Body: l.body(s.Body)}
		if s.Bases != nil {
			c.Bases = s.Bases.list()
		}
		return []grammar.Stmt{c}
	case *forStmt:
		l.target(s.Target, "assign to")
		return []grammar.Stmt{&grammar.For{Pos: s.Pos, Async: s.Async, Target: s.Target, Iter: s.Iter,
			Body: l.body(s.Body), Else: l.body(s.Else)}}
	case *returnStmt:
		r := &grammar.Return{Pos: s.Pos}
		if s.Value != nil {
			r.Value = s.Value
		}
		return []grammar.Stmt{r}
	case *importFrom:
		return []grammar.Stmt{s.lower()}
	case *exprStmt:
		return []grammar.Stmt{l.exprStmt(s)}
	case *grammar.If:
		s.Body = l.body(s.Body)
		for _, e := range s.Elifs {
			e.Body = l.body(e.Body)
		}
		s.Else = l.body(s.Else)
	case *grammar.While:
		s.Body, s.Else = l.body(s.Body), l.body(s.Else)
	case *grammar.Try:
		l.try(s)
	case *grammar.With:
		for _, item := range s.Items {
			if item.Target != nil {
				l.target(item.Target, "assign to")
			}
		}
		s.Body = l.body(s.Body)
	case *grammar.Del:
		for _, t := range s.Targets {
			l.target(t, "delete")
		}
	}
	return []grammar.Stmt{s}
}

func (l *lowerer) try(s *grammar.Try) {
	s.Body, s.Else, s.Finally = l.body(s.Body), l.body(s.Else), l.body(s.Finally)
	if len(s.Handlers) == 0 && s.Finally == nil {
		l.fail(errorf(s.Pos, "expected 'except' or 'finally' block"))
	}
	for i, h := range s.Handlers {
		h.Body = l.body(h.Body)
		switch {
		case h.Star != s.Handlers[0].Star:
			l.fail(errorf(h.Pos, "cannot have both 'except' and 'except*' on the same 'try'"))
		case h.Star && h.Type == nil:
			l.fail(errorf(h.Pos, "expected one or more exception types"))
		case h.Type == nil && i < len(s.Handlers)-1:
			l.fail(errorf(h.Pos, "default 'except:' must be last"))
		}
	}
}

func (s *importFrom) lower() *grammar.ImportFrom {
	imp := &grammar.ImportFrom{Pos: s.Pos, Module: s.Module}
	for _, d := range s.Dots {
		imp.Level += len(d)
	}
	if s.Star {
		imp.Names = []*grammar.Alias{{Pos: s.Pos, Name: "*"}}
	}
	for _, n := range s.Names {
		imp.Names = append(imp.Names, &grammar.Alias{Pos: n.Pos, Name: n.Name, AsName: n.AsName})
	}
	return imp
}

func (l *lowerer) exprStmt(s *exprStmt) grammar.Stmt {
	first := grammar.Expr(s.First)
	switch {
	case s.Annotation != nil:
		a := &grammar.AnnAssign{Pos: s.Pos, Target: first, Annotation: s.Annotation}
		if s.AnnValue != nil {
			a.Value = s.AnnValue
		}
		switch first.(type) {
		case *grammar.Name, *grammar.Attribute, *grammar.Subscript:
		case *grammar.Tuple:
			l.fail(errorf(first.Position(), "only single target (not tuple) can be annotated"))
		default:
			l.fail(errorf(first.Position(), "illegal target for annotation"))
		}
		return a
	case s.AugOp != "":
		switch first.(type) {
		case *grammar.Name, *grammar.Attribute, *grammar.Subscript:
		default:
			l.fail(errorf(first.Position(), "'%s' is an illegal expression for augmented assignment", describeExpr(first)))
		}
		return &grammar.AugAssign{Pos: s.Pos, Target: first, Op: strings.TrimSuffix(s.AugOp, "="), Value: s.AugValue}
	case len(s.Values) > 0:
		a := &grammar.Assign{Pos: s.Pos, Targets: []grammar.Expr{first}}
		for _, v := range s.Values {
			a.Targets = append(a.Targets, v)
		}
		a.Value = a.Targets[len(a.Targets)-1]
		a.Targets = a.Targets[:len(a.Targets)-1]
		for _, t := range a.Targets {
			l.target(t, "assign to")
		}
		return a
	}
	if _, ok := first.(*grammar.Starred); ok {
		l.fail(errorf(first.Position(), "can't use starred expression here"))
	}
	return &grammar.ExprStmt{Pos: s.Pos, X: first}
}

func (l *lowerer) target(x grammar.Expr, verb string) {
	if err := checkTarget(x, verb); err != nil {
		l.fail(err)
	}
}

// checkTarget reports an expression that cannot be assigned to (verb
// "assign to") or deleted ("delete").
func checkTarget(x grammar.Expr, verb string) error {
	switch x := x.(type) {
	case *grammar.Name, *grammar.Attribute, *grammar.Subscript:
		return nil
	case *grammar.Tuple:
		return checkTargets(x.Elts, verb)
	case *grammar.List:
		return checkTargets(x.Elts, verb)
	case *grammar.Starred:
		if verb == "delete" {
			return errorf(x.Pos, "cannot delete starred")
		}
		return checkTarget(x.X, verb)
	}
	return errorf(x.Position(), "cannot %s %s", verb, describeExpr(x))
}

func checkTargets(xs []grammar.Expr, verb string) error {
	for _, x := range xs {
		if err := checkTarget(x, verb); err != nil {
			return err
		}
	}
	return nil
}

// describeExpr names an expression's kind the way CPython's messages do.
func describeExpr(x grammar.Expr) string {
	switch x := x.(type) {
	case *grammar.Call:
		return "function call"
	case *grammar.IntLit, *grammar.FloatLit, *grammar.StrLit, *grammar.BytesLit:
		return "literal"
	case *grammar.Const:
		if x.Value == "..." {
			return "ellipsis"
		}
		return x.Value
	case *grammar.FString:
		return "f-string expression"
	case *grammar.Compare:
		return "comparison"
	case *grammar.Await:
		return "await expression"
	case *grammar.Yield:
		return "yield expression"
	case *grammar.Lambda:
		return "lambda"
	case *grammar.IfExp:
		return "conditional expression"
	case *grammar.NamedExpr:
		return "named expression"
	case *grammar.Dict:
		return "dict literal"
	case *grammar.Set:
		return "set display"
	case *grammar.Tuple:
		return "tuple"
	case *grammar.List:
		return "list"
	case *grammar.Starred:
		return "starred"
	case *grammar.Attribute:
		return "attribute"
	case *grammar.Subscript:
		return "subscript"
	case *grammar.Name:
		return "name"
	case *grammar.Comprehension:
		return [...]string{"list comprehension", "set comprehension", "dict comprehension", "generator expression"}[x.Kind]
	}
	return "expression"
}
