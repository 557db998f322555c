# Dict comprehensions, compared with CPython.
import asyncio


async def fetch(name):
    await asyncio.sleep(0.01)
    return len(name)


async def main():
    names = ["alpha", "be", "gamma"]
    sizes = await asyncio.gather(*[fetch(n) for n in names])
    by_name = {n: s for n, s in zip(names, sizes)}
    print(by_name)
    squares = {i: i * i for i in range(5) if i % 2 == 0}
    print(squares, len(squares))
    inverted = {v: k for k, v in by_name.items()}
    print(inverted)


asyncio.run(main())
