# Iterators of the program's own: classes whose __iter__ returns self and
# whose __next__ gives the items until it raises StopIteration, iterated by
# for loops (also in tasks that interleave), comprehensions, list(),
# sorted(), sum(), max(), in, unpacking, next() with and without a
# default, and iter(); a StopIteration escaping a task becomes CPython's
# RuntimeError.
import asyncio


class Countdown:
    def __init__(self, start: int):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self) -> int:
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Pages:
    """Pages of a result set, fetched when they are asked for."""

    def __init__(self, rows, size):
        self.rows = rows
        self.size = size
        self.offset = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.offset >= len(self.rows):
            raise StopIteration()
        page = self.rows[self.offset:self.offset + self.size]
        print("  fetching page at", self.offset)
        self.offset += self.size
        return page


class Backoff:
    def __init__(self, base: float, limit: int):
        self.delay = base
        self.left = limit

    def __iter__(self):
        return self

    def __next__(self) -> float:
        if self.left == 0:
            raise StopIteration
        self.left -= 1
        self.delay *= 2
        return self.delay


async def consume(name, pages):
    for page in pages:
        await asyncio.sleep(0)
        print(name, "got", page)


async def first_delay(backoff):
    return next(backoff)


async def main():
    print(list(Countdown(3)))
    c = Countdown(5)
    print(next(c), next(c), sum(c))
    print(next(c, None), next(c, -1))
    for n in Countdown(2):
        print("n =", n)
    it = iter(Countdown(4))
    print(next(it), [x * 10 for x in it])
    await asyncio.gather(consume("a", Pages(list(range(5)), 2)), consume("b", Pages(["x", "y", "z"], 1)))
    print(sorted(Countdown(3)), max(Countdown(4)), 2 in Countdown(3), 9 in Countdown(3))
    a, b = Countdown(2)
    print(a, b)
    for attempt, delay in enumerate(Backoff(0.25, 3), 1):
        print(f"attempt {attempt}: waiting {delay:.2f}s")
    print(await first_delay(Backoff(1.0, 1)))
    task = asyncio.create_task(first_delay(Backoff(1.0, 0)))
    try:
        await task
    except RuntimeError as e:
        print("task failed:", e)
    try:
        next(Countdown(0))
    except StopIteration:
        print("stopped")
    print(next(Countdown(0), "done"))


asyncio.run(main())
