package codegen

import (
	"strconv"
	"strings"

	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// strFormat emits "...".format(args) on a literal format string: the
// string is split at compile time into the parts of an f-string whose
// fields are the arguments, and emitted as that f-string. Python
// evaluates the arguments once each, in call order, before formatting;
// the f-string evaluates each field where it stands, which is the same
// when every argument that is not a plain name or literal is used exactly
// once, in call order. Other uses are refused, as are format strings
// Python would reject.
func (e *emitter) strFormat(recv grammar.Expr, call *grammar.Call) *jen.Statement {
	lit, ok := recv.(*grammar.StrLit)
	if !ok {
		e.diag.unsupported(call, "format() of a format string that is not a literal")
		return jen.Nil()
	}
	fs, uses, why := formatFields(lit.Value, call)
	if why == "" {
		why = formatOrder(call, uses)
	}
	if why != "" {
		e.diag.unsupported(call, "format() "+why)
		return jen.Nil()
	}
	return e.fstring(fs).code
}

// formatFields parses format string s against the call's arguments. It
// returns the f-string, the arguments its fields use in order (indexes
// into call.Args), or why it cannot.
func formatFields(s string, call *grammar.Call) (fs *grammar.FString, uses []int, why string) {
	var positional []int
	named := map[string]int{}
	for i, a := range call.Args {
		switch {
		case a.Star || a.DoubleStar:
			return nil, nil, "with '*' arguments"
		case a.Name == "":
			positional = append(positional, i)
		default:
			named[a.Name] = i
		}
	}
	fs = &grammar.FString{Pos: call.Pos}
	var text strings.Builder
	flush := func() {
		if text.Len() > 0 {
			fs.Parts = append(fs.Parts, &grammar.FStringPart{Pos: call.Pos, Lit: text.String()})
			text.Reset()
		}
	}
	auto, manual := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '{' && i+1 < len(s) && s[i+1] == '{', c == '}' && i+1 < len(s) && s[i+1] == '}':
			text.WriteByte(c)
			i++
			continue
		case c == '}':
			return nil, nil, "with a single '}' in the format string"
		case c != '{':
			text.WriteByte(c)
			continue
		}
		end := strings.IndexByte(s[i:], '}')
		if end < 0 {
			return nil, nil, "with a '{' never closed"
		}
		field := s[i+1 : i+end]
		i += end
		name, spec, hasSpec := strings.Cut(field, ":")
		name, conv, hasConv := strings.Cut(name, "!")
		if strings.ContainsAny(spec, "{}") || strings.ContainsAny(name, ".[") {
			return nil, nil, "with nested fields, attributes or indexes in the format string"
		}
		part := &grammar.FStringPart{Pos: call.Pos}
		if hasConv {
			if conv != "r" && conv != "s" {
				return nil, nil, "with conversion '!" + conv + "'"
			}
			part.Conversion = conv[0]
		}
		if hasSpec && spec != "" {
			part.Spec = &grammar.FString{Pos: call.Pos, Parts: []*grammar.FStringPart{{Pos: call.Pos, Lit: spec}}}
		}
		arg := -1
		switch n, err := strconv.Atoi(name); {
		case name == "":
			if manual {
				return nil, nil, "mixing automatic and manual field numbering"
			}
			if auto < len(positional) {
				arg = positional[auto]
			}
			auto++
		case err == nil:
			if auto > 0 {
				return nil, nil, "mixing automatic and manual field numbering"
			}
			manual = true
			if n < len(positional) {
				arg = positional[n]
			}
		default:
			if k, ok := named[name]; ok {
				arg = k
			}
		}
		if arg < 0 {
			return nil, nil, "with a field that names no argument"
		}
		flush()
		part.X = call.Args[arg].Value
		fs.Parts = append(fs.Parts, part)
		uses = append(uses, arg)
	}
	flush()
	return fs, uses, ""
}

// formatOrder checks that formatting evaluates the computed arguments as
// Python would: each once, in call order; it returns why not, or "".
func formatOrder(call *grammar.Call, uses []int) string {
	var want, got []int
	for i, a := range call.Args {
		if !isSimple(a.Value) {
			want = append(want, i)
		}
	}
	for _, u := range uses {
		if !isSimple(call.Args[u].Value) {
			got = append(got, u)
		}
	}
	if len(want) != len(got) {
		return "with a computed argument used other than once"
	}
	for i := range want {
		if want[i] != got[i] {
			return "with computed arguments used out of order"
		}
	}
	return ""
}
