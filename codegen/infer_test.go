package codegen

import (
	"strings"
	"testing"

	"github.com/aiogo-dev/aiogo/parser"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// inferTypes parses src, runs resolution and inference, and returns the
// Go type of every variable and parameter, keyed "func.name" (module
// variables by their bare name) plus "func()" for return types.
func inferTypes(t *testing.T, src string) map[string]string {
	t.Helper()
	mod, err := parser.ParseFile("t.py", []byte(src))
	require.NoError(t, err)
	c := newChecker(mod, "t.py")
	c.resolve()
	require.Empty(t, c.diag.errs)
	c.infer()
	out := map[string]string{}
	for _, sym := range c.module.order {
		if sym.Kind == symVar {
			out[sym.Name] = goTypeString(sym.cell.get())
		}
	}
	for _, fn := range c.funcs {
		out[fn.Def.Name+"()"] = goTypeString(fn.ret.get())
		for _, sym := range fn.Scope.order {
			out[fn.Def.Name+"."+sym.Name] = goTypeString(sym.cell.get())
		}
	}
	return out
}

// TestInferTypes pins the solver's decisions: the Go type each name gets.
func TestInferTypes(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want map[string]string
	}{
		{"literals", "a = 1\nb = 2.5\nc = 'x'\nd = True\ne = None\n",
			map[string]string{"a": "int", "b": "float64", "c": "string", "d": "bool", "e": "py.NoneType"}},
		{"params from call sites", "async def task(name, delay):\n    return name\ntask('A', 2)\ntask('B', 1)\n",
			map[string]string{"task.name": "string", "task.delay": "int", "task()": "string"}},
		{"conflicting call sites fall back to any", "def f(x):\n    pass\nf(1)\nf('s')\n",
			map[string]string{"f.x": "any", "f()": "py.NoneType"}},
		{"annotation types an uncalled function", "def f(x: float, s: str):\n    return x\n",
			map[string]string{"f.x": "float64", "f.s": "string", "f()": "float64"}},
		{"annotations are not enforced: an int stays an int", "def f(x: float):\n    return x\nf(1)\n",
			map[string]string{"f.x": "any", "f()": "any"}},
		{"None joins into any", "x = None\nx = 3\n", map[string]string{"x": "any"}},
		{"int and float do not mix", "x = 1\nx = 2.5\n", map[string]string{"x": "any"}},
		{"list element from appends", "xs = []\nxs.append('a')\n", map[string]string{"xs": "*py.List[string]"}},
		{"empty list stays any", "xs = []\n", map[string]string{"xs": "*py.List[any]"}},
		{"dict from item assignment", "d = {}\nd['k'] = 1.5\n", map[string]string{"d": "*py.Dict[string, float64]"}},
		{"queue element flows through a parameter",
			"import asyncio\nasync def prod(q):\n    await q.put(1)\nasync def main():\n    q = asyncio.Queue()\n    await prod(q)\n",
			map[string]string{"main.q": "*aio.Queue[int]", "prod.q": "*aio.Queue[int]"}},
		{"queue with None sentinel", "import asyncio\nq = asyncio.Queue()\nq.put_nowait(1)\nq.put_nowait(None)\nx = q.get_nowait()\n",
			map[string]string{"q": "*aio.Queue[any]", "x": "any"}},
		{"gather results", "import asyncio\nasync def f(n):\n    return n * 2\nasync def main():\n    r = await asyncio.gather(f(1), f(2))\n",
			map[string]string{"main.r": "*py.List[int]", "f.n": "int"}},
		{"tasks", "import asyncio\nasync def f():\n    return 'x'\nasync def main():\n    t = asyncio.create_task(f())\n    v = await t\n",
			map[string]string{"main.t": "*aio.TaskOf[string]", "main.v": "string"}},
		{"falling off the end adds None", "def f(x):\n    if x:\n        return 1\nf(True)\n",
			map[string]string{"f()": "any"}},
		{"arithmetic", "a = 7 // 2\nb = 7 / 2\nc = 1 + 2.0\nd = 's' * 3\ne = True + 1\n",
			map[string]string{"a": "int", "b": "float64", "c": "float64", "d": "string", "e": "int"}},
		{"loop variables", "for i in range(3):\n    pass\nfor s in ['a']:\n    pass\nfor ch in 'abc':\n    pass\n",
			map[string]string{"i": "int", "s": "string", "ch": "string"}},
		{"self-referential list becomes any", "xs = []\nxs.append(xs)\n", map[string]string{"xs": "*py.List[any]"}},
		{"tuple", "p = (1, 'a')\nx = p[1]\n", map[string]string{"p": "py.Tuple2[int, string]", "x": "string"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := inferTypes(t, tc.src)
			for name, want := range tc.want {
				assert.Equal(t, want, got[name], "type of %s", name)
			}
		})
	}
}

// TestEmitFragments pins how individual constructs are emitted.
func TestEmitFragments(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"coroutine signature", "async def task(name, delay):\n    return name\ntask('A', 2)\n",
			[]string{"func task(name string, delay int) aio.Coro[string] {", "return func(t *aio.Task) string {"}},
		{"main is renamed and run", "import asyncio\nasync def main():\n    pass\nasyncio.run(main())\n",
			[]string{"func main_() aio.Coro[py.NoneType] {", "aio.Run(main_())", "return py.None"}},
		{"int arithmetic raises on overflow", "a = 5\nprint(a + 1, a - 1, a * 2, a // 2, a % 2, a / 2)\n",
			[]string{"py.IntAdd(a, 1), py.IntSub(a, 1), py.IntMul(a, 2), py.FloorDiv(a, 2), py.Mod(a, 2), py.IntTrueDiv(a, 2)"}},
		{"float mixing converts", "a = 5\nb = 1.5\nprint(a * b)\n", []string{"float64(a) * b"}},
		{"constant floats fold like CPython", "print(0.1 + 0.2)\n", []string{"py.Print(0.30000000000000004)"}},
		{"str concatenation is plain Go", "s = 'a'\nprint(s + 'b')\n", []string{`py.Print(s + "b")`}},
		{"comparison chain", "a = 1\nprint(0 < a <= 2)\n", []string{"0 < a && a <= 2"}},
		{"chain with a computed middle evaluates it once", "def f():\n    return 1\nprint(0 < f() < 2)\n",
			[]string{"v0 := f()", "return 0 < v0 && v0 < 2"}},
		{"f-string", "n = 2\ns = 'x'\nprint(f'{s}: {n:>3} {n!r}')\n",
			[]string{`s + ": " + py.Format(n, ">3") + " " + py.Repr(n)`}},
		{"range with constant step is a 3-clause loop", "for i in range(1, 10, 2):\n    print(i)\n",
			[]string{"for i := 1; i < 10; i += 2 {"}},
		{"range(n) is a range over int", "for i in range(3):\n    print(i)\n", []string{"for i := range 3 {"}},
		{"loop variable used after the loop is declared before", "for i in range(3):\n    pass\nprint(i)\n",
			[]string{"var i int", "for i = range 3 {"}},
		{"variable first assigned in a branch", "x = 1\nif x:\n    y = 2\nelse:\n    y = 3\nprint(y)\n",
			[]string{"var y int", "y = 2"}},
		{"unread variables are not declared", "x = 1\n", []string{"_ = 1"}},
		{"Go keywords and predeclared names", "func = 1\nlen_ = 2\nstring = 'a'\nprint(func, string)\n",
			[]string{"func_ := 1", "string_ := \"a\""}},
		{"is None on any", "x = None\nx = 1\nprint(x is None)\n", []string{"x == py.None"}},
		{"async with", "import asyncio\nlock = asyncio.Lock()\nasync def f():\n    async with lock:\n        print(1)\n",
			[]string{"lock.Acquire(t)", "defer lock.Release()"}},
		{"time.time inside and outside a task", "import time\nasync def f():\n    return time.time()\nprint(time.time())\n",
			[]string{"return aio.Now(t)", "py.Print(py.TimeTime())"}},
		{"list literal and negative index", "xs = [1, 2]\nprint(xs[-1])\n", []string{"xs := py.NewList(1, 2)", "xs.Get(-1)"}},
		{"dict literal", "d = {'a': 1}\nprint(d['a'])\n",
			[]string{`py.DictOf(py.Tuple2[string, int]{`, `d.Get("a")`}},
		{"print sep and end", "print(1, 2, sep=', ', end='')\n", []string{`py.PrintSepEnd(", ", "", 1, 2)`}},
		{"gather of a list", "import asyncio\nasync def f():\n    return 1\nasync def main():\n    fs = [f(), f()]\n    print(await asyncio.gather(*fs))\n",
			[]string{"aio.Gather(t, func() []aio.Awaitable[int] {"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			mod, err := parser.ParseFile("t.py", []byte(tc.src))
			require.NoError(t, err)
			out, err := Generate(mod, Options{Filename: "t.py", Package: "main"})
			require.NoError(t, err)
			for _, w := range tc.want {
				assert.Contains(t, string(out), w)
			}
			if t.Failed() {
				t.Log(string(out))
			}
		})
	}
}

// TestHeaderAndLineDirectives checks the generated-code header and that
// //line directives appear only where the line mapping jumps.
func TestHeaderAndLineDirectives(t *testing.T) {
	src := "x = 1\n\n\nprint(x)\nprint(x)\n"
	mod, err := parser.ParseFile("prog.py", []byte(src))
	require.NoError(t, err)
	out, err := Generate(mod, Options{Filename: "prog.py", Package: "main", Lines: true})
	require.NoError(t, err)
	s := string(out)
	assert.True(t, strings.HasPrefix(s, "// Code generated by aiogo from prog.py. DO NOT EDIT.\n"))
	assert.Contains(t, s, "//line prog.py:1\n\t\tx := 1\n//line prog.py:4\n\t\tpy.Print(x)\n\t\tpy.Print(x)\n")
	again, err := Generate(mod, Options{Filename: "prog.py", Package: "main", Lines: true})
	require.NoError(t, err)
	assert.Equal(t, out, again, "output must be deterministic")
}
