"""A dice tournament: seeded random rolls, players as classes with a
strategy subclass, rounds run concurrently with gather, a Barrier
between rounds, and a final table formatted with f-strings."""
import asyncio
import random
from typing import Dict, List


class Player:
    def __init__(self, name: str):
        self.name = name
        self.points = 0
        self.rolls: List[int] = []

    def decide(self, roll: int) -> bool:
        return roll >= 3

    async def play(self, rnd: int, barrier: asyncio.Barrier, log: List[str]):
        roll = random.randint(1, 6)
        self.rolls.append(roll)
        if self.decide(roll):
            self.points += roll
            log.append(f"r{rnd} {self.name} keeps {roll}")
        await barrier.wait()


class Cautious(Player):
    def decide(self, roll: int) -> bool:
        return roll >= 5


class Gambler(Player):
    def decide(self, roll: int) -> bool:
        return roll != 1 or len(self.rolls) % 2 == 0


async def main():
    random.seed(2024)
    players: List[Player] = [Player("ann"), Cautious("ben"), Gambler("cy")]
    log: List[str] = []
    for rnd in range(1, 4):
        barrier = asyncio.Barrier(len(players))
        await asyncio.gather(*(p.play(rnd, barrier, log) for p in players))
    print("\n".join(log))
    table: Dict[str, int] = {p.name: p.points for p in players}
    ranking = sorted(players, key=lambda p: (-p.points, p.name))
    for place, p in enumerate(ranking, 1):
        kind = type(p).__name__
        print(f"{place}. {p.name:<4}{kind:>9} {p.points:3d} {p.rolls}")
    print(table, max(list(table), key=lambda n: table[n]))


asyncio.run(main())
