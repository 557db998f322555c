# Loops over a list of pairs with two targets, compared with CPython.
import asyncio


async def task(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    jobs = [("A", 0.02), ("B", 0.01), ("C", 0.03)]
    coros = []
    for name, delay in jobs:
        print("scheduling", name, delay)
        coros.append(task(name, delay))
    print(await asyncio.gather(*coros))
    results = [(n, len(n)) for n, _ in jobs]
    for n, size in results:
        print(n, size)


asyncio.run(main())
