# range() evaluates its bounds once, before the loop binds its variable,
# in stackless coroutines (the stop is kept) and stackful ones alike.
import asyncio


def start():
    print("start evaluated")
    return 1


async def stackful():
    i = 3
    for i in range(start(), i * 2):
        await asyncio.sleep(0)
        print(i)


async def stackless(n):
    total = 0
    for j in range(n, n * 3 + 1, 2):
        await asyncio.sleep(0)
        total += j
    for k in range(n * 2, n - 1, -1):
        await asyncio.sleep(0)
        total -= k
    return total


async def main():
    await stackful()
    print(await asyncio.gather(stackless(2), stackless(5)))


asyncio.run(main())
