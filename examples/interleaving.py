# Task interleaving: created tasks start only when main suspends, sleep(0)
# yields exactly once, and equal deadlines fire in scheduling order.
import asyncio


async def worker(name, steps):
    for i in range(steps):
        print(name, "step", i)
        await asyncio.sleep(0)
    return name + " done"


async def napper(name, delay):
    await asyncio.sleep(delay)
    print("woke", name, delay)


async def main():
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 2))
    print("tasks created")
    await asyncio.sleep(0)
    print("main resumed")
    print(await t1, await t2)
    await asyncio.gather(napper("x", 0.02), napper("y", 0.01), napper("z", 0.02))


asyncio.run(main())
