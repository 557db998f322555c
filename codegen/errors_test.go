package codegen

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/aiogo-dev/aiogo/parser"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var expectRE = regexp.MustCompile(`### "(.*)"\s*$`)

// TestErrorFile runs every program of testdata/errors.txt (separated by
// lines of ---) and checks that each line marked ### "regexp" gets an
// error whose "COLUMN: MESSAGE" matches the regexp, and that no other
// error is reported.
func TestErrorFile(t *testing.T) {
	data, err := os.ReadFile("testdata/errors.txt")
	require.NoError(t, err)
	for i, chunk := range strings.Split(string(data), "\n---\n") {
		name := fmt.Sprintf("chunk%d", i+1)
		t.Run(name, func(t *testing.T) {
			want := map[int]*regexp.Regexp{}
			for n, line := range strings.Split(chunk, "\n") {
				if m := expectRE.FindStringSubmatch(line); m != nil {
					want[n+1] = regexp.MustCompile("^(?:" + m[1] + ")$")
				}
			}
			mod, err := parser.ParseFile(name+".py", []byte(chunk+"\n"))
			require.NoError(t, err, "the input must parse")
			_, err = Generate(mod, Options{Filename: name + ".py", Package: "main"})
			require.Error(t, err)
			got := map[int][]string{}
			for _, e := range err.(grammar.ErrorList) {
				assert.Equal(t, name+".py", e.Pos.Filename)
				got[e.Pos.Line] = append(got[e.Pos.Line], fmt.Sprintf("%d: %s", e.Pos.Column, e.Msg))
			}
			for line, re := range want {
				if assert.Len(t, got[line], 1, "line %d: want one error matching %q", line, re) {
					assert.Regexp(t, re, got[line][0], "line %d", line)
				}
			}
			for line, msgs := range got {
				if want[line] == nil {
					t.Errorf("line %d: unexpected errors %q", line, msgs)
				}
			}
		})
	}
}
