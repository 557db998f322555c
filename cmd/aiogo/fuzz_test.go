package main

import (
	"errors"
	"go/ast"
	"go/importer"
	goparser "go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"testing"

	"github.com/aiogo-dev/aiogo/codegen"
	"github.com/aiogo-dev/aiogo/grammar"
)

// FuzzTranslate feeds arbitrary bytes through parse → check → emit. The
// compiler may refuse an input, but it must never panic, and Go it emits
// must type-check against the runtime (so `gen` success means it builds).
// Seeds: every example.
//
//	go test ./cmd/aiogo -run XXX -fuzz FuzzTranslate -fuzztime 10m
func FuzzTranslate(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join(repoRoot, "examples", "*.py"))
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	dir, err := os.Getwd()
	if err != nil {
		f.Fatal(err)
	}
	fset := token.NewFileSet()
	// One importer for the whole run: it caches the runtime packages.
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	f.Fuzz(func(t *testing.T, src []byte) {
		code, err := translate("fuzz.py", src, codegen.Options{Package: "main", Lines: true})
		if err != nil {
			var list grammar.ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error without a position: %v", err)
			}
			return
		}
		file, err := goparser.ParseFile(fset, filepath.Join(dir, "fuzz_main.go"), code, 0)
		if err != nil {
			t.Fatalf("emitted Go does not parse: %v\n%s", err, code)
		}
		if _, err := conf.Check("main", fset, []*ast.File{file}, nil); err != nil {
			t.Fatalf("emitted Go does not type-check: %v\n%s", err, code)
		}
	})
}
