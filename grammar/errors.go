package grammar

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Error is a problem with the source at a position. The parser and the
// compiler both report with it, so every front end prints diagnostics the
// same way: file:line:col: message.
type Error struct {
	Pos Pos
	Msg string
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.Pos.Filename, e.Pos.Line, e.Pos.Column, e.Msg)
}

// ErrorList is every problem found in a file, one per line when printed.
type ErrorList []*Error

func (l ErrorList) Error() string {
	lines := make([]string, len(l))
	for i, e := range l {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Sorted orders the list by position and drops exact repeats, which arise
// when two passes find the same problem.
func (l ErrorList) Sorted() ErrorList {
	slices.SortStableFunc(l, func(a, b *Error) int {
		return cmp.Or(
			cmp.Compare(a.Pos.Filename, b.Pos.Filename),
			cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Column, b.Pos.Column))
	})
	return slices.CompactFunc(l, func(a, b *Error) bool { return *a == *b })
}
