package py

import (
	"iter"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// BoolToInt is int(b).
func BoolToInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// IntFromString is int(s): surrounding whitespace, one sign, decimal
// digits (any Unicode decimal digits) with single underscores between
// them. A value beyond 64 bits raises OverflowError (aiogo's ints are
// 64-bit).
func IntFromString(s string) int { return IntFromStringBase(s, 10) }

// IntFromStringBase is int(s, base) for base 0 or 2..36; base 0 reads a
// 0b/0o/0x prefix and refuses leading zeros, as CPython does.
func IntFromStringBase(s string, base int) int {
	if base != 0 && (base < 2 || base > 36) {
		Raise(ValueError.New("int() base must be >= 2 and <= 36, or 0"))
	}
	bad := func() {
		Raise(ValueError.New("invalid literal for int() with base " + strconv.Itoa(base) + ": " + Repr(s)))
	}
	t := asciiDigits(strings.TrimFunc(s, isSpace))
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	b := base
	if len(t) >= 2 && t[0] == '0' {
		p := t[1] | 0x20
		if (p == 'x' && (b == 16 || b == 0)) || (p == 'o' && (b == 8 || b == 0)) || (p == 'b' && (b == 2 || b == 0)) {
			b = prefixBase(p)
			t = t[2:]
			t = strings.TrimPrefix(t, "_")
		}
	}
	if b == 0 {
		// "0", "00" and "0_0" are fine, "012" is not.
		b = 10
		if t != "" && t[0] == '0' && strings.Trim(t, "0_") != "" {
			bad()
		}
	}
	if t == "" || t[0] == '_' || t[len(t)-1] == '_' || strings.Contains(t, "__") {
		bad()
	}
	u, err := strconv.ParseUint(strings.ReplaceAll(t, "_", ""), b, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			intOverflow()
		}
		bad()
	}
	if neg {
		if u > 1<<63 {
			intOverflow()
		}
		return int(-u)
	}
	if u > math.MaxInt64 {
		intOverflow()
	}
	return int(u)
}

func prefixBase(p byte) int {
	switch p {
	case 'x':
		return 16
	case 'o':
		return 8
	}
	return 2
}

// asciiDigits maps non-ASCII Unicode decimal digits to '0'..'9', as
// CPython's int() and float() accept them.
func asciiDigits(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.Map(func(r rune) rune {
				if r >= utf8.RuneSelf && unicode.Is(unicode.Nd, r) {
					return '0' + digitValue(r)
				}
				return r
			}, s)
		}
	}
	return s
}

// digitValue finds the value of a Unicode decimal digit: decimal digits
// come in runs of ten starting at zero.
func digitValue(r rune) rune {
	for _, rg := range unicode.Nd.R16 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return (r - rune(rg.Lo)) % 10
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return (r - rune(rg.Lo)) % 10
		}
	}
	return 0
}

// isSpace is str.isspace for one character (Go's unicode.IsSpace plus the
// ASCII separators U+001C..U+001F that Python counts as whitespace).
func isSpace(r rune) bool { return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f) }

// IntFromFloat is int(f): truncation toward zero.
func IntFromFloat(f float64) int {
	switch {
	case math.IsInf(f, 0):
		Raise(OverflowError.New("cannot convert float infinity to integer"))
	case math.IsNaN(f):
		Raise(ValueError.New("cannot convert float NaN to integer"))
	}
	t := math.Trunc(f)
	if t < -(1<<63) || t >= 1<<63 {
		intOverflow()
	}
	return int(t)
}

// FloatFromString is float(s): whitespace, sign, decimal digits with
// single underscores between them, an optional exponent, or
// inf/infinity/nan in any case. Too large a value becomes inf, as in
// CPython.
func FloatFromString(s string) float64 {
	t := asciiDigits(strings.TrimFunc(s, isSpace))
	if !validFloat(t) {
		Raise(ValueError.New("could not convert string to float: " + Repr(s)))
	}
	f, _ := strconv.ParseFloat(strings.ReplaceAll(t, "_", ""), 64)
	return f
}

// validFloat checks Python's float syntax, which Go's ParseFloat does not
// match exactly (it also takes hex floats and different underscores).
func validFloat(t string) bool {
	if t != "" && (t[0] == '+' || t[0] == '-') {
		t = t[1:]
	}
	switch strings.ToLower(t) {
	case "inf", "infinity", "nan":
		return true
	}
	digits := func() int { // digitpart: digit (["_"] digit)*
		n := 0
		for n < len(t) && t[n] >= '0' && t[n] <= '9' {
			n++
			if n+1 < len(t) && t[n] == '_' && t[n+1] >= '0' && t[n+1] <= '9' {
				n++
			}
		}
		d := n
		t = t[n:]
		return d
	}
	intDigits := digits()
	fracDigits := 0
	if t != "" && t[0] == '.' {
		t = t[1:]
		fracDigits = digits()
	}
	if intDigits == 0 && fracDigits == 0 {
		return false
	}
	if t != "" && (t[0] == 'e' || t[0] == 'E') {
		t = t[1:]
		if t != "" && (t[0] == '+' || t[0] == '-') {
			t = t[1:]
		}
		if digits() == 0 {
			return false
		}
	}
	return t == ""
}

// IntToFloat is float(i).
func IntToFloat(i int) float64 { return float64(i) }

// Range is range(start, stop, step) as an iterator.
func Range(start, stop, step int) iter.Seq[int] {
	if step == 0 {
		Raise(ValueError.New("range() arg 3 must not be zero"))
	}
	return func(yield func(int) bool) {
		if step > 0 {
			for i := start; i < stop; i += step {
				if !yield(i) || i > math.MaxInt64-step {
					return
				}
			}
			return
		}
		for i := start; i > stop; i += step {
			if !yield(i) || i < math.MinInt64-step {
				return
			}
		}
	}
}

// RangeLen is len(range(start, stop, step)).
func RangeLen(start, stop, step int) int {
	if step == 0 {
		Raise(ValueError.New("range() arg 3 must not be zero"))
	}
	if step > 0 && start < stop {
		return int((uint64(stop-start)-1)/uint64(step)) + 1
	}
	if step < 0 && start > stop {
		return int((uint64(start-stop)-1)/absInt(step)) + 1
	}
	return 0
}

// TimeSleep is time.sleep(secs): it blocks the calling goroutine, the
// event loop's too when called there, as it blocks CPython's thread.
func TimeSleep(secs float64) {
	if secs < 0 {
		panic(ValueError.New("sleep length must be non-negative"))
	}
	time.Sleep(time.Duration(secs * 1e9))
}

// As converts a value of dynamic type to the static type T that the code
// using it needs, accepting what Python accepts there: an int or bool
// where a float is wanted (float(1) is 1.0), a bool where an int is, and
// a container of another instantiation holding the same items (a
// *List[any] of strs as a *List[string], or the reverse: a copy, see
// Convert), since Python has one list type where Go has many. Anything
// else of another type raises TypeError, with CPython's message for a
// float or int argument of a built-in.
func As[T any](v any) T {
	if x, ok := v.(T); ok {
		return x
	}
	if x, ok := Convert[T](v); ok {
		return x
	}
	var r T
	switch p := any(&r).(type) {
	case *float64:
		if k, i, _ := numeric(v); k == 1 {
			*p = float64(i)
			return r
		}
		Raise(TypeError.New("must be real number, not " + TypeName(v)))
	case *int:
		if b, ok := v.(bool); ok {
			*p = BoolToInt(b)
			return r
		}
		Raise(TypeError.New("'" + TypeName(v) + "' object cannot be interpreted as an integer"))
	}
	Raise(TypeError.New("expected " + TypeName(r) + ", got " + TypeName(v)))
	return r
}

// Val returns v. Generated code reads a variable or field that a later
// call of the same expression may change through Val: Go evaluates calls
// (with their arguments) left to right but may read a plain operand
// after them, where Python evaluates every operand in order.
func Val[T any](v T) T { return v }

// Then is v, after x: a static or class method called through an
// instance x, which Python evaluates and the method does not use.
func Then[T any](x any, v T) T { return v }

// Chr is chr(i): ValueError outside range(0x110000). A surrogate
// (0xd800-0xdfff) cannot be held in a Go string and raises ValueError
// too, where CPython makes a lone surrogate.
func Chr(i int) string {
	if i < 0 || i > 0x10ffff {
		Raise(ValueError.New("chr() arg not in range(0x110000)"))
	}
	if i >= 0xd800 && i <= 0xdfff {
		Raise(ValueError.New("chr() of a surrogate is not supported by aiogo"))
	}
	return string(rune(i))
}

// Ord is ord(s): TypeError unless s is one character.
func Ord(s string) int {
	r, size := utf8.DecodeRuneInString(s)
	if n := StrLen(s); n != 1 || size != len(s) {
		Raise(TypeError.New("ord() expected a character, but string of length " + strconv.Itoa(n) + " found"))
	}
	return int(r)
}

// OrdAny is ord(v) of a value of any type: TypeError unless a str.
func OrdAny(v any) int {
	s, ok := v.(string)
	if !ok {
		Raise(TypeError.New("ord() expected string of length 1, but " + TypeName(v) + " found"))
	}
	return Ord(s)
}

// ChrAny is chr(v) of a value of any type: an int or a bool.
func ChrAny(v any) string {
	switch x := v.(type) {
	case int:
		return Chr(x)
	case bool:
		return Chr(BoolToInt(x))
	}
	Raise(TypeError.New("'" + TypeName(v) + "' object cannot be interpreted as an integer"))
	return ""
}

// Hex is hex(i): "0x1f", "-0x1f".
func Hex(i int) string { return prefixed(i, 16, "0x") }

// Oct is oct(i): "0o17".
func Oct(i int) string { return prefixed(i, 8, "0o") }

// Bin is bin(i): "0b101".
func Bin(i int) string { return prefixed(i, 2, "0b") }

func prefixed(i, base int, prefix string) string {
	sign := ""
	if i < 0 {
		sign = "-"
	}
	return sign + prefix + strconv.FormatUint(absInt(i), base)
}
