# collections.namedtuple in the pre-typing style: results of concurrent
# fetches as named tuples, with defaults, sorted, unpacked, keyed.
import asyncio
import collections
from collections import namedtuple

Result = namedtuple("Result", "url status elapsed")
Job = collections.namedtuple("Job", ["id", "name", "retries"], defaults=[0])
Point = namedtuple("Point", "x, y")
Window = namedtuple("Window", ("start", "end"), defaults=(0, 10))


async def fetch(job: Job) -> Result:
    await asyncio.sleep(0.01 * job.id)
    status = 200 if job.id % 2 else 404
    return Result(f"http://h/{job.name}", status, job.id * 1.5)


def logged(p):
    print("reading the fields of", p)
    return p


async def main():
    jobs = [Job(3, "c"), Job(1, "a", 2), Job(id=2, name="b")]
    print(jobs)
    results = await asyncio.gather(*[fetch(j) for j in jobs])
    for r in results:
        url, status, elapsed = r
        print(url, status, f"{elapsed:.1f}", r.status == status, r[0] == url)
    print(sorted(results, key=lambda r: r.elapsed))
    ok = [r for r in results if r.status == 200]
    print(len(ok), ok[0].url, sum(r.elapsed for r in ok))
    print(max(jobs), min(jobs, key=lambda j: j.retries))
    by_status = {}
    for r in results:
        by_status.setdefault(r.status, []).append(r.url)
    print(by_status)

    p = Point(1, 2)
    print(p, p == (1, 2), p + Point(3, 4), len(p), hash(p) == hash((1, 2)))
    print(p._replace(y=5), p._asdict(), {p: "origin"}, Point(y=1, x=0) < p)
    print(isinstance(p, tuple), list(p), [x * 2 for x in p], p.x + p[1])
    print(p.index(2), p.count(1), Point(4, 4).count(4), p[1:], p[::-1])
    print(Point._fields, p._fields, {f: getattr(p, f) for f in p._fields})
    print(logged(p)._fields)  # the instance's expression still runs
    print(Window(), Window(5), Window(end=3), {Window(): 1, Window(0, 10): 2})
    try:
        p.x = 4
    except AttributeError as e:
        print("AttributeError", e)


asyncio.run(main())
