# dataclasses.field(init=False): left out of __init__, with a default or
# set by __post_init__ first thing (a sort key for heapq).
import heapq
from dataclasses import dataclass, field
from typing import List, Tuple


@dataclass(order=True)
class Entry:
    sort_key: Tuple[int, str] = field(init=False, repr=False)
    player: str
    score: int
    history: List[int] = field(default_factory=list, compare=False)
    rank: int = field(default=0, init=False, compare=False)

    def __post_init__(self):
        self.sort_key = (-self.score, self.player)


board = [Entry("ann", 30), Entry("bob", 45, [1]), Entry(player="cat", score=30)]
heapq.heapify(board)
top = heapq.heappop(board)
top.rank = 1
print(top, top.sort_key, sorted(board), board[0] < board[1])
