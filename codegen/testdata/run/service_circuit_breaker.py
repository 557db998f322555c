"""A circuit breaker around a flaky service: the breaker is a class with
an Enum state, failures are counted in a window, calls are rejected with
a custom exception while open, and a half-open probe closes it again."""
import asyncio
from enum import Enum
from typing import List


class BreakerState(Enum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half-open"


class CircuitOpen(Exception):
    def __init__(self, name: str, retry_in: int):
        super().__init__(f"circuit {name} is open, retry in {retry_in} ticks")
        self.retry_in = retry_in


class ServiceDown(Exception):
    pass


class Breaker:
    def __init__(self, name: str, threshold: int, cooldown: int):
        self.name = name
        self.threshold = threshold
        self.cooldown = cooldown
        self.state = BreakerState.CLOSED
        self.failures = 0
        self.opened_at = 0
        self.transitions: List[str] = []

    def move(self, to: BreakerState):
        self.transitions.append(f"{self.state.value}->{to.value}")
        self.state = to

    async def call(self, tick: int, healthy: bool) -> str:
        if self.state is BreakerState.OPEN:
            if tick - self.opened_at < self.cooldown:
                raise CircuitOpen(self.name, self.cooldown - (tick - self.opened_at))
            self.move(BreakerState.HALF_OPEN)
        await asyncio.sleep(0)
        if not healthy:
            self.failures += 1
            if self.state is BreakerState.HALF_OPEN or self.failures >= self.threshold:
                self.move(BreakerState.OPEN)
                self.opened_at = tick
            raise ServiceDown(f"tick {tick}")
        if self.state is BreakerState.HALF_OPEN:
            self.move(BreakerState.CLOSED)
        self.failures = 0
        return f"tick {tick} ok"


async def main():
    breaker = Breaker("payments", threshold=2, cooldown=3)
    health = [True, False, False, True, True, False, True, True, True, True]
    for tick, healthy in enumerate(health):
        try:
            print(await breaker.call(tick, healthy))
        except CircuitOpen as e:
            print("rejected:", e, e.retry_in)
        except ServiceDown as e:
            print("failed:", e, breaker.state.name)
    print(breaker.transitions)
    print(breaker.state, breaker.failures)


asyncio.run(main())
