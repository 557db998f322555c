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

// diagnostic is one positioned complaint about the input.
type diagnostic struct {
	pos grammar.Pos
	msg string
}

// diagnostics flattens the error lists of parser and codegen.
func diagnostics(err error) []diagnostic {
	var out []diagnostic
	var perrs grammar.ErrorList
	var cerrs codegen.ErrorList
	switch {
	case errors.As(err, &perrs):
		for _, e := range perrs {
			out = append(out, diagnostic{e.Pos, e.Msg})
		}
	case errors.As(err, &cerrs):
		for _, e := range cerrs {
			out = append(out, diagnostic{e.Pos, e.Msg})
		}
	}
	return out
}

// reportErrors prints err to w as file:line:col: message lines. On a
// terminal each one is followed by its source line and a caret under the
// column, as expr-lang does; pipes and CI logs get the bare lines.
func reportErrors(w io.Writer, err error, src []byte) {
	diags := diagnostics(err)
	if len(diags) == 0 {
		fmt.Fprintln(w, err)
		return
	}
	lines := strings.Split(string(src), "\n")
	snippets := isTerminal(w)
	for _, d := range diags {
		fmt.Fprintf(w, "%s:%d:%d: %s\n", d.pos.Filename, d.pos.Line, d.pos.Column, d.msg)
		if snippets && d.pos.Line >= 1 && d.pos.Line <= len(lines) {
			fmt.Fprintln(w, caretLine(lines[d.pos.Line-1], d.pos.Column))
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
