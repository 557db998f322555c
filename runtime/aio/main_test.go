package aio

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"go.uber.org/goleak"
)

// TestMain fails the package when a test leaves a goroutine behind: every
// loop must stop its coroutines and executor goroutines before Run returns.
func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// printer collects what a Go counterpart of a testdata program prints,
// with print()'s spacing.
type printer struct{ bytes.Buffer }

func (p *printer) print(args ...any) {
	for i, a := range args {
		if i > 0 {
			p.WriteByte(' ')
		}
		fmt.Fprint(p, a)
	}
	p.WriteByte('\n')
}

// pyList formats items as Python prints a list of ints or of reprs.
func pyList[T any](items []T) string {
	parts := make([]string, len(items))
	for i, x := range items {
		parts[i] = fmt.Sprint(x)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// pyBool formats b as Python prints it.
func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

// readOut returns testdata/name.out, recorded by CPython.
func readOut(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name+".out"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// sortedLines sorts, in place, the lines of out that start with prefix:
// where CPython's order follows object addresses, aiogo's follows
// creation order, which the sorted recording shows (for single digits).
func sortedLines(out, prefix string) string {
	lines := strings.SplitAfter(out, "\n")
	var idx []int
	var sel []string
	for i, l := range lines {
		if strings.HasPrefix(l, prefix) {
			idx = append(idx, i)
			sel = append(sel, l)
		}
	}
	sort.Strings(sel)
	for k, i := range idx {
		lines[i] = sel[k]
	}
	return strings.Join(lines, "")
}

// expectOutput compares got with testdata/name.out, recorded by CPython.
func expectOutput(t *testing.T, name, got string) {
	t.Helper()
	if want := readOut(t, name); got != want {
		t.Errorf("%s: output differs from CPython's\n--- got\n%s--- want\n%s", name, got, want)
	}
}

// TestRecordingsMatchCPython re-runs every testdata program under python3
// so that a recorded output cannot drift toward a bug of ours.
func TestRecordingsMatchCPython(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found; recorded outputs not re-checked")
	}
	if out, err := exec.Command(py, "-c", "import sys; print(sys.version_info[:2] == (3, 11))").Output(); err != nil || strings.TrimSpace(string(out)) != "True" {
		t.Skip("python3 is not CPython 3.11; recorded outputs not re-checked")
	}
	progs, _ := filepath.Glob("testdata/*.py")
	for _, prog := range progs {
		t.Run(filepath.Base(prog), func(t *testing.T) {
			t.Parallel()
			got, err := exec.Command(py, "-P", prog).Output() // -P: no file here shadows a stdlib module
			if err != nil {
				t.Fatalf("python3 %s: %v", prog, err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(prog, ".py") + ".out")
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("python3 %s now prints\n%s\nbut the recording says\n%s", prog, got, want)
			}
		})
	}
}
