# `x op= await e` on a local compiles to a machine: the await polls in
# its own state and the operator applies to its result, as in CPython.
import asyncio


async def half(x):
    await asyncio.sleep(0)
    return x / 2


async def word(i):
    await asyncio.sleep(0)
    return "ab"[i % 2]


async def consume(q, n):
    total = 0
    scale = 1.0
    s = ""
    for i in range(n):
        total += await q.get()
        scale *= await half(3)
        s += await word(i)
    return total, scale, s


async def main():
    q = asyncio.Queue()
    for i in range(8):
        q.put_nowait(i * 10)
    print(await consume(q, 4))


asyncio.run(main())
