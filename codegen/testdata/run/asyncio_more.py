# asyncio.gather(return_exceptions=True), as_completed and shield, compared
# with CPython.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def completions():
    coros = [job("slow", 0.03), job("fast", 0.01), job("mid", 0.02)]
    for c in asyncio.as_completed(coros):
        print("completed:", await c)
    tasks = [asyncio.create_task(job("late", 1)), asyncio.create_task(job("soon", 0.01))]
    try:
        for c in asyncio.as_completed(tasks, timeout=0.05):
            print("task completed:", await c)
    except TimeoutError:
        print("as_completed timed out")
    inner = asyncio.create_task(job("inner", 0.05))
    outer = asyncio.create_task(shielded(inner))
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled:", inner.cancelled())
    print("inner result:", await inner)
    print(await asyncio.shield(job("direct", 0.01)))
    tasks[0].cancel()


async def shielded(t):
    return await asyncio.shield(t)


async def ok(n):
    await asyncio.sleep(0.01 * n)
    return n


async def bad(n):
    await asyncio.sleep(0.01 * n)
    raise ValueError(f"bad {n}")


async def main():
    await completions()
    results = await asyncio.gather(ok(1), bad(2), ok(3), return_exceptions=True)
    print(results)
    for r in results:
        print(r)
    print(await asyncio.gather(ok(1), ok(2), return_exceptions=False))


asyncio.run(main())
