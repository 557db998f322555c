# Functions and coroutines whose every path returns a value (inside try,
# after a raise, out of while True) have that value's type, and a
# coroutine returning from inside `async with` releases what it holds.
import asyncio


async def parse(text):
    try:
        await asyncio.sleep(0)
        return int(text) + 1
    except ValueError:
        return -1


def sign(n):
    if n > 0:
        return 1
    elif n < 0:
        return -1
    raise ValueError("zero")


def first_over(xs, limit):
    i = 0
    while True:
        if xs[i] > limit:
            return xs[i]
        i += 1


async def held(sem, i):
    async with sem:
        return await asyncio.sleep(0)


async def held_value(lock, i):
    async with lock:
        await asyncio.sleep(0)
        return i * 2


async def main():
    print(await parse("41") * 2, await parse("x") * 2)
    print(sign(5) + sign(-3))
    try:
        sign(0)
    except ValueError as e:
        print("error:", e)
    print(first_over([1, 5, 9], 4) + 1)
    sem = asyncio.Semaphore(3)
    done = await asyncio.gather(*[held(sem, i) for i in range(20)])
    print(len(done), done[0])
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(held_value(lock, i)) for i in range(5)]
    total = 0
    for t in tasks:
        total += await t
    print(total, lock.locked())


asyncio.run(main())
