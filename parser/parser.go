package parser

import (
	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/aiogo-dev/aiogo/grammar"
)

// topLevel is the root participle parses: one statement at a time, so
// that ParseFile can skip a broken statement and go on with the next.
//
//	file = { stmt } EOF
type topLevel struct {
	Stmt grammar.Stmt `parser:"@@"`
}

// stmtParser is built once; participle parsers are safe for concurrent use.
var stmtParser = participle.MustBuild[topLevel](
	participle.Lexer(grammar.Lexer),
	// Most lines are expression statements: trying them first is fastest.
	participle.Union[grammar.Stmt](&simpleLine{}, &classDef{}, &funcDef{}, &grammar.If{}, &grammar.While{},
		&forStmt{}, &grammar.Try{}, &grammar.With{}),
	participle.Union[simpleStmt](&exprStmt{}, &returnStmt{}, &grammar.Pass{}, &grammar.Break{}, &grammar.Continue{},
		&grammar.Raise{}, &grammar.Global{}, &grammar.Nonlocal{}, &grammar.Del{}, &grammar.Assert{},
		&grammar.Import{}, &importFrom{}),
	participle.ParseTypeWith(optional((*exprParser).namedExpr, func(x grammar.Expr) grammar.Expr { return x })),
	participle.ParseTypeWith(optional((*exprParser).starExprs, func(x grammar.Expr) starExprs { return x })),
	participle.ParseTypeWith(optional((*exprParser).rhs, func(x grammar.Expr) rhsExprs { return x })),
	participle.ParseTypeWith(required((*exprParser).rhs, func(x grammar.Expr) valueExprs { return x })),
	participle.ParseTypeWith(optional((*exprParser).targets, func(x grammar.Expr) targetList { return x })),
	participle.ParseTypeWith(func(lex *lexer.PeekingLexer) (paramList, error) {
		ps, err := (&exprParser{lex: lex}).params(")", true)
		return params(ps), err
	}),
	participle.ParseTypeWith(func(lex *lexer.PeekingLexer) (argList, error) {
		as, err := (&exprParser{lex: lex}).args(")")
		return args(as), err
	}),
)

// ParseFile parses one source file. The error, if any, is a grammar.ErrorList.
func ParseFile(filename string, src []byte) (*grammar.Module, error) {
	toks, err := grammar.Tokenize(filename, string(src))
	var errs grammar.ErrorList
	if err != nil {
		errs = append(errs, convert(err))
		toks = completeStatements(toks)
	}
	lex, err := lexer.Upgrade(&tokenSlice{toks: toks})
	if err != nil {
		return nil, grammar.ErrorList{convert(err)}
	}
	mod := &grammar.Module{Pos: grammar.Pos{Filename: filename, Line: 1, Column: 1}}
	l := &lowerer{}
	for lex.Peek().Type != grammar.TokEOF {
		start := *lex
		top, err := stmtParser.ParseFromLexer(lex, participle.AllowTrailing(true))
		if err != nil {
			e := refuseMatch(start, convert(err))
			errs = append(errs, e)
			skipStatement(lex, e.Pos.Offset)
			continue
		}
		mod.Body = append(mod.Body, l.stmt(top.Stmt)...)
	}
	errs = append(errs, l.errs...)
	if len(errs) > 0 {
		return nil, errs.Sorted()
	}
	return mod, nil
}

// completeStatements cuts the tokens scanned before a lexer error back to
// the last complete top-level statement and ends them, so that the
// statements before the error are still checked.
func completeStatements(toks []lexer.Token) []lexer.Token {
	end := 0
	for i := range toks {
		if startsTopLevelLine(toks, i) {
			end = i
		}
	}
	pos := lexer.Position{}
	if end < len(toks) {
		pos = toks[end].Pos
	}
	return append(toks[:end:end], lexer.Token{Type: grammar.TokEOF, Pos: pos})
}

// startsTopLevelLine reports whether toks[i] is the first token of a line
// at indentation 0 that can start a statement.
func startsTopLevelLine(toks []lexer.Token, i int) bool {
	t := toks[i]
	if t.Pos.Column != 1 || t.Type == grammar.TokDedent || t.Type == grammar.TokIndent || t.Type == grammar.TokEOF {
		return false
	}
	if i > 0 && toks[i-1].Type != grammar.TokNewline && toks[i-1].Type != grammar.TokDedent {
		return false
	}
	return !isContinuation(&t)
}

// skipStatement moves past an error at byte offset errAt to the next
// top-level statement.
func skipStatement(lex *lexer.PeekingLexer, errAt int) {
	var prev lexer.Token
	for first := true; ; first = false {
		t := lex.Peek()
		if t.EOF() {
			return
		}
		if !first && t.Pos.Offset > errAt && t.Pos.Column == 1 && (prev.Type == grammar.TokNewline || prev.Type == grammar.TokDedent) &&
			t.Type != grammar.TokDedent && t.Type != grammar.TokIndent && !isContinuation(t) {
			return
		}
		prev = *lex.Next()
	}
}

// isContinuation reports whether t continues a compound statement.
func isContinuation(t *lexer.Token) bool {
	if t.Type != grammar.TokKeyword {
		return false
	}
	switch t.Value {
	case "else", "elif", "except", "finally":
		return true
	}
	return false
}

// refuseMatch turns an error on a line that looks like a match statement
// (starts with the soft keyword match, ends with ':') into a refusal: the
// grammar has no match statement, so its error would only confuse.
func refuseMatch(lex lexer.PeekingLexer, e *grammar.Error) *grammar.Error {
	var first *lexer.Token
	lineStart := true
	for t := lex.Next(); !t.EOF(); t = lex.Next() {
		switch t.Type {
		case grammar.TokNewline:
			if first != nil {
				return e
			}
			lineStart = true
			continue
		case grammar.TokIndent, grammar.TokDedent:
			continue
		}
		if lineStart && t.Pos.Line == e.Pos.Line {
			if t.Type != grammar.TokName || t.Value != "match" {
				return e
			}
			first = t
		}
		lineStart = false
		if first != nil && t.Value == ":" && lex.Peek().Type == grammar.TokNewline {
			return &grammar.Error{Pos: first.Pos, Msg: "match statement is not supported by aiogo"}
		}
	}
	return e
}
