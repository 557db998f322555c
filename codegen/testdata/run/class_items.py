# Classes with __getitem__, __setitem__ and __delitem__ (with __len__ and
# __contains__): a grid indexed by (x, y) tuples, and a bounded cache that
# async workers fill and read by key, also through a value of type any;
# a missing key raises the method's own KeyError.
import asyncio


class Grid:
    def __init__(self, w: int, h: int) -> None:
        self.w = w
        self.cells = [0] * (w * h)

    def __getitem__(self, pos: tuple[int, int]) -> int:
        x, y = pos
        return self.cells[y * self.w + x]

    def __setitem__(self, pos: tuple[int, int], value: int) -> None:
        x, y = pos
        self.cells[y * self.w + x] = value

    def __len__(self) -> int:
        return len(self.cells)


class BoundedCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.data: dict[str, str] = {}
        self.evicted: list[str] = []

    def __getitem__(self, key: str) -> str:
        if key not in self.data:
            raise KeyError(f"miss: {key}")
        value = self.data.pop(key)
        self.data[key] = value  # most recently used last
        return value

    def __setitem__(self, key: str, value: str) -> None:
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = list(self.data)[0]
            self.data.pop(oldest)
            self.evicted.append(oldest)
        self.data[key] = value

    def __delitem__(self, key: str) -> None:
        print("evicting", key)
        del self.data[key]

    def __contains__(self, key) -> bool:
        return key in self.data

    def __len__(self) -> int:
        return len(self.data)


async def fetch(cache: BoundedCache, key: str, log: list[str]) -> str:
    if key in cache:
        log.append(f"hit {key}")
        return cache[key]
    await asyncio.sleep(0.001 * len(key))
    cache[key] = key.upper()
    log.append(f"stored {key}")
    return cache[key]


async def main() -> None:
    g = Grid(3, 2)
    g[1, 1] = 5
    g[(2, 0)] = g[1, 1] * 2
    for y in range(2):
        print([g[x, y] for x in range(3)])
    print(len(g), sum(g.cells))

    cache = BoundedCache(2)
    log: list[str] = []
    first = await asyncio.gather(fetch(cache, "ab", log), fetch(cache, "c", log), fetch(cache, "def", log))
    second = await asyncio.gather(fetch(cache, "c", log), fetch(cache, "ab", log))
    print(first, second)
    print(log)
    print(len(cache), "c" in cache, "ab" in cache, cache.evicted, list(cache.data))
    try:
        print(cache["zz"])
    except KeyError as e:
        print("KeyError", e)
    del cache["c"]
    print(len(cache), "c" in cache)
    try:
        del cache["c"]
    except KeyError as e:
        print("KeyError", e)
    holders = [cache, {"c": "from a dict"}, "xyz"]
    cache["c"] = "again"
    for h in holders[:2]:
        print(h["c"])


asyncio.run(main())
