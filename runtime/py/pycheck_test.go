package py

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// Expectations in testdata/*.txt are recorded from CPython 3.11 with
//
//	go test ./runtime/py -update
//
// and, whenever python3 is installed, re-derived from it on every run so
// that a recorded line can never drift toward a bug.
var update = flag.Bool("update", false, "rewrite testdata/*.txt from python3")

// pyCase is one Python expression and the Go computation that must give
// the same result.
type pyCase struct {
	expr string
	got  func() any
}

// evalScript evaluates each JSON-encoded expression read from stdin and
// prints one JSON string per line: repr(result), or "!Name: message".
const evalScript = `
import sys, json
for line in sys.stdin:
    expr = json.loads(line)
    try:
        out = repr(eval(expr))
    except BaseException as e:
        out = "!%s: %s" % (type(e).__name__, e)
    print(json.dumps(out))
`

func runPython(t *testing.T, cases []pyCase) []string {
	t.Helper()
	var in bytes.Buffer
	for _, c := range cases {
		b, _ := json.Marshal(c.expr)
		in.Write(b)
		in.WriteByte('\n')
	}
	cmd := exec.Command("python3", "-c", evalScript)
	cmd.Stdin = &in
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0", "PYTHONIOENCODING=utf-8")
	out, err := cmd.Output()
	require.NoError(t, err)
	var res []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var s string
		require.NoError(t, json.Unmarshal(sc.Bytes(), &s))
		res = append(res, s)
	}
	require.Len(t, res, len(cases))
	return res
}

// goResult runs a case like evalScript does.
func goResult(c pyCase) (out string) {
	defer func() {
		if r := recover(); r != nil {
			e := AsExc(r)
			out = "!" + e.Class.Name + ": " + ExcStr(e)
		}
	}()
	return Repr(c.got())
}

type record struct{ Expr, Want string }

// checkPython compares every case with the recorded CPython result in
// testdata/name.txt (one JSON object per line).
func checkPython(t *testing.T, name string, cases []pyCase) {
	t.Helper()
	path := filepath.Join("testdata", name+".txt")
	_, pyErr := exec.LookPath("python3")
	if *update {
		if pyErr != nil {
			t.Fatal("-update needs python3")
		}
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		for i, w := range runPython(t, cases) {
			require.NoError(t, enc.Encode(record{cases[i].expr, w}))
		}
		require.NoError(t, os.WriteFile(path, b.Bytes(), 0o644))
	}
	data, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./runtime/py -update")
	var recs []record
	for _, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		var r record
		require.NoError(t, json.Unmarshal([]byte(line), &r))
		recs = append(recs, r)
	}
	require.Len(t, recs, len(cases), "%s is stale: run go test ./runtime/py -update", path)
	if pyErr == nil {
		for i, w := range runPython(t, cases) {
			require.Equal(t, w, recs[i].Want, "%s drifted from python3 for %s", path, recs[i].Expr)
		}
	}
	fails := 0
	for i, c := range cases {
		require.Equal(t, c.expr, recs[i].Expr, "%s is stale: run go test ./runtime/py -update", path)
		if got := goResult(c); got != recs[i].Want {
			fails++
			if fails <= 40 {
				t.Errorf("%s: got %s, CPython %s", c.expr, got, recs[i].Want)
			}
		}
	}
	if fails > 0 {
		t.Errorf("%d of %d cases differ from CPython", fails, len(cases))
	}
}

// lcg returns a small deterministic generator of ints in [0, n) for the
// tables of random cases: the same cases on every run, so that their
// recorded CPython results stay valid.
func lcg(seed uint32) func(n int) int {
	return func(n int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % n
	}
}
