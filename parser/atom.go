package parser

import (
	"strings"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/aiogo-dev/aiogo/grammar"
)

// atom parses
//
//	atom = NAME | 'True' | 'False' | 'None' | '...' | NUMBER | strings
//	     | tuple | group | genexp | list | listcomp | dict | set | dictcomp | setcomp
func (p *exprParser) atom() (grammar.Expr, error) {
	t := p.peek()
	switch t.Type {
	case grammar.TokName:
		p.next()
		return &grammar.Name{Pos: t.Pos, Id: t.Value}, nil
	case grammar.TokInt:
		p.next()
		return &grammar.IntLit{Pos: t.Pos, Raw: t.Value, Value: grammar.IntValue(t.Value)}, nil
	case grammar.TokFloat:
		p.next()
		return &grammar.FloatLit{Pos: t.Pos, Raw: t.Value, Imaginary: strings.HasSuffix(strings.ToLower(t.Value), "j")}, nil
	case grammar.TokString:
		return p.strings()
	case grammar.TokKeyword:
		switch t.Value {
		case "True", "False", "None":
			p.next()
			return &grammar.Const{Pos: t.Pos, Value: t.Value}, nil
		}
	case grammar.TokOp:
		switch t.Value {
		case "...":
			p.next()
			return &grammar.Const{Pos: t.Pos, Value: t.Value}, nil
		case "(", "[", "{":
			if err := p.enter(t); err != nil {
				return nil, err
			}
			defer p.leave()
			p.next()
			switch t.Value {
			case "(":
				return p.paren(t)
			case "[":
				return p.list(t)
			}
			return p.brace(t)
		}
	}
	return nil, unexpected(t, "expression")
}

// starNamedExpr parses star_named_expression = '*' bitwise_or | named_expression.
func (p *exprParser) starNamedExpr() (grammar.Expr, error) {
	if !p.is("*") {
		return p.namedExpr()
	}
	t := p.next()
	x, err := p.binary(1)
	if err != nil {
		return nil, err
	}
	return &grammar.Starred{Pos: t.Pos, X: x}, nil
}

// elements parses the rest of a display after its first element:
// { ',' star_named_expression } [ ',' ] closer.
func (p *exprParser) elements(first grammar.Expr, closer string) ([]grammar.Expr, error) {
	elts := []grammar.Expr{first}
	for p.got(",") && !p.is(closer) {
		x, err := p.starNamedExpr()
		if err != nil {
			return nil, err
		}
		elts = append(elts, x)
	}
	_, err := p.expect(closer)
	return elts, err
}

// paren parses what follows '(':
//
//	tuple  = '(' [ star_named_expression ',' [ star_named_expressions ] ] ')'
//	group  = '(' ( yield_expr | named_expression ) ')'
//	genexp = '(' named_expression for_if_clauses ')'
func (p *exprParser) paren(open *lexer.Token) (grammar.Expr, error) {
	if p.got(")") {
		return &grammar.Tuple{Pos: open.Pos, Paren: true}, nil
	}
	if p.is("yield") {
		y, err := p.yield()
		if err != nil {
			return nil, err
		}
		_, err = p.expect(")")
		return y, err
	}
	first, err := p.starNamedExpr()
	if err != nil {
		return nil, err
	}
	switch {
	case p.is("for") || p.is("async"):
		return p.comprehension(grammar.GenExp, open.Pos, first, nil, ")")
	case p.is(")"):
		p.next()
		if _, ok := first.(*grammar.Starred); ok {
			return nil, errorf(first.Position(), "cannot use starred expression here")
		}
		return first, nil
	case !p.is(","):
		return nil, unexpected(p.peek(), "')'")
	}
	elts, err := p.elements(first, ")")
	if err != nil {
		return nil, err
	}
	return &grammar.Tuple{Pos: open.Pos, Elts: elts, Paren: true}, nil
}

// list parses what follows '[':
//
//	list     = '[' [ star_named_expressions ] ']'
//	listcomp = '[' named_expression for_if_clauses ']'
func (p *exprParser) list(open *lexer.Token) (grammar.Expr, error) {
	if p.got("]") {
		return &grammar.List{Pos: open.Pos}, nil
	}
	first, err := p.starNamedExpr()
	if err != nil {
		return nil, err
	}
	if p.is("for") || p.is("async") {
		return p.comprehension(grammar.ListComp, open.Pos, first, nil, "]")
	}
	elts, err := p.elements(first, "]")
	if err != nil {
		return nil, err
	}
	return &grammar.List{Pos: open.Pos, Elts: elts}, nil
}

// brace parses what follows '{':
//
//	dict     = '{' [ kvpair { ',' kvpair } [ ',' ] ] '}'
//	kvpair   = expression ':' expression | '**' bitwise_or
//	dictcomp = '{' expression ':' expression for_if_clauses '}'
//	set      = '{' star_named_expressions '}'
//	setcomp  = '{' named_expression for_if_clauses '}'
func (p *exprParser) brace(open *lexer.Token) (grammar.Expr, error) {
	if p.got("}") {
		return &grammar.Dict{Pos: open.Pos}, nil
	}
	if p.is("**") {
		return p.dict(open, nil)
	}
	first, err := p.starNamedExpr()
	if err != nil {
		return nil, err
	}
	if p.is(":") {
		return p.dict(open, first)
	}
	if p.is("for") || p.is("async") {
		return p.comprehension(grammar.SetComp, open.Pos, first, nil, "}")
	}
	elts, err := p.elements(first, "}")
	if err != nil {
		return nil, err
	}
	return &grammar.Set{Pos: open.Pos, Elts: elts}, nil
}

// dict parses a dict display or comprehension whose first key, if any, is
// already read.
func (p *exprParser) dict(open *lexer.Token, key grammar.Expr) (grammar.Expr, error) {
	d := &grammar.Dict{Pos: open.Pos}
	for {
		item, err := p.dictItem(key)
		if err != nil {
			return nil, err
		}
		key = nil
		if len(d.Items) == 0 && item.Key != nil && (p.is("for") || p.is("async")) {
			return p.comprehension(grammar.DictComp, open.Pos, item.Key, item.Value, "}")
		}
		d.Items = append(d.Items, item)
		if !p.got(",") || p.is("}") {
			break
		}
	}
	_, err := p.expect("}")
	return d, err
}

// dictItem parses kvpair, or the rest of one when its key is already read.
func (p *exprParser) dictItem(key grammar.Expr) (*grammar.DictItem, error) {
	if key == nil && p.is("**") {
		t := p.next()
		x, err := p.binary(1)
		return &grammar.DictItem{Pos: t.Pos, Value: x}, err
	}
	if key == nil {
		var err error
		if key, err = p.expression(); err != nil {
			return nil, err
		}
	}
	if _, ok := key.(*grammar.Starred); ok {
		return nil, errorf(key.Position(), "cannot use a starred expression in a dictionary value")
	}
	if _, err := p.expect(":"); err != nil {
		return nil, err
	}
	value, err := p.expression()
	return &grammar.DictItem{Pos: key.Position(), Key: key, Value: value}, err
}

// comprehension parses the clauses after a comprehension's element, then
// its closing bracket unless closer is empty:
//
//	for_if_clauses = { [ 'async' ] 'for' star_targets 'in' disjunction { 'if' disjunction } }
func (p *exprParser) comprehension(kind grammar.CompKind, pos lexer.Position, elt, value grammar.Expr, closer string) (grammar.Expr, error) {
	if _, ok := elt.(*grammar.Starred); ok {
		return nil, errorf(elt.Position(), "iterable unpacking cannot be used in comprehension")
	}
	c := &grammar.Comprehension{Pos: pos, Kind: kind, Elt: elt, Value: value}
	for p.is("for") || p.is("async") {
		clause := &grammar.CompClause{Pos: p.peek().Pos, Async: p.got("async")}
		if _, err := p.expect("for"); err != nil {
			return nil, err
		}
		var err error
		if clause.Target, err = p.targets(); err != nil {
			return nil, err
		}
		if err := checkTarget(clause.Target, "assign to"); err != nil {
			return nil, err
		}
		if _, err := p.expect("in"); err != nil {
			return nil, err
		}
		if clause.Iter, err = p.disjunction(); err != nil {
			return nil, err
		}
		for p.got("if") {
			cond, err := p.disjunction()
			if err != nil {
				return nil, err
			}
			clause.Ifs = append(clause.Ifs, cond)
		}
		c.Clauses = append(c.Clauses, clause)
	}
	if closer == "" {
		return c, nil
	}
	_, err := p.expect(closer)
	return c, err
}

// subscript parses '[' slices ']':
//
//	slices = slice | ( slice | starred_expression ) { ',' ( slice | starred_expression ) } [ ',' ]
func (p *exprParser) subscript() (grammar.Expr, error) {
	open := p.next()
	if err := p.enter(open); err != nil {
		return nil, err
	}
	defer p.leave()
	first, err := p.slice()
	if err != nil {
		return nil, err
	}
	if !p.is(",") {
		_, err := p.expect("]")
		return first, err
	}
	elts := []grammar.Expr{first}
	for p.got(",") && !p.is("]") {
		x, err := p.slice()
		if err != nil {
			return nil, err
		}
		elts = append(elts, x)
	}
	if _, err := p.expect("]"); err != nil {
		return nil, err
	}
	return &grammar.Tuple{Pos: first.Position(), Elts: elts}, nil
}

// slice parses slice = [ expression ] ':' [ expression ] [ ':' [ expression ] ] | named_expression,
// or a starred expression.
func (p *exprParser) slice() (grammar.Expr, error) {
	if p.is("*") {
		return p.starNamedExpr()
	}
	var lo grammar.Expr
	if !p.is(":") {
		var err error
		if lo, err = p.namedExpr(); err != nil || !p.is(":") {
			return lo, err
		}
	}
	colon := p.next()
	s := &grammar.Slice{Pos: colon.Pos, Lo: lo}
	if lo != nil {
		s.Pos = lo.Position()
	}
	var err error
	if p.startsSliceBound() {
		if s.Hi, err = p.expression(); err != nil {
			return nil, err
		}
	}
	if p.got(":") && p.startsSliceBound() {
		if s.Step, err = p.expression(); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func (p *exprParser) startsSliceBound() bool {
	return p.startsExpr() && !p.is("*") && !p.is("yield")
}

// callArgs parses '(' [ args ] ')' after a callee:
//
//	args = arg { ',' arg } [ ',' ] | named_expression for_if_clauses
//	arg  = '*' expression | '**' expression | NAME '=' expression | named_expression
func (p *exprParser) callArgs() ([]*grammar.Arg, error) {
	open := p.next()
	if err := p.enter(open); err != nil {
		return nil, err
	}
	defer p.leave()
	args, err := p.args(")")
	if err != nil {
		return nil, err
	}
	_, err = p.expect(")")
	return args, err
}

// args parses the arguments of a call or a class's bases up to closer,
// which it leaves unread.
func (p *exprParser) args(closer string) ([]*grammar.Arg, error) {
	var args []*grammar.Arg
	keyword, kwUnpack := false, false
	for !p.is(closer) {
		a, err := p.arg()
		if err != nil {
			return nil, err
		}
		if a.Name == "" && !a.Star && !a.DoubleStar && (p.is("for") || p.is("async")) {
			gen, err := p.comprehension(grammar.GenExp, a.Pos, a.Value, nil, "")
			if err != nil {
				return nil, err
			}
			if len(args) > 0 || !p.is(closer) {
				return nil, errorf(a.Pos, "Generator expression must be parenthesized")
			}
			return []*grammar.Arg{{Pos: a.Pos, Value: gen}}, nil
		}
		switch {
		case a.DoubleStar:
			kwUnpack = true
		case a.Name != "":
			keyword = true
		case a.Star && kwUnpack:
			return nil, errorf(a.Pos, "iterable argument unpacking follows keyword argument unpacking")
		case !a.Star && kwUnpack:
			return nil, errorf(a.Pos, "positional argument follows keyword argument unpacking")
		case !a.Star && keyword:
			return nil, errorf(a.Pos, "positional argument follows keyword argument")
		}
		args = append(args, a)
		if !p.got(",") {
			break
		}
	}
	return args, nil
}

func (p *exprParser) arg() (*grammar.Arg, error) {
	t := p.peek()
	a := &grammar.Arg{Pos: t.Pos}
	var err error
	switch {
	case p.got("*"):
		a.Star = true
		a.Value, err = p.expression()
	case p.got("**"):
		a.DoubleStar = true
		a.Value, err = p.expression()
	case t.Type == grammar.TokName:
		cp := p.lex.MakeCheckpoint()
		p.next()
		if p.got("=") {
			a.Name = t.Value
			a.Value, err = p.expression()
			break
		}
		p.lex.LoadCheckpoint(cp)
		a.Value, err = p.namedExpr()
	default:
		a.Value, err = p.namedExpr()
	}
	return a, err
}
