# Class-based workers with a base class: a list of Worker holds FastWorker
# and SlowWorker instances, and each one's overrides run, async methods
# included; super() reaches the base's __init__ and methods.
import asyncio


class Worker:
    """Takes jobs from a queue and reports what it did."""

    def __init__(self, name, delay):
        self.name = name
        self.delay = delay
        self.done = []
        self.errors = 0

    def label(self):
        return f"worker {self.name}"

    def cost(self, job):
        return job * 2

    async def handle(self, job):
        await asyncio.sleep(self.delay)
        return self.cost(job)

    async def run(self, queue, results):
        while True:
            job = await queue.get()
            if job is None:
                queue.task_done()
                break
            try:
                value = await self.handle(job)
                self.done.append(job)
                results.append(f"{self.label()}: {job} -> {value}")
            except ValueError as e:
                self.errors += 1
                results.append(f"{self.label()}: {job} failed ({e})")
            queue.task_done()

    def summary(self):
        return f"{self.label()} did {len(self.done)} jobs, {self.errors} errors"


class FastWorker(Worker):
    def __init__(self, name):
        super().__init__(name, 0.05)
        self.bonus = 1

    def cost(self, job):
        return job + self.bonus

    def label(self):
        return "fast " + super().label()


class SlowWorker(Worker):
    def __init__(self, name, factor):
        super().__init__(name, 0.3)
        self.factor = factor

    async def handle(self, job):
        base = await super().handle(job)
        if job == 2:
            raise ValueError(f"job {job} is cursed")
        return base * self.factor


class PickyWorker(SlowWorker):
    def cost(self, job):
        return -job


async def main():
    queue = asyncio.Queue()
    results = []
    workers = [FastWorker("a"), SlowWorker("b", 10), PickyWorker("c", 3), Worker("d", 0.125)]
    tasks = [asyncio.create_task(w.run(queue, results)) for w in workers]
    for job in range(1, 7):
        await queue.put(job)
    for _ in workers:
        await queue.put(None)
    await queue.join()
    await asyncio.gather(*tasks)
    for line in results:
        print(line)
    for w in workers:
        print(w.summary(), w.done, w.delay)
    best = workers[0]
    for w in workers:
        if len(w.done) > len(best.done):
            best = w
    print("best:", best.label())
    print(sum([await w.handle(2) for w in workers if w.name != "b" and w.name != "c"]))


asyncio.run(main())
