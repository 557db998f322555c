# Delays are 0.1 s apart so that their order is never a race.
# wait (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, timeout),
# as_completed order, shield.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    ts = [asyncio.create_task(job(n, d), name=n) for n, d in (("a", 0.3), ("b", 0.1), ("c", 0.2))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", names(done), "pending:", names(pending))
    done, pending = await asyncio.wait(ts, timeout=0.15)
    print("after timeout:", names(done), "pending:", names(pending))
    done, pending = await asyncio.wait(ts)
    print("all:", names(done), "pending:", names(pending))
    fs = [asyncio.create_task(job("x", 0.1, True), name="x"), asyncio.create_task(job("y", 0.3), name="y")]
    done, pending = await asyncio.wait(fs, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", names(done), "pending:", names(pending))
    await fs[1]
    for coro in asyncio.as_completed([job("slow", 0.3), job("fast", 0.1), job("mid", 0.2)]):
        print("as_completed ->", await coro)
    try:
        for coro in asyncio.as_completed([job("late", 1)], timeout=0.1):
            await coro
    except TimeoutError:
        print("as_completed timeout")
    inner = asyncio.create_task(job("inner", 0.2))
    async def outer():
        return await asyncio.shield(inner)
    o = asyncio.create_task(outer())
    await asyncio.sleep(0.1)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled?", inner.cancelled())
    print("inner result", await inner)

asyncio.run(main())
