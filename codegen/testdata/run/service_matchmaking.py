"""A matchmaking lobby: players with ratings wait in a PriorityQueue of
dataclasses, a matcher pairs the closest ratings, a match is a class
with a result method, and Elo-like updates are applied."""
import asyncio
from dataclasses import dataclass
from typing import List, Optional


@dataclass(order=True)
class Ticket:
    rating: int
    name: str


class Match:
    def __init__(self, a: Ticket, b: Ticket):
        self.a = a
        self.b = b

    def favourite(self) -> Ticket:
        return self.a if self.a.rating >= self.b.rating else self.b

    def play(self, upset: bool) -> Ticket:
        fav = self.favourite()
        other = self.b if fav is self.a else self.a
        return other if upset else fav

    def __str__(self):
        return f"{self.a.name}({self.a.rating}) vs {self.b.name}({self.b.rating})"


class Lobby:
    def __init__(self):
        self.queue: asyncio.PriorityQueue = asyncio.PriorityQueue()
        self.ratings = {}

    async def join(self, name: str, rating: int):
        self.ratings[name] = rating
        await self.queue.put(Ticket(rating, name))

    async def next_match(self) -> Optional[Match]:
        if self.queue.qsize() < 2:
            return None
        a = await self.queue.get()
        b = await self.queue.get()
        return Match(a, b)


async def main():
    lobby = Lobby()
    for name, rating in [("ann", 1500), ("bob", 1320), ("cat", 1710), ("dan", 1490), ("eve", 1300)]:
        await lobby.join(name, rating)
    results: List[str] = []
    upsets = [False, True, False]
    rnd = 0
    while True:
        match = await lobby.next_match()
        if match is None:
            break
        winner = match.play(upsets[rnd % len(upsets)])
        loser = match.a if winner is match.b else match.b
        delta = max(5, abs(match.a.rating - match.b.rating) // 10)
        lobby.ratings[winner.name] += delta
        lobby.ratings[loser.name] -= delta
        results.append(f"{match}: {winner.name} wins (+{delta})")
        rnd += 1
    print("\n".join(results))
    print(sorted(lobby.ratings.items(), key=lambda kv: -kv[1]))
    print("waiting:", lobby.queue.qsize())


asyncio.run(main())
