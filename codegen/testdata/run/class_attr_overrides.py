# Class attributes that subclasses define again, read through instances:
# each read finds the nearest definition of the instance's own class,
# also from the base's methods and after a store through a class.
import asyncio


class Worker:
    kind = "generic"
    retries = 1
    label = "w"

    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"{self.name}: {self.kind} x{self.retries} ({self.label})"

    async def run(self, n):
        total = 0
        for attempt in range(self.retries):
            await asyncio.sleep(0)
            total += n * (attempt + 1)
        return f"{self.kind}:{total}"


class FastWorker(Worker):
    kind = "fast"


class RetryingWorker(Worker):
    retries = 3

    def describe(self):
        return "retrying " + super().describe()


class PatientWorker(RetryingWorker):
    kind = "patient"
    retries = 5


async def main():
    workers = [Worker("a"), FastWorker("b"), RetryingWorker("c"), PatientWorker("d")]
    for w in workers:
        print(w.describe(), w.kind, w.retries)
    print(await asyncio.gather(*[w.run(2) for w in workers]))
    RetryingWorker.retries = 2
    Worker.kind = "plain"
    for w in workers:
        print(w.describe())
    print(Worker.kind, FastWorker.kind, RetryingWorker.retries, PatientWorker.retries)
    r: RetryingWorker = workers[3]
    print(r.retries, r.kind)


asyncio.run(main())
