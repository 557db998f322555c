import asyncio
import random
from dataclasses import dataclass, field
from typing import Optional, List


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    retries: int = field(default=0, compare=False)


class RateLimiter:
    def __init__(self, rate: int):
        self.rate = rate
        self.tokens = rate
        self.lock = asyncio.Lock()

    async def acquire(self):
        async with self.lock:
            while self.tokens <= 0:
                await asyncio.sleep(0.01)
                self.tokens = self.rate
            self.tokens -= 1


class Cache:
    def __init__(self):
        self.data = {}

    def get(self, key: str) -> Optional[str]:
        return self.data.get(key)

    def put(self, key: str, value: str):
        self.data[key] = value


async def process(job: Job, cache: Cache, limiter: RateLimiter) -> str:
    await limiter.acquire()
    cached = cache.get(job.name)
    if cached is not None:
        return f"{job.name}: cached {cached}"
    await asyncio.sleep(0.001 * job.priority)
    result = job.name.upper()
    cache.put(job.name, result)
    return f"{job.name}: computed {result}"


async def worker(wid: int, queue: asyncio.PriorityQueue, cache: Cache, limiter: RateLimiter, out: List[str]):
    while True:
        job = await queue.get()
        try:
            out.append(f"w{wid} " + await process(job, cache, limiter))
        finally:
            queue.task_done()


async def main():
    random.seed(7)
    queue: asyncio.PriorityQueue = asyncio.PriorityQueue()
    for i, name in enumerate(["alpha", "beta", "gamma", "alpha", "delta", "beta"]):
        await queue.put(Job(random.randint(1, 5), name))
    cache = Cache()
    limiter = RateLimiter(2)
    out: List[str] = []
    workers = [asyncio.create_task(worker(i, queue, cache, limiter, out)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    for line in sorted(out):
        print(line)
    print(len(cache.data), sorted(cache.data))


asyncio.run(main())
