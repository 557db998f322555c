package parser

import (
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/aiogo-dev/aiogo/grammar"
)

// maxSpecDepth is how deeply format specs may hold fields, as in CPython:
// f"{x:{w}}" is fine, a third level is not.
const maxSpecDepth = 2

// strings parses adjacent string literals, joined into one StrLit, BytesLit
// or, when any of them is an f-string, FString.
func (p *exprParser) strings() (grammar.Expr, error) {
	first := p.peek()
	bytes := grammar.SplitString(first.Value).Bytes
	var parts []*grammar.FStringPart
	format := false
	for p.peek().Type == grammar.TokString {
		t := p.next()
		st := grammar.SplitString(t.Value)
		if st.Bytes != bytes {
			return nil, errorf(t.Pos, "cannot mix bytes and nonbytes literals")
		}
		f := &fstring{p: p, tok: t, st: st}
		if st.Format {
			format = true
			ps, _, err := f.parts(st.BodyOffset, st.BodyOffset+len(st.Body), 0)
			if err != nil {
				return nil, err
			}
			parts = appendParts(parts, ps...)
			continue
		}
		lit, err := f.decode(st.Body, st.BodyOffset)
		if err != nil {
			return nil, err
		}
		parts = appendParts(parts, &grammar.FStringPart{Pos: t.Pos, Lit: lit})
	}
	if format {
		return &grammar.FString{Pos: first.Pos, Parts: parts}, nil
	}
	var value strings.Builder
	for _, part := range parts {
		value.WriteString(part.Lit)
	}
	if bytes {
		return &grammar.BytesLit{Pos: first.Pos, Value: value.String()}, nil
	}
	return &grammar.StrLit{Pos: first.Pos, Value: value.String()}, nil
}

// appendParts appends parts, dropping empty text and joining adjacent text.
func appendParts(parts []*grammar.FStringPart, more ...*grammar.FStringPart) []*grammar.FStringPart {
	for _, part := range more {
		if part.X == nil && part.Lit == "" {
			continue
		}
		if n := len(parts); part.X == nil && n > 0 && parts[n-1].X == nil {
			parts[n-1].Lit += part.Lit
			continue
		}
		parts = append(parts, part)
	}
	return parts
}

// fstring splits one literal token; offsets are bytes into tok.Value.
type fstring struct {
	p   *exprParser
	tok *lexer.Token
	st  grammar.StringToken

	// pos's cache: the position of byte off of tok.Value.
	off int
	at  lexer.Position
}

// pos returns the source position of byte off of the token.
func (f *fstring) pos(off int) lexer.Position {
	if f.at.Line == 0 || off < f.off {
		f.off, f.at = 0, f.tok.Pos
	}
	for _, r := range f.tok.Value[f.off:off] {
		if r == '\n' {
			f.at.Line, f.at.Column = f.at.Line+1, 1
		} else {
			f.at.Column++
		}
	}
	f.at.Offset += off - f.off
	f.off = off
	return f.at
}

// decode decodes literal text that starts at byte off.
func (f *fstring) decode(text string, off int) (string, error) {
	if f.st.Raw {
		return text, nil
	}
	s, err := grammar.Unescape(text, f.st.Bytes)
	if e, ok := err.(*grammar.EscapeError); ok {
		return "", errorf(f.pos(off+e.Offset), "%s", e.Msg)
	}
	return s, err
}

// parts splits v[i:end] into text and replacement fields. In a format spec
// (depth > 0) it stops at the '}' that closes the field and returns its
// index.
func (f *fstring) parts(i, end, depth int) ([]*grammar.FStringPart, int, error) {
	v := f.tok.Value
	var parts []*grammar.FStringPart
	var text strings.Builder
	textStart := i
	flush := func() error {
		if text.Len() == 0 {
			return nil
		}
		lit, err := f.decode(text.String(), textStart)
		text.Reset()
		parts = append(parts, &grammar.FStringPart{Pos: f.pos(textStart), Lit: lit})
		return err
	}
	for i < end {
		switch c := v[i]; {
		case (c == '{' || c == '}') && i+1 < end && v[i+1] == c && depth == 0:
			text.WriteByte(c)
			i += 2
		case c == '{':
			if err := flush(); err != nil {
				return nil, 0, err
			}
			field, next, err := f.field(i, end, depth)
			if err != nil {
				return nil, 0, err
			}
			parts = append(parts, field)
			i, textStart = next, next
		case c == '}' && depth > 0:
			return parts, i, flush()
		case c == '}':
			return nil, 0, errorf(f.pos(i), "f-string: single '}' is not allowed")
		case c == '\\' && !f.st.Raw && i+1 < end:
			text.WriteString(v[i : i+2])
			i += 2
		default:
			text.WriteByte(c)
			i++
		}
	}
	if depth > 0 {
		return nil, 0, errorf(f.pos(i), "f-string: expecting '}'")
	}
	return parts, i, flush()
}

// field parses the replacement field whose '{' is at v[open]:
//
//	field = '{' ( yield_expr | star_expressions ) [ '=' ] [ '!' NAME ] [ ':' spec ] '}'
//
// and returns the index after its '}'.
func (f *fstring) field(open, end, depth int) (*grammar.FStringPart, int, error) {
	v := f.tok.Value
	if depth >= maxSpecDepth {
		return nil, 0, errorf(f.pos(open), "f-string: expressions nested too deeply")
	}
	part := &grammar.FStringPart{Pos: f.pos(open)}
	start := open + 1
	i, err := f.exprEnd(start, end)
	if err != nil {
		return nil, 0, err
	}
	if strings.TrimSpace(v[start:i]) == "" {
		return nil, 0, errorf(part.Pos, "f-string: empty expression not allowed")
	}
	if part.X, err = f.expr(v[start:i], start); err != nil {
		return nil, 0, err
	}
	if v[i] == '=' {
		for i++; i < end && strings.IndexByte(" \t\n\r\f", v[i]) >= 0; i++ {
		}
		part.Debug = v[start:i]
	}
	if i < end && v[i] == '!' {
		if i+1 >= end || strings.IndexByte("rsa", v[i+1]) < 0 {
			return nil, 0, errorf(f.pos(i), "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		part.Conversion = v[i+1]
		i += 2
	}
	if i < end && v[i] == ':' {
		spec := &grammar.FString{Pos: f.pos(i + 1)}
		if spec.Parts, i, err = f.parts(i+1, end, depth+1); err != nil {
			return nil, 0, err
		}
		part.Spec = spec
	}
	if i >= end || v[i] != '}' {
		return nil, 0, errorf(part.Pos, "f-string: expecting '}'")
	}
	return part, i + 1, nil
}

// exprEnd finds where a field's expression ends: the first '=', '!', ':'
// or '}' outside brackets and nested strings that is not part of an
// operator such as '==' or '!='.
func (f *fstring) exprEnd(i, end int) (int, error) {
	v := f.tok.Value
	depth := 0
	for i < end {
		c := v[i]
		twoChar := i+1 < end && v[i+1] == '=' && strings.IndexByte("=!<>", c) >= 0
		switch {
		case c == '\\':
			return 0, errorf(f.pos(i), "f-string expression part cannot include a backslash")
		case c == '#':
			return 0, errorf(f.pos(i), "f-string expression part cannot include '#'")
		case c == '\'' || c == '"':
			next := f.skipString(i, end)
			if next < 0 {
				return 0, errorf(f.pos(i), "f-string: unterminated string")
			}
			i = next
			continue
		case twoChar:
			i += 2
			continue
		case c == '(' || c == '[' || c == '{':
			depth++
		case c == ')' || c == ']' || c == '}' && depth > 0:
			depth--
		case depth == 0 && (c == '}' || c == '=' || c == '!' || c == ':'):
			return i, nil
		}
		i++
	}
	return 0, errorf(f.pos(end), "f-string: expecting '}'")
}

// skipString returns the index after the string literal quoted at v[i],
// or -1 when it does not end before end.
func (f *fstring) skipString(i, end int) int {
	v := f.tok.Value
	q := v[i : i+1]
	if strings.HasPrefix(v[i:end], q+q+q) {
		q += q + q
	}
	if k := strings.Index(v[i+len(q):end], q); k >= 0 {
		return i + len(q) + k + len(q)
	}
	return -1
}

// expr parses a field's expression text, which starts at byte off.
func (f *fstring) expr(text string, off int) (grammar.Expr, error) {
	start := f.pos(off)
	toks, err := grammar.TokenizeFragment(text, start)
	if err != nil {
		return nil, err
	}
	endPos := start
	endPos.Offset += len(text)
	if n := len(toks); n > 0 {
		last := toks[n-1]
		endPos = last.Pos
		endPos.Offset += len(last.Value)
		endPos.Column += utf8.RuneCountInString(last.Value)
	}
	toks = append(toks, lexer.Token{Type: grammar.TokEOF, Pos: endPos})
	lex, err := lexer.Upgrade(&tokenSlice{toks: toks})
	if err != nil {
		return nil, err
	}
	sub := &exprParser{lex: lex, depth: f.p.depth}
	if !sub.startsExpr() {
		return nil, unexpected(sub.peek(), "expression")
	}
	x, err := sub.rhs()
	if err != nil {
		return nil, err
	}
	if t := sub.peek(); t.Type != grammar.TokEOF {
		return nil, unexpected(t, "")
	}
	return x, nil
}

// tokenSlice is a lexer.Lexer over tokens already scanned.
type tokenSlice struct{ toks []lexer.Token }

func (l *tokenSlice) Next() (lexer.Token, error) {
	t := l.toks[0]
	if len(l.toks) > 1 {
		l.toks = l.toks[1:]
	}
	return t, nil
}
