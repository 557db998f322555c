# create_task schedules a coroutine; it first runs when main suspends.
import asyncio


async def some_async_func(n):
    print(f"func {n} starting")
    await asyncio.sleep(0.1 * n)
    print(f"func {n} done")
    return n * 10


async def main():
    task1 = asyncio.create_task(some_async_func(1))
    task2 = asyncio.create_task(some_async_func(2))

    # Do other work here
    print("Tasks created, doing other work...")

    # Wait for both to complete
    r1 = await task1
    r2 = await task2
    print("results:", r1, r2)


asyncio.run(main())
