# Instances called like functions (__call__): a backoff policy and a
# request filter that workers call, with keyword and default arguments,
# state kept between calls, and a list of filters applied in turn.
import asyncio


class Backoff:
    def __init__(self, base: float, factor: float, cap: float) -> None:
        self.base = base
        self.factor = factor
        self.cap = cap
        self.issued = 0

    def __call__(self, attempt: int, jitter: float = 0.0) -> float:
        self.issued += 1
        return min(self.cap, self.base * self.factor ** attempt) + jitter


class PathFilter:
    def __init__(self, prefix: str, allow: bool) -> None:
        self.prefix = prefix
        self.allow = allow
        self.seen = 0

    def __call__(self, path: str) -> bool:
        self.seen += 1
        return path.startswith(self.prefix) == self.allow


async def fetch(path: str, policy: Backoff, failures: int) -> str:
    for attempt in range(failures + 1):
        if attempt == failures:
            return f"{path} ok after {attempt} retries"
        delay = policy(attempt, jitter=0.001 * len(path))
        await asyncio.sleep(delay / 100)
    return "unreachable"


async def main() -> None:
    policy = Backoff(0.1, 2.0, 0.5)
    print([round(policy(a), 3) for a in range(5)], policy.issued)
    filters = [PathFilter("/admin", False), PathFilter("/api", True)]
    paths = ["/api/users", "/admin/panel", "/static/x.css", "/api/admin"]
    allowed = []
    for p in paths:
        if all(f(p) for f in filters):
            allowed.append(p)
    print(allowed, [f.seen for f in filters])
    results = await asyncio.gather(*(fetch(p, policy, i) for i, p in enumerate(allowed)))
    print(results, policy.issued)


asyncio.run(main())


# callable(): instances of a class with __call__, functions, classes and
# built-ins are callable; other values are not (and are still evaluated).
class Plain:
    pass


def make_plain():
    print("make_plain")
    return Plain()


print(callable(Backoff(1.0, 2.0, 3.0)), callable(PathFilter), callable(fetch), callable(len), callable(Plain()))
print(callable(make_plain()), callable("s"), callable(None), callable(ValueError), callable(print))
