# Tuple constants as dataclass defaults (also through field(default=...)),
# and heapq.nsmallest/nlargest of a dict's views.
import heapq
from dataclasses import dataclass, field
from typing import Tuple


@dataclass(order=True)
class Score:
    key: Tuple[int, str] = field(default=(0, ""), compare=True)
    name: str = "anon"
    pos: tuple = (1, ("z", 2.5))


best = {"a": Score((3, "a"), "a"), "b": Score(name="b"), "c": Score((1, "c"), "c", (0, ("y", 1.0)))}
print(heapq.nsmallest(2, best.values()), heapq.nlargest(1, best.values()))
print(sorted(best.values())[0], Score() == Score(), Score().pos == Score().pos)
print(heapq.nsmallest(2, best.keys()), heapq.nlargest(2, best.items()))
