"""A job scheduler: jobs are ordered dataclasses in a PriorityQueue,
dependencies are tracked per job, a job whose dependency failed is
skipped with a custom exception, and the run is reported in order."""
import asyncio
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Set


class Skipped(Exception):
    def __init__(self, job: str, because: str):
        super().__init__(f"{job} skipped because {because} failed")
        self.job = job
        self.because = because


@dataclass(order=True)
class Job:
    priority: int
    name: str
    deps: List[str] = field(default_factory=list, compare=False)
    fails: bool = field(default=False, compare=False)


class Scheduler:
    def __init__(self, jobs: List[Job]):
        self.jobs = {j.name: j for j in jobs}
        self.done: Dict[str, bool] = {}
        self.order: List[str] = []

    def blocker(self, job: Job) -> Optional[str]:
        for dep in job.deps:
            if self.done.get(dep) is False:
                return dep
        return None

    def ready(self, job: Job) -> bool:
        return all(dep in self.done for dep in job.deps)

    async def run_one(self, job: Job):
        await asyncio.sleep(0)
        bad = self.blocker(job)
        if bad is not None:
            raise Skipped(job.name, bad)
        if job.fails:
            raise RuntimeError(f"{job.name} crashed")
        self.order.append(job.name)

    async def run(self):
        pending = asyncio.PriorityQueue()
        for job in self.jobs.values():
            pending.put_nowait(job)
        waiting: List[Job] = []
        while not pending.empty():
            job = pending.get_nowait()
            if not self.ready(job):
                waiting.append(job)
                continue
            try:
                await self.run_one(job)
                self.done[job.name] = True
            except Skipped as e:
                print("skip:", e)
                self.done[job.name] = False
            except RuntimeError as e:
                print("fail:", e)
                self.done[job.name] = False
            for w in waiting:
                pending.put_nowait(w)
            waiting = []
        print("never ready:", [w.name for w in waiting])


async def main():
    jobs = [
        Job(2, "build", ["fetch"]),
        Job(1, "fetch"),
        Job(3, "test", ["build"]),
        Job(3, "lint", ["fetch"], fails=True),
        Job(4, "deploy", ["test", "lint"]),
        Job(5, "notify", ["ghost"]),
    ]
    s = Scheduler(jobs)
    await s.run()
    print(s.order)
    print(sorted((k, v) for k, v in s.done.items()))


asyncio.run(main())
