package grammar

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCloneIsDeep(t *testing.T) {
	x := &Name{Id: "x", Pos: Pos{Line: 3, Column: 5}}
	def := &FuncDef{Name: "f", Body: []Stmt{&Return{Value: &Binary{X: x, Op: "+", Y: &IntLit{Value: "1"}}}}}
	c := Clone(def)
	require.NotSame(t, def, c)
	assert.Equal(t, def, c, "same fields and positions")
	ret := c.Body[0].(*Return)
	cx := ret.Value.(*Binary).X.(*Name)
	assert.NotSame(t, x, cx, "nodes are new")
	cx.Id = "y"
	assert.Equal(t, "x", x.Id, "the original is untouched")
}
