# Frozen dataclasses and named tuples as dict keys and set elements:
# equal values are one key, sets of them iterate in CPython's order.
import asyncio
from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True)
class Cell:
    row: int
    col: int

    def neighbours(self) -> list["Cell"]:
        return [Cell(self.row + dr, self.col + dc) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0))]


class Edge(NamedTuple):
    src: int
    dst: int


@dataclass(frozen=True, order=True)
class Tag:
    name: str
    level: int = 0


async def explore(start: Cell, walls: set[Cell], limit: int) -> dict[Cell, int]:
    dist = {start: 0}
    frontier = [start]
    while frontier:
        await asyncio.sleep(0)
        nxt = []
        for cell in frontier:
            for n in cell.neighbours():
                if n in walls or n in dist or abs(n.row) > limit or abs(n.col) > limit:
                    continue
                dist[n] = dist[cell] + 1
                nxt.append(n)
        frontier = nxt
    return dist


async def route(edges: list[Edge]) -> None:
    seen: set[Edge] = set()
    counts: dict[Edge, int] = {}
    for e in edges:
        await asyncio.sleep(0)
        seen.add(e)
        counts[e] = counts.get(e, 0) + 1
    print("edges", sorted(seen), len(seen))
    print("counts", counts)
    print(Edge(1, 2) in seen, (1, 2) in seen, Edge(9, 9) in seen, None in seen, "x" in seen)
    print(seen)


async def main() -> None:
    walls = {Cell(0, 1), Cell(1, 1), Cell(1, 0)}
    print(walls)
    print(Cell(0, 1) in walls, Cell(2, 2) in walls, len(walls | {Cell(0, 1)}))
    dist = await explore(Cell(0, 0), walls, 2)
    print(len(dist), dist[Cell(0, 0)], dist.get(Cell(-2, -2)), dist.get(Cell(1, 1), "wall"))
    far = {c for c, d in dist.items() if d >= 3}
    print(sorted(far, key=lambda c: (c.row, c.col)))
    print(far)
    await route([Edge(1, 2), Edge(2, 3), Edge(1, 2), Edge(3, 1), Edge(2, 3), Edge(1, 2)])

    tags = {Tag("db", 1): "primary", Tag("cache"): "redis"}
    tags[Tag("db", 1)] = "replica"
    tags[Tag("db")] = "fallback"
    print(tags, len(tags))
    del tags[Tag("cache", 0)]
    print(list(tags), Tag("cache") in tags)
    pairs = {(Cell(0, 0), 1), (Cell(0, 0), 1), (Cell(1, 2), 3)}
    print(len(pairs), (Cell(0, 0), 1) in pairs)
    by_pair = {(Edge(0, 1), "a"): 1}
    by_pair[(Edge(0, 1), "a")] += 1
    print(by_pair)
    moved = walls - {Cell(1, 1)}
    moved.discard(Cell(0, 1))
    print(moved, walls & {Cell(1, 0), Cell(5, 5)})
    print(sorted({Tag("b", 2), Tag("a", 1), Tag("b", 2)}))


asyncio.run(main())
