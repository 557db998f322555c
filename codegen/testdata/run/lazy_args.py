# A library coroutine made now and awaited later evaluates its receiver
# and arguments when it is made, as CPython does.
import asyncio


def double(n):
    return n * 2


async def main():
    coros = []
    d = 0.03
    for i in range(3):
        coros.append(asyncio.sleep(d, i))
        d = d - 0.01
    q = asyncio.Queue()
    getter = q.get()
    q = asyncio.Queue()
    q.put_nowait("second queue")
    results = await asyncio.gather(*coros)
    print(results)
    t = asyncio.create_task(getter)
    await asyncio.sleep(0.01)
    print(t.done())
    t.cancel()
    n = 5
    threaded = asyncio.to_thread(double, n)
    n = 100
    print(await threaded)
    limited = asyncio.wait_for(asyncio.sleep(0.01, n), 1)
    n = 7
    print(await limited)


asyncio.run(main())
