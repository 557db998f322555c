# Methods of lists, dicts, sets and deques called on values of type any:
# JSON messages from a queue whose lists and dicts the consumer changes
# (append, insert, pop, extend, sort, setdefault, update, pop with a
# default ...), items of a mixed list, and CPython's errors for a missing
# key, a missing item and an unknown method, the last one uncaught.
import asyncio
import json
from collections import deque


async def producer(q: asyncio.Queue) -> None:
    for i in range(3):
        await q.put(json.dumps({"id": i, "tags": ["b", "a"], "meta": {"n": i}}))
    await q.put("")


async def consumer(q: asyncio.Queue) -> list:
    seen = []
    while True:
        raw = await q.get()
        if not raw:
            return seen
        msg = json.loads(raw)
        msg["tags"].append("z" * msg["id"])
        msg["tags"].insert(0, "first")
        msg["tags"].sort()
        last = msg["tags"].pop()
        msg["meta"].setdefault("seen", True)
        msg["meta"].update({"last": last})
        print(msg["id"], msg["tags"], msg["meta"], msg["meta"].pop("n"), msg["meta"].get("zz", "-"))
        seen.append(msg)


async def main() -> None:
    q: asyncio.Queue = asyncio.Queue()
    _, seen = await asyncio.gather(producer(q), consumer(q))
    print(len(seen), seen[-1])

    things = [[3, 1], {"a": 1}, {4, 5}, deque([1], 3), "text"]
    things[0].extend((7, 8))
    things[0].remove(7)
    things[0].reverse()
    print(things[0], things[0].count(3), things[0].index(8), things[0].copy())
    things[1].update({"b": [2]})
    print(things[1].popitem(), things[1].copy(), things[1].pop("a"), things[1])
    things[2].add(6)
    things[2].discard(4)
    print(things[2], things[2].pop() in (5, 6))
    things[3].appendleft(0)
    things[3].append(2)
    things[3].append(3)
    print(things[3], things[3].popleft())
    try:
        things[1].pop("missing")
    except KeyError as e:
        print("KeyError", e)
    try:
        things[0].remove(99)
    except ValueError as e:
        print("ValueError", e)
    things[0].push(1)


asyncio.run(main())
