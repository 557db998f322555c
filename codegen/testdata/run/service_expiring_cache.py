"""A cache with expiry in front of a slow backend: entries are
dataclasses stamped with the loop's clock, concurrent misses for one key
share a single fetch through a Future-like Event, and stats are kept in a
Counter."""
import asyncio
from collections import Counter
from dataclasses import dataclass
from typing import Dict, Optional


@dataclass
class Entry:
    value: str
    stored_at: float


class Backend:
    def __init__(self):
        self.calls = Counter()

    async def load(self, key: str) -> str:
        self.calls[key] += 1
        await asyncio.sleep(0.05)
        return key.upper() * 2


class Cache:
    def __init__(self, backend: Backend, ttl: float):
        self.backend = backend
        self.ttl = ttl
        self.entries: Dict[str, Entry] = {}
        self.loading: Dict[str, asyncio.Event] = {}
        self.stats = Counter()

    def fresh(self, key: str, now: float) -> Optional[Entry]:
        entry = self.entries.get(key)
        if entry is None or now - entry.stored_at > self.ttl:
            return None
        return entry

    async def get(self, key: str) -> str:
        loop = asyncio.get_running_loop()
        entry = self.fresh(key, loop.time())
        if entry is not None:
            self.stats["hit"] += 1
            return entry.value
        if key in self.loading:
            self.stats["shared"] += 1
            await self.loading[key].wait()
            return self.entries[key].value
        self.stats["miss"] += 1
        done = asyncio.Event()
        self.loading[key] = done
        try:
            value = await self.backend.load(key)
            self.entries[key] = Entry(value, loop.time())
            return value
        finally:
            del self.loading[key]
            done.set()


async def main():
    backend = Backend()
    cache = Cache(backend, ttl=0.2)
    first = await asyncio.gather(*(cache.get(k) for k in ["a", "b", "a", "a", "b"]))
    print(first)
    print(await cache.get("a"))
    await asyncio.sleep(0.3)
    print(await cache.get("a"), await cache.get("c"))
    print(sorted(cache.stats.items()), sorted(backend.calls.items()))
    print(len(cache.entries), cache.loading)


asyncio.run(main())
