# Workload 5: TASKS tasks each sleep a different short delay, task i for
# (i + 1) * STEP seconds (0.1 us apart, at most 1 ms), so the loop works
# through TASKS distinct timers. Prints the number of results and their sum.
import asyncio

TASKS = 10_000
STEP = 0.0000001


async def sleeper(i):
    await asyncio.sleep((i + 1) * STEP)
    return i


async def main():
    coros = []
    for i in range(TASKS):
        coros.append(sleeper(i))
    results = await asyncio.gather(*coros)
    print(len(results), sum(results))


asyncio.run(main())
