# Condition, Barrier, BoundedSemaphore, LifoQueue and PriorityQueue, in
# the order CPython wakes and serves their waiters.
import asyncio


async def consumer(cond, name, box):
    async with cond:
        while len(box) == 0:
            print(name, "waits")
            await cond.wait()
        item = box.pop()
        print(name, "got", item)


async def producer(cond, box):
    for i in range(3):
        await asyncio.sleep(0.01)
        async with cond:
            box.append(i)
            print("produced", i)
            cond.notify()
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify_all()


async def runner(barrier, name, delay):
    await asyncio.sleep(delay)
    print(name, "arrives")
    index = await barrier.wait()
    print(name, "passes with index", index)


async def limited(sem, name):
    async with sem:
        print(name, "in, locked:", sem.locked())
        await asyncio.sleep(0.01)
    print(name, "out")


async def main():
    cond = asyncio.Condition()
    box = []
    await asyncio.gather(consumer(cond, "c1", box), consumer(cond, "c2", box), consumer(cond, "c3", box), producer(cond, box))

    barrier = asyncio.Barrier(3)
    await asyncio.gather(runner(barrier, "r1", 0.03), runner(barrier, "r2", 0.01), runner(barrier, "r3", 0.02))

    sem = asyncio.BoundedSemaphore(2)
    await asyncio.gather(limited(sem, "a"), limited(sem, "b"), limited(sem, "c"))
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)

    lifo = asyncio.LifoQueue()
    for i in range(3):
        lifo.put_nowait(i)
    print([lifo.get_nowait() for _ in range(3)])

    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "also high")]:
        await pq.put(item)
    while not pq.empty():
        print(await pq.get())


asyncio.run(main())
