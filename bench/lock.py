# Workload 3: TASKS tasks each take one Lock TURNS times and yield with
# sleep(0) while holding it. The counter is read before the yield and
# written after it, so a lock that let two tasks in would lose updates.
# Prints the final counter (TASKS * TURNS).
import asyncio

TASKS = 1_000
TURNS = 100


async def worker(lock, counter):
    for _ in range(TURNS):
        async with lock:
            v = counter[0]
            await asyncio.sleep(0)
            counter[0] = v + 1


async def main():
    lock = asyncio.Lock()
    counter = [0]
    coros = []
    for _ in range(TASKS):
        coros.append(worker(lock, counter))
    await asyncio.gather(*coros)
    print(counter[0])


asyncio.run(main())
