# Workload 6: TASKS tasks share the numbers 1..TOTAL and sum their collatz
# step counts, each yielding with sleep(0) after every 100th number, so the
# loop interleaves CPU-bound Python code. Prints the total number of steps.
import asyncio

TASKS = 100
TOTAL = 200_000


async def worker(k):
    per = TOTAL // TASKS
    steps = 0
    for i in range(k * per + 1, (k + 1) * per + 1):
        x = i
        while x != 1:
            if x % 2 == 0:
                x = x // 2
            else:
                x = 3 * x + 1
            steps += 1
        if i % 100 == 0:
            await asyncio.sleep(0)
    return steps


async def main():
    coros = []
    for k in range(TASKS):
        coros.append(worker(k))
    results = await asyncio.gather(*coros)
    print(sum(results))


asyncio.run(main())
