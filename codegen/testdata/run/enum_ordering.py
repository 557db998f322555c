# An Enum whose members order through their own __lt__ (and __le__):
# tickets ordered by (priority, seq) tuples in a PriorityQueue, sorted
# members, min and max, the reflected > and >=, and CPython's TypeError
# when a comparison with another type gets NotImplemented.
import asyncio
from enum import Enum


class Priority(Enum):
    URGENT = 1
    HIGH = 2
    NORMAL = 3
    LOW = 4

    def __lt__(self, other):
        if not isinstance(other, Priority):
            return NotImplemented
        return self.value < other.value

    def __le__(self, other):
        if not isinstance(other, Priority):
            return NotImplemented
        return self.value <= other.value


class Shape(Enum):
    SQUARE = "square"
    CIRCLE = "circle"

    def __lt__(self, other):
        print("Shape.__lt__", self.name, other.name)
        return self.value < other.value


async def handle(q: asyncio.PriorityQueue, log: list[str]) -> None:
    while not q.empty():
        prio, seq, title = await q.get()
        await asyncio.sleep(0)
        log.append(f"{prio.name}:{seq}:{title}")


async def main() -> None:
    q: asyncio.PriorityQueue = asyncio.PriorityQueue()
    tickets = [(Priority.LOW, "docs"), (Priority.URGENT, "outage"), (Priority.NORMAL, "bug"),
               (Priority.URGENT, "pager"), (Priority.HIGH, "deadline")]
    for seq, (prio, title) in enumerate(tickets):
        q.put_nowait((prio, seq, title))
    log: list[str] = []
    await asyncio.gather(handle(q, log), handle(q, log))
    print(log)
    print(sorted([Priority.LOW, Priority.HIGH, Priority.URGENT]))
    print(min(Priority).name, max(Priority).name)
    print(Priority.HIGH < Priority.LOW, Priority.HIGH > Priority.LOW, Priority.NORMAL >= Priority.NORMAL)
    print(Priority.HIGH == Priority.HIGH, Priority.HIGH != Priority.LOW, Priority.HIGH == 2)
    print(sorted(Shape))
    try:
        print(Priority.HIGH < 3)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
