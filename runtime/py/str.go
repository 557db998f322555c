package py

import (
	"iter"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Python strings index by code point; Go strings hold UTF-8. These
// helpers count code points (ASCII strings take a byte fast path).

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// StrLen is len(s).
func StrLen(s string) int {
	if isASCII(s) {
		return len(s)
	}
	return utf8.RuneCountInString(s)
}

// StrIndex is s[i]; IndexError "string index out of range".
func StrIndex(s string, i int) string {
	if isASCII(s) {
		return s[index(i, len(s), "string index out of range"):][:1]
	}
	i = index(i, utf8.RuneCountInString(s), "string index out of range")
	for _, r := range s {
		if i == 0 {
			return string(r)
		}
		i--
	}
	return ""
}

// StrSlice is s[lo:hi:step]; nil bounds are omitted ones.
func StrSlice(s string, lo, hi, step *int) string {
	if isASCII(s) {
		start, _, st, n := sliceIndices(lo, hi, step, len(s))
		if st == 1 {
			return s[start : start+n]
		}
		b := make([]byte, n)
		for i := range n {
			b[i] = s[start+i*st]
		}
		return string(b)
	}
	rs := []rune(s)
	start, _, st, n := sliceIndices(lo, hi, step, len(rs))
	out := make([]rune, n)
	for i := range n {
		out[i] = rs[start+i*st]
	}
	return string(out)
}

// StrRepeat is s * n.
func StrRepeat(s string, n int) string {
	if n <= 0 || s == "" {
		return ""
	}
	if len(s)*n/n != len(s) {
		Raise(OverflowError.New("repeated string is too long"))
	}
	return strings.Repeat(s, n)
}

// StrChars iterates over the characters of s, as `for c in s`.
func StrChars(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for i, r := range s {
			if !yield(s[i : i+utf8.RuneLen(r)]) {
				return
			}
		}
	}
}

// StrUpper is s.upper() (simple case mapping: 'ß' stays 'ß' where CPython
// gives 'SS').
func StrUpper(s string) string { return strings.ToUpper(s) }

// StrLower is s.lower().
func StrLower(s string) string { return strings.ToLower(s) }

// StrStrip is s.strip(): surrounding whitespace removed.
func StrStrip(s string) string { return strings.TrimFunc(s, isSpace) }

// StrLStrip is s.lstrip().
func StrLStrip(s string) string { return strings.TrimLeftFunc(s, isSpace) }

// StrRStrip is s.rstrip().
func StrRStrip(s string) string { return strings.TrimRightFunc(s, isSpace) }

// StrStripChars is s.strip(chars).
func StrStripChars(s, chars string) string { return strings.Trim(s, chars) }

// StrLStripChars is s.lstrip(chars).
func StrLStripChars(s, chars string) string { return strings.TrimLeft(s, chars) }

// StrRStripChars is s.rstrip(chars).
func StrRStripChars(s, chars string) string { return strings.TrimRight(s, chars) }

// StrSplit is s.split(): runs of whitespace separate, no empty strings.
func StrSplit(s string) *List[string] { return StrSplitN(s, -1) }

// StrSplitN is s.split(None, maxsplit); a negative maxsplit means all.
func StrSplitN(s string, maxsplit int) *List[string] {
	out := []string{}
	for {
		s = strings.TrimLeftFunc(s, isSpace)
		if s == "" {
			break
		}
		if maxsplit == 0 {
			out = append(out, s) // CPython keeps the trailing whitespace
			break
		}
		i := strings.IndexFunc(s, isSpace)
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i])
		s = s[i:]
		maxsplit--
	}
	return &List[string]{Items: out}
}

// StrSplitSep is s.split(sep, maxsplit); a negative maxsplit means all.
func StrSplitSep(s, sep string, maxsplit int) *List[string] {
	if sep == "" {
		Raise(ValueError.New("empty separator"))
	}
	n := -1
	if maxsplit >= 0 {
		n = maxsplit + 1
	}
	return &List[string]{Items: strings.SplitN(s, sep, n)}
}

// StrPartition is s.partition(sep): the text before the first sep, sep
// and the text after it, or s and two empty strs.
func StrPartition(s, sep string) Tuple3[string, string, string] {
	if sep == "" {
		Raise(ValueError.New("empty separator"))
	}
	if before, after, ok := strings.Cut(s, sep); ok {
		return Tuple3[string, string, string]{before, sep, after}
	}
	return Tuple3[string, string, string]{s, "", ""}
}

// StrRPartition is s.rpartition(sep), which splits at the last sep, or
// gives two empty strs and s.
func StrRPartition(s, sep string) Tuple3[string, string, string] {
	if sep == "" {
		Raise(ValueError.New("empty separator"))
	}
	if i := strings.LastIndex(s, sep); i >= 0 {
		return Tuple3[string, string, string]{s[:i], sep, s[i+len(sep):]}
	}
	return Tuple3[string, string, string]{"", "", s}
}

// StrRSplitSep is s.rsplit(sep, maxsplit).
func StrRSplitSep(s, sep string, maxsplit int) *List[string] {
	if sep == "" {
		Raise(ValueError.New("empty separator"))
	}
	if maxsplit < 0 {
		return StrSplitSep(s, sep, -1)
	}
	var out []string
	for ; maxsplit > 0; maxsplit-- {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		out = append(out, s[i+len(sep):])
		s = s[:i]
	}
	out = append(out, s)
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return &List[string]{Items: out}
}

// StrSplitLines is s.splitlines().
func StrSplitLines(s string) *List[string] {
	out := []string{}
	for s != "" {
		i := strings.IndexAny(s, "\n\r\v\f\x1c\x1d\x1e\u0085\u2028\u2029")
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i])
		_, size := utf8.DecodeRuneInString(s[i:])
		if strings.HasPrefix(s[i:], "\r\n") {
			size = 2
		}
		s = s[i+size:]
	}
	return &List[string]{Items: out}
}

// StrJoin is sep.join(items).
func StrJoin(sep string, items *List[string]) string { return strings.Join(items.Items, sep) }

// StrJoinSeq is sep.join(iterable).
func StrJoinSeq(sep string, seq iter.Seq[string]) string {
	var b strings.Builder
	first := true
	for s := range seq {
		if !first {
			b.WriteString(sep)
		}
		first = false
		b.WriteString(s)
	}
	return b.String()
}

// StrJoinAny is sep.join(v) for an iterable of dynamic type or of items
// of mixed types: TypeError for an item that is not a str.
func StrJoinAny(sep string, v any) string {
	var b strings.Builder
	i := 0
	for x := range Iter(v) {
		s, ok := x.(string)
		if !ok {
			Raise(TypeError.New("sequence item " + strconv.Itoa(i) + ": expected str instance, " + TypeName(x) + " found"))
		}
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(s)
		i++
	}
	return b.String()
}

// StrReplace is s.replace(old, new, count); a negative count means all.
func StrReplace(s, old, new string, count int) string { return strings.Replace(s, old, new, count) }

// StrStartsWith is s.startswith(prefix).
func StrStartsWith(s, prefix string) bool { return strings.HasPrefix(s, prefix) }

// StrEndsWith is s.endswith(suffix).
func StrEndsWith(s, suffix string) bool { return strings.HasSuffix(s, suffix) }

// StrIn is `sub in s`, its parameters in Python's order of evaluation.
func StrIn(sub, s string) bool { return strings.Contains(s, sub) }

// runeIndex converts a byte offset in s to a code point index.
func runeIndex(s string, i int) int {
	if i < 0 {
		return -1
	}
	return utf8.RuneCountInString(s[:i])
}

// StrFind is s.find(sub): a code point index, or -1.
func StrFind(s, sub string) int { return runeIndex(s, strings.Index(s, sub)) }

// StrRFind is s.rfind(sub).
func StrRFind(s, sub string) int { return runeIndex(s, strings.LastIndex(s, sub)) }

// StrIndexOf is s.index(sub); ValueError "substring not found".
func StrIndexOf(s, sub string) int {
	i := StrFind(s, sub)
	if i < 0 {
		Raise(ValueError.New("substring not found"))
	}
	return i
}

// StrCount is s.count(sub).
func StrCount(s, sub string) int { return strings.Count(s, sub) }

// StrZfill is s.zfill(width): zeros after a leading sign.
func StrZfill(s string, width int) string {
	n := StrLen(s)
	if n >= width {
		return s
	}
	z := strings.Repeat("0", width-n)
	if s != "" && (s[0] == '+' || s[0] == '-') {
		return s[:1] + z + s[1:]
	}
	return z + s
}

func fillChar(fill []string) rune {
	if len(fill) == 0 {
		return ' '
	}
	if utf8.RuneCountInString(fill[0]) != 1 {
		Raise(TypeError.New("The fill character must be exactly one character long"))
	}
	r, _ := utf8.DecodeRuneInString(fill[0])
	return r
}

// StrCenter is s.center(width[, fill]); the odd extra fill goes left when
// the string length is odd, as CPython's pad computes.
func StrCenter(s string, width int, fill ...string) string {
	n := StrLen(s)
	if width <= n {
		return s
	}
	marg := width - n
	left := marg/2 + (marg & width & 1)
	f := string(fillChar(fill))
	return strings.Repeat(f, left) + s + strings.Repeat(f, marg-left)
}

// StrLJust is s.ljust(width[, fill]).
func StrLJust(s string, width int, fill ...string) string {
	n := StrLen(s)
	if width <= n {
		return s
	}
	return s + strings.Repeat(string(fillChar(fill)), width-n)
}

// StrRJust is s.rjust(width[, fill]).
func StrRJust(s string, width int, fill ...string) string {
	n := StrLen(s)
	if width <= n {
		return s
	}
	return strings.Repeat(string(fillChar(fill)), width-n) + s
}

func strAll(s string, pred func(rune) bool) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !pred(r) {
			return false
		}
	}
	return true
}

// StrIsDigit is s.isdigit() (Unicode decimal digits; CPython also counts
// superscripts and other digits with a numeric type of Digit).
func StrIsDigit(s string) bool { return strAll(s, unicode.IsDigit) }

// StrIsDecimal is s.isdecimal().
func StrIsDecimal(s string) bool { return strAll(s, unicode.IsDigit) }

// StrIsAlpha is s.isalpha().
func StrIsAlpha(s string) bool { return strAll(s, unicode.IsLetter) }

// StrIsAlnum is s.isalnum().
func StrIsAlnum(s string) bool {
	return strAll(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) })
}

// StrIsSpace is s.isspace().
func StrIsSpace(s string) bool { return strAll(s, isSpace) }

func isCased(r rune) bool { return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) }

// StrIsUpper is s.isupper(): at least one cased character, none lower.
func StrIsUpper(s string) bool {
	cased := false
	for _, r := range s {
		if unicode.IsLower(r) || unicode.IsTitle(r) {
			return false
		}
		cased = cased || unicode.IsUpper(r)
	}
	return cased
}

// StrIsLower is s.islower().
func StrIsLower(s string) bool {
	cased := false
	for _, r := range s {
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			return false
		}
		cased = cased || unicode.IsLower(r)
	}
	return cased
}

// StrTitle is s.title(): a cased character after an uncased one starts a
// word ("1st" → "1St", "they're" → "They'Re", as CPython).
func StrTitle(s string) string {
	prev := false
	return strings.Map(func(r rune) rune {
		out := r
		if prev {
			out = unicode.ToLower(r)
		} else {
			out = unicode.ToTitle(r)
		}
		prev = isCased(r)
		return out
	}, s)
}

// StrCapitalize is s.capitalize().
func StrCapitalize(s string) string {
	first := true
	return strings.Map(func(r rune) rune {
		if first {
			first = false
			return unicode.ToTitle(r)
		}
		return unicode.ToLower(r)
	}, s)
}

// StrSwapCase is s.swapcase().
func StrSwapCase(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		return unicode.ToUpper(r)
	}, s)
}

// StrMakeTrans is str.maketrans(x, y, z): each character of x to the
// code point of y's at the same index, each of z to None.
func StrMakeTrans(x, y, z string) *Dict[int, any] {
	xs, ys := []rune(x), []rune(y)
	if len(xs) != len(ys) {
		Raise(ValueError.New("the first two maketrans arguments must have equal length"))
	}
	d := NewDict[int, any]()
	for i, r := range xs {
		d.Set(int(r), int(ys[i]))
	}
	for _, r := range z {
		d.Set(int(r), None)
	}
	return d
}

// StrMakeTransDict is str.maketrans(d): d's keys, characters or code
// points, as code points.
func StrMakeTransDict(v any) *Dict[int, any] {
	m, ok := v.(PyMapping)
	if !ok || isNilInstance(v) {
		Raise(TypeError.New("if you give only one argument to maketrans it must be a dict"))
	}
	d := NewDict[int, any]()
	for k := range m.PyIter() {
		val, _ := m.PyLookup(k)
		switch key := k.(type) {
		case string:
			r := []rune(key)
			if len(r) != 1 {
				Raise(ValueError.New("string keys in translate table must be of length 1"))
			}
			d.Set(int(r[0]), val)
		case int:
			d.Set(key, val)
		case bool:
			d.Set(BoolToInt(key), val)
		default:
			Raise(TypeError.New("keys in translate table must be strings or integers"))
		}
	}
	return d
}

// StrTranslate is s.translate(table): each character whose code point
// table maps to a code point, a str or None (deleted); the others kept.
func StrTranslate(s string, table any) string {
	m, ok := table.(PyMapping)
	if !ok || isNilInstance(table) {
		Unsupported("str.translate() of a table of type " + TypeName(table))
	}
	var b strings.Builder
	for _, r := range s {
		v, found := m.PyLookup(int(r))
		if !found {
			b.WriteRune(r)
			continue
		}
		switch x := v.(type) {
		case string:
			b.WriteString(x)
		case int:
			if x < 0 || x > 0x10ffff {
				Raise(ValueError.New("character mapping must be in range(0x110000)"))
			}
			b.WriteRune(rune(x))
		case bool:
			b.WriteRune(rune(BoolToInt(x)))
		default:
			if !isNone(v) {
				Raise(TypeError.New("character mapping must return integer, None or str"))
			}
		}
	}
	return b.String()
}
