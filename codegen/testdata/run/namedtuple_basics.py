# typing.NamedTuple classes: construction with defaults and keywords,
# fields by name and by index, printing, tuple equality and ordering
# (also with plain tuples), sorting, unpacking, _replace and _asdict,
# a method, isinstance(p, tuple), concatenation, values of type any,
# and CPython's errors for assigning a field or ordering with an int.
import asyncio
import json
from typing import NamedTuple, Optional


class Point(NamedTuple):
    x: int
    y: int = 0

    def manhattan(self) -> int:
        return abs(self.x) + abs(self.y)

    def moved(self, dx: int, dy: int) -> "Point":
        return self._replace(x=self.x + dx, y=self.y + dy)


class Span(NamedTuple):
    """A labelled interval."""

    label: str
    start: float
    end: float = 1.0


def nearest(points: list[Point], limit: int) -> Optional[Point]:
    best = None
    for p in points:
        if p.manhattan() <= limit and (best is None or p < best):
            best = p
    return best


async def main() -> None:
    p = Point(3, -4)
    q = Point(y=2, x=1)
    o = Point(0)
    print(p, q, o, repr(Span("a", 0.5)))
    print(p.x, p[1], p[-1], q[0], len(p), p.manhattan(), q.moved(2, 2))
    print(p == (3, -4), (1, 2) == q, p != q, o == Point(0, 0), p < q, q <= (1, 2), (0, 1) > o)
    pts = [p, q, o, Point(1, -1), Point(3, -5)]
    print(sorted(pts))
    print(sorted(pts, key=lambda pt: pt.manhattan()), max(pts), min(pts))
    print(nearest(pts, 2), nearest(pts, -1))
    total_x = 0
    for x, y in pts:
        total_x += x
    a, b = p
    print(total_x, a, b, isinstance(p, tuple), isinstance(p, Point), type(p).__name__)
    print(p._asdict(), p._replace(y=0), p)
    print(p + (9,), 2 in q, 7 in q, p * 2)
    print(f"{q} at {q.x},{q.y}", str(o), json.dumps(list(q)))
    spans = [Span("build", 0.0, 2.5), Span("test", 2.5), Span("deploy", 3.0, 3.25)]
    print([s.label for s in sorted(spans, key=lambda s: s.end - s.start)])
    print(sum(s.end - s.start for s in spans))
    mixed = [p, "x", 3]
    first = mixed[0]
    print(first, first == (3, -4), len(first), first[0], list(first))
    try:
        p.x = 10
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        print(p < 3)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(p[5])
    except IndexError as e:
        print("IndexError:", e)


asyncio.run(main())
