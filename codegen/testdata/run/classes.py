# Classes with attributes and methods, plain and async: workers sharing a
# counter through a queue, compared with CPython.
import asyncio


class Counter:
    """Counts what workers did."""

    def __init__(self, name, start=0):
        self.name = name
        self.count = start
        self.log = []

    def bump(self, by):
        self.count += by
        self.log.append(by)
        return self.count

    async def slow_bump(self, by, delay):
        await asyncio.sleep(delay)
        return self.bump(by)


class Worker:
    def __init__(self, name, counter):
        self.name = name
        self.counter = counter
        self.done = 0

    async def run(self, queue):
        while True:
            item = await queue.get()
            if item is None:
                queue.task_done()
                break
            total = await self.counter.slow_bump(item, 0.001 * item)
            self.done += 1
            print(f"{self.name} added {item}, total {total}")
            queue.task_done()


async def main():
    counter = Counter("shared")
    queue = asyncio.Queue()
    workers = [Worker("w1", counter), Worker("w2", counter)]
    tasks = [asyncio.create_task(w.run(queue)) for w in workers]
    for i in range(1, 6):
        await queue.put(i)
    for _ in workers:
        await queue.put(None)
    await queue.join()
    await asyncio.gather(*tasks)
    print(counter.name, counter.count, counter.log)
    print([w.done for w in workers])
    c2 = Counter("other", start=10)
    print(c2.bump(5), await c2.slow_bump(1, 0))


asyncio.run(main())
