package codegen

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aiogo-dev/aiogo/parser"
)

func TestExportedName(t *testing.T) {
	for in, want := range map[string]string{
		"fetch_all": "FetchAll", "main": "Main", "get2_items": "Get2Items",
		"already_Camel": "AlreadyCamel", "trailing_": "Trailing", "élan": "Élan",
	} {
		assert.Equal(t, want, exportedName(in), in)
	}
}

// libraryDriver calls every exported twin of testdata/library/flow.py the
// way driver.py calls the Python functions, so both must print the same.
const libraryDriver = `package main

import (
	"context"
	"errors"
	"time"

	"aiogotest/flows"
	"github.com/aiogo-dev/aiogo/runtime/py"
)

func main() {
	defer py.Flush()
	ctx := context.Background()
	s, err := flows.Fetch(ctx, "go", 0.01)
	must(err)
	py.Print(s)
	names, err := flows.FetchAll(ctx, py.NewList("a", "b", "c"))
	must(err)
	py.Print(names)
	n, err := flows.Double(21)
	must(err)
	py.Print(n)
	if _, err := flows.Ratio(1, 0); err != nil {
		var e *py.Exc
		if errors.As(err, &e) {
			py.Print("error:", py.Repr(e))
		}
	}
	short, cancel := context.WithTimeout(ctx, 10*time.Millisecond)
	defer cancel()
	if err := flows.WaitForever(short); errors.Is(err, context.DeadlineExceeded) {
		py.Print("cancelled")
	}
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}
`

// TestLibraryPackage generates testdata/library/flow.py as package flows,
// builds a Go program calling its exported API, and compares what it
// prints with python3 running driver.py against the Python module.
func TestLibraryPackage(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs a program")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not on PATH: nothing to compare against")
	}
	src, err := os.ReadFile("testdata/library/flow.py")
	require.NoError(t, err)
	mod, err := parser.ParseFile("flow.py", src)
	require.NoError(t, err)
	code, err := Generate(mod, Options{Filename: "flow.py", Package: "flows", Lines: true})
	require.NoError(t, err)
	assert.NotContains(t, string(code), "never printed", "the main guard is dropped")
	assert.NotContains(t, string(code), "func Private", "private functions are not exported")

	dir := tempModule(t)
	for path, data := range map[string][]byte{"flows/flow.go": code, "driver/main.go": []byte(libraryDriver)} {
		require.NoError(t, os.MkdirAll(filepath.Join(dir, filepath.Dir(path)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, path), data, 0o644))
	}
	goCmd(t, dir, "vet", "./...")
	got := goCmd(t, dir, "run", "./driver")

	cmd := exec.Command(python, "driver.py")
	cmd.Dir = "testdata/library"
	want := runProgram(t, cmd)
	assert.Equal(t, want.stdout, got)
}
