package codegen

import (
	"testing"

	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/aiogo-dev/aiogo/parser"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPyExprKeepsPrecedence pins that the Python text in state comments
// parses back to the same tree: each input is already in pyExpr's
// spelling, so it must come back unchanged, parentheses included.
func TestPyExprKeepsPrecedence(t *testing.T) {
	for _, src := range []string{
		"range(k * per + 1, (k + 1) * per + 1)",
		"(a + b) * (c - d)",
		"a - (b - c)",
		"a - b - c",
		"-x ** 2",
		"(-x) ** 2",
		"a ** b ** c",
		"(a ** b) ** c",
		"2 ** -1",
		"not a == b",
		"(not a) == b",
		"a and (b or c)",
		"a or b and c",
		"(a < b) < c",
		"a < b < c",
		"(a if c else b).x",
		"a if c else b if d else e",
		"(a if c else b) if d else e",
		"(1).real",
		"x[1:n, ::2]",
		"f(*xs, k=v, **kw)",
		"await q.get()",
		"(a, b)[0]",
		"[y for y in (a, b) if y]",
		"{k: v for k, v in d.items()}",
		"(x,)",
		"a | b ^ c & d << 2",
		"(a | b ^ c) & d",
		"(a | b) & c",
		"\"quote \\\" and \\n\"",
		"gather(...)",
	} {
		mod, err := parser.ParseFile("t.py", []byte("x = "+src+"\n"))
		require.NoError(t, err, src)
		assert.Equal(t, src, pyExpr(mod.Body[0].(*grammar.Assign).Value))
	}
}
