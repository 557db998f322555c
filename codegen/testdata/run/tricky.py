import asyncio


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def describe(x, label="value", scale: float = 1):
    return f"{label}={x * scale}"


def maybe(n):
    if n > 2:
        return n
    return None


async def compute(x):
    await asyncio.sleep(0)
    return x + 0.5


async def main_():
    print("renamed user main_")


async def main():
    print(fact(10), describe(3), describe(2, scale=2.5), describe(1, "one"))
    print(maybe(1), maybe(5))
    value = 5
    value = value + 0.5
    print(value)
    items = []
    print(items, len(items), bool(items))
    if items:
        print("non-empty")
    count = 3
    while count:
        count -= 1
    print(count)
    r = await compute(2)
    print(r, r > 2, -r, r // 1, r % 2)
    word = "héllo"
    print(word[1], word[-1], len(word), word.upper(), "  x ".strip())
    print(", ".join(["a", "b"]), "é" in word, "z" not in word, 3 in [1, 2, 3])
    await main_()
    grid = {"a": [1, 2], "b": [3]}
    for key in grid.keys():
        total = 0
        for v in grid[key]:
            total += v
        print(key, total)
    print(10 ** 2, 2.0 ** 0.5, 7 // -2, -7 % 3, 7.0 // 2)
    x = None
    print(x is None, x)
    n = 10
    print(n if n > 5 else -n, n > 5 and n < 20, not n)
    print(max(1, 2) + min(3, 4), abs(-7) * 2)
    print(str(1.5) + str(True) + str(None), int(True), float("2.5"))
    q = asyncio.Queue(2)
    q.put_nowait("a")
    print(q.full(), q.qsize(), q.get_nowait(), q.empty())
    t = asyncio.create_task(compute(1))
    print(t.done())
    await t
    print(t.done(), t.result(), t.cancelled())


asyncio.run(main())
