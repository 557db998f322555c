package codegen

import (
	"strings"
	"testing"

	"github.com/aiogo-dev/aiogo/parser"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEmitFragments pins how individual constructs are emitted.
func TestEmitFragments(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"coroutine signature", "async def task(name, delay):\n    return name\ntask('A', 2)\n",
			[]string{"func task(name string, delay int) *taskCoro {", "func (m *taskCoro) task(t *aio.Task) (r string, done bool) {"}},
		{"main is renamed and run", "import asyncio\nasync def main():\n    pass\nasyncio.run(main())\n",
			[]string{"func main_() *main_Coro {", "aio.RunMachine(main_())", "return py.None, true"}},
		{"int arithmetic raises on overflow", "a = 5\nprint(a + 1, a - 1, a * 2, a // 3, a % 3, a / 2)\n",
			[]string{"py.IntAdd(a, 1), py.IntSub(a, 1), py.IntMul(a, 2), py.FloorDiv(a, 3), py.Mod(a, 3), py.IntTrueDiv(a, 2)"}},
		{"floor division and modulo by a power of two are a shift and a mask", "a = -5\nprint(a // 2, a % 2, a // 8, (a + 1) % 1024)\n",
			[]string{"py.Print(a>>1, a&1, a>>3, py.IntAdd(a, 1)&1023)"}},
		{"other constant divisors, variables, 1 and negative constants keep the helpers", "a = -5\nb = 2\nprint(a // 3, a % 6, a // b, a % b, a // 1, a % 1, a // -2, a % -2, a // 0, a % 0)\n",
			[]string{"py.FloorDiv(a, 3), py.Mod(a, 6), py.FloorDiv(a, b), py.Mod(a, b), py.FloorDiv(a, 1), py.Mod(a, 1), py.FloorDiv(a, -2), py.Mod(a, -2), py.FloorDiv(a, 0), py.Mod(a, 0)"}},
		{"zero test of a remainder by a positive constant is Go's remainder", "a = -5\nprint(a % 3 == 0, 0 != a % 7, a % 4 == 0, a % 3 == 1)\nif a % 3:\n    print(1)\nif not a % 5:\n    print(2)\n",
			[]string{"py.Print(a%3 == 0, a%7 != 0, a&3 == 0, py.Mod(a, 3) == 1)", "if a%3 != 0 {", "if a%5 == 0 {"}},
		{"zero test by a variable or a negative constant keeps py.Mod", "a = -5\nb = 3\nprint(a % b == 0, a % -3 == 0, a % 0 == 0)\n",
			[]string{"py.Mod(a, b) == 0, py.Mod(a, -3) == 0, py.Mod(a, 0) == 0"}},
		{"a bool operand is converted first", "b = True\nprint(b // 2, b % 4 == 0)\n",
			[]string{"py.BoolToInt(b)>>1, py.BoolToInt(b)&3 == 0"}},
		{"an if choosing between cheap int values picks without a branch under a guard",
			"def f(x: int, y: int) -> int:\n    while x != 1:\n        if x % 2 == 0:\n            x = x // 2\n        else:\n            x = 3 * x + 1\n    if x < y:\n        y = y * y - x\n    else:\n        y = -x\n    return y\nprint(f(7, 2))\n",
			[]string{"if py.Fits(x, 61) {\n\t\t\tx = py.Pick(x&1 == 0, x>>1, 3*x+1)\n\t\t} else if x&1 == 0 {\n\t\t\tx = x >> 1\n\t\t} else {\n\t\t\tx = py.IntAdd(py.IntMul(3, x), 1)\n\t\t}",
				"if py.Fits(y, 31) && py.Fits(x, 31) {\n\t\ty = py.Pick(x < y, y*y-x, -x)\n\t}"}},
		{"arms that could raise, or are not ints, keep the if",
			"def f(x: int, y: int, z: float) -> float:\n    if x < y:\n        x = x // y\n    else:\n        x = y\n    if x < y:\n        z = z * 2.0\n    else:\n        z = 1.0\n    if x < y:\n        x = x * x * x * x * x\n    else:\n        x = 1\n    return z + x\nprint(f(1, 2, 3.0))\n",
			[]string{"if x < y {\n\t\tx = py.FloorDiv(x, y)", "if x < y {\n\t\tz = z * 2.0", "if x < y {\n\t\tx = py.IntMul("}},
		{"async with a TaskGroup or a timeout enters it in a literal that defers its exit",
			"import asyncio\nasync def w():\n    return 1\nasync def main():\n    async with asyncio.TaskGroup() as tg:\n        tg.create_task(w())\n    async with asyncio.timeout(2):\n        pass\n",
			[]string{"tg := aio.NewTaskGroup()\n\t\tfunc() {\n\t\t\ttg.Enter(t)\n\t\t\tdefer tg.Leave(t)\n\t\t\taio.CreateMachineTaskIn(tg, w())",
				"tmp0 := aio.NewTimeout(t, 2)\n\t\t\ttmp0.Enter(t)\n\t\t\tdefer tmp0.Leave()"}},
		{"a plain def runs on another thread with its arguments evaluated first",
			"import asyncio\ndef f(n):\n    return n\nasync def main():\n    x = await asyncio.to_thread(f, 2)\n    print(x)\n",
			[]string{"func(tmp0 int) int {\n\t\t\treturn aio.ToThread(func() int {\n\t\t\t\treturn f(tmp0)\n\t\t\t})(t)\n\t\t}(2)"}},
		{"a class is a struct with a constructor, its methods Go methods on a pointer",
			"class Counter:\n    def __init__(self, n):\n        self.n = n\n    def bump(self):\n        self.n += 1\n        return self.n\nc = Counter(1)\nprint(c.bump(), c.n)\n",
			[]string{"type Counter struct {\n\tn int\n}", "func newCounter(n int) *Counter {\n\tself := &Counter{}\n\tself.__init___(n)\n\treturn self\n}",
				"func (self *Counter) bump() int {\n\tself.n = py.IntAdd(self.n, 1)\n\treturn self.n\n}", "py.Print(c.bump(), c.n)"}},
		{"float mixing converts", "a = 5\nb = 1.5\nprint(a * b)\n", []string{"float64(a) * b"}},
		{"constant floats fold like CPython", "print(0.1 + 0.2)\n", []string{"py.Print(0.30000000000000004)"}},
		{"str concatenation is plain Go", "s = 'a'\nprint(s + 'b')\n", []string{`py.Print(s + "b")`}},
		{"comparison chain", "a = 1\nprint(0 < a <= 2)\n", []string{"0 < a && a <= 2"}},
		{"chain with a computed middle evaluates it once", "def f():\n    return 1\nprint(0 < f() < 2)\n",
			[]string{"tmp0 := f()", "return 0 < tmp0 && tmp0 < 2"}},
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
		{"identifier characters Go lacks", "aͥ = 1\nprint(aͥ)\n", []string{"a_u0365 := 1"}},
		{"Go keywords and predeclared names", "func = 1\nlen_ = 2\nstring = 'a'\nprint(func, string)\n",
			[]string{"func_ := 1", "string_ := \"a\""}},
		{"is None on any", "x = None\nx = 1\nprint(x is None)\n", []string{"x == py.None"}},
		{"async with in a stackful coroutine defers the release",
			"import asyncio\nlock = asyncio.Lock()\nasync def f():\n    try:\n        async with lock:\n            print(1)\n    finally:\n        pass\n",
			[]string{"lock.Acquire(t)", "defer lock.Release()"}},
		{"async with in a machine polls the acquisition and releases on every exit",
			"import asyncio\nlock = asyncio.Lock()\nasync def f():\n    async with lock:\n        print(1)\n",
			[]string{"if !lock.PollAcquire(t) {", "m.lockHeld = lock\n", "m.lockHeld.Release()\n\t\t\tm.lockHeld = nil\n\t\t\treturn py.None, true",
				"defer func() {\n\t\tif !ok {\n\t\t\tif m.lockHeld != nil {"}},
		{"time.time inside and outside a task", "import time\nasync def f():\n    return time.time()\nprint(time.time())\n",
			[]string{"return aio.Now(t)", "py.Print(py.TimeTime())"}},
		{"list literal and negative index", "xs = [1, 2]\nprint(xs[-1])\n", []string{"xs := py.NewList(1, 2)", "xs.Get(-1)"}},
		{"dict literal", "d = {'a': 1}\nprint(d['a'])\n",
			[]string{`py.DictOf(py.Tuple2[string, int]{`, `d.Get("a")`}},
		{"print sep and end", "print(1, 2, sep=', ', end='')\n", []string{`py.PrintSepEnd(", ", "", 1, 2)`}},
		{"try/except runs the body in a recovering closure",
			"try:\n    x = int('a')\nexcept ValueError as e:\n    print(e)\nelse:\n    print(x)\n",
			[]string{"if exc := func() (caught *py.Exc) {", "caught = py.Catch(rec, py.ValueError)", "e := exc", "} else {"}},
		{"raise", "def f(n):\n    if n < 0:\n        raise ValueError(f'bad {n}')\n    return n\nf(1)\n",
			[]string{`py.Raise(py.ValueError.New("bad " + py.Str(n)))`}},
		{"finally defers", "try:\n    print(1)\nfinally:\n    print(2)\n",
			[]string{"defer func() {\n\t\t\t\tpy.Print(2)"}},
		{"a module variable read before a call is read in order",
			"n = 0\ndef inc():\n    global n\n    n += 1\n    return n\nprint(n, inc())\n",
			[]string{"py.Print(py.Val(n), inc())"}},
		{"gather of a list of coroutines passes its items", "import asyncio\nasync def f():\n    return 1\nasync def main():\n    fs = [f(), f()]\n    print(await asyncio.gather(*fs))\n",
			[]string{"aio.Gather(t, fs.Items...)"}},
		{"gather of a list of tasks converts it", "import asyncio\nasync def f():\n    return 1\nasync def main():\n    ts = [asyncio.create_task(f())]\n    print(await asyncio.gather(*ts))\n",
			[]string{"aio.Gather(t, aio.TaskAwaitables(ts.Items)...)"}},
		{"sum, min and max of a list", "xs = [1.5, 2.0]\nprint(sum(xs), min(xs), max(xs), min(1, 2))\n",
			[]string{"py.Print(py.Sum(xs), py.Min(xs), py.Max(xs), min(1, 2))"}},
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

// TestLibraryPackageShape checks that a module compiles into a non-main
// package: module-level code runs in init, public functions get exported
// twins.
func TestLibraryPackageShape(t *testing.T) {
	mod, err := parser.ParseFile("lib.py", []byte("import asyncio\n\nLIMIT = 3\n\nasync def double(x: int):\n    return x * LIMIT\n"))
	require.NoError(t, err)
	out, err := Generate(mod, Options{Filename: "lib.py", Package: "lib"})
	require.NoError(t, err)
	assert.Contains(t, string(out), "package lib\n")
	assert.Contains(t, string(out), "func double(x int) aio.Coro[int] {")
	assert.Contains(t, string(out), "func init() {\n\tLIMIT = 3\n}")
	assert.Contains(t, string(out), "func Double(ctx context.Context, x int) (int, error) {\n\treturn aio.RunContext[int](ctx, double(x))\n}")
	assert.NotContains(t, string(out), "func main()")
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
