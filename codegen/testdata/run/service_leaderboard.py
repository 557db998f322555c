"""A leaderboard service: score events arrive on a queue as JSON, players
are dataclasses ranked with sorted(key=...), ties broken by name; a
Counter tracks event kinds and a defaultdict the per-player history."""
import asyncio
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Dict, List


@dataclass
class Player:
    name: str
    score: int = 0
    streak: int = 0
    best_streak: int = 0
    badges: List[str] = field(default_factory=list)

    def apply(self, points: int):
        self.score += points
        if points > 0:
            self.streak += 1
            self.best_streak = max(self.best_streak, self.streak)
            if self.streak == 3:
                self.badges.append("hat-trick")
        else:
            self.streak = 0


class Board:
    def __init__(self):
        self.players: Dict[str, Player] = {}
        self.kinds = Counter()
        self.history = defaultdict(list)

    def player(self, name: str) -> Player:
        if name not in self.players:
            self.players[name] = Player(name)
        return self.players[name]

    def handle(self, raw: str):
        event = json.loads(raw)
        kind = event["kind"]
        self.kinds[kind] += 1
        p = self.player(event["player"])
        points = {"goal": 3, "assist": 1, "foul": -2}.get(kind, 0)
        p.apply(points)
        self.history[p.name].append(points)

    def top(self, n: int) -> List[Player]:
        return sorted(self.players.values(), key=lambda p: (-p.score, p.name))[:n]


async def feed(name: str, kinds: List[str], q: asyncio.Queue):
    for kind in kinds:
        await q.put(json.dumps({"player": name, "kind": kind}))
        await asyncio.sleep(0)


async def scorer(board: Board, q: asyncio.Queue):
    while True:
        raw = await q.get()
        board.handle(raw)
        q.task_done()


async def main():
    board = Board()
    q: asyncio.Queue = asyncio.Queue(maxsize=3)
    task = asyncio.create_task(scorer(board, q))
    await asyncio.gather(
        feed("zoe", ["goal", "goal", "goal", "foul"], q),
        feed("amir", ["assist", "goal", "goal"], q),
        feed("bea", ["foul", "assist", "goal", "assist", "goal"], q),
    )
    await q.join()
    task.cancel()
    for rank, p in enumerate(board.top(3), start=1):
        print(f"{rank}. {p.name:<5} {p.score:>3} best streak {p.best_streak} {p.badges}")
    print(board.kinds.most_common(2), board.kinds.total())
    print(dict(board.history))


asyncio.run(main())
