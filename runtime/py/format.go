package py

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// PyFormatter is implemented by values with their own __format__.
type PyFormatter interface{ PyFormat(spec string) string }

// Format is format(v, spec): the format-spec mini-language of CPython
// 3.11 (PEP 3101, PEP 378 grouping, PEP 515 underscores, PEP 682 'z') for
// int, float, bool and str; other values accept only an empty spec, as
// object.__format__ does. Errors raise ValueError (or TypeError,
// OverflowError) with CPython's messages.
func Format(v any, spec string) string {
	switch x := v.(type) {
	case string:
		if spec == "" {
			return x
		}
		return formatStr(x, spec)
	case int:
		if spec == "" {
			return strconv.Itoa(x)
		}
		return formatInt(x, spec, "int")
	case float64:
		if spec == "" {
			return string(appendFloatRepr(nil, x))
		}
		return formatFloat(x, spec, "float")
	case bool:
		// bool inherits int.__format__, which uses str() only for an
		// empty spec.
		if spec == "" {
			return Str(x)
		}
		return formatInt(BoolToInt(x), spec, "bool")
	case PyFormatter:
		return x.PyFormat(spec)
	}
	if spec != "" {
		Raise(TypeError.New("unsupported format string passed to " + TypeName(v) + ".__format__"))
	}
	return Str(v)
}

// fmtSpec is a parsed format spec:
// [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
type fmtSpec struct {
	fill     rune
	align    byte // 0 when not given
	sign     byte // 0, '+', '-' or ' '
	noNeg0   bool
	alt      bool
	width    int // -1 when not given
	grouping byte
	prec     int // -1 when not given
	typ      rune
}

func isAlign(c byte) bool { return c == '<' || c == '>' || c == '=' || c == '^' }

// parseSpec mirrors parse_internal_render_format_spec, including the
// validation it does before the type-specific formatter runs.
func parseSpec(spec, typeName string, defType rune, defAlign byte) fmtSpec {
	f := fmtSpec{fill: ' ', width: -1, prec: -1, typ: defType}
	s := spec
	fillSet, alignSet := false, false
	if r, size := utf8.DecodeRuneInString(s); len(s) > size && isAlign(s[size]) {
		f.fill, f.align, fillSet, alignSet = r, s[size], true, true
		s = s[size+1:]
	} else if len(s) > 0 && isAlign(s[0]) {
		f.align, alignSet = s[0], true
		s = s[1:]
	}
	if len(s) > 0 && (s[0] == '+' || s[0] == '-' || s[0] == ' ') {
		f.sign = s[0]
		s = s[1:]
	}
	if len(s) > 0 && s[0] == 'z' {
		f.noNeg0 = true
		s = s[1:]
	}
	if len(s) > 0 && s[0] == '#' {
		f.alt = true
		s = s[1:]
	}
	if !fillSet && len(s) > 0 && s[0] == '0' {
		f.fill = '0'
		if !alignSet && defAlign == '>' {
			f.align = '='
		}
		s = s[1:]
	}
	if n, used := leadingInt(s); used > 0 {
		f.width = n
		s = s[used:]
	}
	if len(s) > 0 && s[0] == ',' {
		f.grouping = ','
		s = s[1:]
	}
	if len(s) > 0 && s[0] == '_' {
		if f.grouping != 0 {
			Raise(ValueError.New("Cannot specify both ',' and '_'."))
		}
		f.grouping = '_'
		s = s[1:]
	}
	if len(s) > 0 && s[0] == ',' && f.grouping == '_' {
		Raise(ValueError.New("Cannot specify both ',' and '_'."))
	}
	if len(s) > 0 && s[0] == '.' {
		n, used := leadingInt(s[1:])
		if used == 0 {
			Raise(ValueError.New("Format specifier missing precision"))
		}
		f.prec = n
		s = s[1+used:]
	}
	if utf8.RuneCountInString(s) > 1 {
		Raise(ValueError.New("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'"))
	}
	if s != "" {
		f.typ, _ = utf8.DecodeRuneInString(s)
	}
	if f.grouping != 0 {
		switch f.typ {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if f.grouping == '_' {
				break
			}
			fallthrough
		default:
			Raise(ValueError.New("Cannot specify '" + string(rune(f.grouping)) + "' with " + quoteCode(f.typ) + "."))
		}
	}
	return f
}

// leadingInt parses the decimal digits at the start of s, returning the
// value and how many bytes it used.
func leadingInt(s string) (int, int) {
	n, i := 0, 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		if n > (math.MaxInt32-9)/10 {
			Raise(ValueError.New("Too many decimal digits in format string"))
		}
		n = n*10 + int(s[i]-'0')
		i++
	}
	return n, i
}

// quoteCode renders a presentation type in error messages as CPython
// does: 'x' when printable ASCII, else '\x..'.
func quoteCode(c rune) string {
	if c > 32 && c < 128 {
		return "'" + string(c) + "'"
	}
	return "'\\x" + strconv.FormatInt(int64(c), 16) + "'"
}

func unknownCode(c rune, typeName string) {
	Raise(ValueError.New("Unknown format code " + quoteCode(c) + " for object of type '" + typeName + "'"))
}

// formatStr mirrors format_string_internal.
func formatStr(s, spec string) string {
	f := parseSpec(spec, "str", 's', '<')
	switch {
	case f.typ != 's':
		unknownCode(f.typ, "str")
	case f.sign == ' ':
		Raise(ValueError.New("Space not allowed in string format specifier"))
	case f.sign != 0:
		Raise(ValueError.New("Sign not allowed in string format specifier"))
	case f.noNeg0:
		Raise(ValueError.New("Negative zero coercion (z) not allowed in string format specifier"))
	case f.alt:
		Raise(ValueError.New("Alternate form (#) not allowed in string format specifier"))
	case f.align == '=':
		Raise(ValueError.New("'=' alignment not allowed in string format specifier"))
	}
	n := utf8.RuneCountInString(s)
	if f.prec >= 0 && n > f.prec {
		s = StrSlice(s, nil, &f.prec, nil)
		n = f.prec
	}
	align := f.align
	if align == 0 {
		align = '<'
	}
	return pad("", "", s, "", n, f.width, f.fill, align)
}

// pad lays out sign, prefix, body and suffix in width with fill, as
// fill_padding and fill_number do; n is the rune count of all parts.
func pad(sign, prefix, body, suffix string, n, width int, fill rune, align byte) string {
	if width <= n {
		return sign + prefix + body + suffix
	}
	p := width - n
	var left, mid, right int
	switch align {
	case '<':
		right = p
	case '^':
		left = p / 2
		right = p - left
	case '=':
		mid = p
	default:
		left = p
	}
	var b strings.Builder
	b.Grow(len(sign) + len(prefix) + len(body) + len(suffix) + p*utf8.RuneLen(fill))
	for range left {
		b.WriteRune(fill)
	}
	b.WriteString(sign)
	b.WriteString(prefix)
	for range mid {
		b.WriteRune(fill)
	}
	b.WriteString(body)
	b.WriteString(suffix)
	for range right {
		b.WriteRune(fill)
	}
	return b.String()
}

// group inserts sep every n digits from the right, extending the number
// with leading zeros up to minWidth characters (zero padding with
// grouping, as _PyUnicode_InsertThousandsGrouping does).
func group(digits string, sep byte, n, minWidth int) string {
	if sep == 0 {
		for len(digits) < minWidth {
			digits = "0" + digits
		}
		return digits
	}
	out := make([]byte, 0, len(digits)+len(digits)/n+1)
	count := 0
	for i := len(digits) - 1; i >= 0 || len(out) < minWidth || len(out) == 0; i-- {
		c := byte('0')
		if i >= 0 {
			c = digits[i]
		}
		if count == n {
			out = append(out, sep)
			count = 0
		}
		out = append(out, c)
		count++
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return string(out)
}

func signOf(neg bool, sign byte) string {
	switch {
	case neg:
		return "-"
	case sign == '+':
		return "+"
	case sign == ' ':
		return " "
	}
	return ""
}

// layoutNumber applies sign, grouping and padding to a number whose digits
// before the decimal point are intPart and whose remaining characters are
// rest, as fill_number does.
func layoutNumber(f *fmtSpec, sign, prefix, intPart, rest string, groupEvery int) string {
	align := f.align
	if align == 0 {
		align = '>'
	}
	sep := f.grouping
	if f.typ == 'n' || groupEvery == 0 {
		sep = 0
	}
	minWidth := 0
	if f.fill == '0' && align == '=' && f.width > 0 {
		minWidth = f.width - len(sign) - len(prefix) - len(rest)
	}
	if sep != 0 || minWidth > 0 {
		if groupEvery == 0 {
			groupEvery = 3
		}
		intPart = group(intPart, sep, groupEvery, minWidth)
	}
	n := len(sign) + len(prefix) + len(intPart) + len(rest)
	return pad(sign, prefix, intPart, rest, n, f.width, f.fill, align)
}

// formatInt mirrors _PyLong_FormatAdvancedWriter and format_long_internal.
func formatInt(x int, spec, typeName string) string {
	f := parseSpec(spec, typeName, 'd', '>')
	switch f.typ {
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		return formatFloatSpec(float64(x), &f)
	default:
		unknownCode(f.typ, typeName)
	}
	if f.prec >= 0 {
		Raise(ValueError.New("Precision not allowed in integer format specifier"))
	}
	if f.noNeg0 {
		Raise(ValueError.New("Negative zero coercion (z) not allowed in integer format specifier"))
	}
	if f.typ == 'c' {
		if f.sign != 0 {
			Raise(ValueError.New("Sign not allowed with integer format specifier 'c'"))
		}
		if f.alt {
			Raise(ValueError.New("Alternate form (#) not allowed with integer format specifier 'c'"))
		}
		if x < 0 || x > 0x10ffff {
			Raise(OverflowError.New("%c arg not in range(0x110000)"))
		}
		align := f.align
		if align == 0 {
			align = '<'
		}
		if align == '=' {
			align = '>'
		}
		return pad("", "", string(rune(x)), "", 1, f.width, f.fill, align)
	}
	neg := x < 0
	u := uint64(x)
	if neg {
		u = -u
	}
	base, prefix, every := 10, "", 3
	switch f.typ {
	case 'b':
		base, prefix, every = 2, "0b", 4
	case 'o':
		base, prefix, every = 8, "0o", 4
	case 'x':
		base, prefix, every = 16, "0x", 4
	case 'X':
		base, prefix, every = 16, "0X", 4
	}
	if !f.alt {
		prefix = ""
	}
	digits := strconv.FormatUint(u, base)
	if f.typ == 'X' {
		digits = strings.ToUpper(digits)
	}
	return layoutNumber(&f, signOf(neg, f.sign), prefix, digits, "", every)
}

// formatFloat mirrors format_float_internal.
func formatFloat(x float64, spec, typeName string) string {
	f := parseSpec(spec, typeName, 0, '>')
	switch f.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		unknownCode(f.typ, typeName)
	}
	return formatFloatSpec(x, &f)
}

func formatFloatSpec(x float64, f *fmtSpec) string {
	neg := math.Signbit(x) && !math.IsNaN(x)
	a := math.Abs(x)
	var body []byte
	suffix := ""
	typ := f.typ
	prec := f.prec
	if typ == '%' {
		suffix = "%"
	}
	switch {
	case math.IsInf(a, 0):
		body = []byte("inf")
	case math.IsNaN(a):
		body = []byte("nan")
	case typ == 0 && prec < 0:
		digits, decpt := shortestDigits(a)
		body = appendDigits(nil, digits, decpt, decpt <= -4 || decpt > 16, true, f.alt, 0)
	case typ == 0 || typ == 'g' || typ == 'G' || typ == 'n':
		if prec < 0 {
			prec = 6
		}
		if prec == 0 {
			prec = 1
		}
		digits, decpt := roundDigits(a, prec)
		limit := prec
		if typ == 0 {
			limit = prec - 1
		}
		min := 0
		if f.alt {
			min = prec
		}
		body = appendDigits(nil, digits, decpt, decpt <= -4 || decpt > limit, typ == 0, f.alt, min)
	case typ == 'e' || typ == 'E':
		if prec < 0 {
			prec = 6
		}
		body = strconv.AppendFloat(nil, a, 'e', prec, 64)
		if f.alt && prec == 0 {
			body = append(body[:1], append([]byte{'.'}, body[1:]...)...)
		}
	default: // 'f', 'F', '%'
		if prec < 0 {
			prec = 6
		}
		if typ == '%' {
			a *= 100
		}
		body = strconv.AppendFloat(nil, a, 'f', prec, 64)
		if f.alt && prec == 0 {
			body = append(body, '.')
		}
	}
	if typ == 'E' || typ == 'F' || typ == 'G' {
		body = []byte(strings.ToUpper(string(body)))
	}
	finite := !math.IsInf(a, 0) && !math.IsNaN(a)
	if neg && f.noNeg0 && finite && isZeroDigits(body) {
		neg = false
	}
	// Split at the end of the integer digits: grouping applies there.
	i := 0
	for i < len(body) && body[i] >= '0' && body[i] <= '9' {
		i++
	}
	every := 3
	if !finite {
		every = 0
	}
	return layoutNumber(f, signOf(neg, f.sign), "", string(body[:i]), string(body[i:])+suffix, every)
}

// isZeroDigits reports whether a formatted mantissa rounded to zero.
func isZeroDigits(b []byte) bool {
	for _, c := range b {
		switch {
		case c >= '1' && c <= '9':
			return false
		case c == 'e' || c == 'E':
			return true
		}
	}
	return true
}
