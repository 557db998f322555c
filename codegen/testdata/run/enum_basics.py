from enum import Enum, IntEnum, auto
import enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = "b"

    def describe(self) -> str:
        return f"{self.name.lower()} is {self.value!r}"


class P(IntEnum):
    LOW = auto()
    HIGH = auto()


class S(enum.Enum):
    A = auto()
    B = auto()


print(Color.RED, repr(Color.RED), f"{Color.RED}", f"{Color.RED!r}", str(Color.BLUE), Color.BLUE.value, Color.RED.name)
print(P.LOW, repr(P.LOW), f"{P.HIGH}", f"{P.HIGH:>5}", P.LOW + 1, P.LOW < P.HIGH, P.LOW == 1, S.A.value, repr(S.B))
print(len(Color), Color(2), Color['RED'], [c.name for c in Color], Color)
print(Color.RED == Color.RED, Color.RED is Color.RED, Color.RED == 1, P.LOW == 1, Color.RED is not Color.BLUE)
d = {Color.RED: 'r'}
d[Color.GREEN] = 'g'
print(d, d[Color.RED])
for c in Color:
    print(c, c.describe())
try:
    Color(5)
except ValueError as e:
    print(e)
try:
    Color['X']
except KeyError as e:
    print(e)
print(f"{Color.RED:>12}|")
print(Color.RED in Color, P.HIGH.value * 10, P.HIGH * 10, sorted([P.HIGH, P.LOW]))
print(Color("b"), P(1), P(True))
print(Color.RED < Color.GREEN)
