# int() and float() of IntEnum members are their values; min() and max()
# order them as their ints.
from enum import IntEnum, auto
class Level(IntEnum):
    LOW = 1
    MID = auto()
    HIGH = 7
x = Level.MID
print(int(x), float(x), int(Level.HIGH) * 2, float(Level.LOW) / 2, [int(l) for l in Level])
# min() and max() of IntEnum members compare their ints, also with ints.
levels = [Level.HIGH, Level.LOW, Level.MID, Level.LOW]
print(max(levels), min(levels), max(Level), min(Level.HIGH, Level.MID), max(Level.LOW, Level.LOW, Level.MID))
print(repr(max(levels)), max(Level.LOW, 3), min([(Level.MID, "a"), (Level.LOW, "b")]), sorted(levels, reverse=True)[0].name)
