# LifoQueue, PriorityQueue, QueueFull/QueueEmpty, blocked putters at
# maxsize, a getter that loses the race and waits again, BoundedSemaphore.
import asyncio

async def main():
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print("lifo:", [lq.get_nowait() for _ in range(3)])
    pq = asyncio.PriorityQueue()
    for x in (5, 1, 4, 1, 3):
        pq.put_nowait(x)
    print("priority:", [pq.get_nowait() for _ in range(5)])
    q = asyncio.Queue(2)
    q.put_nowait("a"); q.put_nowait("b")
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull, full() =", q.full(), "qsize =", q.qsize())
    async def putter(x):
        print("putting", x)
        await q.put(x)
        print("put", x)
    ps = [asyncio.create_task(putter(x)) for x in "cd"]
    await asyncio.sleep(0)
    print("got", await q.get())
    await asyncio.sleep(0)
    print("got", await q.get())
    await asyncio.gather(*ps)
    while not q.empty():
        print("drain", q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    # a woken getter re-checks: a task running before it takes the item
    async def slow_getter():
        print("slow getter got", await q.get())
    g = asyncio.create_task(slow_getter())
    await asyncio.sleep(0)
    q.put_nowait(1)
    print("main steals", q.get_nowait())
    await asyncio.sleep(0)
    print("getter still waiting:", not g.done())
    q.put_nowait(2)
    await g
    try:
        q.task_done(); q.task_done(); q.task_done(); q.task_done(); q.task_done(); q.task_done(); q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
