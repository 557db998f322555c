package py

import (
	"math"
	"strconv"
	"testing"
)

// value is a Go value and the Python expression that builds the same one.
type value struct {
	py string
	v  any
}

var intValues = []value{
	{"0", 0}, {"1", 1}, {"-1", -1}, {"7", 7}, {"42", 42}, {"-42", -42}, {"255", 255},
	{"1234", 1234}, {"1234567", 1234567}, {"-9876543210", -9876543210},
	{"9223372036854775807", math.MaxInt64}, {"-9223372036854775808", math.MinInt64},
	{"65", 65}, {"1114111", 0x10ffff},
}

var floatValues = []value{
	{"0.0", 0.0}, {"-0.0", math.Copysign(0, -1)}, {"1.0", 1.0}, {"-1.5", -1.5}, {"3.14159", 3.14159},
	{"2.5", 2.5}, {"0.125", 0.125}, {"0.1", 0.1}, {"100.0", 100.0}, {"1e16", 1e16}, {"1e-05", 1e-5},
	{"123456.789", 123456.789}, {"-0.0001", -0.0001}, {"1.5e10", 1.5e10}, {"1e300", 1e300},
	{"5e-324", 5e-324}, {"9.995", 9.995}, {"0.5", 0.5}, {"1234567.0", 1234567.0},
	{"float('inf')", math.Inf(1)}, {"float('-inf')", math.Inf(-1)}, {"float('nan')", math.NaN()},
	{"2.0**53", 9007199254740992.0}, {"1/3", 1.0 / 3},
}

var strValues = []value{
	{"''", ""}, {"'a'", "a"}, {"'hello'", "hello"}, {"'héllo'", "héllo"}, {"\"it's\"", "it's"},
}

var boolValues = []value{{"True", true}, {"False", false}}

// specs builds a deterministic spread of format specs from the parts of
// the mini-language, plus hand-picked corner cases.
func specs() []string {
	aligns := []string{"", "<", ">", "^", "=", "*<", "0>", "x^", "0=", "é>"}
	signs := []string{"", "+", "-", " "}
	flags := []string{"", "#", "0", "#0", "z"}
	widths := []string{"", "1", "8", "13"}
	groups := []string{"", ",", "_"}
	precs := []string{"", ".0", ".1", ".3", ".12"}
	types := []string{"", "b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F", "g", "G", "%", "s"}
	out := []string{"", "d", "f", ".2f", ",", "_", "08.3f", "+.1e", "#x", "#o", "#b", "010,", "09_",
		"^12", ">+10.2%", ".0", "#.0", "#", "z.1f", "=^7", "0<5", ".", "abc", ",_", "_,", "__", ".2c",
		"zd", "+c", "#c", "c", "<<<", "10.3s", ".2s", "05", "#g", "#.3g", ".3", ".17g", "n", ",.2f"}
	next := lcg(12345)
	for range 220 {
		out = append(out, aligns[next(len(aligns))]+signs[next(len(signs))]+flags[next(len(flags))]+
			widths[next(len(widths))]+groups[next(len(groups))]+precs[next(len(precs))]+types[next(len(types))])
	}
	return out
}

func TestFormatMatchesCPython(t *testing.T) {
	var cases []pyCase
	all := append(append(append(append([]value{}, intValues...), floatValues...), strValues...), boolValues...)
	for _, spec := range specs() {
		for _, v := range all {
			cases = append(cases, pyCase{
				expr: "format(" + v.py + ", " + strconv.Quote(spec) + ")",
				got:  func() any { return Format(v.v, spec) },
			})
		}
	}
	cases = append(cases,
		pyCase{"format(None, '')", func() any { return Format(None, "") }},
		pyCase{"format(None, '>3')", func() any { return Format(None, ">3") }},
	)
	checkPython(t, "format", cases)
}

func BenchmarkFormatFloat(b *testing.B) {
	for b.Loop() {
		Format(3.14159, ".2f")
	}
}

func BenchmarkFormatIntGrouped(b *testing.B) {
	for b.Loop() {
		Format(1234567, ">12,")
	}
}

func BenchmarkFormatStr(b *testing.B) {
	for b.Loop() {
		Format("hello", "^10")
	}
}
