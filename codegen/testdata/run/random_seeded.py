# The random module seeded: the same numbers as CPython draws, also as the
# random delays of a simulated workload.
import asyncio
import random


async def worker(name, q):
    while True:
        item = await q.get()
        if item is None:
            break
        await asyncio.sleep(random.uniform(0.001, 0.01))
        print(name, "handled", item)


async def main():
    random.seed(42)
    print(random.random(), random.randint(1, 10), random.uniform(1, 2), random.randrange(100), random.randrange(5, 50))
    jobs = list_of(12)
    random.shuffle(jobs)
    print(jobs, random.choice(jobs))
    q = asyncio.Queue()
    for j in jobs[:6]:
        q.put_nowait(j)
    q.put_nowait(None)
    await worker("w1", q)
    random.seed(-7)
    print([random.randint(0, 1000000) for _ in range(5)])
    random.seed(2**40 + 3)
    print(random.randrange(2**40), random.random())
    try:
        random.randrange(5, 5)
    except ValueError as e:
        print("ValueError:", e)


def list_of(n):
    return [i * i for i in range(n)]


asyncio.run(main())
