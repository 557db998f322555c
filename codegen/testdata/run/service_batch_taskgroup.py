"""A batch runner: jobs run in a TaskGroup; failing jobs raise their own
exception class, the group's ExceptionGroup is unpacked, and the results
of the survivors are summarised."""
import asyncio
from dataclasses import dataclass
from typing import Dict, List


class JobFailed(Exception):
    def __init__(self, job: str, code: int):
        super().__init__(f"job {job} failed with code {code}")
        self.job = job
        self.code = code


class Retryable(JobFailed):
    pass


@dataclass
class Result:
    job: str
    value: int


async def run_job(name: str, cost: int, results: Dict[str, Result]) -> None:
    for _ in range(cost):
        await asyncio.sleep(0)
    if name.startswith("bad"):
        raise JobFailed(name, cost)
    if name.startswith("flaky"):
        raise Retryable(name, 75)
    results[name] = Result(name, cost * 10)


async def run_batch(jobs: List[str]) -> Dict[str, Result]:
    results: Dict[str, Result] = {}
    try:
        async with asyncio.TaskGroup() as tg:
            for i, name in enumerate(jobs):
                tg.create_task(run_job(name, i + 1, results))
    except ExceptionGroup as eg:
        print(f"{len(eg.exceptions)} failure(s):", eg)
        for exc in eg.exceptions:
            if isinstance(exc, Retryable):
                print("  retry later:", exc.job, exc.code)
            elif isinstance(exc, JobFailed):
                print("  failed:", exc.job, exc.code, exc)
            else:
                print("  unexpected:", repr(exc))
    return results


async def main():
    ok = await run_batch(["a", "b", "c"])
    print(sorted(r.value for r in ok.values()))
    partial = await run_batch(["x", "bad1", "y", "flaky", "z"])
    print(sorted(partial), [partial[k] for k in sorted(partial)])


asyncio.run(main())
