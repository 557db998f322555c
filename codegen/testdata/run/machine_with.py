# async with lock/semaphore around awaits in stackless coroutines: every
# way out of the block releases the lock (its end, break, continue,
# return, an exception or a cancellation at an await inside it), and the
# next waiter gets it in CPython's order.
import asyncio


async def fail_inside(lock, name, n):
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(0)
        if n == 1:
            raise ValueError(name + " failed")
        print(name, "leaves")
    return name


async def sleeper(lock, name):
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(10)
        print(name, "never gets here")


async def boom():
    await asyncio.sleep(0)
    raise KeyError("inner")


async def nested_fail(lock):
    async with lock:
        print("nested has the lock")
        await boom()


async def loops(lock, n):
    total = 0
    for i in range(n):
        async with lock:
            await asyncio.sleep(0)
            if i == 1:
                continue
            if i == 3:
                break
            total += i
    while True:
        async with lock:
            await asyncio.sleep(0)
            if total > 0:
                return total * 10
            total += 1


async def waiter(lock, name):
    async with lock:
        print(name, "got the lock", lock.locked())
        await asyncio.sleep(0)
    return name


async def sem_worker(sem, i):
    async with sem:
        print("sem in", i)
        await asyncio.sleep(0)
        print("sem out", i)
    return i


async def main():
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(fail_inside(lock, "a", 0)), asyncio.create_task(fail_inside(lock, "b", 1)),
             asyncio.create_task(waiter(lock, "c"))]
    for task in tasks:
        try:
            print(await task, lock.locked())
        except ValueError as e:
            print("ValueError", e, lock.locked())

    t = asyncio.create_task(sleeper(lock, "s"))
    w1 = asyncio.create_task(waiter(lock, "w1"))
    w2 = asyncio.create_task(waiter(lock, "w2"))
    await asyncio.sleep(0)
    t.cancel()
    print(await w1, await w2, t.cancelled(), lock.locked())

    try:
        await asyncio.gather(nested_fail(lock), waiter(lock, "after nested"))
    except KeyError as e:
        print("KeyError", e, lock.locked())
    await asyncio.sleep(0)
    print(lock.locked())

    print(await asyncio.gather(loops(lock, 5), loops(lock, 2)), lock.locked())

    sem = asyncio.Semaphore(2)
    print(await asyncio.gather(*[sem_worker(sem, i) for i in range(4)]))


asyncio.run(main())
