package py

import (
	"fmt"
	"math"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// PyReprer is implemented by values with their own repr (generated
// classes with __repr__, containers, dataclasses).
type PyReprer interface{ PyRepr() string }

// PyStrer is implemented by values whose str differs from their repr
// (generated classes with __str__).
type PyStrer interface{ PyStr() string }

// Str is str(v) as CPython 3.11 computes it.
func Str(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return string(appendStr(nil, v))
}

// Repr is repr(v) as CPython 3.11 computes it.
func Repr(v any) string { return string(appendRepr(nil, v)) }

// Ascii is ascii(v): repr(v) with every non-ASCII character escaped as
// \xhh, \uhhhh or \Uhhhhhhhh, as CPython escapes it.
func Ascii(v any) string {
	r := Repr(v)
	var b []byte
	for i, c := range r {
		switch {
		case c < 0x80:
			if b != nil {
				b = append(b, byte(c))
			}
			continue
		case b == nil:
			b = append(b, r[:i]...)
		}
		switch {
		case c <= 0xff:
			b = fmt.Appendf(b, "\\x%02x", c)
		case c <= 0xffff:
			b = fmt.Appendf(b, "\\u%04x", c)
		default:
			b = fmt.Appendf(b, "\\U%08x", c)
		}
	}
	if b == nil {
		return r
	}
	return string(b)
}

// appendStr appends str(v) to b; the hot path of print.
func appendStr(b []byte, v any) []byte {
	switch x := v.(type) {
	case string:
		return append(b, x...)
	case *Exc:
		if x == nil {
			return append(b, "None"...)
		}
		return append(b, ExcStr(x)...)
	case PyStrer:
		if isNilInstance(v) {
			return append(b, "None"...)
		}
		return append(b, x.PyStr()...)
	}
	return appendRepr(b, v)
}

// appendRepr appends repr(v) to b.
func appendRepr(b []byte, v any) []byte {
	switch x := v.(type) {
	case nil:
		return append(b, "None"...)
	case int:
		return strconv.AppendInt(b, int64(x), 10)
	case int64:
		return strconv.AppendInt(b, x, 10)
	case int32:
		return strconv.AppendInt(b, int64(x), 10)
	case float64:
		return appendFloatRepr(b, x)
	case float32:
		return appendFloatRepr(b, float64(x))
	case bool:
		if x {
			return append(b, "True"...)
		}
		return append(b, "False"...)
	case string:
		return appendStrRepr(b, x)
	case NoneType:
		return append(b, "None"...)
	case *Exc:
		if x == nil {
			return append(b, "None"...)
		}
		return append(b, excRepr(x)...)
	case PyReprer:
		if isNilInstance(v) {
			return append(b, "None"...)
		}
		return append(b, x.PyRepr()...)
	case *Class:
		return append(b, classRepr(x.Name, x.Module)...)
	case *ExcClass:
		return append(b, classRepr(x.Name, x.Module)...)
	case error:
		return append(b, x.Error()...)
	}
	if isNilInstance(v) {
		return append(b, "None"...)
	}
	return fmt.Appendf(b, "<%T object>", v)
}

// appendFloatRepr mirrors float_repr: the shortest digits that round-trip,
// in fixed notation when the decimal exponent is in [-4, 16), else in
// exponent notation; fixed results always carry a fractional part ("1.0").
func appendFloatRepr(b []byte, f float64) []byte {
	switch {
	case math.IsInf(f, 1):
		return append(b, "inf"...)
	case math.IsInf(f, -1):
		return append(b, "-inf"...)
	case math.IsNaN(f):
		return append(b, "nan"...)
	}
	if f < 0 || (f == 0 && math.Signbit(f)) {
		b = append(b, '-')
		f = -f
	}
	digits, decpt := shortestDigits(f)
	return appendDigits(b, digits, decpt, decpt <= -4 || decpt > 16, true, false, 0)
}

// shortestDigits returns the shortest round-tripping decimal digits of a
// non-negative finite f and the position of the decimal point relative to
// them (value = 0.digits × 10^decpt), like _Py_dg_dtoa mode 0.
func shortestDigits(f float64) (string, int) {
	return roundDigits(f, -1)
}

// roundDigits returns f rounded to n significant digits (n < 0: shortest)
// with trailing zeros removed, and its decimal point position.
func roundDigits(f float64, n int) (string, int) {
	if f == 0 {
		return "0", 1
	}
	var buf [32]byte
	prec := n - 1
	if n < 0 {
		prec = -1
	}
	s := strconv.AppendFloat(buf[:0], f, 'e', prec, 64)
	// s is d[.ddd]e±XX
	e := 0
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == 'e' {
			e, _ = strconv.Atoi(string(s[i+1:]))
			s = s[:i]
			break
		}
	}
	digits := make([]byte, 0, len(s))
	for _, c := range s {
		if c != '.' {
			digits = append(digits, c)
		}
	}
	for len(digits) > 1 && digits[len(digits)-1] == '0' {
		digits = digits[:len(digits)-1]
	}
	return string(digits), e + 1
}

// appendDigits lays out digits (value 0.digits × 10^decpt) like
// format_float_short: in exponent form when useExp, else fixed. minDigits
// pads with zeros to that many significant digits (alternate 'g' form);
// dot0 adds ".0" to a fixed result without a fractional part; alt keeps
// the decimal point even when nothing follows it.
func appendDigits(b []byte, digits string, decpt int, useExp, dot0, alt bool, minDigits int) []byte {
	for len(digits) < minDigits {
		digits += "0"
	}
	if useExp {
		b = append(b, digits[0])
		if len(digits) > 1 || alt {
			b = append(b, '.')
			b = append(b, digits[1:]...)
		}
		exp := decpt - 1
		b = append(b, 'e')
		if exp < 0 {
			b = append(b, '-')
			exp = -exp
		} else {
			b = append(b, '+')
		}
		if exp < 10 {
			b = append(b, '0')
		}
		return strconv.AppendInt(b, int64(exp), 10)
	}
	switch {
	case decpt <= 0:
		b = append(b, "0."...)
		for i := 0; i < -decpt; i++ {
			b = append(b, '0')
		}
		b = append(b, digits...)
	case decpt >= len(digits):
		b = append(b, digits...)
		for i := len(digits); i < decpt; i++ {
			b = append(b, '0')
		}
		if dot0 {
			b = append(b, ".0"...)
		} else if alt {
			b = append(b, '.')
		}
	default:
		b = append(b, digits[:decpt]...)
		b = append(b, '.')
		b = append(b, digits[decpt:]...)
	}
	return b
}

// appendStrRepr mirrors unicode_repr: single quotes unless the string
// contains a single quote and no double quote; \t \n \r \\ and the quote
// escaped; other non-printable characters as \xHH, \uHHHH or \UHHHHHHHH.
func appendStrRepr(b []byte, s string) []byte {
	quote := byte('\'')
	if containsByte(s, '\'') && !containsByte(s, '"') {
		quote = '"'
	}
	b = append(b, quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == quote || c == '\\':
				b = append(b, '\\', c)
			case c == '\t':
				b = append(b, '\\', 't')
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c < ' ' || c == 0x7f:
				b = append(b, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
			default:
				b = append(b, c)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isPrintable(r) {
			b = append(b, s[i:i+size]...)
		} else {
			b = appendEscapedRune(b, r)
		}
		i += size
	}
	return append(b, quote)
}

const hexDigits = "0123456789abcdef"

func appendEscapedRune(b []byte, r rune) []byte {
	switch {
	case r < 0x100:
		return append(b, '\\', 'x', hexDigits[r>>4], hexDigits[r&15])
	case r < 0x10000:
		b = append(b, '\\', 'u')
		for sh := 12; sh >= 0; sh -= 4 {
			b = append(b, hexDigits[(r>>sh)&15])
		}
		return b
	}
	b = append(b, '\\', 'U')
	for sh := 28; sh >= 0; sh -= 4 {
		b = append(b, hexDigits[(r>>sh)&15])
	}
	return b
}

// isPrintable mirrors str.isprintable for one character: everything but
// categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the space.
// Go's tables follow a newer Unicode version than CPython 3.11's 14.0, so
// characters assigned since then count as printable here.
func isPrintable(r rune) bool {
	if r == ' ' {
		return true
	}
	return unicode.IsPrint(r)
}

func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

// excRepr mirrors BaseException.__repr__: ValueError('boom'),
// CancelledError(), KeyError('k', 2).
func excRepr(e *Exc) string {
	if r, ok := e.Self.(PyReprer); ok {
		return r.PyRepr()
	}
	b := []byte(e.Class.Name)
	b = append(b, '(')
	for i, a := range e.Args {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = appendRepr(b, a)
	}
	if e.isGroup() && len(e.Args) == 1 {
		b = append(b, ", ["...)
		for i, m := range e.Exceptions {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = append(b, excRepr(m)...)
		}
		b = append(b, ']')
	}
	return string(append(b, ')'))
}
