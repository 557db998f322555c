package py

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf16"
)

// JSONDecodeError is json.JSONDecodeError, a ValueError.
var JSONDecodeError = &ExcClass{Name: "JSONDecodeError", Base: ValueError, Module: "json.decoder"}

// JSONLoads is json.loads(s): objects become dicts of any, arrays lists
// of any. It follows CPython 3.11's scanner (Modules/_json.c) step by
// step, so that a bad document fails with the same message at the same
// position. A lone surrogate escape (\ud800) decodes to U+FFFD, since a
// Go string cannot hold it.
func JSONLoads(s string) any {
	d := jsonDecoder{s: []rune(s)}
	if len(d.s) > 0 && d.s[0] == '\ufeff' {
		d.fail("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0)
	}
	v, end := d.value(d.skip(0))
	if end = d.skip(end); end != len(d.s) {
		d.fail("Extra data", end)
	}
	return v
}

// JSONLoadsAny is json.loads of a value of dynamic type.
func JSONLoadsAny(v any) any {
	s, ok := v.(string)
	if !ok {
		Raise(TypeError.New("the JSON object must be str, bytes or bytearray, not " + TypeName(v)))
	}
	return JSONLoads(s)
}

type jsonDecoder struct{ s []rune }

// fail raises JSONDecodeError for msg at character pos.
func (d *jsonDecoder) fail(msg string, pos int) {
	doc := string(d.s[:pos])
	line := strings.Count(doc, "\n") + 1
	col := pos + 1
	if i := strings.LastIndexByte(doc, '\n'); i >= 0 {
		col = pos - len([]rune(doc[:i]))
	}
	e := JSONDecodeError.New(msg + ": line " + strconv.Itoa(line) + " column " + strconv.Itoa(col) +
		" (char " + strconv.Itoa(pos) + ")")
	e.Fields = map[string]any{"msg": msg, "doc": string(d.s), "pos": pos, "lineno": line, "colno": col}
	Raise(e)
}

// skip returns the first position at or after i that is not JSON
// whitespace.
func (d *jsonDecoder) skip(i int) int {
	for i < len(d.s) && (d.s[i] == ' ' || d.s[i] == '\t' || d.s[i] == '\n' || d.s[i] == '\r') {
		i++
	}
	return i
}

// has reports whether the text at i starts with word.
func (d *jsonDecoder) has(i int, word string) bool {
	w := []rune(word)
	if i+len(w) > len(d.s) {
		return false
	}
	for k, r := range w {
		if d.s[i+k] != r {
			return false
		}
	}
	return true
}

// value scans one value at i (scan_once) and returns it with the
// position after it.
func (d *jsonDecoder) value(i int) (any, int) {
	if i >= len(d.s) {
		d.fail("Expecting value", i)
	}
	switch {
	case d.s[i] == '"':
		return d.str(i + 1)
	case d.s[i] == '{':
		return d.object(i + 1)
	case d.s[i] == '[':
		return d.array(i + 1)
	case d.has(i, "null"):
		return None, i + 4
	case d.has(i, "true"):
		return true, i + 4
	case d.has(i, "false"):
		return false, i + 5
	case d.has(i, "NaN"):
		return math.NaN(), i + 3
	case d.has(i, "Infinity"):
		return math.Inf(1), i + 8
	case d.has(i, "-Infinity"):
		return math.Inf(-1), i + 9
	}
	return d.number(i)
}

func (d *jsonDecoder) isDigit(i int) bool { return i < len(d.s) && d.s[i] >= '0' && d.s[i] <= '9' }

// number scans -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)? at start.
func (d *jsonDecoder) number(start int) (any, int) {
	i := start
	if d.s[i] == '-' {
		i++
	}
	switch {
	case i < len(d.s) && d.s[i] >= '1' && d.s[i] <= '9':
		for i++; d.isDigit(i); i++ {
		}
	case i < len(d.s) && d.s[i] == '0':
		i++
	default:
		d.fail("Expecting value", start)
	}
	isFloat := false
	if i+1 < len(d.s) && d.s[i] == '.' && d.isDigit(i+1) {
		isFloat = true
		for i += 2; d.isDigit(i); i++ {
		}
	}
	if i+1 < len(d.s) && (d.s[i] == 'e' || d.s[i] == 'E') {
		e := i
		i++
		if i+1 < len(d.s) && (d.s[i] == '-' || d.s[i] == '+') {
			i++
		}
		for ; d.isDigit(i); i++ {
		}
		if d.isDigit(i - 1) {
			isFloat = true
		} else {
			i = e // no exponent digits: the number ends before the e
		}
	}
	text := string(d.s[start:i])
	if isFloat {
		f, _ := strconv.ParseFloat(text, 64) // too large a number is inf, as float() makes it
		return f, i
	}
	return IntFromString(text), i
}

// str scans a string whose opening quote is before end (scanstring).
func (d *jsonDecoder) str(end int) (string, int) {
	begin := end - 1
	var b strings.Builder
	for {
		next := end
		for ; next < len(d.s) && d.s[next] != '"' && d.s[next] != '\\'; next++ {
			if d.s[next] <= 0x1f {
				d.fail("Invalid control character at", next)
			}
		}
		if next >= len(d.s) {
			d.fail("Unterminated string starting at", begin)
		}
		b.WriteString(string(d.s[end:next]))
		if d.s[next] == '"' {
			return b.String(), next + 1
		}
		next++
		if next == len(d.s) {
			d.fail("Unterminated string starting at", begin)
		}
		if c := d.s[next]; c != 'u' {
			end = next + 1
			r, ok := map[rune]rune{'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}[c]
			if !ok {
				d.fail("Invalid \\escape", end-2)
			}
			b.WriteRune(r)
			continue
		}
		next++
		end = next + 4
		if end >= len(d.s) {
			d.fail("Invalid \\uXXXX escape", next-1)
		}
		c := d.hex4(next, end)
		next = end
		if utf16.IsSurrogate(c) && c < 0xdc00 && end+6 < len(d.s) && d.s[next] == '\\' && d.s[next+1] == 'u' {
			if c2 := d.hex4(end+2, end+6); c2 >= 0xdc00 && c2 <= 0xdfff {
				c = utf16.DecodeRune(c, c2)
				end += 6
			}
		}
		b.WriteRune(c) // a lone surrogate becomes U+FFFD
	}
}

// hex4 decodes the four hex digits d.s[from:to].
func (d *jsonDecoder) hex4(from, to int) rune {
	var c rune
	for _, digit := range d.s[from:to] {
		v, err := strconv.ParseUint(string(digit), 16, 8)
		if err != nil {
			d.fail("Invalid \\uXXXX escape", to-5)
		}
		c = c<<4 | rune(v)
	}
	return c
}

// object scans an object whose '{' is before i.
func (d *jsonDecoder) object(i int) (any, int) {
	obj := NewDict[any, any]()
	i = d.skip(i)
	if i < len(d.s) && d.s[i] == '}' {
		return obj, i + 1
	}
	for {
		if i >= len(d.s) || d.s[i] != '"' {
			d.fail("Expecting property name enclosed in double quotes", i)
		}
		key, next := d.str(i + 1)
		i = d.skip(next)
		if i >= len(d.s) || d.s[i] != ':' {
			d.fail("Expecting ':' delimiter", i)
		}
		val, next := d.value(d.skip(i + 1))
		obj.Set(key, val)
		i = d.skip(next)
		if i < len(d.s) && d.s[i] == '}' {
			return obj, i + 1
		}
		if i >= len(d.s) || d.s[i] != ',' {
			d.fail("Expecting ',' delimiter", i)
		}
		i = d.skip(i + 1)
	}
}

// array scans an array whose '[' is before i.
func (d *jsonDecoder) array(i int) (any, int) {
	arr := NewList[any]()
	i = d.skip(i)
	if i < len(d.s) && d.s[i] == ']' {
		return arr, i + 1
	}
	for {
		val, next := d.value(i)
		arr.Append(val)
		i = d.skip(next)
		if i < len(d.s) && d.s[i] == ']' {
			return arr, i + 1
		}
		if i >= len(d.s) || d.s[i] != ',' {
			d.fail("Expecting ',' delimiter", i)
		}
		i = d.skip(i + 1)
	}
}
