# Sensor readings arrive as JSON through a queue; the digest works on the
# decoded values (of types known only at run time) with the built-ins
# that take any iterable: enumerate, zip, min/max with key= and default=,
# set, any/all, map/filter and dict.fromkeys, and slices of tuples; the
# last max() of an empty list stops the program with CPython's ValueError.
# `del` drops a name that nothing reads again.
import asyncio
import json

PAYLOADS = [
    '{"sensor": "north", "values": [12.5, 14.0, 13.25], "tags": ["temp", "roof"]}',
    '{"sensor": "south", "values": [9, 11, 10, 8], "tags": ["temp", "ground", "temp"]}',
    '{"sensor": "east", "values": [], "tags": []}',
    '{"sensor": "west", "values": [20, 19.5], "tags": ["wind"]}',
]


async def producer(queue: asyncio.Queue) -> None:
    for raw in PAYLOADS:
        await queue.put(json.loads(raw))
        await asyncio.sleep(0)
    await queue.put(None)


async def digest(queue: asyncio.Queue) -> dict:
    seen = dict.fromkeys(["north", "south", "east", "west", "up"], 0)
    all_tags = set()
    while True:
        msg = await queue.get()
        if msg is None:
            break
        name, values, tags = msg["sensor"], msg["values"], msg["tags"]
        seen[name] += len(values)
        all_tags |= set(tags)
        for i, v in enumerate(values, start=1):
            print(f"  {name}[{i}] = {v}")
        print(name, "peak:", max(values, default=None), "low:", min(values, default="n/a"))
        print(name, "pairs:", list(zip(tags, values)))
        print(name, "any hot:", any(v > 13 for v in values), "all set:", all(values))
        print(name, "rounded:", list(map(round, values)) if values else [])
        print(name, "kept:", list(filter(lambda v: v >= 10, values)))
        print(name, "unique tags:", sorted(set(tags)), dict.fromkeys(tags, name))
    return seen


async def main() -> None:
    queue: asyncio.Queue = asyncio.Queue()
    _, seen = await asyncio.gather(producer(queue), digest(queue))
    del queue, seen["up"]
    print(seen)
    ranking = tuple(sorted(seen, key=lambda s: seen[s], reverse=True))
    print("top two:", ranking[:2], "rest:", ranking[2:], "reversed:", ranking[::-1])
    best = max(seen.items(), key=lambda kv: kv[1])
    print("best:", best, "first letter max:", max("sensor"), min(ranking))
    counts = (3, 1, 4, 1, 5)
    print(set(counts) == {1, 3, 4, 5}, max(counts), list(enumerate(counts[1:4])))
    print(dict.fromkeys(counts))
    for bad in ("5", "[[1], 2]"):
        try:
            print(set(json.loads(bad)))
        except TypeError as e:
            print("rejected:", e)
    print(max(json.loads("[]")))


asyncio.run(main())
