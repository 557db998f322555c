package codegen

import (
	"testing"

	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/aiogo-dev/aiogo/parser"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGuardBits pins the bound under which two arms cannot overflow: the
// largest k with every step of both arms within int64 when each variable
// lies in [-2**k, 2**k], at most 61.
func TestGuardBits(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"x // 2", "3 * x + 1", 61},         // 3 * 2**61 + 1 < 2**63
		{"x + y", "x - y", 61},              // capped
		{"x * x", "0", 31},                  // 2**62
		{"y * y - x", "-x", 31},             // 2**62 + 2**31
		{"x * y * z", "1", 20},              // 2**60; 2**63 would not fit
		{"x * 1000", "x % 7", 53},           // 1000 * 2**53 < 2**63 < 1000 * 2**54
		{"x * x * x * x", "x", 15},          // 2**60
		{"x * 9223372036854775807", "x", 0}, // even 2 * MaxInt64 overflows
	}
	for _, tt := range tests {
		got := guardBits(parseExpr(t, tt.a), parseExpr(t, tt.b))
		assert.Equal(t, tt.want, got, "%s / %s", tt.a, tt.b)
	}
}

func parseExpr(t *testing.T, src string) grammar.Expr {
	t.Helper()
	m, err := parser.ParseFile("arm.py", []byte("v = "+src+"\n"))
	require.NoError(t, err)
	return m.Body[0].(*grammar.Assign).Value
}
