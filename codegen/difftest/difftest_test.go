package difftest

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aiogo-dev/aiogo/codegen"
)

// TestBatchRunsEachProgramAndRecordsRefusals builds a batch holding a
// program that runs, one that raises at module level and one the
// compiler refuses, and checks what each run and the records show.
func TestBatchRunsEachProgramAndRecordsRefusals(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a binary")
	}
	dir := t.TempDir()
	write := func(name, src string) string {
		f := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(f, []byte(src), 0o644))
		return f
	}
	progs := []Program{
		{Name: "hello", File: write("hello.py", "print('hello', 1 + 2)\n")},
		{Name: "raises", File: write("raises.py", "print('before')\nraise ValueError('boom')\n"), Opts: codegen.Options{Lines: true}},
		{Name: "refused", File: write("refused.py", "x = (\n")},
	}
	b, err := Build(filepath.Join(dir, "module"), progs, BuildOptions{NoInline: true})
	require.NoError(t, err)

	assert.True(t, b.Built("hello"))
	assert.False(t, b.Built("refused"))
	assert.Error(t, b.GenErr["refused"])

	hello := b.Run("hello")
	assert.Equal(t, Result{Stdout: "hello 3\n"}, hello)
	raises := b.Run("raises")
	assert.Equal(t, "before\n", raises.Stdout)
	assert.Equal(t, 1, raises.Code)
	assert.Equal(t, `File "`+progs[1].File+`", line 2, in <module>`, LastFrame(raises.Stderr))
	assert.Equal(t, "ValueError: boom", LastLine(raises.Stderr))

	assert.Empty(t, Diff(hello, hello))
	assert.Contains(t, Diff(hello, raises), "stdout differs")
	assert.Contains(t, Diff(hello, raises), "exit status: python3 0, aiogo 1")

	if python, err := exec.LookPath("python3"); err == nil {
		assert.Empty(t, Diff(Python(python, progs[0].File), hello))
		assert.Empty(t, Diff(Python(python, progs[1].File), raises))
	}
}

// TestBatchDropsPackagesThatFailBuildOrVet hands the batch packages with
// a type error and a vet finding and checks that each is dropped with
// go's message while the good one stays.
func TestBatchDropsPackagesThatFailBuildOrVet(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go tool")
	}
	dir := t.TempDir()
	require.NoError(t, WriteModule(dir))
	b := &Batch{dir: dir, gcflags: "-gcflags=", pkgs: map[string]string{"good": "p0", "typo": "p1", "unreachable": "p2"}, BuildErr: map[string]string{}}
	for pkg, body := range map[string]string{
		"p0": "func F() int { return 1 }",
		"p1": "func F() int { return \"one\" }",
		"p2": "func F() {\n\treturn\n\tprintln()\n}",
	} {
		require.NoError(t, os.MkdirAll(filepath.Join(dir, pkg), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, pkg, "f.go"), []byte("package "+pkg+"\n\n"+body+"\n"), 0o644))
	}
	require.NoError(t, b.build())
	require.NoError(t, b.vet())
	assert.Equal(t, map[string]string{"good": "p0"}, b.pkgs)
	assert.Contains(t, b.BuildErr["typo"], "go build: ")
	assert.Contains(t, b.BuildErr["typo"], "cannot use \"one\"")
	assert.Contains(t, b.BuildErr["unreachable"], "go vet: ")
	assert.Contains(t, b.BuildErr["unreachable"], "unreachable code")
}
