package parser

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/aiogo-dev/aiogo/grammar"
)

// errorf builds the participle error the hand-written parsers return.
func errorf(pos lexer.Position, format string, args ...any) error {
	return participle.Errorf(pos, format, args...)
}

// unexpected is the error for a token that cannot appear where it is.
func unexpected(t *lexer.Token, want string) error {
	if t.Type == grammar.TokIndent {
		return errorf(t.Pos, "unexpected indent")
	}
	if want == "" {
		return errorf(t.Pos, "unexpected %s", describe(t))
	}
	return errorf(t.Pos, "unexpected %s, expected %s", describe(t), want)
}

// describe names a token for a message.
func describe(t *lexer.Token) string {
	switch t.Type {
	case grammar.TokNewline:
		return "newline"
	case grammar.TokEOF:
		return "end of file"
	case grammar.TokIndent:
		return "indent"
	case grammar.TokDedent:
		return "dedent"
	case grammar.TokString:
		return "string literal"
	case grammar.TokInt, grammar.TokFloat:
		return "number " + t.Value
	case grammar.TokName:
		return "name '" + t.Value + "'"
	}
	return "'" + t.Value + "'"
}

var expectedRE = regexp.MustCompile(`\(expected (.*)\)$`)

// convert turns any error met while parsing into an *Error with a
// friendly message; participle's own messages name grammar nodes.
func convert(err error) *grammar.Error {
	switch e := err.(type) {
	case *participle.UnexpectedTokenError:
		return &grammar.Error{Pos: e.Unexpected.Pos, Msg: unexpectedMessage(&e.Unexpected, e.Message())}
	case participle.Error:
		return &grammar.Error{Pos: e.Position(), Msg: e.Message()}
	}
	return &grammar.Error{Msg: err.Error()}
}

// unexpectedMessage rewrites participle's "unexpected token ... (expected
// X ...)", where X is the rest of a grammar sequence, by X's first item.
func unexpectedMessage(t *lexer.Token, msg string) string {
	want := ""
	if m := expectedRE.FindStringSubmatch(msg); m != nil {
		want, _, _ = strings.Cut(strings.TrimLeft(m[1], "("), " ")
	}
	switch {
	case t.Type == grammar.TokIndent:
		return "unexpected indent"
	case want == "<indent>":
		return "expected an indented block"
	case want == `":"`:
		return "expected ':'"
	case want == "Expr" || strings.HasSuffix(want, "Exprs") || want == "targetList":
		return fmt.Sprintf("unexpected %s, expected expression", describe(t))
	case t.Type == grammar.TokNewline || t.Type == grammar.TokEOF || t.Type == grammar.TokDedent:
		return "invalid syntax"
	case len(want) > 2 && want[0] == '"' && strings.Count(want, `"`) == 2:
		return fmt.Sprintf("unexpected %s, expected '%s'", describe(t), strings.Trim(want, `"`))
	}
	return "invalid syntax"
}
