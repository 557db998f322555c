package parser

import (
	"bufio"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aiogo-dev/aiogo/grammar"
)

var update = flag.Bool("update", false, "rewrite ../grammar/grammar.ebnf from the participle parser")

// dumpCase is one line of testdata/dump.txt: `source ==> dump`, where the
// source is a Go-quoted string when it holds newlines or tabs.
type dumpCase struct {
	line      int
	src, want string
}

func readDumpCases(t testing.TB) []dumpCase {
	f, err := os.Open("testdata/dump.txt")
	require.NoError(t, err)
	defer f.Close()
	var cases []dumpCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "//") {
			continue
		}
		src, want, ok := strings.Cut(line, " ==> ")
		require.True(t, ok, "dump.txt:%d: no ' ==> '", n)
		if strings.HasPrefix(src, `"`) {
			src, err = strconv.Unquote(src)
			require.NoError(t, err, "dump.txt:%d", n)
		}
		cases = append(cases, dumpCase{n, src, want})
	}
	require.NoError(t, sc.Err())
	return cases
}

func dumpModule(m *grammar.Module) string {
	parts := make([]string, len(m.Body))
	for i, s := range m.Body {
		parts[i] = grammar.Dump(s)
	}
	return strings.Join(parts, " ")
}

// TestDump pins the tree of every construct: testdata/dump.txt.
func TestDump(t *testing.T) {
	for _, c := range readDumpCases(t) {
		m, err := ParseFile("in.py", []byte(c.src))
		if !assert.NoError(t, err, "dump.txt:%d: %s", c.line, c.src) {
			continue
		}
		assert.Equal(t, c.want, dumpModule(m), "dump.txt:%d: %s", c.line, c.src)
	}
}

// errorCase is one input of testdata/errors.txt with its expected errors:
// cases are separated by lines "---"; lines starting "### " give the exact
// errors, one each, for the file in.py.
type errorCase struct {
	line int
	src  string
	want []string
}

func readErrorCases(t testing.TB) []errorCase {
	data, err := os.ReadFile("testdata/errors.txt")
	require.NoError(t, err)
	var cases []errorCase
	line := 1
	for _, chunk := range strings.Split(string(data), "\n---\n") {
		c := errorCase{line: line}
		var src []string
		for _, l := range strings.Split(chunk, "\n") {
			if want, ok := strings.CutPrefix(l, "### "); ok {
				c.want = append(c.want, want)
			} else {
				src = append(src, l)
			}
		}
		c.src = strings.Join(src, "\n")
		c.src = strings.ReplaceAll(c.src, `\t`, "\t")
		line += strings.Count(chunk, "\n") + 2
		cases = append(cases, c)
	}
	return cases
}

// TestErrors pins each error's position and message: testdata/errors.txt.
func TestErrors(t *testing.T) {
	for _, c := range readErrorCases(t) {
		_, err := ParseFile("in.py", []byte(c.src))
		var list grammar.ErrorList
		if !assert.True(t, errors.As(err, &list), "errors.txt:%d: no error for %q", c.line, c.src) {
			continue
		}
		assert.Equal(t, strings.Join(c.want, "\n"), list.Error(), "errors.txt:%d: %q", c.line, c.src)
	}
}

// validFiles lists valid programs: the tutorial's snippets here, and every
// DSL program the rest of the repository keeps (examples, the runtime's
// CPython ordering programs, the benchmarks), so none is copied twice.
func validFiles(t testing.TB) []string {
	var files []string
	for _, pattern := range []string{
		"testdata/valid/*.py",
		"../examples/*.py",
		"../runtime/aio/testdata/*.py",
		"../bench/*.py",
	} {
		matches, err := filepath.Glob(pattern)
		require.NoError(t, err)
		files = append(files, matches...)
	}
	require.NotEmpty(t, files)
	return files
}

// TestValidFiles parses every valid program validFiles lists.
func TestValidFiles(t *testing.T) {
	for _, name := range validFiles(t) {
		src, err := os.ReadFile(name)
		require.NoError(t, err)
		_, err = ParseFile(name, src)
		assert.NoError(t, err, name)
	}
}

// TestTutorialBadIndent: the tutorial's AsyncConnection snippet is badly
// indented on purpose.
func TestTutorialBadIndent(t *testing.T) {
	src, err := os.ReadFile("testdata/tutorial_badindent.py")
	require.NoError(t, err)
	_, err = ParseFile("conn.py", src)
	assert.EqualError(t, err, "conn.py:3:5: expected an indented block")
}

// TestCPythonAgrees checks the test inputs against CPython: valid inputs
// must pass ast.parse; error inputs must fail compile, which adds the
// checks of the symbol table (duplicate parameters, a starred statement)
// but also context rules (await outside async def) left to codegen.
func TestCPythonAgrees(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	type input struct {
		where string
		src   []byte
		valid bool
	}
	var inputs []input
	for _, name := range validFiles(t) {
		src, err := os.ReadFile(name)
		require.NoError(t, err)
		inputs = append(inputs, input{name, src, true})
	}
	for _, c := range readDumpCases(t) {
		inputs = append(inputs, input{"dump.txt:" + strconv.Itoa(c.line), []byte(c.src), true})
	}
	for _, c := range readErrorCases(t) {
		if !strings.Contains(strings.Join(c.want, ""), "not supported by aiogo") {
			inputs = append(inputs, input{"errors.txt:" + strconv.Itoa(c.line), []byte(c.src), false})
		}
	}
	dir := t.TempDir()
	args := []string{"-c", `import sys
import ast
for f in sys.argv[1:]:
    try:
        src = open(f, "rb").read()
        ast.parse(src) if f.endswith(".valid.py") else compile(src, f, "exec")
        print("ok")
    except (SyntaxError, ValueError) as e:
        print("error", e)`}
	for i, in := range inputs {
		file := filepath.Join(dir, strconv.Itoa(i)+".py")
		if in.valid {
			file = filepath.Join(dir, strconv.Itoa(i)+".valid.py")
		}
		require.NoError(t, os.WriteFile(file, in.src, 0o644))
		args = append(args, file)
	}
	out, err := exec.Command(python, args...).Output()
	require.NoError(t, err)
	results := strings.Split(strings.TrimSpace(string(out)), "\n")
	require.Len(t, results, len(inputs))
	for i, in := range inputs {
		if in.valid {
			assert.Equal(t, "ok", results[i], "%s: CPython rejects %q", in.where, in.src)
		} else {
			assert.NotEqual(t, "ok", results[i], "%s: CPython accepts %q", in.where, in.src)
		}
	}
}

// TestGrammarEBNF keeps ../grammar/grammar.ebnf equal to the grammar
// participle builds from the struct tags; `go test ./parser -update`
// rewrites it.
func TestGrammarEBNF(t *testing.T) {
	const file = "../grammar/grammar.ebnf"
	got := stmtParser.String() + "\n"
	if *update {
		require.NoError(t, os.WriteFile(file, []byte(got), 0o644))
	}
	want, err := os.ReadFile(file)
	require.NoError(t, err)
	assert.Equal(t, string(want), got, "run go test ./parser -update")
}
