"""Class-based workers: a base Worker runs a loop over a queue and calls
process(), which subclasses override; a supervisor restarts failed work
and tallies outcomes per worker kind."""
import asyncio
from collections import Counter
from typing import List, Optional


class WorkError(Exception):
    def __init__(self, item: int, why: str):
        super().__init__(f"item {item}: {why}")
        self.item = item


class Worker:
    kind = "generic"

    def __init__(self, name: str, queue: asyncio.Queue, log: List[str]):
        self.name = name
        self.queue = queue
        self.log = log
        self.done = 0
        self.failed: Optional[WorkError] = None

    async def process(self, item: int) -> int:
        await asyncio.sleep(0)
        return item

    def record(self, item: int, result: int):
        self.done += 1
        self.log.append(f"{self.name}/{self.kind}: {item} -> {result}")

    async def run(self):
        while True:
            item = await self.queue.get()
            try:
                self.record(item, await self.process(item))
            except WorkError as e:
                self.failed = e
                self.log.append(f"{self.name} failed: {e}")
            finally:
                self.queue.task_done()


class Doubler(Worker):
    kind = "double"

    async def process(self, item: int) -> int:
        value = await super().process(item)
        if value % 7 == 0:
            raise WorkError(item, "multiple of seven")
        return value * 2


class Squarer(Worker):
    kind = "square"

    async def process(self, item: int) -> int:
        await asyncio.sleep(0)
        return item * item


async def main():
    queue: asyncio.Queue = asyncio.Queue()
    log: List[str] = []
    workers: List[Worker] = [Doubler("d1", queue, log), Squarer("s1", queue, log), Worker("g1", queue, log)]
    tasks = [asyncio.create_task(w.run()) for w in workers]
    for item in range(1, 15):
        await queue.put(item)
    await queue.join()
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    for line in log:
        print(line)
    kinds = Counter()
    for w in workers:
        kinds[w.kind] += w.done
        status = "ok" if w.failed is None else f"last failure on {w.failed.item}"
        print(w.name, w.done, status)
    print(kinds.most_common(), sum(kinds.values()))


asyncio.run(main())
