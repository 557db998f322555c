# The tutorial's TaskGroup (Python 3.11+): the block waits for every task
# it created; when one fails, the others are cancelled and the failures
# come out together as an ExceptionGroup.
import asyncio


async def some_async_func(n):
    await asyncio.sleep(0.1 * n)
    print(f"task {n} done")
    return n * 10


async def fragile(n):
    await asyncio.sleep(0.1 * n)
    if n == 2:
        raise ValueError(f"task {n} failed")
    print(f"task {n} done")


async def main():
    async with asyncio.TaskGroup() as tg:
        first = tg.create_task(some_async_func(1))
        second = tg.create_task(some_async_func(2))
    # All tasks completed or cancelled
    print(first.result() + second.result())

    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(1, 4):
                tg.create_task(fragile(n))
    except ExceptionGroup as eg:
        print(f"caught {eg}")


asyncio.run(main())
