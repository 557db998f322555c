package codegen

import (
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
		{"typing's generics seed containers", "from typing import Dict, List, Optional, Tuple\n" +
			"def f(xs: List[int], d: Dict[str, List[float]], p: Tuple[str, int], n: Optional[int]) -> Optional[str]:\n    pass\n",
			map[string]string{"f.xs": "*py.List[int]", "f.d": "*py.Dict[string, *py.List[float64]]",
				"f.p": "py.Tuple2[string, int]", "f.n": "int", "f()": "any"}},
		{"X | None, PEP 585 and asyncio.Queue[T]", "import asyncio\ndef f(q: asyncio.Queue[str], n: int | None = None) -> list[int]:\n    return []\n",
			map[string]string{"f.q": "*aio.Queue[string]", "f.n": "any", "f()": "*py.List[int]"}},
		{"a quoted forward reference names a class", "def f(c: 'C'):\n    pass\nclass C:\n    def m(self):\n        pass\n",
			map[string]string{"f.c": "*C"}},
		{"annotations that map to no type are ignored", "from typing import Any, Callable\ndef f(x: Any, g: Callable[[int], str]):\n    pass\nf(1, 2)\n",
			map[string]string{"f.x": "int", "f.g": "int"}},
		{"every path returns inside try: no implicit None",
			"import asyncio\nasync def f(x):\n    try:\n        await asyncio.sleep(0)\n        return x + 1\n    except ValueError:\n        return 0\nf(1)\n",
			map[string]string{"f()": "int"}},
		{"a raise ends a path", "def f(x):\n    if x:\n        return 1\n    raise ValueError()\nf(True)\n",
			map[string]string{"f()": "int"}},
		{"sibling classes join to their base's interface; unrelated classes to any",
			"class A:\n    def f(self, x):\n        return x\nclass B(A):\n    def f(self, x):\n        return x * 2\nclass C(A):\n    pass\nclass D:\n    pass\n" +
				"s = B()\ns = C()\nb = B()\nu = B()\nu = D()\nt = [B(), C()]\nb.f(1)\n",
			map[string]string{"s": "A", "b": "*B", "u": "any", "t": "*py.List[A]", "f.x": "int", "f()": "int"}},
		{"a loop may run zero times", "def f(xs):\n    for x in xs:\n        return x\nf([1])\n",
			map[string]string{"f()": "any"}},
		{"while True ends only through a break", "def f(n):\n    while True:\n        if n > 3:\n            return n\n        n += 1\nf(1)\n",
			map[string]string{"f()": "int"}},
		{"a break out of while True reaches the end", "def f(n):\n    while True:\n        if n > 3:\n            break\n        return n\nf(1)\n",
			map[string]string{"f()": "any"}},
		{"a handler that falls through reaches the end", "def f(x):\n    try:\n        return x\n    except ValueError:\n        pass\nf(1)\n",
			map[string]string{"f()": "any"}},
		{"a lock's async with suppresses nothing", "import asyncio\nasync def f(lock):\n    async with lock:\n        return 1\nf(asyncio.Lock())\n",
			map[string]string{"f()": "int"}},
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
		// A parameter typed by a call further down is unknown in the first
		// pass: what depends on it waits for it rather than becoming any.
		{"wait_for on a queue typed by a later call",
			"import asyncio\nasync def consumer(q):\n    item = await asyncio.wait_for(q.get(), timeout=2.0)\n    return item\n" +
				"async def main():\n    q = asyncio.Queue()\n    await q.put('a')\n    await consumer(q)\n",
			map[string]string{"consumer.item": "string", "consumer()": "string"}},
		{"loop over a parameter typed by a later call",
			"def f(xs, d):\n    for x in xs:\n        y = x + 1\n    for k, v in d.items():\n        z = v\n    w = xs[0]\n    m = max(xs)\n    return sum(xs)\n" +
				"def main():\n    f([1, 2], {'a': 1.5})\n",
			map[string]string{"f.x": "int", "f.y": "int", "f.k": "string", "f.z": "float64", "f.w": "int", "f.m": "int", "f()": "int"}},
		{"list + list joins the element types",
			"a = [1, 'a']\nb = a + ['ret']\nc = ['x'] + ['y']\nd = [1] + [2.5]\n",
			map[string]string{"a": "*py.List[any]", "b": "*py.List[any]", "c": "*py.List[string]", "d": "*py.List[any]"}},
		{"list += flows into the list in place",
			"a = ['x']\nb = a\nb += [1]\nc = [1]\nc += 'ab'\n",
			map[string]string{"a": "*py.List[any]", "b": "*py.List[any]", "c": "*py.List[any]"}},
		{"extend flows into the list", "a = [1]\na.extend(['s'])\nb = ['x']\nb.extend(['y'])\n",
			map[string]string{"a": "*py.List[any]", "b": "*py.List[string]"}},
		{"list * int keeps the list type", "a = [0] * 3\nb = 2 * ['x']\nc = [1]\nc *= 2\n",
			map[string]string{"a": "*py.List[int]", "b": "*py.List[string]", "c": "*py.List[int]"}},
		{"a list held as any holds anything", "a = [1]\nb = [a, 'x']\nc = [2]\nd = c if a else 's'\ne = [3]\nf = e * 2.5\n",
			map[string]string{"a": "*py.List[any]", "b": "*py.List[any]", "c": "*py.List[any]", "e": "*py.List[any]"}},
		{"xs or [] keeps the list type", "def f(xs):\n    got = xs or []\n    return got\nf([1])\nn = 0 or 2.5\n",
			map[string]string{"f.got": "*py.List[int]", "f()": "*py.List[int]", "n": "any"}},
		{"sum of mixed items", "a = sum([1, 2.5])\nb = sum([1, 2])\n", map[string]string{"a": "any", "b": "int"}},
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
