# Workload 1: spawn and gather N tasks that each yield once with sleep(0).
# Prints the number of results and their sum.
import asyncio

N = 100_000


async def worker(i):
    await asyncio.sleep(0)
    return i


async def main():
    coros = []
    for i in range(N):
        coros.append(worker(i))
    results = await asyncio.gather(*coros)
    print(len(results), sum(results))


asyncio.run(main())
