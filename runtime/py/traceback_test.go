package py

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type progRun struct {
	Mode, Stdout, Stderr string
	Code                 int
}

// caretLine matches the ~~^^ markers CPython 3.11 prints under an
// expression; aiogo has no column information and prints none.
var caretLine = regexp.MustCompile(`(?m)^ *[~^]+\n`)

func runProg(t *testing.T, dir string, name string, args ...string) progRun {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	code := 0
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		require.ErrorAs(t, err, &ee)
		code = ee.ExitCode()
	}
	abs, _ := filepath.Abs(dir)
	stderr := strings.ReplaceAll(errb.String(), abs+string(filepath.Separator), "")
	return progRun{Mode: args[len(args)-1], Stdout: out.String(), Stderr: caretLine.ReplaceAllString(stderr, ""), Code: code}
}

// TestTracebackMatchesCPython builds testdata/tbprog (hand-written Go in
// the shape codegen emits, with //line directives into prog.py) and
// checks that for each mode its stdout, stderr traceback and exit status
// are CPython's for prog.py (recorded in testdata/tbprog/expect.json by
// -update, re-checked against python3 when installed).
func TestTracebackMatchesCPython(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a program")
	}
	dir := filepath.Join("testdata", "tbprog")
	bin := filepath.Join(t.TempDir(), "tbprog")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Dir = dir
	out, err := build.CombinedOutput()
	require.NoError(t, err, string(out))

	modes := []string{"plain", "cause", "context", "zero", "group", "exit", "modulo"}
	expectPath := filepath.Join(dir, "expect.json")
	_, pyErr := exec.LookPath("python3")
	var python []progRun
	if pyErr == nil {
		for _, m := range modes {
			python = append(python, runProg(t, dir, "python3", "prog.py", m))
		}
	}
	if *update {
		require.NoError(t, pyErr)
		b, _ := json.MarshalIndent(python, "", "  ")
		require.NoError(t, os.WriteFile(expectPath, append(b, '\n'), 0o644))
	}
	data, err := os.ReadFile(expectPath)
	require.NoError(t, err)
	var want []progRun
	require.NoError(t, json.Unmarshal(data, &want))
	if python != nil {
		require.Equal(t, python, want, "expect.json drifted from python3")
	}
	for i, m := range modes {
		got := runProg(t, dir, bin, m)
		assert.Equal(t, want[i], got, "mode %s", m)
	}
}

func TestPyFuncName(t *testing.T) {
	for fn, want := range map[string]string{
		"main.main.func1":                  "<module>",
		"main.main_.func1":                 "main",
		"main.fetch":                       "fetch",
		"main.len_":                        "len",
		"main.fetch.func1.2":               "fetch",
		"main.main.func1.wrap.1.1":         "wrap",
		"example.com/x/pkg.(*Worker).run":  "run",
		"example.com/x/pkg.Map[...].func3": "Map",
		"main.loop-range1":                 "loop",
		"main.init":                        "<module>",
	} {
		assert.Equal(t, want, pyFuncName(fn), fn)
	}
}

func TestAsExcMapsGoRuntimeErrors(t *testing.T) {
	catch := func(f func()) (e *Exc) {
		defer func() { e = AsExc(recover()) }()
		f()
		return nil
	}
	var s []int
	var m map[string]int
	var p *struct{ x int }
	var a any = "x"
	zero := 0
	cases := []struct {
		f    func()
		want string
	}{
		{func() { _ = s[3] }, "IndexError: index out of range"},
		{func() { _ = 1 / zero }, "ZeroDivisionError: integer division or modulo by zero"},
		{func() { m["a"] = 1 }, "TypeError: 'NoneType' object does not support item assignment"},
		{func() { _ = p.x }, "AttributeError: 'NoneType' object has no attribute (nil pointer dereference)"},
		{func() { _ = a.(int) }, "TypeError: interface {} is string, not int"},
		{func() { panic(errors.New("bad")) }, "RuntimeError: bad"},
		{func() { panic("text") }, "RuntimeError: text"},
		{func() { panic(ValueError.New("v")) }, "ValueError: v"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, catch(c.f).Error())
	}
}

type stopSentinel struct{}

func (stopSentinel) Unwind() {}

func TestCatch(t *testing.T) {
	try := func(body func(), classes ...*ExcClass) (caught *Exc, repanicked any) {
		defer func() {
			if r := recover(); r != nil {
				repanicked = r
			}
		}()
		func() {
			defer func() {
				if r := recover(); r != nil {
					if caught = Catch(r, classes...); caught == nil {
						panic(r)
					}
				}
			}()
			body()
		}()
		return
	}
	e, _ := try(func() { Raise(KeyError.New("k")) }, ValueError, LookupError)
	require.NotNil(t, e)
	assert.Equal(t, "KeyError: 'k'", e.Error())

	e, r := try(func() { Raise(KeyError.New("k")) }, ValueError)
	assert.Nil(t, e)
	assert.Equal(t, "KeyError: 'k'", r.(*Exc).Error())

	zero := 0
	_, r = try(func() { _ = 1 / zero }, ValueError)
	assert.Equal(t, "ZeroDivisionError", r.(*Exc).Class.Name, "a runtime error re-panics converted")

	e, r = try(func() { panic(stopSentinel{}) })
	assert.Nil(t, e, "a bare except never catches an Unwinder")
	assert.Equal(t, stopSentinel{}, r)

	assert.True(t, errors.Is(ValueError.New("x"), Exception))
	assert.False(t, errors.Is(ValueError.New("x"), LookupError))
}

func TestRaiseInBreaksContextCycles(t *testing.T) {
	a, b := ValueError.New("a"), KeyError.New("b")
	b.Context = a
	func() {
		defer func() { recover() }()
		RaiseIn(a, b)
	}()
	assert.Equal(t, b, a.Context)
	assert.Nil(t, b.Context)
}
