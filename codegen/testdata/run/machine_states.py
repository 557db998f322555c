# Machines whose branches, loop heads and joins would only pass control
# on to the next state (an await first in a branch or a loop body, an if
# ending a while body, a branch that only breaks): those states are left
# out, and every jump to one goes straight to its target.
import asyncio


async def first_await(n):
    await asyncio.sleep(0)
    return n + 1


async def spin(q):
    total = 0
    while True:
        x = await q.get()
        if x < 0:
            break
        if x % 2 == 0:
            await asyncio.sleep(0)
            total += x
    return total


async def nested(n):
    k = 0
    while k < n:
        k += 1
        if k % 3 == 0:
            if k % 2 == 0:
                await asyncio.sleep(0)
                print("six-ish", k)
        else:
            await asyncio.sleep(0)
    return k


async def forever():
    while True:
        await asyncio.sleep(0.05)
        print("tick")


async def main():
    q = asyncio.Queue()
    for x in [1, 2, 3, 4, -1]:
        q.put_nowait(x)
    print(await first_await(1), await spin(q), await nested(7))
    t = asyncio.create_task(forever())
    # Ticks at 0.05 and 0.10 (plus drift), cancelled well before 0.15.
    await asyncio.sleep(0.125)
    t.cancel()
    print("cancelled")


asyncio.run(main())
