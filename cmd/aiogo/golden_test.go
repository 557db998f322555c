package main

import (
	"bytes"
	"flag"
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
)

// The golden files live at the repository root:
//
//	examples/X.py    a DSL program
//	examples/X.out   what python3 prints for it (recorded, never hand-written)
//	examples/X.exit  its exit status, when not 0
//	golden/X/X.go    the Go that `aiogo gen` emits for it, one package main
//	                 per folder so the repository's own build and vet check it
//
// go test ./cmd/aiogo -update   rewrites golden/X/X.go from the compiler;
// go test ./cmd/aiogo -record   rewrites examples/X.out and X.exit from python3.
var (
	update = flag.Bool("update", false, "rewrite golden/*/*.go from the current compiler")
	record = flag.Bool("record", false, "rewrite examples/*.out and *.exit by running python3")
)

const repoRoot = "../.."

// example is one program of examples/ with its recorded behaviour.
type example struct {
	name   string // base name without .py
	src    []byte
	stdout []byte
	exit   int
}

func loadExamples(t *testing.T) []example {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(repoRoot, "examples", "*.py"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	var out []example
	for _, p := range paths {
		ex := example{name: strings.TrimSuffix(filepath.Base(p), ".py")}
		ex.src, err = os.ReadFile(p)
		require.NoError(t, err)
		ex.stdout, _ = os.ReadFile(strings.TrimSuffix(p, ".py") + ".out")
		if data, err := os.ReadFile(strings.TrimSuffix(p, ".py") + ".exit"); err == nil {
			ex.exit, err = strconv.Atoi(strings.TrimSpace(string(data)))
			require.NoError(t, err)
		}
		out = append(out, ex)
	}
	return out
}

func (ex example) pyPath() string { return "examples/" + ex.name + ".py" }
func (ex example) goldenPath() string {
	return filepath.Join(repoRoot, "golden", ex.name, ex.name+".go")
}

// TestGoldenGen pins the Go emitted for every example byte for byte.
func TestGoldenGen(t *testing.T) {
	for _, ex := range loadExamples(t) {
		t.Run(ex.name, func(t *testing.T) {
			code, err := translate(ex.pyPath(), ex.src, codegen.Options{Package: "main", Lines: true})
			require.NoError(t, err)
			again, err := translate(ex.pyPath(), ex.src, codegen.Options{Package: "main", Lines: true})
			require.NoError(t, err)
			require.Equal(t, string(code), string(again), "output must be deterministic")
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(ex.goldenPath()), 0o755))
				require.NoError(t, os.WriteFile(ex.goldenPath(), code, 0o644))
				return
			}
			want, err := os.ReadFile(ex.goldenPath())
			require.NoError(t, err, "missing golden: run go test ./cmd/aiogo -update")
			assert.Equal(t, string(want), string(code), "stale golden: run go test ./cmd/aiogo -update and review the diff")
		})
	}
}

// TestGoldenRun builds and vets every golden and runs it, under the real
// clock and the virtual one, expecting exactly what CPython printed.
func TestGoldenRun(t *testing.T) {
	if *update {
		t.Skip("goldens are being rewritten")
	}
	bin := t.TempDir()
	goCmd(t, "vet", "./golden/...")
	// Without DWARF, as aiogo run builds (nothing debugs them).
	goCmd(t, "build", "-gcflags=./golden/...=-dwarf=false", "-ldflags=-w", "-o", bin+string(filepath.Separator), "./golden/...")
	for _, ex := range loadExamples(t) {
		for _, virtual := range []bool{false, true} {
			name := ex.name + "/real-time"
			if virtual {
				name = ex.name + "/virtual-time"
			}
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				cmd := exec.Command(filepath.Join(bin, ex.name))
				if virtual {
					cmd.Env = append(os.Environ(), "AIOGO_VIRTUAL_TIME=1")
				}
				stdout, status := runCapture(t, cmd)
				assert.Equal(t, string(ex.stdout), stdout)
				assert.Equal(t, ex.exit, status, "exit status")
			})
		}
	}
}

// TestRecordingsMatchCPython re-runs python3 on every example so that a
// recorded output cannot drift toward a bug of ours.
func TestRecordingsMatchCPython(t *testing.T) {
	python := findPython(t)
	for _, ex := range loadExamples(t) {
		t.Run(ex.name, func(t *testing.T) {
			t.Parallel()
			cmd := exec.Command(python, "-P", ex.pyPath()) // -P: no example shadows a stdlib module
			cmd.Dir = repoRoot
			stdout, status := runCapture(t, cmd)
			base := filepath.Join(repoRoot, "examples", ex.name)
			if *record {
				require.NoError(t, os.WriteFile(base+".out", []byte(stdout), 0o644))
				os.Remove(base + ".exit")
				if status != 0 {
					require.NoError(t, os.WriteFile(base+".exit", []byte(strconv.Itoa(status)+"\n"), 0o644))
				}
				return
			}
			assert.Equal(t, string(ex.stdout), stdout, "recording differs from python3: rerun with -record if python3 is right")
			assert.Equal(t, ex.exit, status, "exit status")
		})
	}
}

// findPython returns python3 if it is CPython 3.11, and skips otherwise.
func findPython(t *testing.T) string {
	t.Helper()
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is not on PATH: recordings not re-checked")
	}
	out, err := exec.Command(python, "-c", "import sys; print(sys.version_info[:2] == (3, 11))").Output()
	if err != nil || strings.TrimSpace(string(out)) != "True" {
		t.Skip("python3 is not CPython 3.11: recordings not re-checked")
	}
	return python
}

// goCmd runs the go tool at the repository root and fails on error.
func goCmd(t *testing.T, args ...string) {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = repoRoot
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "go %s:\n%s", strings.Join(args, " "), out)
}

// runCapture runs cmd under difftest's time limit and returns its stdout
// and exit status.
func runCapture(t *testing.T, cmd *exec.Cmd) (string, int) {
	t.Helper()
	r := difftest.RunCmd(cmd)
	require.NoError(t, r.Err, "%s\nstderr:\n%s", cmd.Path, r.Stderr)
	return r.Stdout, r.Code
}

// TestReadmeShowsCurrentOutput keeps the README's sample of generated Go
// (examples/gather.py without //line directives) equal to what gen emits;
// -update rewrites it.
func TestReadmeShowsCurrentOutput(t *testing.T) {
	const example = "examples/gather.py"
	src, err := os.ReadFile(filepath.Join(repoRoot, example))
	require.NoError(t, err)
	code, err := translate(example, src, codegen.Options{Package: "main", Lines: false})
	require.NoError(t, err)
	readmePath := filepath.Join(repoRoot, "README.md")
	readme, err := os.ReadFile(readmePath)
	require.NoError(t, err)
	start := bytes.Index(readme, []byte("```go\n// Code generated by aiogo from "+example))
	require.GreaterOrEqual(t, start, 0, "README.md has no generated sample of %s", example)
	start += len("```go\n")
	end := start + bytes.Index(readme[start:], []byte("```\n"))
	if *update {
		updated := append(append(append([]byte{}, readme[:start]...), code...), readme[end:]...)
		require.NoError(t, os.WriteFile(readmePath, updated, 0o644))
		return
	}
	assert.Equal(t, string(code), string(readme[start:end]), "README.md shows stale Go: run go test ./cmd/aiogo -update")
}
