package grammar

import (
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// Nesting limits, CPython's: deeper input gets an error instead of a deep
// recursion in the parser.
const (
	MaxBrackets = 200 // open parentheses, brackets and braces
	MaxIndents  = 100 // indentation levels
)

// Lexer is the participle lexer definition for aiogo source. It turns a
// file into tokens the way CPython's tokenizer does: NEWLINE at the end of
// each logical line, INDENT and DEDENT from a stack of indentation widths,
// no newlines inside brackets, blank and comment-only lines dropped, all
// blocks closed at the end.
var Lexer lexer.Definition = definition{}

type definition struct{}

var (
	_ lexer.StringDefinition = definition{}
	_ lexer.BytesDefinition  = definition{}
)

func (definition) Symbols() map[string]lexer.TokenType { return symbols }

func (d definition) Lex(filename string, r io.Reader) (lexer.Lexer, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return d.LexString(filename, string(src))
}

func (d definition) LexBytes(filename string, src []byte) (lexer.Lexer, error) {
	return d.LexString(filename, string(src))
}

func (definition) LexString(filename, src string) (lexer.Lexer, error) {
	toks, err := Tokenize(filename, src)
	return &tokenList{toks: toks, err: err}, nil
}

// tokenList replays tokens already scanned, then the scanner's error if any.
type tokenList struct {
	toks []lexer.Token
	err  error
}

func (l *tokenList) Next() (lexer.Token, error) {
	if len(l.toks) == 0 {
		return lexer.Token{}, l.err
	}
	t := l.toks[0]
	l.toks = l.toks[1:]
	return t, nil
}

// Tokenize scans a whole file. On error it returns the tokens before the
// error and a participle.Error positioned where CPython reports it.
func Tokenize(filename, src string) ([]lexer.Token, error) {
	s := newScanner(filename, src, lexer.Position{Filename: filename, Line: 1, Column: 1})
	err := s.scan()
	return s.toks, err
}

// TokenizeFragment scans the expression of an f-string field, which starts
// at pos in the file: no lines, no indentation, and no EOF token.
func TokenizeFragment(src string, pos lexer.Position) ([]lexer.Token, error) {
	s := newScanner(pos.Filename, src, pos)
	s.fragment = true
	err := s.scan()
	return s.toks, err
}

type scanner struct {
	src      string
	off      int // next byte to read
	fragment bool
	toks     []lexer.Token
	indents  []width // widths of the open blocks; indents[0] is the zero width
	brackets []lexer.Token

	// Position bookkeeping: pos(off) counts runes from a cached point of
	// the current line, so long lines cost linear time, not quadratic.
	base               lexer.Position // where src starts in the file
	line, lineStart    int
	cacheOff, cacheCol int
}

// width is an indentation width measured twice, with tabs to multiples of
// 8 and with tabs as 1: when the two orders disagree, the indentation
// depends on the tab size, which CPython rejects.
type width struct{ col, alt int }

func newScanner(filename, src string, base lexer.Position) *scanner {
	base.Filename = filename
	return &scanner{src: src, base: base, indents: []width{{}}, line: base.Line, cacheCol: base.Column, toks: make([]lexer.Token, 0, len(src)/4+2)}
}

// pos is the position of byte off, which is never before an earlier call's.
func (s *scanner) pos(off int) lexer.Position {
	if s.cacheOff < s.lineStart {
		s.cacheOff, s.cacheCol = s.lineStart, 1
		if s.line == s.base.Line {
			s.cacheCol = s.base.Column
		}
	}
	s.cacheCol += utf8.RuneCountInString(s.src[s.cacheOff:off])
	s.cacheOff = off
	return lexer.Position{Filename: s.base.Filename, Offset: s.base.Offset + off, Line: s.line, Column: s.cacheCol}
}

func (s *scanner) errorf(pos lexer.Position, format string, args ...any) error {
	return participle.Errorf(pos, format, args...)
}

func (s *scanner) emit(kind lexer.TokenType, value string, pos lexer.Position) {
	s.toks = append(s.toks, lexer.Token{Type: kind, Value: value, Pos: pos})
}

// newline consumes a line break ("\n", "\r\n" or "\r") at s.off.
func (s *scanner) newline() {
	if s.src[s.off] == '\r' && s.off+1 < len(s.src) && s.src[s.off+1] == '\n' {
		s.off++
	}
	s.off++
	s.line++
	s.lineStart = s.off
}

func (s *scanner) scan() error {
	if err := s.checkEncoding(); err != nil {
		return err
	}
	if !s.fragment && strings.HasPrefix(s.src, "\ufeff") {
		s.off = len("\ufeff")
		s.lineStart = s.off
	}
	lineStart := !s.fragment
	for {
		if lineStart {
			if err := s.indentation(); err != nil {
				return err
			}
			lineStart = false
		}
		if err := s.skipBlanks(); err != nil {
			return err
		}
		if s.off >= len(s.src) {
			return s.end()
		}
		c := s.src[s.off]
		switch {
		case c == '\n' || c == '\r':
			pos := s.pos(s.off)
			s.newline()
			if len(s.brackets) == 0 && !s.fragment {
				s.emit(TokNewline, "newline", pos)
				lineStart = true
			}
		case isDigit(c) || c == '.' && s.off+1 < len(s.src) && isDigit(s.src[s.off+1]):
			if err := s.number(); err != nil {
				return err
			}
		case c == '"' || c == '\'':
			if err := s.str(s.off); err != nil {
				return err
			}
		default:
			if err := s.wordOrOperator(); err != nil {
				return err
			}
		}
	}
}

// checkEncoding refuses what CPython refuses before tokenizing.
func (s *scanner) checkEncoding() error {
	for i := 0; i < len(s.src); {
		r, size := utf8.DecodeRuneInString(s.src[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return s.errorf(s.posSlow(i), "invalid UTF-8 byte 0x%02x", s.src[i])
		case r == 0:
			return s.errorf(s.posSlow(i), "source code cannot contain null bytes")
		}
		i += size
	}
	return nil
}

// posSlow finds the position of off from scratch, for error reports only.
func (s *scanner) posSlow(off int) lexer.Position {
	line, col := s.base.Line, s.base.Column
	for i, r := range s.src[:off] {
		if r == '\n' {
			line, col = line+1, 1
		} else if r != '\r' || i+1 >= len(s.src) || s.src[i+1] != '\n' {
			col++
		}
	}
	return lexer.Position{Filename: s.base.Filename, Offset: s.base.Offset + off, Line: line, Column: col}
}

// indentation measures a line's leading whitespace and emits INDENT or
// DEDENTs; blank and comment-only lines are consumed whole and emit nothing.
func (s *scanner) indentation() error {
	for {
		var w width
		for ; s.off < len(s.src); s.off++ {
			switch s.src[s.off] {
			case ' ':
				w.col, w.alt = w.col+1, w.alt+1
			case '\t':
				w.col, w.alt = (w.col/8+1)*8, w.alt+1
			case '\f':
				w = width{}
			default:
				goto measured
			}
		}
	measured:
		if s.off < len(s.src) && s.src[s.off] == '#' {
			for s.off < len(s.src) && s.src[s.off] != '\n' && s.src[s.off] != '\r' {
				s.off++
			}
		}
		if s.off >= len(s.src) {
			return nil
		}
		if c := s.src[s.off]; c == '\n' || c == '\r' {
			s.newline()
			continue
		}
		return s.indent(w, s.pos(s.off))
	}
}

func (s *scanner) indent(w width, pos lexer.Position) error {
	const tabError = "inconsistent use of tabs and spaces in indentation"
	cur := s.indents[len(s.indents)-1]
	switch {
	case w.col == cur.col:
		if w.alt != cur.alt {
			return s.errorf(pos, tabError)
		}
	case w.col > cur.col:
		if w.alt <= cur.alt {
			return s.errorf(pos, tabError)
		}
		if len(s.indents) > MaxIndents {
			return s.errorf(pos, "too many levels of indentation")
		}
		s.indents = append(s.indents, w)
		s.emit(TokIndent, "indent", pos)
	default:
		for len(s.indents) > 1 && s.indents[len(s.indents)-1].col > w.col {
			s.indents = s.indents[:len(s.indents)-1]
			s.emit(TokDedent, "dedent", pos)
		}
		cur = s.indents[len(s.indents)-1]
		if cur.col != w.col {
			return s.errorf(pos, "unindent does not match any outer indentation level")
		}
		if cur.alt != w.alt {
			return s.errorf(pos, tabError)
		}
	}
	return nil
}

// skipBlanks skips spaces, a comment and backslash continuations.
func (s *scanner) skipBlanks() error {
	for s.off < len(s.src) {
		switch s.src[s.off] {
		case ' ', '\t', '\f':
			s.off++
		case '#':
			for s.off < len(s.src) && s.src[s.off] != '\n' && s.src[s.off] != '\r' {
				s.off++
			}
		case '\\':
			pos := s.pos(s.off)
			s.off++
			if s.off >= len(s.src) {
				return s.errorf(pos, "unexpected EOF while parsing")
			}
			if c := s.src[s.off]; c != '\n' && c != '\r' {
				return s.errorf(pos, "unexpected character after line continuation character")
			}
			s.newline()
		default:
			return nil
		}
	}
	return nil
}

// end closes the file: an unclosed bracket is an error, the last line gets
// its NEWLINE and every open block its DEDENT.
func (s *scanner) end() error {
	if len(s.brackets) > 0 {
		open := s.brackets[len(s.brackets)-1]
		return s.errorf(open.Pos, "'%s' was never closed", open.Value)
	}
	if s.fragment {
		return nil
	}
	pos := s.pos(s.off)
	if n := len(s.toks); n > 0 && s.toks[n-1].Type != TokNewline && s.toks[n-1].Type != TokDedent {
		s.emit(TokNewline, "newline", pos)
	}
	for range s.indents[1:] {
		s.emit(TokDedent, "dedent", pos)
	}
	s.indents = s.indents[:1]
	s.emit(TokEOF, "", pos)
	return nil
}

func (s *scanner) wordOrOperator() error {
	start := s.off
	pos := s.pos(start)
	r, size := utf8.DecodeRuneInString(s.src[s.off:])
	if isIdentStart(r) {
		s.off += size
		for s.off < len(s.src) {
			r, size := utf8.DecodeRuneInString(s.src[s.off:])
			if !isIdentStart(r) && !unicode.IsDigit(r) && !unicode.In(r, unicode.Mn, unicode.Mc, unicode.Pc) {
				break
			}
			s.off += size
		}
		word := s.src[start:s.off]
		if s.off < len(s.src) && (s.src[s.off] == '"' || s.src[s.off] == '\'') && isStringPrefix(word) {
			return s.str(start)
		}
		if keywords[word] {
			s.emit(TokKeyword, word, pos)
		} else {
			s.emit(TokName, word, pos)
		}
		return nil
	}
	for _, op := range operators {
		if strings.HasPrefix(s.src[s.off:], op) {
			s.off += len(op)
			s.emit(TokOp, op, pos)
			return s.bracket(op, pos)
		}
	}
	if r < utf8.RuneSelf {
		return s.errorf(pos, "invalid syntax")
	}
	return s.errorf(pos, "invalid character '%c' (U+%04X)", r, r)
}

var closers = map[string]string{")": "(", "]": "[", "}": "{"}

// bracket keeps the stack of open brackets that silences newlines.
func (s *scanner) bracket(op string, pos lexer.Position) error {
	switch op {
	case "(", "[", "{":
		if len(s.brackets) >= MaxBrackets {
			return s.errorf(pos, "too many nested parentheses")
		}
		s.brackets = append(s.brackets, s.toks[len(s.toks)-1])
	case ")", "]", "}":
		if len(s.brackets) == 0 {
			return s.errorf(pos, "unmatched '%s'", op)
		}
		open := s.brackets[len(s.brackets)-1]
		if open.Value != closers[op] {
			if open.Pos.Line != pos.Line {
				return s.errorf(pos, "closing parenthesis '%s' does not match opening parenthesis '%s' on line %d", op, open.Value, open.Pos.Line)
			}
			return s.errorf(pos, "closing parenthesis '%s' does not match opening parenthesis '%s'", op, open.Value)
		}
		s.brackets = s.brackets[:len(s.brackets)-1]
	}
	return nil
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isIdentStart(r rune) bool {
	return r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsLetter(r)
}

func isStringPrefix(word string) bool {
	switch strings.ToLower(word) {
	case "r", "u", "b", "br", "rb", "f", "fr", "rf":
		return true
	}
	return false
}

// str scans a string literal whose prefix starts at start and whose quote
// is at s.off.
func (s *scanner) str(start int) error {
	pos := s.pos(start)
	q := s.src[s.off]
	triple := strings.HasPrefix(s.src[s.off:], strings.Repeat(string(q), 3))
	if triple {
		s.off += 3
	} else {
		s.off++
	}
	for {
		if s.off >= len(s.src) {
			return s.unterminated(pos, triple)
		}
		switch c := s.src[s.off]; {
		case c == '\\':
			s.off++
			if s.off < len(s.src) && (s.src[s.off] == '\n' || s.src[s.off] == '\r') {
				s.newline()
			} else if s.off < len(s.src) {
				s.off++
			}
		case c == '\n' || c == '\r':
			if !triple {
				return s.unterminated(pos, triple)
			}
			s.newline()
		case c == q && !triple:
			s.off++
			s.emit(TokString, s.src[start:s.off], pos)
			return nil
		case c == q && strings.HasPrefix(s.src[s.off:], strings.Repeat(string(q), 3)):
			s.off += 3
			s.emit(TokString, s.src[start:s.off], pos)
			return nil
		default:
			s.off++
		}
	}
}

func (s *scanner) unterminated(pos lexer.Position, triple bool) error {
	if triple {
		return s.errorf(pos, "unterminated triple-quoted string literal (detected at line %d)", s.line)
	}
	return s.errorf(pos, "unterminated string literal (detected at line %d)", s.line)
}

// number scans an integer, float or imaginary literal.
func (s *scanner) number() error {
	start := s.off
	pos := s.pos(start)
	kind := TokInt
	if s.src[s.off] == '0' && s.off+1 < len(s.src) && strings.IndexByte("xXoObB", s.src[s.off+1]) >= 0 {
		base := map[byte]string{'x': "hexadecimal", 'o': "octal", 'b': "binary"}[s.src[s.off+1]|0x20]
		s.off += 2
		if s.off < len(s.src) && s.src[s.off] == '_' {
			s.off++
		}
		if !s.digits(func(c byte) bool { return isBaseDigit(c, base) }) {
			return s.errorf(pos, "invalid %s literal", base)
		}
		if s.off < len(s.src) && isIdentByte(s.src[s.off]) {
			return s.errorf(pos, "invalid %s literal", base)
		}
		s.emit(kind, s.src[start:s.off], pos)
		return nil
	}
	intPart := s.digits(isDigit)
	if s.off < len(s.src) && s.src[s.off] == '.' {
		kind = TokFloat
		s.off++
		if !s.digits(isDigit) && !intPart {
			return s.errorf(pos, "invalid decimal literal")
		}
	}
	if s.off < len(s.src) && (s.src[s.off] == 'e' || s.src[s.off] == 'E') {
		kind = TokFloat
		s.off++
		if s.off < len(s.src) && (s.src[s.off] == '+' || s.src[s.off] == '-') {
			s.off++
		}
		if !s.digits(isDigit) {
			return s.errorf(pos, "invalid decimal literal")
		}
	}
	if s.off < len(s.src) && (s.src[s.off] == 'j' || s.src[s.off] == 'J') {
		kind = TokFloat
		s.off++
	}
	if s.off < len(s.src) && (isIdentByte(s.src[s.off]) || s.src[s.off] == '_') {
		return s.errorf(pos, "invalid decimal literal")
	}
	raw := s.src[start:s.off]
	if kind == TokInt && len(raw) > 1 && raw[0] == '0' && strings.Trim(raw, "0_") != "" {
		return s.errorf(pos, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
	}
	s.emit(kind, raw, pos)
	return nil
}

// digits consumes digits with single underscores between them and reports
// whether there was at least one digit; a stray underscore stops early and
// is then caught as an invalid literal by the caller.
func (s *scanner) digits(ok func(byte) bool) bool {
	n := 0
	for s.off < len(s.src) {
		c := s.src[s.off]
		if ok(c) {
			n++
			s.off++
			continue
		}
		if c == '_' && n > 0 && s.off+1 < len(s.src) && ok(s.src[s.off+1]) {
			s.off++
			continue
		}
		break
	}
	return n > 0
}

func isBaseDigit(c byte, base string) bool {
	switch base {
	case "binary":
		return c == '0' || c == '1'
	case "octal":
		return '0' <= c && c <= '7'
	}
	return isDigit(c) || 'a' <= c|0x20 && c|0x20 <= 'f'
}

func isIdentByte(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || isDigit(c) || c >= utf8.RuneSelf
}
