package parser

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/aiogo-dev/aiogo/grammar"
)

// FuzzParse: any input gives a module or positioned errors, never a panic.
func FuzzParse(f *testing.F) {
	for _, name := range validFiles(f) {
		src, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	for _, c := range readDumpCases(f) {
		f.Add([]byte(c.src))
	}
	for _, c := range readErrorCases(f) {
		f.Add([]byte(c.src))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		m, err := ParseFile("fuzz.py", src)
		if err == nil {
			if m == nil {
				t.Fatal("no module and no error")
			}
			return
		}
		var list grammar.ErrorList
		if !errors.As(err, &list) || len(list) == 0 {
			t.Fatalf("error is not a non-empty grammar.ErrorList: %v", err)
		}
		lines := strings.Count(strings.ReplaceAll(string(src), "\r\n", "\n"), "\n") + strings.Count(string(src), "\r") + 1
		for _, e := range list {
			if e.Pos.Offset < 0 || e.Pos.Offset > len(src) || e.Pos.Line < 1 || e.Pos.Line > lines || e.Pos.Column < 1 || e.Pos.Filename != "fuzz.py" {
				t.Fatalf("error outside the input: %v (%+v)", e, e.Pos)
			}
		}
	})
}

// BenchmarkParse5000Lines parses the probes repeated to 5,000 lines.
func BenchmarkParse5000Lines(b *testing.B) {
	var src strings.Builder
	for lines := 0; lines < 5000; {
		for _, name := range validFiles(b) {
			data, err := os.ReadFile(name)
			if err != nil {
				b.Fatal(err)
			}
			src.Write(data)
			src.WriteString("\n")
			lines += strings.Count(string(data), "\n") + 1
		}
	}
	data := []byte(src.String())
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ParseFile("bench.py", data); err != nil {
			b.Fatal(err)
		}
	}
}
