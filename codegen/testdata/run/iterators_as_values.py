# Iterators held as values: iter() of lists, strs, dicts, sets, tuples,
# ranges, instances and JSON values, and itertools.count/cycle/repeat,
# kept in variables, attributes and parameters, shared by tasks, and read
# by next() (with and without a default), for loops, islice, zip,
# enumerate, any/all and list()/sorted()/sum(); a StopIteration that
# escapes a task's coroutine becomes CPython's RuntimeError.
import asyncio
import json
from itertools import count, cycle, islice, repeat

_ids = count(1)


def new_id():
    return next(_ids)


class Bag:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


class Feed:
    def __init__(self, lines):
        self.source = iter(lines)
        self.seen = 0

    def take(self):
        self.seen += 1
        return next(self.source, None)


def first_two(it):
    return next(it), next(it)


async def worker(name, q, colors):
    while True:
        job = await q.get()
        print(name, "job", job, "color", next(colors), "id", new_id())
        q.task_done()


async def consume(name, it):
    for x in it:
        print(name, "took", x)
        await asyncio.sleep(0)


async def drain(it):
    return next(it)


async def dispatch():
    q = asyncio.Queue()
    colors = cycle(["red", "green"])
    workers = [asyncio.create_task(worker(f"w{i}", q, colors)) for i in range(2)]
    for job in islice(count(100, 5), 4):
        await q.put(job)
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    shared = iter(list(range(6)))
    await asyncio.gather(consume("A", shared), consume("B", shared))


async def main():
    print("ids", new_id(), new_id())
    await dispatch()
    it = iter([3, 1, 4, 1, 5, 9, 2, 6])
    print("first", next(it), "then", list(islice(it, 2)), "rest", sorted(it), next(it, None))
    letters = iter("héllo")
    for i, ch in enumerate(letters, 1):
        print(i, ch)
        if ch == "l":
            break
    print("left", list(letters), type(letters).__name__)
    d = {"a": 1, "b": 2, "c": 3}
    keys = iter(d)
    print(next(keys), [k for k in keys])
    nums = iter(range(10))
    print(any(n > 3 for n in nums), next(nums), sum(nums))
    evens = iter([0, 2, 4, 5, 6])
    print(all(evens), list(evens))
    print(list(zip(count(1), "abc")), new_id())
    for i, x in zip(count(), ["x", "y"]):
        print(i, x)
    unknown_start = count(min([], default=7))  # typed before its start is known
    print(list(zip(unknown_start, [])), next(unknown_start))
    r = repeat("z")
    print(next(r), next(r), type(_ids).__name__, type(it).__name__)
    pair = iter([1, 2, 3])
    if pair:
        print(first_two(pair), list(pair))
    a, b = iter("xy")
    print(a, b)
    bag = iter(Bag([7, 8, 9]))
    print(next(bag), list(bag))
    feed = Feed(["l1", "l2"])
    print(feed.take(), feed.take(), feed.take(), feed.seen)
    data = json.loads('{"xs": [1, 2, 3], "name": "n"}')
    dyn = iter(data["xs"])
    print(next(dyn), next(dyn, 0), list(dyn))
    fields = iter(data)
    print(next(fields), next(fields), next(fields, "end"))
    s = iter({5, 3})
    print(next(s), set(s))
    t = iter((1, "two", 3.0))
    print(next(t), list(t))
    mixed = iter([1, "a"]) if new_id() > 0 else iter(["b"])
    print(list(mixed))
    try:
        iter(5)
    except TypeError as e:
        print("TypeError", e)
    try:
        next(data["xs"])
    except TypeError as e:
        print("TypeError", e)
    try:
        next(it)
    except StopIteration:
        print("exhausted")
    grown = [1]
    g = iter(grown)
    print(next(g), next(g, "none"))
    grown.append(2)
    print(next(g, "still none"))
    try:
        await asyncio.create_task(drain(t))
    except RuntimeError as e:
        print("RuntimeError", e)



def list_or_counter(short):
    if short:
        return [1, 2, 3]
    return count(10)


def held_as_any():
    # One variable for a list and an endless iterator: zip, enumerate
    # and any() take only the items CPython takes.
    for short in [True, False]:
        x = list_or_counter(short)
        print(list(zip(x, "ab")))
        for i, v in enumerate(x):
            if i > 1:
                break
            print(i, v)
        print(list(zip("xy", x)), any(v > 11 for v in x), any(x))


asyncio.run(main())
held_as_any()
