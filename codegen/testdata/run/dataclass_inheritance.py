import asyncio
import dataclasses
from dataclasses import dataclass, field


class Traced:
    """A plain base: methods and a class attribute, no __init__."""

    source = "net"

    def trace(self) -> str:
        return f"{type(self).__name__}@{self.source}"


@dataclass(order=True)
class Event(Traced):
    seq: int
    kind: str = field(default="event", compare=False)
    tags: list[str] = field(default_factory=list, compare=False)

    def __post_init__(self) -> None:
        self.tags.append("new")

    def describe(self) -> str:
        return f"{self.kind} #{self.seq}"

    async def handle(self) -> str:
        await asyncio.sleep(0.002 * self.seq * self.seq)
        return self.describe()


@dataclass(order=True)
class Click(Event):
    kind: str = field(default="click", compare=False)
    x: int = 0
    y: int = 0

    def describe(self) -> str:
        return super().describe() + f" at ({self.x}, {self.y})"


@dataclass
class KeyPress(Event):
    key: str = "?"
    repeat: int = 1

    def __post_init__(self) -> None:
        super().__post_init__()
        self.tags.append("key:" + self.key)


class DoubleClick(Click):
    """No @dataclass: it inherits Click's __init__, __repr__ and __eq__."""

    def describe(self) -> str:
        return "double " + super().describe()


@dataclass(frozen=True)
class Pos:
    x: int
    y: int


@dataclass(frozen=True)
class Pos3(Pos):
    z: int = 0


async def worker(name: str, q: asyncio.PriorityQueue, log: list[str]) -> None:
    while True:
        prio, seq, ev = await q.get()
        text = await ev.handle()
        log.append(f"{name}: p{prio} {text} ({ev.trace()})")
        q.task_done()


async def main() -> None:
    events: list[Event] = [
        Event(1),
        Click(2, x=5, y=7),
        KeyPress(3, key="q"),
        DoubleClick(4, "dbl", ["t"], 1, 2),
        KeyPress(5, "key", repeat=3),
    ]
    for ev in events:
        print(ev)
    q: asyncio.PriorityQueue = asyncio.PriorityQueue()
    for i, ev in enumerate(events):
        await q.put((ev.seq % 3, i, ev))
    log: list[str] = []
    workers = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(2)]
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("\n".join(log))

    results = await asyncio.gather(*[e.handle() for e in events if isinstance(e, Click)])
    print(results)
    for e in events:
        if isinstance(e, KeyPress):
            print(e.key * e.repeat, e.tags)
        print(type(e).__name__, isinstance(e, Click), e.trace())

    print(Click(1) == Click(1, "other"), Event(1) == Click(1), Click(1) == DoubleClick(1))
    print(sorted([Click(3), Click(1, y=9), Click(2)]))
    print(KeyPress(1) < KeyPress(2), DoubleClick(2) > DoubleClick(1))
    print(dataclasses.asdict(KeyPress(7, key="z")))
    click = events[1]
    if isinstance(click, Click):
        print(dataclasses.replace(click, x=0))
    print(type(dataclasses.replace(events[3], seq=40)).__name__)

    seen = {Pos(1, 2): "flat", Pos3(1, 2): "deep", Pos3(1, 2, 0): "again"}
    print(seen, Pos(1, 2) == Pos3(1, 2), Pos3(1, 2) in seen)
    try:
        p = Pos3(1, 2, 3)
        p.z = 4
    except dataclasses.FrozenInstanceError as err:
        print("frozen:", err)
    try:
        print({Click(1): "unhashable"})
    except TypeError as err:
        print("TypeError:", err)

    # Ordering holds between instances of one class only: TypeError.
    if events[3] < events[1]:
        print("unreachable")


asyncio.run(main())
