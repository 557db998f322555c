import asyncio


async def some_async_func(n):
    print(f"task {n} starting")
    await asyncio.sleep(0.1 * n)
    print(f"task {n} done")
    return n * 10


async def main():
    task1 = asyncio.create_task(some_async_func(1))
    task2 = asyncio.create_task(some_async_func(2))
    print("Tasks created, doing other work...")
    r1 = await task1
    r2 = await task2
    print(r1 + r2, task1.done())


if __name__ == "__main__":
    asyncio.run(main())
