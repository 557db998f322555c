import asyncio

# A scheduler picking jobs with min/max(key=, default=), sorted() of
# dicts, strs and dict views, and list() of iterables.


async def run_job(name: str, cost: int, done: dict) -> None:
    await asyncio.sleep(cost / 100)
    done[name] = cost * 10


async def main():
    jobs = [("build", 3), ("test", 5), ("lint", 1), ("docs", 5)]
    print("longest", max(jobs, key=lambda j: j[1]), "shortest", min(jobs, key=lambda j: j[1]))
    print("first by name", min(jobs, key=lambda j: j[0]), "last", max(jobs, key=lambda j: j[0]))
    calls = []

    def cost_of(job):
        calls.append(job[0])
        return job[1]

    print(max(jobs, key=lambda j: cost_of(j)), calls)
    done = {}
    await asyncio.gather(*[run_job(n, c, done) for n, c in jobs])
    print(done, sorted(done), sorted(done, key=lambda k: done[k]), sorted(done, reverse=True))
    print(sorted(done.values()), sorted(done.items(), key=lambda kv: -kv[1]), list(done.keys()))
    print(list(done), list("job"), list(), list(c * 2 for n, c in jobs), sorted("scheduler"))
    empty = []
    print(max(empty, default=0), min([4, 2], default=9), max(["a", "b"], default="z"))
    print(min([], key=lambda x: x, default="nothing"), max([2, 7, 7], key=lambda x: -x, default=0))
    words = ["kiwi", "fig", "banana", "pear"]
    print(max(words, key=lambda w: len(w)), min(words, key=lambda w: len(w)), sorted(words, key=lambda w: w[-1]))
    copy = list(words)
    copy.append("plum")
    print(len(words), len(copy))
    try:
        print(min(empty, key=lambda x: x))
    except ValueError as err:
        print("ValueError:", err)
    try:
        print(max([1, "a"], key=lambda x: x))
    except TypeError as err:
        print("TypeError:", err)
    print(max(empty, key=lambda x: x))


asyncio.run(main())
