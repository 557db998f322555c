package py

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf16"
)

// The json module: dumps with CPython 3.11's exact text (its encoder's
// separators, indentation, ensure_ascii escapes, float repr and key
// coercion) and loads, whose values are dynamic: dicts and lists of any,
// strs, ints, floats, bools and None.

// JSONOptions are the keyword arguments of json.dumps.
type JSONOptions struct {
	Indent      any      // None (nil), an int or a str
	SortKeys    bool     // sort_keys=True
	Separators  []string // (item, key) separators; nil for the default
	KeepUnicode bool     // ensure_ascii=False
}

// JSONDumps is json.dumps(v, **opts).
func JSONDumps(v any, opts JSONOptions) string {
	enc := jsonEncoder{itemSep: ", ", keySep: ": ", ascii: !opts.KeepUnicode, sortKeys: opts.SortKeys,
		active: map[any]bool{}}
	switch ind := opts.Indent.(type) {
	case nil, NoneType:
	case string:
		enc.indent = &ind
	case int, bool:
		n := IndexArg(ind)
		s := strings.Repeat(" ", max(n, 0))
		enc.indent = &s
	default:
		Raise(TypeError.New("can't multiply sequence by non-int of type '" + TypeName(ind) + "'"))
	}
	if enc.indent != nil {
		enc.itemSep = ","
	}
	if opts.Separators != nil {
		enc.itemSep, enc.keySep = opts.Separators[0], opts.Separators[1]
	}
	enc.value(v, 0)
	return enc.b.String()
}

type jsonEncoder struct {
	b               strings.Builder
	indent          *string // nil: everything on one line
	itemSep, keySep string
	ascii, sortKeys bool
	active          map[any]bool // the containers being encoded, for cycles
}

func (enc *jsonEncoder) value(v any, level int) {
	switch x := v.(type) {
	case nil, NoneType:
		enc.b.WriteString("null")
	case bool:
		if x {
			enc.b.WriteString("true")
		} else {
			enc.b.WriteString("false")
		}
	case int:
		enc.b.WriteString(strconv.Itoa(x))
	case float64:
		enc.b.WriteString(jsonFloat(x))
	case string:
		enc.str(x)
	case PyMapping:
		enc.enter(x)
		enc.object(x, level)
		delete(enc.active, x)
	case PySequence:
		if x.PyTypeName() == "deque" {
			Raise(TypeError.New("Object of type deque is not JSON serializable"))
		}
		enc.enter(x)
		enc.array(x, level)
		delete(enc.active, x)
	default:
		Raise(TypeError.New("Object of type " + TypeName(v) + " is not JSON serializable"))
	}
}

// enter marks a container as being encoded; meeting it again inside
// itself is CPython's ValueError. Tuples are values and never recur.
func (enc *jsonEncoder) enter(c any) {
	if isTuple(c) {
		return
	}
	if enc.active[c] {
		Raise(ValueError.New("Circular reference detected"))
	}
	enc.active[c] = true
}

// newline starts a line at the given depth when indenting; it returns
// false on one line.
func (enc *jsonEncoder) newline(level int) bool {
	if enc.indent == nil {
		return false
	}
	enc.b.WriteByte('\n')
	for range level {
		enc.b.WriteString(*enc.indent)
	}
	return true
}

func (enc *jsonEncoder) array(s PySequence, level int) {
	n := s.PyLen()
	if n == 0 {
		enc.b.WriteString("[]")
		return
	}
	enc.b.WriteByte('[')
	enc.newline(level + 1)
	for i := range n {
		if i > 0 {
			enc.b.WriteString(enc.itemSep)
			enc.newline(level + 1)
		}
		enc.value(s.PyItem(i), level+1)
	}
	enc.newline(level)
	enc.b.WriteByte(']')
}

func (enc *jsonEncoder) object(m PyMapping, level int) {
	if m.PyLen() == 0 {
		enc.b.WriteString("{}")
		return
	}
	keys := NewList[any]()
	for k := range m.PyIter() {
		keys.Append(k)
	}
	if enc.sortKeys {
		ListSort(keys, false)
	}
	enc.b.WriteByte('{')
	enc.newline(level + 1)
	for i, k := range keys.Items {
		if i > 0 {
			enc.b.WriteString(enc.itemSep)
			enc.newline(level + 1)
		}
		enc.str(jsonKey(k))
		enc.b.WriteString(enc.keySep)
		v, _ := m.PyLookup(k)
		enc.value(v, level+1)
	}
	enc.newline(level)
	enc.b.WriteByte('}')
}

// jsonKey is the str a dict key becomes.
func jsonKey(k any) string {
	switch x := k.(type) {
	case string:
		return x
	case float64:
		return jsonFloat(x)
	case bool, nil, NoneType:
		var enc jsonEncoder
		enc.value(x, 0)
		return enc.b.String()
	case int:
		return strconv.Itoa(x)
	}
	Raise(TypeError.New("keys must be str, int, float, bool or None, not " + TypeName(k)))
	return ""
}

// jsonFloat is float.__repr__, with JavaScript's names for the
// non-finite values.
func jsonFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	}
	return string(appendFloatRepr(nil, f))
}

// str writes a JSON string: with ensure_ascii, everything outside
// printable ASCII as \uXXXX (a surrogate pair above U+FFFF).
func (enc *jsonEncoder) str(s string) {
	b := &enc.b
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			switch {
			case r < 0x20 || enc.ascii && r > 0x7e && r <= 0xffff:
				jsonEscape(b, r)
			case enc.ascii && r > 0xffff:
				hi, lo := utf16.EncodeRune(r)
				jsonEscape(b, hi)
				jsonEscape(b, lo)
			default:
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
}

func jsonEscape(b *strings.Builder, r rune) {
	const hex = "0123456789abcdef"
	b.WriteString(`\u`)
	for shift := 12; shift >= 0; shift -= 4 {
		b.WriteByte(hex[(r>>shift)&0xf])
	}
}
