package grammar

import (
	"unicode"

	"github.com/alecthomas/participle/v2/lexer"
)

// Token kinds produced by Lexer. participle reserves -1 for EOF, so the
// others count down from -2; Indent and Dedent are ordinary kinds here, never
// -1, which participle would take for the end of input.
const (
	TokEOF     lexer.TokenType = lexer.EOF
	TokName    lexer.TokenType = -2 - iota // identifier, soft keywords (match, case, _) included
	TokKeyword                             // a hard keyword such as def or await
	TokInt                                 // integer literal; Value is the source text
	TokFloat                               // float or imaginary literal; Value is the source text
	TokString                              // string, bytes or f-string literal; Value is the source text, prefix and quotes included
	TokOp                                  // operator or delimiter
	TokNewline                             // end of a logical line
	TokIndent                              // deeper indentation at the start of a line
	TokDedent                              // one closed indentation level
)

// kindNames are the names grammar tags and error messages use for each kind.
var kindNames = map[lexer.TokenType]string{
	TokEOF: "EOF", TokName: "Name", TokKeyword: "Keyword", TokInt: "Int", TokFloat: "Float",
	TokString: "String", TokOp: "Op", TokNewline: "Newline", TokIndent: "Indent", TokDedent: "Dedent",
}

// symbols is participle's view of kindNames, built once because participle
// asks for it on every parse.
var symbols = func() map[string]lexer.TokenType {
	m := make(map[string]lexer.TokenType, len(kindNames))
	for k, name := range kindNames {
		m[name] = k
	}
	return m
}()

// KindName returns the name of a token kind ("Name", "Newline", ...).
func KindName(k lexer.TokenType) string { return kindNames[k] }

// keywords are Python 3.11's hard keywords. Soft keywords stay names.
var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true,
	"assert": true, "async": true, "await": true, "break": true, "class": true,
	"continue": true, "def": true, "del": true, "elif": true, "else": true,
	"except": true, "finally": true, "for": true, "from": true, "global": true,
	"if": true, "import": true, "in": true, "is": true, "lambda": true,
	"nonlocal": true, "not": true, "or": true, "pass": true, "raise": true,
	"return": true, "try": true, "while": true, "with": true, "yield": true,
}

// IsIdentifier reports whether s is a Python name that is not a keyword.
func IsIdentifier(s string) bool {
	for i, r := range s {
		if r != '_' && !unicode.IsLetter(r) && (i == 0 || !unicode.IsDigit(r)) {
			return false
		}
	}
	return s != "" && !keywords[s]
}

// operators lists every operator and delimiter, longest first within each
// leading byte so that the scanner can take the first match.
var operators = []string{
	"**=", "//=", ">>=", "<<=", "...",
	"->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=",
	"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
	"+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">",
	"(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=",
}
