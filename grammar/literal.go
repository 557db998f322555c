package grammar

import (
	"fmt"
	"math/big"
	"strings"
	"unicode/utf8"
)

// StringToken describes a string literal token's source text.
type StringToken struct {
	Raw, Bytes, Format bool   // the prefix letters r, b, f
	Body               string // the text between the quotes, undecoded
	BodyOffset         int    // byte offset of Body in the token
}

// SplitString takes a TokString token's value apart.
func SplitString(value string) StringToken {
	i := strings.IndexAny(value, `'"`)
	prefix := strings.ToLower(value[:i])
	q := 1
	if strings.HasPrefix(value[i:], strings.Repeat(value[i:i+1], 3)) && len(value)-i >= 6 {
		q = 3
	}
	return StringToken{
		Raw:        strings.Contains(prefix, "r"),
		Bytes:      strings.Contains(prefix, "b"),
		Format:     strings.Contains(prefix, "f"),
		Body:       value[i+q : len(value)-q],
		BodyOffset: i + q,
	}
}

// EscapeError is a malformed escape sequence at byte Offset of a body.
type EscapeError struct {
	Offset int
	Msg    string
}

func (e *EscapeError) Error() string { return e.Msg }

// Unescape decodes the backslash escapes of a literal body as CPython does
// for a non-raw str (or bytes, when bytes is set). Unknown escapes are kept
// with their backslash.
func Unescape(body string, bytes bool) (string, error) {
	if bytes {
		for i := 0; i < len(body); i++ {
			if body[i] >= utf8.RuneSelf {
				return "", &EscapeError{i, "bytes can only contain ASCII literal characters"}
			}
		}
	}
	if !strings.Contains(body, `\`) {
		return body, nil
	}
	var b strings.Builder
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' || i+1 >= len(body) {
			b.WriteByte(c)
			i++
			continue
		}
		start := i
		i += 2
		switch e := body[i-1]; e {
		case '\n':
		case '\r':
			if i < len(body) && body[i] == '\n' {
				i++
			}
		case '\\', '\'', '"':
			b.WriteByte(e)
		case 'a':
			b.WriteByte('\a')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'v':
			b.WriteByte('\v')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			n := int(e - '0')
			for k := 0; k < 2 && i < len(body) && '0' <= body[i] && body[i] <= '7'; k++ {
				n = n*8 + int(body[i]-'0')
				i++
			}
			writeCode(&b, rune(n), bytes)
		case 'x', 'u', 'U':
			size := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
			if e != 'x' && bytes {
				b.WriteString(body[start:i])
				continue
			}
			if i+size > len(body) || !isHex(body[i:i+size]) {
				return "", &EscapeError{start, fmt.Sprintf("truncated \\%c%s escape", e, strings.Repeat("X", size))}
			}
			var n rune
			for _, h := range body[i : i+size] {
				n = n*16 + rune(hexValue(byte(h)))
			}
			if n > utf8.MaxRune {
				return "", &EscapeError{start, "illegal Unicode character"}
			}
			i += size
			writeCode(&b, n, bytes)
		case 'N':
			if bytes {
				b.WriteString(body[start:i])
				continue
			}
			return "", &EscapeError{start, `\N{...} escapes are not supported by aiogo`}
		default:
			b.WriteString(body[start:i])
		}
	}
	return b.String(), nil
}

// writeCode writes a code point, or for bytes the byte of that value.
func writeCode(b *strings.Builder, r rune, bytes bool) {
	if bytes {
		b.WriteByte(byte(r))
	} else {
		b.WriteRune(r)
	}
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if hexValue(s[i]) < 0 {
			return false
		}
	}
	return true
}

func hexValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c|0x20 && c|0x20 <= 'f':
		return int(c|0x20-'a') + 10
	}
	return -1
}

// IntValue returns the decimal digits of a TokInt token's value, which may
// exceed 64 bits.
func IntValue(raw string) string {
	digits := strings.ReplaceAll(raw, "_", "")
	if len(digits) > 1 && digits[0] == '0' && digits[1] >= '0' && digits[1] <= '9' {
		return "0" // only 00...0 passes the lexer
	}
	n, ok := new(big.Int).SetString(digits, 0)
	if !ok {
		return "0"
	}
	return n.String()
}
