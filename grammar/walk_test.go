package grammar

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestInspectVisitsChildrenInFieldOrder walks x + f(y) and stops below Call.
func TestInspectVisitsChildrenInFieldOrder(t *testing.T) {
	call := &Call{Func: &Name{Id: "f"}, Args: []*Arg{{Value: &Name{Id: "y"}}}}
	tree := &ExprStmt{X: &Binary{Op: "+", X: &Name{Id: "x"}, Y: call}}
	var seen []string
	Walk(tree, func(n Node) { seen = append(seen, Dump(n)) })
	assert.Equal(t, []string{
		"(ExprStmt X=(Binary Op=+ X=x Y=(Call Func=f Args=[(Arg Value=y)])))",
		"(Binary Op=+ X=x Y=(Call Func=f Args=[(Arg Value=y)]))",
		"x", "(Call Func=f Args=[(Arg Value=y)])", "f", "(Arg Value=y)", "y",
	}, seen)

	count := 0
	Inspect(tree, func(n Node) bool { count++; _, isCall := n.(*Call); return !isCall })
	assert.Equal(t, 4, count, "ExprStmt, Binary, x, Call")
}
