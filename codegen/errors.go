package codegen

import (
	"fmt"

	"github.com/aiogo-dev/aiogo/grammar"
)

// diag collects errors for one Generate call; every pass reports into it.
type diag struct {
	filename string
	errs     grammar.ErrorList
}

func (d *diag) errorf(pos grammar.Pos, format string, args ...any) {
	if pos.Filename == "" {
		pos.Filename = d.filename
	}
	d.errs = append(d.errs, &grammar.Error{Pos: pos, Msg: fmt.Sprintf(format, args...)})
}

// unsupported reports a construct that parses but that this version of the
// code generator cannot emit yet: a clear refusal instead of a miscompile.
func (d *diag) unsupported(n grammar.Node, construct string) {
	d.errorf(n.Position(), "%s is not supported yet", construct)
}
