# Loop and assignment targets that unpack more than a pair, nested targets,
# tuples of one and of four to six items, and tuple indexing.
import asyncio

RECORDS = [("alice", (3, 4)), ("bob", (1, 2))]
for who, (x, y) in RECORDS:
    print(who, x * y)


async def worker(name, jobs):
    total = 0
    for job_id, (lo, hi), weight in jobs:
        await asyncio.sleep(0)
        total += (hi - lo) * weight
        print(name, job_id, lo, hi, weight)
    return total


async def main():
    jobs = [(1, (0, 5), 2), (2, (3, 4), 10)]
    print(await worker("w", jobs))

    rows = [("apple", 3, 0.5, True), ("pear", 2, 1.25, False)]
    for name, qty, price, in_stock in rows:
        print(name, qty * price, in_stock)
    for i, (name, qty, price, in_stock) in enumerate(rows, start=1):
        print(i, name, qty, price, in_stock)
    print(rows[0], rows[1][-1], len(rows[0]))
    for col in range(4):
        print(rows[0][col], end=" ")
    print()
    try:
        print(rows[0][4])
    except IndexError as e:
        print("IndexError:", e)

    for a, b, c in zip([1, 2], ["x", "y"], [0.5, 1.5]):
        print(a, b, c)
    stock = {"p": (1, 2.0), "q": (3, 4.0)}
    for k, (n, f) in stock.items():
        print(k, n * f)
    for i, (k, (n, f)) in enumerate(stock.items()):
        print(i, k, n, f)
    print({k: n * f for k, (n, f) in stock.items()})
    print([x * y for (x, y), z in [((1, 2), 3), ((4, 5), 6)] if z > 2])

    (p, q), r = (1, "s"), 2.5
    print(p, q, r)
    a, (b, c) = 1, [2, 3]
    print(a, b, c)
    first, second, third, fourth, fifth = 1, "two", 3.0, [4], (5,)
    print(first, second, third, fourth, fifth)
    wide = (1, 2, 3, 4, 5, "six")
    print(wide, wide[5], wide == (1, 2, 3, 4, 5, "six"), wide < (1, 2, 3, 4, 6, ""))
    seen = {wide: "first"}
    print(seen[(1, 2, 3, 4, 5, "six")])
    one = ("only",)
    print(one, one[0], len(one))

    queue = asyncio.Queue()
    await queue.put((1, ("x", 2.5)))
    n, (s, v) = await queue.get()
    print(n, s, v)

    for u, w in [(1, "a"), [2, "b"], "xy"]:
        print(u, w)
    for a, b, c in [[1, 2, 3], [4, 5, 6]]:
        print(a + b + c)
    try:
        for u, w, z in [[1, 2], [3, 4]]:
            print(u)
    except ValueError as e:
        print("ValueError:", e)
    try:
        (m, k), z = (1, 2, 3), 4
    except ValueError as e:
        print("ValueError:", e)
    try:
        p, r = 5
    except TypeError as e:
        print("TypeError:", e)
    # Uncaught: the exit status and the last traceback line match CPython's.
    for (m, k), z in [((1, 2), 3), ((4,), 5)]:
        print(m, k, z)


asyncio.run(main())
