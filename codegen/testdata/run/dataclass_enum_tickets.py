import asyncio
from dataclasses import dataclass, field, asdict
from enum import Enum, IntEnum, auto


class Status(Enum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"


class Priority(IntEnum):
    LOW = auto()
    NORMAL = auto()
    HIGH = auto()


@dataclass(order=True)
class Ticket:
    priority: Priority
    title: str = field(compare=False)
    status: Status = field(default=Status.PENDING, compare=False)
    notes: list[str] = field(default_factory=list, compare=False)

    async def work(self) -> None:
        self.status = Status.RUNNING
        await asyncio.sleep(0)
        self.notes.append(f"{self.title} done at {self.priority}")
        self.status = Status.DONE


async def main():
    tickets = [Ticket(Priority.LOW, "docs"), Ticket(Priority.HIGH, "outage"), Ticket(Priority.NORMAL, "bug", Status.PENDING)]
    q = asyncio.PriorityQueue()
    for t in tickets:
        q.put_nowait(t)
    while not q.empty():
        t = await q.get()
        print("next:", t)
        await t.work()
    print(asdict(tickets[1]))
    print([t.status.value for t in tickets], max(tickets).title, min(tickets).priority.name)
    print(Ticket(Priority.LOW, "a") == Ticket(Priority.LOW, "b"), Ticket(Priority.HIGH, "x") > Ticket(Priority.NORMAL, "y"))


asyncio.run(main())
