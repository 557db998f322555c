package codegen

import (
	"fmt"
	"sort"
	"strings"

	"github.com/aiogo-dev/aiogo/grammar"
)

// Error is one positioned diagnostic about the input program.
type Error struct {
	Pos grammar.Pos
	Msg string
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.Pos.Filename, e.Pos.Line, e.Pos.Column, e.Msg)
}

// ErrorList is every diagnostic Generate found, sorted by position.
type ErrorList []*Error

func (l ErrorList) Error() string {
	lines := make([]string, len(l))
	for i, e := range l {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// sortAndDedup orders the list by position and drops exact repeats, which
// arise when the same refusal is found by two passes.
func (l ErrorList) sortAndDedup() ErrorList {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i].Pos, l[j].Pos
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	out := l[:0]
	for i, e := range l {
		if i > 0 && e.Pos == l[i-1].Pos && e.Msg == l[i-1].Msg {
			continue
		}
		out = append(out, e)
	}
	return out
}

// diag collects errors for one Generate call; every pass reports into it.
type diag struct {
	filename string
	errs     ErrorList
}

func (d *diag) errorf(pos grammar.Pos, format string, args ...any) {
	if pos.Filename == "" {
		pos.Filename = d.filename
	}
	d.errs = append(d.errs, &Error{Pos: pos, Msg: fmt.Sprintf(format, args...)})
}

// unsupported reports a construct that parses but that this version of the
// code generator cannot emit yet: a clear refusal instead of a miscompile.
func (d *diag) unsupported(n grammar.Node, construct string) {
	d.errorf(n.Position(), "%s is not supported yet", construct)
}
