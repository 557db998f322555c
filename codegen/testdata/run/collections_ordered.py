# collections.OrderedDict: an LRU cache shared by tasks (move_to_end,
# popitem(last=False)), its repr, equality that minds the order, dict |
# of the dict subclasses, dict.popitem, and the iterator's mutation check,
# ending in an uncaught KeyError from move_to_end.
import asyncio
from collections import OrderedDict, defaultdict


class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.data: OrderedDict[str, int] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> int:
        if key not in self.data:
            self.misses += 1
            return -1
        self.hits += 1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key: str, value: int) -> None:
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            old = self.data.popitem(last=False)
            print("evict", old)


async def client(name: str, cache: LRUCache, keys: list[str]) -> None:
    for k in keys:
        v = cache.get(k)
        if v < 0:
            await asyncio.sleep(0.01)
            cache.put(k, len(k) * 10)
            print(name, "loaded", k)
        else:
            print(name, "hit", k, v)
        await asyncio.sleep(0)


async def main() -> None:
    cache = LRUCache(3)
    await asyncio.gather(
        client("c1", cache, ["a", "bb", "a", "ccc"]),
        client("c2", cache, ["bb", "dddd", "a", "e"]),
    )
    print(cache.data, cache.hits, cache.misses, type(cache.data).__name__)
    print(list(cache.data), list(cache.data.values()), isinstance(cache.data, dict))

    d = {"a": 1, "b": 2}
    print(d.popitem(), d)
    od = OrderedDict(x=1, y=2)
    od.move_to_end("x", False)
    od.move_to_end("x", last=0)
    print(od, od == OrderedDict(y=2, x=1), od == {"x": 1, "y": 2}, od != OrderedDict(x=1, y=2))
    print(OrderedDict([("k", 1.5)]), OrderedDict(d), OrderedDict(), OrderedDict(od) == od)
    print(od.popitem(), od.popitem(True), od)
    try:
        od.popitem(last=False)
    except KeyError as e:
        print("KeyError", e)

    counts = defaultdict(int)
    counts["z"] += 1
    print({"a": 1} | counts, {"a": 1} | OrderedDict(b=2), OrderedDict(b=2) | {"a": 1})
    merged = {"a": 1}
    merged |= OrderedDict(c=3)
    print(merged, [k for k in OrderedDict(z=0, y=1)])

    steps = OrderedDict(a=1, b=2, c=3)
    for k, v in steps.items():
        if k == "c":
            steps["d"] = v + 1  # after the last item: no error
    print(steps, steps.copy(), type(steps.copy()).__name__)
    try:
        for k in steps:
            steps.move_to_end(k)
    except RuntimeError as e:
        print("RuntimeError", e, steps)
    steps.move_to_end("zzz")


asyncio.run(main())
