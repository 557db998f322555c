import asyncio
from dataclasses import dataclass, field
import dataclasses


@dataclass
class Job:
    id: int
    name: str = "job"
    tags: list[str] = field(default_factory=list)
    weight: float = field(default=1.5, repr=False)

    def describe(self) -> str:
        return f"{self.name}#{self.id} ({len(self.tags)} tags)"

    async def run(self, delay: float) -> int:
        await asyncio.sleep(delay)
        self.tags.append("done")
        return self.id * 10


@dataclass(order=True)
class Task:
    priority: int
    label: str = field(compare=False)


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

    def moved(self, dx: int) -> "Point":
        return Point(self.x + dx, self.y)


@dataclass
class Counter:
    start: int
    total: int = 0

    def __post_init__(self):
        self.total = self.start * 2
        print("post init", self.start)


async def main():
    a = Job(1, "fetch")
    b = Job(id=2)
    c = Job(1, "fetch")
    print(a, b)
    print(repr(a), str(b))
    print(a == c, a == b, a != b)
    a.tags.append("x")
    print(a, a == c)
    print(a.describe(), b.describe())
    r = await a.run(0.01)
    print(r, a)
    ts = [Task(3, "c"), Task(1, "a"), Task(2, "b"), Task(1, "z")]
    print(sorted(ts))
    print(Task(1, "x") == Task(1, "y"), Task(1, "x") < Task(2, "a"), Task(2, "x") >= Task(2, "y"))
    p = Point(1)
    q = p.moved(2)
    print(p, q, p == Point(1, 0))
    try:
        p.x = 5
    except dataclasses.FrozenInstanceError as e:
        print("frozen:", e)
    try:
        q.y += 1
    except AttributeError as e:
        print("frozen too:", e)
    k = Counter(4)
    print(k)
    print(f"{a}|{k!r}")
    d = {}
    try:
        d[a] = 1
    except TypeError as e:
        print(e)
    try:
        print(a < b)
    except TypeError as e:
        print(e)
    try:
        print(Task(1, "a") < 3)
    except TypeError as e:
        print(e)


asyncio.run(main())
