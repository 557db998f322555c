# Functions defined inside functions: closures over the enclosing
# variables, nested coroutines run as tasks, recursion, and a def whose
# body reads a variable assigned after it.
import asyncio


async def main():
    results = []
    prefix = "job"

    async def worker(n, delay):
        await asyncio.sleep(delay)
        results.append(f"{prefix}-{n}")
        return n * 10

    def fact(n):
        if n <= 1:
            return 1
        return n * fact(n - 1)

    def report():
        return f"{len(results)} results, last limit {limit}"

    limit = 3
    totals = await asyncio.gather(worker(1, 0.02), worker(2, 0.01), worker(3, 0.03))
    print(totals, results, fact(5))
    print(report())
    limit = 4
    print(report())
    task = asyncio.create_task(worker(4, 0))
    print(await task, results[-1])

    def counter():
        count = 0
        for _ in range(3):
            count += 1
        return count

    print(counter())


async def late_binding():
    # Each closure reads the loop's one variable when it runs: CPython
    # prints its last value three times.
    tasks = []
    for i in range(3):
        async def job():
            await asyncio.sleep(0)
            return i
        tasks.append(asyncio.create_task(job()))
    print(await asyncio.gather(*tasks))


asyncio.run(main())
asyncio.run(late_binding())
