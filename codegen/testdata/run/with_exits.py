# Every way out of `async with` releases exactly what it holds, once:
# return (with a value, with None, of an await), break, continue, an
# exception and cancellation, from nested blocks and loops.
import asyncio


def state(lock, sem):
    return f"lock={lock.locked()} sem={sem.locked()}"


async def ret_value(lock, sem, i):
    async with sem:
        async with lock:
            await asyncio.sleep(0)
            if i % 2 == 0:
                return i
        await asyncio.sleep(0)
    return -i


async def ret_none(lock, sem):
    async with lock:
        await asyncio.sleep(0)
        return


async def ret_await(lock, sem):
    async with sem:
        async with lock:
            return await asyncio.sleep(0)


async def loop_exits(lock, sem):
    seen = []
    for i in range(6):
        async with sem:
            async with lock:
                await asyncio.sleep(0)
                if i == 1:
                    continue
                if i == 4:
                    break
                seen.append(i)
            seen.append(-i)
    return seen


async def while_exits(lock, sem):
    n = 0
    while True:
        async with lock:
            n += 1
            await asyncio.sleep(0)
            if n < 3:
                continue
            break
    return n


async def raises(lock, sem):
    async with sem:
        async with lock:
            await asyncio.sleep(0)
            raise ValueError("inside")


async def holder(lock, sem, log):
    async with lock:
        log.append("holding")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        log.append("not reached")


async def main():
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(2)
    print(await asyncio.gather(*[ret_value(lock, sem, i) for i in range(5)]), state(lock, sem))
    print(await ret_none(lock, sem), state(lock, sem))
    print(await asyncio.gather(ret_await(lock, sem), ret_await(lock, sem), ret_await(lock, sem)), state(lock, sem))
    print(await loop_exits(lock, sem), state(lock, sem))
    print(await while_exits(lock, sem), state(lock, sem))
    try:
        await raises(lock, sem)
    except ValueError as e:
        print("caught", e, state(lock, sem))
    log = []
    t = asyncio.create_task(holder(lock, sem, log))
    await asyncio.sleep(0)
    print(log, state(lock, sem))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", log, state(lock, sem))
    results = await asyncio.gather(raises(lock, sem), ret_value(lock, sem, 2), return_exceptions=True)
    print(results[1], state(lock, sem))


asyncio.run(main())
