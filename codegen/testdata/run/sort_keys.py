# Sorting with key= lambdas and reverse=, compared with CPython.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return (name, delay)


async def main():
    results = await asyncio.gather(job("c", 0.03), job("a", 0.02), job("b", 0.01))
    print(sorted(results, key=lambda r: r[1]))
    print(sorted(results, key=lambda r: r[0], reverse=True))
    names = ["worker-10", "worker-2", "Worker-1"]
    names.sort(key=lambda n: n.lower())
    print(names)
    names.sort(key=lambda n: len(n), reverse=True)
    print(names)
    names.sort(reverse=True)
    print(names)
    scale = 3
    nums = [4, -7, 2, -1]
    print(sorted(nums, key=lambda x: abs(x) * scale), sorted(nums))


asyncio.run(main())
