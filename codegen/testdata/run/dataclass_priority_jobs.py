# Jobs with priorities flow through an asyncio.PriorityQueue to workers;
# the dataclass ordering (order=True, the payload left out of comparisons)
# decides which job a worker takes next.
import asyncio
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    payload: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    attempts: int = field(default=0, compare=False)

    def cost(self) -> int:
        total = self.attempts
        for key in self.payload:
            total += self.payload[key]
        return total


@dataclass
class Report:
    worker: str
    done: list[str] = field(default_factory=list)
    total: int = 0

    async def record(self, job: Job) -> None:
        await asyncio.sleep(0)
        self.done.append(job.name)
        self.total += job.cost()


async def worker(name: str, queue: asyncio.PriorityQueue, report: Report) -> None:
    while True:
        job = await queue.get()
        if job.name == "stop":
            queue.task_done()
            break
        print(f"{name} takes {job}")
        if job.attempts == 0 and job.priority > 2:
            job.attempts += 1
            retry = Job(job.priority - 1, job.seq, job.name, job.payload, job.attempts)
            print(f"{name} requeues {retry.name} as {retry!r}")
            await queue.put(retry)
        else:
            await report.record(job)
        await asyncio.sleep(0.02 * job.priority)
        queue.task_done()


async def main() -> None:
    queue = asyncio.PriorityQueue()
    jobs = [
        Job(3, 1, "resize", {"w": 640, "h": 480}),
        Job(1, 2, "email", {"to": 1}),
        Job(2, 3, "index"),
        Job(1, 4, "backup", payload={"disks": 2}),
        Job(5, 5, "report", {"pages": 12}),
    ]
    for job in jobs:
        queue.put_nowait(job)
    print("first:", min(jobs), "last:", max(jobs))
    print("sorted:", [j.name for j in sorted(jobs)])
    print("equal keys:", Job(1, 2, "x") == Job(1, 2, "y"), Job(1, 2, "x") < Job(1, 3, "a"))
    reports = [Report("w1"), Report("w2")]
    workers = [asyncio.create_task(worker(r.worker, queue, r)) for r in reports]
    await queue.join()
    for _ in workers:
        await queue.put(Job(99, 0, "stop"))
    await asyncio.gather(*workers)
    for r in reports:
        print(r)
    print("total cost:", sum(r.total for r in reports))


asyncio.run(main())
