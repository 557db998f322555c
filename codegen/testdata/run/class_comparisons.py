# Classes that compare through their own methods: __eq__ with the
# NotImplemented guard, __lt__ alone (sorted, min, max, heapq and
# PriorityQueue use it; > and >= fall back to the reflected method),
# __ne__ by default the inverse of __eq__, a subclass whose reflected
# method CPython tries first, and a dataclass ordered by its own __lt__.
# Sorting a list whose __lt__ prints shows CPython's exact comparisons.
import asyncio
import heapq
from dataclasses import dataclass, field
from typing import Optional


class Version:
    def __init__(self, major: int, minor: int) -> None:
        self.major = major
        self.minor = minor

    def __repr__(self) -> str:
        return f"v{self.major}.{self.minor}"

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.major == other.major and self.minor == other.minor

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) < (other.major, other.minor)


class Loud:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"L{self.n}"

    def __lt__(self, other):
        print(f"  {self.n}<{other.n}", end="")
        return self.n < other.n


class Base:
    def __init__(self, tag):
        self.tag = tag

    def __lt__(self, other):
        print("Base.__lt__", self.tag, other.tag)
        return self.tag < other.tag

    def __gt__(self, other):
        print("Base.__gt__", self.tag, other.tag)
        return self.tag > other.tag


class Derived(Base):
    def __gt__(self, other):
        print("Derived.__gt__", self.tag, other.tag)
        return False


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        print("Money.__eq__")
        if isinstance(other, Money):
            return self.cents == other.cents
        if isinstance(other, int):
            return self.cents == other * 100
        return NotImplemented

    def __ne__(self, other):
        print("Money.__ne__")
        return not self == other


@dataclass
class Ticket:
    priority: int
    title: str
    tags: list[str] = field(default_factory=list)

    def __lt__(self, other: "Ticket") -> bool:
        return self.priority < other.priority


def find(vs: list[Version], want: Optional[Version]) -> str:
    for v in vs:
        if v == want:
            return f"found {v}"
    return "missing"


async def worker(q: asyncio.PriorityQueue, out: list[str]) -> None:
    while not q.empty():
        t = await q.get()
        await asyncio.sleep(0)
        out.append(f"{t.priority}:{t.title}")
        q.task_done()


async def main() -> None:
    a, b = Version(1, 4), Version(1, 10)
    print(a == Version(1, 4), a != b, a == "1.4", "1.4" != a, a < b, a > b, b > a)
    try:
        print(a <= b)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(a < 3)
    except TypeError as e:
        print("TypeError:", e)
    releases = [Version(2, 0), Version(1, 10), Version(1, 4), Version(1, 9), Version(0, 9)]
    print(sorted(releases), min(releases), max(releases))
    print(Version(1, 9) in releases, releases.index(Version(1, 4)), releases.count(Version(2, 0)))
    releases.remove(Version(1, 10))
    releases.sort(reverse=True)
    print(releases, find(releases, Version(0, 9)), find(releases, None))
    try:
        seen = {a}
        print(seen)
    except TypeError as e:
        print("TypeError:", e)

    print("sorting:", end="")
    loud = [Loud(n) for n in [5, 3, 8, 1, 9, 2, 7]]
    loud.sort()
    print()
    print(loud)
    print("sorted by key:", end="")
    print(" ->", sorted([3, 1, 2], key=lambda n: Loud(n)))

    x, y = Base("b"), Derived("a")
    print(x < y)
    print(y > x)
    print(x > Base("a"))

    m = Money(500)
    print(m == 5)
    print(5 == m)
    print(m != Money(400))
    print(m == "five")

    q: asyncio.PriorityQueue = asyncio.PriorityQueue()
    for t in [Ticket(3, "docs"), Ticket(1, "outage"), Ticket(2, "bug"), Ticket(1, "alert")]:
        q.put_nowait(t)
    out: list[str] = []
    await asyncio.gather(worker(q, out), worker(q, out))
    print(out)
    print(Ticket(1, "x") == Ticket(1, "x"), Ticket(1, "x") < Ticket(2, "y"))
    heap = [Version(3, 1), Version(1, 1), Version(2, 2)]
    heapq.heapify(heap)
    print([heapq.heappop(heap) for _ in range(3)])


asyncio.run(main())
