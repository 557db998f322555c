package parser

import (
	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/aiogo-dev/aiogo/grammar"
)

// maxDepth bounds expression nesting (brackets, unary chains, lambdas,
// conditional expressions), so deep input is an error and not a deep
// recursion.
const maxDepth = 200

// exprParser is the hand-written expression parser. It reads participle's
// token stream directly; each method names the Python 3.11 production it
// parses.
type exprParser struct {
	lex   *lexer.PeekingLexer
	depth int
}

func (p *exprParser) peek() *lexer.Token { return p.lex.Peek() }
func (p *exprParser) next() *lexer.Token { return p.lex.Next() }

// is reports whether the next token is the operator or keyword s.
func (p *exprParser) is(s string) bool {
	t := p.peek()
	return (t.Type == grammar.TokOp || t.Type == grammar.TokKeyword) && t.Value == s
}

// got consumes the next token if it is the operator or keyword s.
func (p *exprParser) got(s string) bool {
	if p.is(s) {
		p.next()
		return true
	}
	return false
}

func (p *exprParser) expect(s string) (*lexer.Token, error) {
	if !p.is(s) {
		return nil, unexpected(p.peek(), "'"+s+"'")
	}
	return p.next(), nil
}

// enter counts one level of nesting; every caller defers p.leave().
func (p *exprParser) enter(t *lexer.Token) error {
	p.depth++
	if p.depth > maxDepth {
		return errorf(t.Pos, "too many nested parentheses")
	}
	return nil
}

func (p *exprParser) leave() { p.depth-- }

// startsExpr reports whether the next token can begin an expression.
func (p *exprParser) startsExpr() bool {
	t := p.peek()
	switch t.Type {
	case grammar.TokName, grammar.TokInt, grammar.TokFloat, grammar.TokString:
		return true
	case grammar.TokKeyword:
		switch t.Value {
		case "True", "False", "None", "not", "await", "lambda", "yield":
			return true
		}
	case grammar.TokOp:
		switch t.Value {
		case "(", "[", "{", "-", "+", "~", "*", "...":
			return true
		}
	}
	return false
}

// starExprs parses
//
//	star_expressions = star_expression { ',' star_expression } [ ',' ]
//
// giving a Tuple without parentheses when there is a comma.
func (p *exprParser) starExprs() (grammar.Expr, error) {
	first, err := p.starExpr()
	if err != nil || !p.is(",") {
		return first, err
	}
	elts := []grammar.Expr{first}
	for p.got(",") {
		if !p.startsExpr() || p.is("yield") {
			break
		}
		x, err := p.starExpr()
		if err != nil {
			return nil, err
		}
		elts = append(elts, x)
	}
	return &grammar.Tuple{Pos: first.Position(), Elts: elts}, nil
}

// starExpr parses star_expression = '*' bitwise_or | expression.
func (p *exprParser) starExpr() (grammar.Expr, error) {
	if p.is("*") {
		t := p.next()
		x, err := p.binary(1)
		if err != nil {
			return nil, err
		}
		return &grammar.Starred{Pos: t.Pos, X: x}, nil
	}
	return p.expression()
}

// rhs parses an assignment's right-hand side: yield_expr | star_expressions.
func (p *exprParser) rhs() (grammar.Expr, error) {
	if p.is("yield") {
		return p.yield()
	}
	return p.starExprs()
}

// yield parses yield_expr = 'yield' 'from' expression | 'yield' [ star_expressions ].
func (p *exprParser) yield() (grammar.Expr, error) {
	t := p.next()
	y := &grammar.Yield{Pos: t.Pos}
	var err error
	switch {
	case p.got("from"):
		y.From = true
		y.X, err = p.expression()
	case p.startsExpr() && !p.is("yield"):
		y.X, err = p.starExprs()
	}
	return y, err
}

// namedExpr parses named_expression = NAME ':=' expression | expression.
func (p *exprParser) namedExpr() (grammar.Expr, error) {
	x, err := p.expression()
	if err != nil || !p.is(":=") {
		return x, err
	}
	name, ok := x.(*grammar.Name)
	if !ok {
		return nil, errorf(x.Position(), "cannot use assignment expressions with %s", describeExpr(x))
	}
	p.next()
	value, err := p.expression()
	if err != nil {
		return nil, err
	}
	return &grammar.NamedExpr{Pos: name.Pos, Value: value, Target: name}, nil
}

// expression parses
//
//	expression = disjunction [ 'if' disjunction 'else' expression ] | lambdef
func (p *exprParser) expression() (grammar.Expr, error) {
	if p.is("lambda") {
		return p.lambda()
	}
	x, err := p.disjunction()
	if err != nil || !p.is("if") {
		return x, err
	}
	t := p.next()
	if err := p.enter(t); err != nil {
		return nil, err
	}
	defer p.leave()
	cond, err := p.disjunction()
	if err != nil {
		return nil, err
	}
	if _, err := p.expect("else"); err != nil {
		return nil, err
	}
	otherwise, err := p.expression()
	if err != nil {
		return nil, err
	}
	return &grammar.IfExp{Pos: x.Position(), Cond: cond, Then: x, Else: otherwise}, nil
}

// lambda parses lambdef = 'lambda' [ params ] ':' expression.
func (p *exprParser) lambda() (grammar.Expr, error) {
	t := p.next()
	if err := p.enter(t); err != nil {
		return nil, err
	}
	defer p.leave()
	params, err := p.params(":", false)
	if err != nil {
		return nil, err
	}
	if _, err := p.expect(":"); err != nil {
		return nil, err
	}
	body, err := p.expression()
	if err != nil {
		return nil, err
	}
	return &grammar.Lambda{Pos: t.Pos, Params: params, Body: body}, nil
}

// disjunction parses disjunction = conjunction { 'or' conjunction }.
func (p *exprParser) disjunction() (grammar.Expr, error) {
	x, err := p.conjunction()
	for err == nil && p.is("or") {
		p.next()
		var y grammar.Expr
		if y, err = p.conjunction(); err == nil {
			x = &grammar.BoolOp{Pos: x.Position(), Op: "or", X: x, Y: y}
		}
	}
	return x, err
}

// conjunction parses conjunction = inversion { 'and' inversion }.
func (p *exprParser) conjunction() (grammar.Expr, error) {
	x, err := p.inversion()
	for err == nil && p.is("and") {
		p.next()
		var y grammar.Expr
		if y, err = p.inversion(); err == nil {
			x = &grammar.BoolOp{Pos: x.Position(), Op: "and", X: x, Y: y}
		}
	}
	return x, err
}

// inversion parses inversion = 'not' inversion | comparison.
func (p *exprParser) inversion() (grammar.Expr, error) {
	if !p.is("not") {
		return p.comparison()
	}
	t := p.next()
	if err := p.enter(t); err != nil {
		return nil, err
	}
	defer p.leave()
	x, err := p.inversion()
	if err != nil {
		return nil, err
	}
	return &grammar.Unary{Pos: t.Pos, Op: "not", X: x}, nil
}

// comparison parses comparison = bitwise_or { compare_op bitwise_or }.
func (p *exprParser) comparison() (grammar.Expr, error) {
	x, err := p.binary(1)
	if err != nil {
		return nil, err
	}
	var cmp *grammar.Compare
	for {
		op := p.compareOp()
		if op == "" {
			break
		}
		y, err := p.binary(1)
		if err != nil {
			return nil, err
		}
		if cmp == nil {
			cmp = &grammar.Compare{Pos: x.Position(), Left: x}
			x = cmp
		}
		cmp.Ops = append(cmp.Ops, op)
		cmp.Comparators = append(cmp.Comparators, y)
	}
	return x, nil
}

// compareOp consumes a comparison operator, two tokens for "not in" and
// "is not", and returns it; "" when there is none.
func (p *exprParser) compareOp() string {
	t := p.peek()
	switch {
	case t.Type == grammar.TokOp:
		switch t.Value {
		case "<", ">", "==", ">=", "<=", "!=":
			p.next()
			return t.Value
		}
	case p.is("in"):
		p.next()
		return "in"
	case p.is("is"):
		p.next()
		if p.got("not") {
			return "is not"
		}
		return "is"
	case p.is("not"):
		cp := p.lex.MakeCheckpoint()
		p.next()
		if p.got("in") {
			return "not in"
		}
		p.lex.LoadCheckpoint(cp)
	}
	return ""
}

// binaryPrec gives the binding power of each binary operator, loosest
// first: | ^ & shifts additive multiplicative.
var binaryPrec = map[string]int{
	"|": 1, "^": 2, "&": 3, "<<": 4, ">>": 4, "+": 5, "-": 5,
	"*": 6, "/": 6, "//": 6, "%": 6, "@": 6,
}

// binary parses the left-associative binary levels from bitwise_or down to
// term by precedence climbing; operands are factors.
func (p *exprParser) binary(minPrec int) (grammar.Expr, error) {
	x, err := p.factor()
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		prec := binaryPrec[t.Value]
		if t.Type != grammar.TokOp || prec < minPrec {
			return x, nil
		}
		p.next()
		y, err := p.binary(prec + 1)
		if err != nil {
			return nil, err
		}
		x = &grammar.Binary{Pos: x.Position(), Op: t.Value, X: x, Y: y}
	}
}

// factor parses factor = ( '+' | '-' | '~' ) factor | power.
func (p *exprParser) factor() (grammar.Expr, error) {
	if !p.is("-") && !p.is("+") && !p.is("~") {
		return p.power()
	}
	t := p.next()
	if err := p.enter(t); err != nil {
		return nil, err
	}
	defer p.leave()
	x, err := p.factor()
	if err != nil {
		return nil, err
	}
	return &grammar.Unary{Pos: t.Pos, Op: t.Value, X: x}, nil
}

// power parses power = await_primary [ '**' factor ]: right-associative,
// and tighter than a unary operator on its left (-2**2 is -(2**2)).
func (p *exprParser) power() (grammar.Expr, error) {
	x, err := p.awaitPrimary()
	if err != nil || !p.is("**") {
		return x, err
	}
	t := p.next()
	if err := p.enter(t); err != nil {
		return nil, err
	}
	defer p.leave()
	y, err := p.factor()
	if err != nil {
		return nil, err
	}
	return &grammar.Binary{Pos: x.Position(), Op: "**", X: x, Y: y}, nil
}

// awaitPrimary parses await_primary = 'await' primary | primary.
func (p *exprParser) awaitPrimary() (grammar.Expr, error) {
	if !p.is("await") {
		return p.primary()
	}
	t := p.next()
	x, err := p.primary()
	if err != nil {
		return nil, err
	}
	return &grammar.Await{Pos: t.Pos, X: x}, nil
}

// primary parses primary = atom { '.' NAME | '(' [ args ] ')' | '[' slices ']' }.
func (p *exprParser) primary() (grammar.Expr, error) {
	x, err := p.atom()
	for err == nil {
		switch {
		case p.is("."):
			p.next()
			name := p.peek()
			if name.Type != grammar.TokName {
				return nil, unexpected(name, "name")
			}
			p.next()
			x = &grammar.Attribute{Pos: x.Position(), X: x, Name: name.Value}
		case p.is("("):
			var args []*grammar.Arg
			if args, err = p.callArgs(); err == nil {
				x = &grammar.Call{Pos: x.Position(), Func: x, Args: args}
			}
		case p.is("["):
			var index grammar.Expr
			if index, err = p.subscript(); err == nil {
				x = &grammar.Subscript{Pos: x.Position(), X: x, Index: index}
			}
		default:
			return x, nil
		}
	}
	return nil, err
}

// targets parses the targets of a for loop or a comprehension:
//
//	star_targets = star_target { ',' star_target } [ ',' ]
//	star_target  = [ '*' ] bitwise_or
//
// bitwise_or stops before 'in'; what may be assigned to is checked later.
func (p *exprParser) targets() (grammar.Expr, error) {
	var elts []grammar.Expr
	comma := false
	for {
		var x grammar.Expr
		var err error
		if p.is("*") {
			t := p.next()
			if x, err = p.binary(1); err == nil {
				x = &grammar.Starred{Pos: t.Pos, X: x}
			}
		} else {
			x, err = p.binary(1)
		}
		if err != nil {
			return nil, err
		}
		elts = append(elts, x)
		if comma = p.got(","); !comma || p.is("in") {
			break
		}
	}
	if len(elts) == 1 && !comma {
		return elts[0], nil
	}
	return &grammar.Tuple{Pos: elts[0].Position(), Elts: elts}, nil
}

// optional adapts a method to the function participle.ParseTypeWith
// wants: a token that cannot start an expression is participle.NextMatch,
// so optional expressions in struct tags work.
func optional[T grammar.Expr](parse func(*exprParser) (grammar.Expr, error), wrap func(grammar.Expr) T) func(*lexer.PeekingLexer) (T, error) {
	return func(lex *lexer.PeekingLexer) (T, error) {
		var zero T
		p := &exprParser{lex: lex}
		if !p.startsExpr() {
			return zero, participle.NextMatch
		}
		x, err := parse(p)
		if err != nil {
			return zero, err
		}
		return wrap(x), nil
	}
}

// required is optional for a place where the expression cannot be left
// out, as after '='. Its absence is an error here; the offending token is
// consumed so that participle, which backtracks out of any branch that
// failed within its one token of lookahead, commits to this error instead
// of reporting a vaguer one further left.
func required[T grammar.Expr](parse func(*exprParser) (grammar.Expr, error), wrap func(grammar.Expr) T) func(*lexer.PeekingLexer) (T, error) {
	opt := optional(parse, wrap)
	return func(lex *lexer.PeekingLexer) (T, error) {
		x, err := opt(lex)
		if err == participle.NextMatch {
			err = unexpected(lex.Peek(), "expression")
			lex.Next()
		}
		return x, err
	}
}
