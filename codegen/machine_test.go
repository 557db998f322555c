package codegen

import (
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/aiogo-dev/aiogo/parser"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestQualify pins which coroutines compile to state machines: each
// program lists its async defs as "name" (a machine) or "name: reason"
// (stackful, and why).
func TestQualify(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"statement awaits of Poll primitives",
			"async def f(q, ev, lk, n):\n    await asyncio.sleep(0)\n    x = await q.get()\n    await q.put(x + 1)\n    await ev.wait()\n    await lk.acquire()\n    lk.release()\n    return await q.get()\n" +
				"async def main():\n    await f(asyncio.Queue(), asyncio.Event(), asyncio.Lock(), 1)\n",
			[]string{"f", "main"}},
		{"loops and branches holding awaits",
			"async def f(xs, n):\n    t = 0\n    for i in range(n):\n        await asyncio.sleep(0)\n        t += i\n    for x in xs:\n        if x > 1:\n            await asyncio.sleep(0)\n        else:\n            break\n    while t > 0:\n        t -= 1\n        await asyncio.sleep(0)\n    return t\n" +
				"async def main():\n    print(await f([1, 2], 3))\n",
			[]string{"f", "main: await inside an expression"}},
		{"await inside an expression",
			"async def g():\n    return 1\nasync def f():\n    return 1 + await g()\n",
			[]string{"f: await inside an expression", "g"}},
		{"augmented assignment of an await",
			"async def f(q):\n    t = 0\n    t += await q.get()\n    return t\nasync def main():\n    q = asyncio.Queue()\n    q.put_nowait(1)\n    await f(q)\n",
			[]string{"f", "main"}},
		{"augmented assignment of an await to a global or an item",
			"n = 0\nasync def f(q, xs):\n    global n\n    n += await q.get()\nasync def g(q, xs):\n    xs[0] += await q.get()\n",
			[]string{"f: await inside an expression", "g: await inside an expression"}},
		{"await inside try",
			"async def f():\n    try:\n        await asyncio.sleep(0)\n    finally:\n        print(1)\n",
			[]string{"f: await inside try"}},
		{"try without await stays plain Go in a state",
			"async def f():\n    await asyncio.sleep(0)\n    try:\n        print(1 // 0)\n    except ZeroDivisionError:\n        print('caught')\n",
			[]string{"f"}},
		{"async with of a lock held in a name",
			"async def f(lk):\n    async with lk:\n        print(1)\n        await asyncio.sleep(0)\nasync def main():\n    await f(asyncio.Lock())\n",
			[]string{"f", "main"}},
		{"async with of a lock the block rebinds, or of two locks",
			"async def f(lk):\n    async with lk:\n        lk = asyncio.Lock()\nasync def g(a, b):\n    async with a, b:\n        pass\nasync def main():\n    await f(asyncio.Lock())\n    await g(asyncio.Lock(), asyncio.Lock())\n",
			[]string{"f: async with of something other than a lock or semaphore held in a name", "g: await inside a with block of this form", "main: awaits stackful coroutine f()"}},
		{"stackful callee makes the caller stackful, transitively",
			"async def a():\n    try:\n        await asyncio.sleep(0)\n    finally:\n        pass\nasync def b():\n    await a()\nasync def c():\n    await b()\nasync def d():\n    await asyncio.gather(a(), b())\n    t = asyncio.create_task(c())\n    await t\n",
			[]string{"a: await inside try", "b: awaits stackful coroutine a()", "c: awaits stackful coroutine b()", "d"}},
		{"awaiting a coroutine value held in a variable",
			"async def g():\n    return 1\nasync def f():\n    c = g()\n    return await c\n",
			[]string{"f: await of a value other than a task held in a local", "g"}},
		{"range loop variable read after the loop",
			"async def f(n):\n    for i in range(n):\n        await asyncio.sleep(0)\n    return i\n",
			[]string{"f: await in a range() loop this compiler cannot keep as a counter"}},
		{"loop with else",
			"async def f(n):\n    while n > 0:\n        n -= 1\n        await asyncio.sleep(0)\n    else:\n        print(n)\n",
			[]string{"f: await in a while loop with an else block"}},
		{"Poll argument with side effects",
			"def d():\n    return 0\nasync def f():\n    await asyncio.sleep(d())\n",
			[]string{"f: await of asyncio.sleep(d()), which has no Poll form here"}},
		{"recursion through a machine",
			"async def f(n):\n    if n > 0:\n        await f(n - 1)\n    return n\n",
			[]string{"f"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := checkSource(t, "import asyncio\n"+tc.src)
			machs, why := c.qualify()
			var got []string
			for _, fn := range c.funcs {
				switch {
				case machs[fn] != nil:
					got = append(got, fn.Def.Name)
				case fn.Def.Async:
					got = append(got, fn.Def.Name+": "+why[fn])
				}
			}
			sort.Strings(got)
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestMachineFields pins which locals become struct fields: those that
// live across an await, and the targets of loops holding awaits.
func TestMachineFields(t *testing.T) {
	src := "import asyncio\nasync def f(q, n):\n    total = 0\n    for i in range(n):\n        x = await q.get()\n        y = x * 2\n        total += y\n    z = total + 1\n    return z\n" +
		"async def main():\n    q = asyncio.Queue()\n    q.put_nowait(1)\n    print(await f(q, 1))\n"
	c := checkSource(t, src)
	machs, _ := c.qualify()
	f := c.funcs[0]
	require.NotNil(t, machs[f])
	var fields []string
	for _, sym := range f.Scope.order {
		if machs[f].fields[sym] {
			fields = append(fields, sym.Name)
		}
	}
	assert.Equal(t, []string{"q", "n", "total", "i"}, fields)
}

// TestMachineShape checks the Go emitted for a machine: the struct, the
// constructor, Step delegating to the body method named after the
// coroutine, a comment per await state, and the mixed call sites.
func TestMachineShape(t *testing.T) {
	// x also holds a str, so it is any while the queue holds ints: the
	// polled value is converted where x is declared.
	src := "import asyncio\nasync def worker(q, n):\n    total = 0\n    for i in range(n):\n        x = await q.get()\n        total += x\n        x = 'seen'\n    return total\n" +
		"async def slow():\n    try:\n        await asyncio.sleep(0)\n    finally:\n        pass\n    return 1\n" +
		"async def main():\n    q = asyncio.Queue()\n    t = asyncio.create_task(worker(q, 2))\n    await q.put(1)\n    await q.put(2)\n    print(await t, await slow(), await worker(q, 0))\n" +
		"asyncio.run(main())\n"
	mod, err := parser.ParseFile("t.py", []byte(src))
	require.NoError(t, err)
	out, err := Generate(mod, Options{Filename: "t.py", Package: "main"})
	require.NoError(t, err)
	s := string(out)
	for _, w := range []string{
		"type workerCoro struct {\n\tstate int\n\tq     *aio.Queue[int]\n\tn     int\n\ttotal any\n\ti     int\n}",
		"func (m *workerCoro) Step(t *aio.Task) (any, bool) {\n\treturn m.worker(t)\n}",
		"func worker(q *aio.Queue[int], n int) *workerCoro {\n\treturn &workerCoro{q: q, n: n}\n}",
		"// state 1: for i in range(n)",
		"if m.i >= m.n {\n\t\t\t\tm.state = 3\n\t\t\t\tcontinue\n\t\t\t}",
		"// state 2: await q.get()",
		"v, ok := m.q.PollGet(t)\n\t\t\tif !ok {\n\t\t\t\treturn\n\t\t\t}\n\t\t\tvar x any = v\n",
		"m.total = py.IAdd(m.total, x)\n\t\t\tx = \"seen\"\n\t\t\tm.i++\n\t\t\tm.state = 1",
		"func slow() aio.Coro[int] {",                             // stackful: await inside try
		"t_ := aio.CreateMachineTask(t, worker(q, 2))",            // create_task of a machine
		"py.Print(t_.Await(t), slow()(t), worker(q, 0).Await(t))", // stackful main awaits both kinds inline
		"aio.Run(main_())",
	} {
		assert.Contains(t, s, w)
	}
	if t.Failed() {
		t.Log(s)
	}
	assert.False(t, strings.Contains(s, "m.x"), "x does not live across an await")
}

// TestMachineLeavesOutPassThroughStates checks that no state of
// testdata/run/machine_states.py's machines only sets the next state
// (run_test.go checks that the program still prints what python3 does).
func TestMachineLeavesOutPassThroughStates(t *testing.T) {
	src, err := os.ReadFile("testdata/run/machine_states.py")
	require.NoError(t, err)
	mod, err := parser.ParseFile("machine_states.py", src)
	require.NoError(t, err)
	out, err := Generate(mod, Options{Filename: "machine_states.py", Package: "main"})
	require.NoError(t, err)
	assert.Equal(t, 4, strings.Count(string(out), "Coro struct {"), "every coroutine is a machine")
	passThrough := regexp.MustCompile(`case \d+:\n(\s*//.*\n\s*\n)?\s*m\.state = \d+\n(\s*continue\n)?\s*(case|\})`)
	assert.Empty(t, passThrough.FindAllString(string(out), -1))
}

func checkSource(t *testing.T, src string) *checker {
	t.Helper()
	mod, err := parser.ParseFile("t.py", []byte(src))
	require.NoError(t, err)
	c := newChecker(mod, "t.py")
	c.resolve()
	require.Empty(t, c.diag.errs)
	c.infer()
	c.declare()
	c.markOrdered()
	require.Empty(t, c.diag.errs)
	return c
}
