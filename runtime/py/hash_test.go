package py

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHashMatchesCPython checks hash() of numbers and tuples of them
// (whose hashes CPython does not randomise) and its TypeError for an
// unhashable value.
func TestHashMatchesCPython(t *testing.T) {
	checkPython(t, "hash", []pyCase{
		{"hash(5)", func() any { return Hash(5) }},
		{"hash(-1)", func() any { return Hash(-1) }},
		{"hash(2**40 + 7)", func() any { return Hash(1<<40 + 7) }},
		{"hash(-(2**62))", func() any { return Hash(-(1 << 62)) }},
		{"hash(1.5)", func() any { return Hash(1.5) }},
		{"hash(-0.0)", func() any { return Hash(-0.0) }},
		{"hash(2.0)", func() any { return Hash(2.0) }},
		{"hash(1e100)", func() any { return Hash(1e100) }},
		{"hash(float('-inf'))", func() any { return Hash(-inf) }},
		{"hash(True)", func() any { return Hash(true) }},
		{"hash(())", func() any { return Hash(Tuple{}) }},
		{"hash((1, 2))", func() any { return Hash(Tuple2[int, int]{1, 2}) }},
		{"hash((1, (2.5, -1), False))", func() any { return Hash(Tuple{1, Tuple{2.5, -1}, false}) }},
		{"hash([1])", func() any { return Hash(NewList(1)) }},
		{"hash((1, [2]))", func() any { return Hash(Tuple{1, NewList(2)}) }},
	})
}

// TestHashOfStr checks that equal strs hash equal and others (almost
// always) differ: CPython's str hashes change from process to process.
func TestHashOfStr(t *testing.T) {
	assert.Equal(t, Hash("abc"), Hash("ab"+"c"))
	assert.NotEqual(t, Hash("abc"), Hash("abd"))
	assert.Equal(t, Hash(Tuple{"k", 1}), Hash(Tuple{"k", 1}))
}
