"""A traffic light controller: an Enum state machine advanced by a
ticker; cars wait on a Condition until the light is green; statistics
are kept in a dataclass and reported as JSON."""
import asyncio
import json
from dataclasses import dataclass, asdict
from enum import Enum


class Light(Enum):
    RED = "red"
    GREEN = "green"
    YELLOW = "yellow"

    def next(self) -> "Light":
        if self is Light.RED:
            return Light.GREEN
        if self is Light.GREEN:
            return Light.YELLOW
        return Light.RED


@dataclass
class Stats:
    ticks: int = 0
    passed: int = 0
    max_waiting: int = 0


class Junction:
    def __init__(self):
        self.light = Light.RED
        self.changed = asyncio.Condition()
        self.waiting = 0
        self.stats = Stats()

    async def tick(self, n: int):
        for _ in range(n):
            await asyncio.sleep(0)
            async with self.changed:
                self.light = self.light.next()
                self.stats.ticks += 1
                self.changed.notify_all()

    async def car(self, name: str, log: list):
        async with self.changed:
            self.waiting += 1
            self.stats.max_waiting = max(self.stats.max_waiting, self.waiting)
            await self.changed.wait_for(lambda: self.light == Light.GREEN)
            self.waiting -= 1
            self.stats.passed += 1
            log.append(f"{name} passes on {self.light.value} at tick {self.stats.ticks}")


async def main():
    junction = Junction()
    log = []
    cars = [asyncio.create_task(junction.car(f"car{i}", log)) for i in range(4)]
    await asyncio.sleep(0)
    await junction.tick(4)
    await asyncio.gather(*cars)
    print("\n".join(log))
    print(json.dumps(asdict(junction.stats), sort_keys=True))
    print(junction.light, repr(junction.light), [l.name for l in Light])


asyncio.run(main())
