# A request cache keyed by a class with __eq__ and __hash__: concurrent
# workers ask for equal requests, the first computes, the others wait on
# the same event; requests are dict keys, set elements and hashed.
import asyncio


class Request:
    def __init__(self, method: str, path: str, page: int = 0) -> None:
        self.method = method
        self.path = path
        self.page = page

    def __eq__(self, other):
        if not isinstance(other, Request):
            return NotImplemented
        return (self.method, self.path, self.page) == (other.method, other.path, other.page)

    def __hash__(self):
        return hash((self.method, self.path, self.page))

    def __repr__(self):
        return f"Request({self.method} {self.path} p{self.page})"


class PagedRequest(Request):
    def next_page(self) -> "PagedRequest":
        return PagedRequest(self.method, self.path, self.page + 1)


class Slot:
    """Hashes by its number only; equal slots share a cache entry."""

    def __init__(self, n: int) -> None:
        self.n = n

    def __eq__(self, other):
        return isinstance(other, Slot) and self.n % 8 == other.n % 8

    def __hash__(self):
        return self.n % 8

    def __repr__(self):
        return f"Slot({self.n})"


class Cache:
    def __init__(self) -> None:
        self.pending: dict[Request, asyncio.Event] = {}
        self.done: dict[Request, str] = {}
        self.computed = 0

    async def get(self, req: Request) -> str:
        if req in self.done:
            return self.done[req]
        if req in self.pending:
            await self.pending[req].wait()
            return self.done[req]
        ready = asyncio.Event()
        self.pending[req] = ready
        await asyncio.sleep(0.01)
        self.computed += 1
        body = f"{req.method}:{req.path}#{req.page}"
        self.done[req] = body
        del self.pending[req]
        ready.set()
        return body


async def worker(name: str, cache: Cache, reqs: list[Request], log: list[str]) -> None:
    for r in reqs:
        body = await cache.get(r)
        log.append(f"{name} {r!r} -> {body}")


async def main() -> None:
    cache = Cache()
    log: list[str] = []
    a = [Request("GET", "/users"), Request("GET", "/items", 2), PagedRequest("GET", "/users")]
    b = [Request("GET", "/users"), PagedRequest("GET", "/items", 2), Request("POST", "/users")]
    await asyncio.gather(worker("a", cache, a, log), worker("b", cache, b, log))
    for line in log:
        print(line)
    print("computed", cache.computed, "cached", len(cache.done))
    print(sorted(cache.done.values()))

    seen = set()
    for r in a + b:
        seen.add(r)
    print(len(seen), Request("POST", "/users") in seen, Request("PUT", "/users") in seen)
    p = PagedRequest("GET", "/feed")
    pages = {p, p.next_page(), p.next_page().next_page(), p.next_page()}
    print(len(pages), hash(p) == hash(Request("GET", "/feed")), p == Request("GET", "/feed"))

    slots = {Slot(3): "a", Slot(11): "b", Slot(4): "c", Slot(19): "d"}
    print(slots, Slot(27) in slots, slots[Slot(12)])
    ring = set()
    for n in [5, 13, 2, 10, 7, 21, 0, 16]:
        ring.add(Slot(n))
    print(ring, len(ring))
    ring.discard(Slot(29))
    print(ring, {Slot(1), Slot(9), Slot(6)}, hash(Slot(9)))
    counts: dict[Slot, int] = {}
    for n in range(20):
        counts[Slot(n)] = counts.get(Slot(n), 0) + 1
    print(counts)


asyncio.run(main())
