# copy.copy (a dataclass instance field by field, a list sharing its items)
# and copy.deepcopy (nested lists, dicts, tuples and sets), with the
# originals left as they were.
import copy
from dataclasses import dataclass, field


@dataclass
class Config:
    name: str
    tags: list[str] = field(default_factory=list)
    limits: dict[str, int] = field(default_factory=dict)


base = Config("base", ["a"], {"cpu": 2})
shallow = copy.copy(base)
shallow.name = "shallow"
shallow.tags.append("shared")
print(base, shallow, shallow is base)
grid = [[0, 0], [0, 0]]
g2 = copy.deepcopy(grid)
g2[0][0] = 9
g3 = copy.copy(grid)
g3[1][1] = 7
print(grid, g2, g3)
d = {"k": [1, 2], "t": (1, [2])}
d2 = copy.deepcopy(d)
d2["k"].append(3)
print(d, d2, copy.copy(5), copy.copy("s"), copy.deepcopy((1, 2)))
mixed = [[1], "x", {"a": {1}}]
m2 = copy.deepcopy(mixed)
m2[0].append(2)
print(mixed, m2, copy.copy(mixed[2]))
