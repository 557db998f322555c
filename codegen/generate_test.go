package codegen

import (
	"fmt"
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

// BenchmarkGenerate measures Generate (without parsing) on a module of
// about 3,600 lines, to compare with the gofmt cost of its ~6,000 lines
// of output (DESIGN.md asks for no more than 3x).
func BenchmarkGenerate(b *testing.B) {
	var src strings.Builder
	src.WriteString("import asyncio\n")
	for i := range 300 {
		fmt.Fprintf(&src, `
async def task%d(name, delay):
    total = 0
    for k in range(delay):
        total += k * 2
        if total %% 3 == 0:
            print(f"{name} {total:>5}")
    await asyncio.sleep(0)
    items = [total, delay]
    items.append(len(name))
    return name + str(items[-1])
`, i)
	}
	src.WriteString("async def main():\n")
	for i := range 300 {
		fmt.Fprintf(&src, "    print(await task%d('t%d', %d))\n", i, i, i%7)
	}
	src.WriteString("asyncio.run(main())\n")
	mod, err := aioparser.ParseFile("big.py", []byte(src.String()))
	require.NoError(b, err)
	b.ResetTimer()
	for range b.N {
		if _, err := Generate(mod, Options{Filename: "big.py", Package: "main", Lines: true}); err != nil {
			b.Fatal(err)
		}
	}
}
