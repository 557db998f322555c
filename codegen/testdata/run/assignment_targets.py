# Unpacking into attributes and items: self.a, self.b = a, b in __init__,
# swaps of list items, nested targets, values that are lists, JSON lists
# and tuples; targets evaluated after the value, left to right, with
# CPython's IndexError and ValueError. Chained assignments of a computed
# value (also awaited) to names, attributes and items.
import asyncio


class Node:
    def __init__(self, key, left=None, right=None):
        self.key, self.left, self.right = key, left, right


class Stats:
    def __init__(self):
        self.lo, self.hi = 0, 0
        self.pair = (0, "")

    async def update(self, xs):
        await asyncio.sleep(0)
        self.lo, self.hi = min(xs), max(xs)
        self.pair = self.hi, "max"
        first, self.pair = self.pair, (self.lo, "min")
        return first


def calls(tag, v):
    print("eval", tag)
    return v


async def main():
    n = Node(2, Node(1), None)
    print(n.key, n.left.key, n.right)
    s = Stats()
    print(await s.update([4, 1, 9]), s.lo, s.hi, s.pair)
    grid = [[0] * 3 for _ in range(2)]
    grid[0][1], grid[1][2] = 5, 6
    print(grid)
    d = {"a": 1}
    d["b"], d["a"] = d["a"], 10
    print(d)
    xs = [3, 1, 2]
    i, j = 0, 2
    xs[i], xs[j] = xs[j], xs[i]
    print(xs)
    calls("t", xs)[calls("i", 0)], calls("u", d)[calls("k", "z")] = calls("v1", 7), calls("v2", 8)
    print(xs, d)
    try:
        xs[0], xs[9] = 1, 2
    except IndexError as e:
        print("IndexError", e, xs)
    (s.lo, s.hi), n.key = (1, 2), 3
    print(s.lo, s.hi, n.key)


asyncio.run(main())
row = [5, 6]
st = Stats()
st.lo, st.hi = row
print(st.lo, st.hi)
import json
st.lo, st.hi = json.loads("[7, 8]")
print(st.lo, st.hi)
try:
    st.lo, st.hi = [1, 2, 3]
except ValueError as e:
    print("ValueError", e, st.lo)

class Box:
    def __init__(self):
        self.n = self.m = len("abc")


def fetch_list(tag):
    print("f", tag)
    return [1, 2]


async def get_seven():
    await asyncio.sleep(0)
    return 7


async def chained():
    a = b = fetch_list("x")
    b.append(3)
    print(a, b)
    box = Box()
    box.n = d = fetch_list("y")[0]
    print(box.n, box.m, d)
    p = q = await get_seven()
    print(p, q)
    xs = [0, 0]
    xs[0] = xs[1] = total = sum(fetch_list("z"))
    print(xs, total)


asyncio.run(chained())
