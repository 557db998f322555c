package codegen

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aiogo-dev/aiogo/grammar"
	aioparser "github.com/aiogo-dev/aiogo/parser"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGenerateNeverPanics feeds malformed trees, which the parser never
// builds, to check that an internal failure becomes an error.
func TestGenerateNeverPanics(t *testing.T) {
	pos := grammar.Pos{Filename: "bad.py", Line: 1, Column: 1}
	mods := []*grammar.Module{
		nil,
		{Body: []grammar.Stmt{nil}},
		{Body: []grammar.Stmt{&grammar.ExprStmt{Pos: pos}}},
		{Body: []grammar.Stmt{&grammar.Assign{Pos: pos, Value: &grammar.IntLit{Pos: pos, Value: "1"}}}},
		{Body: []grammar.Stmt{&grammar.ExprStmt{Pos: pos, X: &grammar.Call{Pos: pos}}}},
		{Body: []grammar.Stmt{&grammar.FuncDef{Pos: pos, Name: "f", Params: []*grammar.Param{nil}}}},
	}
	for _, m := range mods {
		assert.NotPanics(t, func() {
			_, err := Generate(m, Options{Filename: "bad.py", Package: "main"})
			assert.Error(t, err)
		})
	}
}

// FuzzGenerate checks parse→gen on arbitrary input: Generate neither
// panics nor fails internally, and what it emits is valid Go.
func FuzzGenerate(f *testing.F) {
	files, _ := filepath.Glob("testdata/run/*.py")
	for _, file := range files {
		src, err := os.ReadFile(file)
		require.NoError(f, err)
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		mod, err := aioparser.ParseFile("fuzz.py", src)
		if err != nil {
			return
		}
		out, err := Generate(mod, Options{Filename: "fuzz.py", Package: "main", Lines: true})
		if err != nil {
			if strings.Contains(err.Error(), "internal error") {
				t.Fatalf("%v\ninput:\n%s", err, src)
			}
			return
		}
		if _, err := parser.ParseFile(token.NewFileSet(), "out.go", out, parser.AllErrors); err != nil {
			t.Fatalf("invalid Go: %v\n%s", err, out)
		}
	})
}
