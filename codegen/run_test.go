package codegen

import (
	"bytes"
	"errors"
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

// TestRunPrograms generates Go for every program in testdata/run, builds
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
	files, err := filepath.Glob("testdata/run/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, files)

	_, here, _, _ := runtime.Caller(0)
	root := filepath.Dir(filepath.Dir(here))
	dir := t.TempDir()
	gomod := "module aiogotest\n\ngo 1.26\n\nrequire github.com/aiogo-dev/aiogo v0.0.0\n\n" +
		"replace github.com/aiogo-dev/aiogo => " + root + "\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644))
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644))

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

	goCmd := func(args ...string) {
		cmd := exec.Command("go", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod")
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "go %s:\n%s", strings.Join(args, " "), out)
	}
	goCmd("vet", "./...")
	goCmd("build", "-o", filepath.Join(dir, "bin")+string(filepath.Separator), "./...")

	for i, f := range files {
		t.Run(names[i], func(t *testing.T) {
			wantOut, wantCode := runProgram(t, exec.Command(python, f))
			cmd := exec.Command(filepath.Join(dir, "bin", names[i]))
			cmd.Env = append(os.Environ(), "AIOGO_VIRTUAL_TIME=1")
			gotOut, gotCode := runProgram(t, cmd)
			assert.Equal(t, wantOut, gotOut, "stdout")
			assert.Equal(t, wantCode, gotCode, "exit status")
		})
	}
}

// runProgram runs cmd and returns its stdout and exit status.
func runProgram(t *testing.T, cmd *exec.Cmd) (string, int) {
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return stdout.String(), exit.ExitCode()
	}
	require.NoError(t, err, "stderr:\n%s", stderr.String())
	return stdout.String(), 0
}
