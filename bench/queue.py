# Workload 2: N items through a Queue of MAXSIZE (0 = unbounded), one
# producer task and the main task as the consumer. bench/run runs it with
# MAXSIZE 0, 1 and 100. Prints the count and the sum of the items received.
import asyncio

N = 1_000_000
MAXSIZE = 0


async def producer(q):
    for i in range(N):
        await q.put(i)


async def main():
    q = asyncio.Queue(MAXSIZE)
    p = asyncio.create_task(producer(q))
    total = 0
    for _ in range(N):
        total += await q.get()
    await p
    print(N, total)


asyncio.run(main())
