# int() and float() of IntEnum members are their values.
from enum import IntEnum, auto
class Level(IntEnum):
    LOW = 1
    MID = auto()
    HIGH = 7
x = Level.MID
print(int(x), float(x), int(Level.HIGH) * 2, float(Level.LOW) / 2, [int(l) for l in Level])
