package codegen

import (
	"bytes"
	"errors"
	"fmt"
	"go/format"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/aiogo-dev/aiogo/parser"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRunPrograms generates Go for every program in testdata/run and
// testdata/snippets.txt, builds
// them all in one temporary module (go.mod replaces the aiogo module by
// this checkout), vets them, runs each with the virtual clock, and
// compares its stdout with what python3 prints for the same program.
func TestRunPrograms(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs programs")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not on PATH: nothing to compare against")
	}
	dir := tempModule(t)
	files := programFiles(t, dir)

	names := make([]string, len(files))
	for i, f := range files {
		names[i] = strings.TrimSuffix(filepath.Base(f), ".py")
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		mod, err := parser.ParseFile(f, src)
		require.NoError(t, err)
		out, err := Generate(mod, Options{Filename: f, Package: "main", Lines: true})
		require.NoError(t, err, f)
		formatted, err := format.Source(out)
		require.NoError(t, err)
		assert.Equal(t, string(formatted), string(out), "%s: output is not gofmt-clean", f)
		pkg := filepath.Join(dir, names[i])
		require.NoError(t, os.MkdirAll(pkg, 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(pkg, "main.go"), out, 0o644))
	}

	goCmd(t, dir, "vet", "./...")
	goCmd(t, dir, "build", "-o", filepath.Join(dir, "bin")+string(filepath.Separator), "./...")

	for i, f := range files {
		t.Run(names[i], func(t *testing.T) {
			want := runProgram(t, exec.Command(python, "-P", f)) // -P: no file here shadows a stdlib module
			cmd := exec.Command(filepath.Join(dir, "bin", names[i]))
			cmd.Env = append(os.Environ(), "AIOGO_VIRTUAL_TIME=1")
			got := runProgram(t, cmd)
			assert.Equal(t, want.stdout, got.stdout, "stdout")
			assert.Equal(t, want.code, got.code, "exit status")
			if want.code != 0 {
				// The traceback's innermost frame and the exception line
				// (CPython's also shows asyncio's own frames above).
				assert.Equal(t, lastFrame(want.stderr), lastFrame(got.stderr), "innermost traceback frame")
				assert.Equal(t, lastLine(want.stderr), lastLine(got.stderr), "exception")
			}
		})
	}
}

// tempModule makes a module in a temporary folder whose go.mod replaces
// the aiogo module by this checkout, so generated code builds against it.
func tempModule(t *testing.T) string {
	dir := t.TempDir()
	_, here, _, _ := runtime.Caller(0)
	root := filepath.Dir(filepath.Dir(here))
	gomod := "module aiogotest\n\ngo 1.26\n\nrequire github.com/aiogo-dev/aiogo v0.0.0\n\n" +
		"replace github.com/aiogo-dev/aiogo => " + root + "\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644))
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644))
	return dir
}

// goCmd runs the go tool in dir and fails the test on error.
func goCmd(t *testing.T, dir string, args ...string) string {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "go %s:\n%s", strings.Join(args, " "), out)
	return string(out)
}

// programFiles lists testdata/run/*.py and writes each program of
// testdata/snippets.txt to dir as snippetN.py, so that both python3 and
// the generator read them from files.
func programFiles(t *testing.T, dir string) []string {
	files, err := filepath.Glob("testdata/run/*.py")
	require.NoError(t, err)
	for i, f := range files {
		// Absolute, as CPython shows the main script in tracebacks.
		files[i], err = filepath.Abs(f)
		require.NoError(t, err)
	}
	data, err := os.ReadFile("testdata/snippets.txt")
	require.NoError(t, err)
	for i, src := range strings.Split(string(data), "\n---\n") {
		f := filepath.Join(dir, fmt.Sprintf("snippet%d.py", i+1))
		require.NoError(t, os.WriteFile(f, []byte(src+"\n"), 0o644))
		files = append(files, f)
	}
	return files
}

type result struct {
	stdout, stderr string
	code           int
}

// runProgram runs cmd and returns its output and exit status.
func runProgram(t *testing.T, cmd *exec.Cmd) result {
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return result{stdout.String(), stderr.String(), exit.ExitCode()}
	}
	require.NoError(t, err, "stderr:\n%s", stderr.String())
	return result{stdout.String(), stderr.String(), 0}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

// lastFrame is the last `File "...", line N, in f` line of a traceback.
func lastFrame(s string) string {
	frame := ""
	for _, line := range strings.Split(s, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "File ") {
			frame = strings.TrimSpace(line)
		}
	}
	return frame
}
