package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/aiogo-dev/aiogo/codegen"
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/aiogo-dev/aiogo/parser"
)

// translate runs the whole compiler on one source file: parse, check, emit.
func translate(filename string, src []byte, opts codegen.Options) ([]byte, error) {
	mod, err := parser.ParseFile(filename, src)
	if err != nil {
		return nil, err
	}
	opts.Filename = filename
	return codegen.Generate(mod, opts)
}

// reportErrors prints err to w as file:line:col: message lines. On a
// terminal each one is followed by its source line and a caret under the
// column, as expr-lang does; pipes and CI logs get the bare lines.
func reportErrors(w io.Writer, err error, src []byte) {
	var diags grammar.ErrorList
	if !errors.As(err, &diags) {
		fmt.Fprintln(w, err)
		return
	}
	lines := strings.Split(string(src), "\n")
	snippets := isTerminal(w)
	for _, d := range diags {
		fmt.Fprintln(w, d)
		if snippets && d.Pos.Line >= 1 && d.Pos.Line <= len(lines) {
			fmt.Fprintln(w, caretLine(lines[d.Pos.Line-1], d.Pos.Column))
		}
	}
}

// caretLine renders a source line with a caret under a 1-based column,
// keeping tabs so the caret lines up.
func caretLine(line string, col int) string {
	line = strings.TrimRight(line, "\r")
	var pad strings.Builder
	for i, r := range []rune(line) {
		if i >= col-1 {
			break
		}
		if r == '\t' {
			pad.WriteByte('\t')
		} else {
			pad.WriteByte(' ')
		}
	}
	return "\t" + line + "\n\t" + pad.String() + "^"
}

// isTerminal reports whether w is a character device such as a TTY.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
