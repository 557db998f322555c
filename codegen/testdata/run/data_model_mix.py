# IntEnum and Enum fields of ordered dataclasses through a PriorityQueue,
# a class hierarchy with overridden methods, math and json together.
import asyncio
import json
import math
from dataclasses import dataclass, field, asdict
from enum import Enum, IntEnum, auto
from typing import Dict, List, Optional


class Level(IntEnum):
    LOW = 1
    MID = auto()
    HIGH = auto()


class Kind(Enum):
    CPU = "cpu"
    IO = "io"


@dataclass(order=True)
class Task:
    level: Level
    name: str = field(compare=False)
    kind: Kind = field(default=Kind.IO, compare=False)
    tags: List[str] = field(default_factory=list, compare=False)


class Shape:
    sides = 0

    def __init__(self, name: str):
        self.name = name

    def area(self) -> float:
        return 0.0

    def describe(self) -> str:
        return f"{self.name} with {self.sides} sides, area {self.area():.2f}"


class Square(Shape):

    def __init__(self, side: float):
        super().__init__("square")
        self.side = side

    def area(self) -> float:
        return self.side ** 2


class Circle(Shape):
    def __init__(self, r: float):
        super().__init__("circle")
        self.r = r

    def area(self) -> float:
        return math.pi * self.r ** 2


async def run(q: asyncio.PriorityQueue, out: Dict[str, int]) -> None:
    while not q.empty():
        t = await q.get()
        await asyncio.sleep(0)
        out[t.name] = int(t.level) * 10 + len(t.tags)
        print("ran", t.name, t.level, repr(t.level), t.kind, t.kind.value, Level(t.level).name)
        q.task_done()


async def main() -> None:
    q: asyncio.PriorityQueue = asyncio.PriorityQueue()
    tasks = [Task(Level.HIGH, "c", Kind.CPU, ["x"]), Task(Level.LOW, "a"), Task(Level.MID, "b", tags=["y", "z"])]
    for t in tasks:
        q.put_nowait(t)
    out: Dict[str, int] = {}
    await asyncio.gather(run(q, out), run(q, out))
    print(json.dumps(out, sort_keys=True), json.dumps(out, indent=2))
    print(sorted(tasks), min(tasks).name, max(tasks) == tasks[0])
    print(asdict(tasks[1]))
    shapes: List[Shape] = [Square(2.0), Circle(1.5), Shape("blob")]
    for s in shapes:
        print(s.describe(), isinstance(s, Square), type(s).__name__)
    total = math.fsum([s.area() for s in shapes])
    print(round(total, 3), math.floor(total), math.ceil(total), math.isclose(total, 11.0685834705770345))
    data = json.loads('{"jobs": [{"id": 1, "w": 2.5}, {"id": 2, "w": null}], "ok": true}')
    for j in data["jobs"]:
        print(j["id"], j.get("w"), j.get("missing", "-"))
    print(data["ok"], len(data["jobs"]), json.dumps(data))
    best = shapes[0]
    for s in shapes:
        if s.area() > best.area():
            best = s
    print("best", best.name, Shape.sides)


asyncio.run(main())
