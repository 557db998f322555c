package codegen

import (
	"fmt"
	"go/token"
	"strconv"
	"strings"
	"unicode"
)

// Names in generated Go keep the DSL's spelling. A Python name that Go
// cannot use as is gets one trailing underscore: Go keywords, Go's
// predeclared identifiers, and the names the generated code itself relies
// on (the entry point, the task parameter t, the imported packages). The
// runtime's traceback code strips one trailing underscore from Go function
// names, so `def main` (Go main_) still prints as "in main".

// goPredeclared are Go's predeclared identifiers; shadowing them would
// compile but makes the output confusing and breaks any later use.
var goPredeclared = map[string]bool{
	"any": true, "bool": true, "byte": true, "comparable": true, "complex64": true,
	"complex128": true, "error": true, "float32": true, "float64": true, "int": true,
	"int8": true, "int16": true, "int32": true, "int64": true, "rune": true,
	"string": true, "uint": true, "uint8": true, "uint16": true, "uint32": true,
	"uint64": true, "uintptr": true, "true": true, "false": true, "iota": true,
	"nil": true, "append": true, "cap": true, "clear": true, "close": true,
	"complex": true, "copy": true, "delete": true, "imag": true, "len": true,
	"make": true, "max": true, "min": true, "new": true, "panic": true,
	"print": true, "println": true, "real": true, "recover": true,
}

// generatedNames are identifiers the emitted code uses itself: package
// names it imports, the program entry points and the task parameter.
var generatedNames = map[string]bool{
	"main": true, "Main": true, "init": true, "t": true, "py": true, "aio": true,
	"math": true, "exc": true, "rec": true, "caught": true, "list": true,
	"jump": true, "ret": true, "broke": true,
}

// goName maps a Python identifier to the Go identifier used for it.
func goName(name string) string {
	name = goIdentChars(name)
	if name == "_" || token.IsKeyword(name) || goPredeclared[name] || generatedNames[name] || isTempName(name) {
		return name + "_"
	}
	return name
}

// goIdentChars spells the characters that Python allows in identifiers
// but Go does not (combining marks, letter numbers such as Ⅻ) as _uXXXX.
func goIdentChars(name string) string {
	if token.IsIdentifier(name) || token.IsKeyword(name) {
		return name
	}
	var b strings.Builder
	for i, r := range name {
		if r == '_' || unicode.IsLetter(r) || i > 0 && unicode.IsDigit(r) {
			b.WriteRune(r)
		} else {
			fmt.Fprintf(&b, "_u%04x", r)
		}
	}
	return b.String()
}

// isTempName reports whether name has the form tmpN of the temporaries
// that comparison chains hold their operands in, argN of the arguments
// evaluated ahead of a call (callInOrder), excN of the exceptions
// handled by nested except blocks, brokeN of the flags of nested loops
// with an else block, or elemN and itemsN of the items a loop or an
// assignment unpacks.
func isTempName(name string) bool {
	for _, prefix := range []string{"tmp", "arg", "exc", "broke", "elem", "items"} {
		digits, ok := strings.CutPrefix(name, prefix)
		if ok && digits != "" && strings.Trim(digits, "0123456789") == "" {
			return true
		}
	}
	return false
}

// numberedName is the n-th (from 1) generated variable of a kind:
// prefix, then prefix1, prefix2, ...
func numberedName(prefix string, n int) string {
	if n <= 1 {
		return prefix
	}
	return prefix + strconv.Itoa(n-1)
}

// funcGoName is the Go name of a module-level function. Tracebacks strip
// one trailing underscore from Go function names, so a Python name that
// already ends in one gets another: `def main` is main_, `def main_` is
// main__, and both print under their own name.
func funcGoName(name string, taken map[string]bool) string {
	if strings.HasSuffix(name, "_") {
		name += "_"
	}
	return uniqueGoName(name, taken)
}

// uniqueGoName returns goName(name), with further underscores while it
// collides with a name already taken in the same Go scope (Python `main`
// and `main_` both exist, for example).
func uniqueGoName(name string, taken map[string]bool) string {
	g := goName(name)
	for taken[g] {
		g += "_"
	}
	taken[g] = true
	return g
}
