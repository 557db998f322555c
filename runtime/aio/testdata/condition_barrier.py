# Condition: notify wakes waiters in wait order and each re-acquires the
# lock; notify(n), notify_all, wait_for. Barrier: indices and release order.
import asyncio

async def waiter(cond, name, box):
    async with cond:
        print(name, "waits")
        await cond.wait()
        print(name, "woke, item", box.pop(0) if box else None)

async def main():
    cond = asyncio.Condition()
    box = []
    ws = [asyncio.create_task(waiter(cond, f"w{i}", box)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        box.append("a")
        cond.notify()
        print("notified 1")
    await asyncio.sleep(0)
    async with cond:
        box.extend(["b", "c"])
        cond.notify(2)
        print("notified 2")
    await asyncio.sleep(0)
    async with cond:
        box.append("d")
        cond.notify_all()
        print("notified all")
    await asyncio.gather(*ws)
    state = {"n": 0}
    async def counter_waiter():
        async with cond:
            await cond.wait_for(lambda: state["n"] >= 3)
            print("predicate true at", state["n"])
    cw = asyncio.create_task(counter_waiter())
    for _ in range(3):
        await asyncio.sleep(0)
        async with cond:
            state["n"] += 1
            print("n =", state["n"])
            cond.notify_all()
    await cw
    print("--- barrier")
    barrier = asyncio.Barrier(3)
    async def party(i):
        print("party", i, "arrives")
        idx = await barrier.wait()
        print("party", i, "passes with index", idx)
    await asyncio.gather(*(party(i) for i in range(3)))
    print("n_waiting", barrier.n_waiting, "broken", barrier.broken)
    async def doomed():
        try:
            await barrier.wait()
        except asyncio.BrokenBarrierError:
            print("doomed: BrokenBarrierError")
    d = asyncio.create_task(doomed())
    await asyncio.sleep(0)
    await barrier.abort()
    await d
    print("broken", barrier.broken)

asyncio.run(main())
