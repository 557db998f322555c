# A bounded queue: put blocks while the queue is full, so the producer and
# the consumers take turns.
import asyncio


async def producer(q, n):
    for i in range(n):
        print("put", i)
        await q.put(i)
    print("producer done")


async def consumer(q, name, n):
    for _ in range(n):
        x = await q.get()
        print(name, "got", x, "size", q.qsize())
        q.task_done()


async def main():
    q = asyncio.Queue(2)
    await asyncio.gather(producer(q, 6), consumer(q, "c1", 3), consumer(q, "c2", 3))
    print("empty:", q.empty())


asyncio.run(main())
