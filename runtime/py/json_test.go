package py

import (
	"encoding/json"
	"math"
	"testing"
)

// TestJSONAgainstCPython compares json.dumps and json.loads with CPython's
// on nested values of every JSON type, each keyword of dumps, and bad
// documents.
func TestJSONAgainstCPython(t *testing.T) {
	const j = "__import__('json')."
	nested := func() any {
		d := NewDict[string, any]()
		d.Set("id", 7)
		d.Set("name", "caf\u00e9 \"quoted\"\n\t\\ \u20ac \U0001F600 \x7f\x01")
		d.Set("tags", NewList[any]("a", 1, 2.5, true, None, NewList[any](), NewDict[string, int]()))
		tenth := 0.1
		d.Set("ratio", tenth+0.2)
		d.Set("pair", Tuple2[int, string]{V0: 1, V1: "x"})
		inner := NewDict[any, any]()
		inner.Set(2, "two")
		inner.Set(1.5, "float")
		inner.Set(true, "bool")
		inner.Set(None, "none")
		inner.Set("b", NewList(1e20, 1e-7, math.Inf(1), math.Inf(-1), math.Copysign(0, -1)))
		d.Set("inner", inner)
		return d
	}
	const nestedPy = `{"id": 7, "name": "caf\u00e9 \"quoted\"\n\t\\ \u20ac \U0001F600 \x7f\x01", ` +
		`"tags": ["a", 1, 2.5, True, None, [], {}], "ratio": 0.1 + 0.2, "pair": (1, "x"), ` +
		`"inner": {2: "two", 1.5: "float", True: "bool", None: "none", "b": [1e20, 1e-7, float("inf"), float("-inf"), -0.0]}}`
	sortable := func() any {
		d := NewDict[string, any]()
		d.Set("b", NewList(3, 1))
		d.Set("a", NewDict[string, any]())
		d.Set("c", "z")
		return d
	}
	const sortablePy = `{"b": [3, 1], "a": {}, "c": "z"}`
	var cases []pyCase
	add := func(expr string, got func() any) { cases = append(cases, pyCase{expr, got}) }
	for _, o := range []struct {
		py   string
		opts JSONOptions
	}{
		{"", JSONOptions{}},
		{", indent=2", JSONOptions{Indent: 2}},
		{", indent=0", JSONOptions{Indent: 0}},
		{", indent='\\t'", JSONOptions{Indent: "\t"}},
		{", indent=-1", JSONOptions{Indent: -1}},
		{", indent=True", JSONOptions{Indent: true}},
		{", separators=(',', ':')", JSONOptions{Separators: []string{",", ":"}}},
		{", indent=4, separators=(', ', ' = ')", JSONOptions{Indent: 4, Separators: []string{", ", " = "}}},
		{", ensure_ascii=False", JSONOptions{KeepUnicode: true}},
		{", indent=1, ensure_ascii=False", JSONOptions{Indent: 1, KeepUnicode: true}},
	} {
		add(j+"dumps("+nestedPy+o.py+")", func() any { return JSONDumps(nested(), o.opts) })
		sorted := o.opts
		sorted.SortKeys = true
		add(j+"dumps("+sortablePy+o.py+", sort_keys=True)", func() any { return JSONDumps(sortable(), sorted) })
	}
	for _, v := range []struct {
		py  string
		val any
	}{
		{"None", None}, {"True", true}, {"-12", -12}, {"1e16", 1e16}, {"float('nan')", math.NaN()},
		{"'\\u2028\\ud83d'[:1]", "\u2028"}, {"[]", NewList[int]()}, {"{}", NewDict[string, int]()},
		{"{1, 2}", NewSet(1, 2)}, {"[(1, [2, (3,)])]", NewList(Tuple2[int, *List[any]]{V0: 1, V1: NewList[any](2, NewList[any](3))})},
		{"{(1, 2): 3}", DictOf(Tuple2[Tuple2[int, int], int]{V0: Tuple2[int, int]{V0: 1, V1: 2}, V1: 3})},
		{"{'a': 1, 2: 3}", DictOf(Tuple2[any, int]{V0: "a", V1: 1}, Tuple2[any, int]{V0: 2, V1: 3})},
	} {
		add(j+"dumps("+v.py+")", func() any { return JSONDumps(v.val, JSONOptions{}) })
	}
	add(j+"dumps({'b': 1, 2: 3}, sort_keys=True)", func() any {
		return JSONDumps(DictOf(Tuple2[any, int]{V0: "b", V1: 1}, Tuple2[any, int]{V0: 2, V1: 3}), JSONOptions{SortKeys: true})
	})
	add("(lambda l: (l.append(l), "+j+"dumps(l)))([1])[1]", func() any {
		l := NewList[any](1)
		l.Append(l)
		return JSONDumps(l, JSONOptions{})
	})
	add(j+"dumps([1], indent=2.0)", func() any { return JSONDumps(NewList(1), JSONOptions{Indent: 2.0}) })
	docs := []string{
		`{"a": [1, 2.5, -0, -0.0, 1E+2, 1e400, true, false, null, "x\u00e9\ud83d\ude00\"\\\/\b\f\n\r\t"], "b": {}, "c": []}`,
		` [ 1 , { "k" : "v" , "k" : "w" } ] `, `NaN`, `-Infinity`, `Infinity`, `12345678901234567`,
		``, ` `, `[1,]`, `{"a":1,}`, `{"a" 1}`, `{1:2}`, `[1 2]`, `"abc`, `"a\qb"`, `"\u12"`, "\"a\nb\"", `01`, `1.`,
		`-`, `nul`, `[`, `{`, `{"a":`, `tru`, `1 2`, "[1]\n  x", "{\"a\":1}\n\n  ]", "\u00e9x", "\"\u00e9\" x",
		`["\t"`, "\t", `"\`, `{"a"`, `{"a":1`, `[1`, `[1,`, `"x\u12"`, `"\uZZZZ"`, `"\u12345"`, `"\ud83d\ude00"`,
		`"\ud83d\uzzzz"`, `"\u004`, `"\u00`, "[1,\n2,\n x]", "\ufeff[]", `1e5`, `1e`, `1e+`, `-1.5e-3x`, `2.`, `[-]`,
	}
	for _, doc := range docs {
		lit, _ := json.Marshal(doc)
		add(j+"loads("+string(lit)+")", func() any { return JSONLoads(doc) })
	}
	add(j+"loads(3)", func() any { return JSONLoadsAny(3) })
	checkPython(t, "json", cases)
}
