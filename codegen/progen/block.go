package progen

import (
	"fmt"
	"strings"
)

// block is a run of Python source lines, each without the indentation
// of the block it will be nested in.
type block []string

// add appends one line.
func (b *block) add(format string, args ...any) {
	*b = append(*b, fmt.Sprintf(format, args...))
}

// nest appends the lines of inner, indented one level, or pass when
// inner is empty.
func (b *block) nest(inner block) {
	if len(inner) == 0 {
		*b = append(*b, "    pass")
		return
	}
	for _, l := range inner {
		if l != "" { // blank lines stay blank
			l = "    " + l
		}
		*b = append(*b, l)
	}
}

// text renders the lines, one per row.
func (b block) text() string {
	var s strings.Builder
	for _, l := range b {
		s.WriteString(l)
		s.WriteByte('\n')
	}
	return s.String()
}
