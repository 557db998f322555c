package codegen_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aiogo-dev/aiogo/codegen"
	"github.com/aiogo-dev/aiogo/codegen/difftest"
	"github.com/aiogo-dev/aiogo/parser"
)

// A program compared with CPython: the file python3 runs and, for the
// examples, the output recorded from it (cmd/aiogo's tests keep those
// recordings equal to python3's).
type program struct {
	name, file string
	recorded   *difftest.Result
}

// TestRunPrograms compiles every program of testdata/run,
// testdata/snippets.txt and ../examples twice, once with state machines
// where they qualify and once with every coroutine stackful, builds
// (without inlining, which takes a third off the build and changes
// nothing they print) and vets them in one module, runs each with the
// virtual clock, and
// compares both with what python3 prints. The two kinds of coroutine
// must behave alike: a difference is a bug in one of them.
func TestRunPrograms(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs programs")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not on PATH: nothing to compare against")
	}
	dir := t.TempDir()
	progs := programs(t, dir)
	var batch []difftest.Program
	for _, p := range progs {
		batch = append(batch,
			difftest.Program{Name: p.name, File: p.file, Opts: codegen.Options{Lines: true}},
			difftest.Program{Name: p.name + "/stackful", File: p.file, Opts: codegen.Options{Lines: true, Stackful: true}})
	}
	b, err := difftest.Build(filepath.Join(dir, "module"), batch, difftest.BuildOptions{Vet: true, NoInline: true})
	require.NoError(t, err)

	for _, p := range progs {
		t.Run(p.name, func(t *testing.T) {
			t.Parallel()
			want := p.python(python)
			for _, name := range []string{p.name, p.name + "/stackful"} {
				require.NoError(t, b.GenErr[name], name)
				require.Empty(t, b.BuildErr[name], name)
				got := b.Run(name, "AIOGO_VIRTUAL_TIME=1")
				assert.Empty(t, difftest.Diff(want, got), name)
				if p.recorded == nil && want.Code != 0 {
					// The traceback's innermost frame and the exception
					// line (CPython's also shows asyncio's own frames).
					assert.Equal(t, difftest.LastFrame(want.Stderr), difftest.LastFrame(got.Stderr), "%s: innermost traceback frame", name)
					assert.Equal(t, difftest.LastLine(want.Stderr), difftest.LastLine(got.Stderr), "%s: exception", name)
				}
			}
		})
	}
}

func (p program) python(python string) difftest.Result {
	if p.recorded != nil {
		return *p.recorded
	}
	return difftest.Python(python, p.file)
}

// programs lists testdata/run/*.py, each program of testdata/snippets.txt
// (written to dir as snippetN.py, so that both python3 and the compiler
// read them from files) and ../examples/*.py with their recordings.
func programs(t *testing.T, dir string) []program {
	var out []program
	files, err := filepath.Glob("testdata/run/*.py")
	require.NoError(t, err)
	for _, f := range files {
		abs, err := filepath.Abs(f) // absolute, as CPython shows the main script in tracebacks
		require.NoError(t, err)
		out = append(out, program{name: strings.TrimSuffix(filepath.Base(f), ".py"), file: abs})
	}
	data, err := os.ReadFile("testdata/snippets.txt")
	require.NoError(t, err)
	for i, src := range strings.Split(string(data), "\n---\n") {
		f := filepath.Join(dir, fmt.Sprintf("snippet%d.py", i+1))
		require.NoError(t, os.WriteFile(f, []byte(src+"\n"), 0o644))
		out = append(out, program{name: fmt.Sprintf("snippet%d", i+1), file: f})
	}
	examples, err := filepath.Glob("../examples/*.py")
	require.NoError(t, err)
	for _, f := range examples {
		base := strings.TrimSuffix(f, ".py")
		stdout, err := os.ReadFile(base + ".out")
		require.NoError(t, err)
		rec := &difftest.Result{Stdout: string(stdout)}
		if data, err := os.ReadFile(base + ".exit"); err == nil {
			rec.Code, err = strconv.Atoi(strings.TrimSpace(string(data)))
			require.NoError(t, err)
		}
		abs, err := filepath.Abs(f)
		require.NoError(t, err)
		out = append(out, program{name: "examples/" + filepath.Base(base), file: abs, recorded: rec})
	}
	return out
}

// goCmd runs the go tool in dir and fails the test on error.
func goCmd(t *testing.T, dir string, args ...string) string {
	out, err := difftest.GoTool(dir, args...)
	require.NoError(t, err, "go %s:\n%s", strings.Join(args, " "), out)
	return out
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
	code, err := codegen.Generate(mod, codegen.Options{Filename: "flow.py", Package: "flows", Lines: true})
	require.NoError(t, err)
	assert.NotContains(t, string(code), "never printed", "the main guard is dropped")
	assert.NotContains(t, string(code), "func Private", "private functions are not exported")

	dir := t.TempDir()
	require.NoError(t, difftest.WriteModule(dir))
	for path, data := range map[string][]byte{"flows/flow.go": code, "driver/main.go": []byte(libraryDriver)} {
		require.NoError(t, os.MkdirAll(filepath.Join(dir, filepath.Dir(path)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, path), data, 0o644))
	}
	goCmd(t, dir, "vet", "./...")
	got := goCmd(t, dir, "run", "./driver")

	cmd := exec.Command(python, "driver.py") // imports flow.py beside it
	cmd.Dir = "testdata/library"
	want := difftest.RunCmd(cmd)
	require.NoError(t, want.Err)
	assert.Equal(t, want.Stdout, got)
}
