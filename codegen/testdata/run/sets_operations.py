# Sets: displays, comprehensions, set(), operators and their in-place forms,
# methods with set and list arguments, subset tests, iteration order of int sets.
import asyncio
from typing import Set

async def crawl(url: str, seen: Set[str], found: set[int]):
    await asyncio.sleep(0)
    if url in seen:
        return
    seen.add(url)
    found.add(len(url))

async def main():
    seen: set[str] = set()
    found = set()
    await asyncio.gather(crawl("a", seen, found), crawl("bb", seen, found), crawl("a", seen, found))
    print(sorted(seen), found, len(seen), "a" in seen, "z" not in seen)
    s = {3, 1, 2, 100, 8}
    t = {x * 2 for x in range(6)}
    print(s, t, s | t, s & t, s - t, t - s, s ^ t)
    print(s <= t, {1, 2} < {1, 2, 3}, s >= {1}, s == {1, 2, 3, 8, 100}, s != t)
    u = s.copy()
    u |= {7, 9}
    u -= {1}
    u &= {2, 3, 7, 9, 100, 55}
    u ^= {3, 1000}
    print(u, s)
    print(s.union([50, 60]), s.intersection([8, 3, 99]), s.difference([1, 2]), s.symmetric_difference([1, 77]))
    s.update([4, 5])
    s.discard(100)
    s.remove(3)
    print(s, s.issubset({1, 2, 4, 5, 8, 9}), s.isdisjoint([42]), s.issuperset([1, 2]))
    print(s.pop(), s)
    for x in sorted(s):
        print(x, end=" ")
    print()
    total = 0
    for x in s:
        total += x
    print(total, max(s), min(s), sum(s), list(s), set("hello") == {"h", "e", "l", "o"})
    empty = set()
    print(empty, bool(empty), bool(s), len(set([1, 1, 2])))
    if not empty:
        print("empty")
    fs = {1.5, 2.5, -0.0}
    print(fs, 0.0 in fs)
    try:
        s.remove(12345)
    except KeyError as e:
        print("KeyError", e)
    s.clear()
    try:
        s.pop()
    except KeyError as e:
        print("KeyError", e)
    print({(1, "a"), (2, "b")} == {(2, "b"), (1, "a")})
    # Sets of int tuples iterate in CPython's order: a display of
    # constants is a frozenset constant, also as a loop's iterable.
    grid = {(1, 2), (3, 4), (0, 0), (5, 1)}
    print(grid, grid | {(7, 7), (1, 1)}, grid & {(0, 0), (5, 1)})
    for cell in {(1, 2), (3, 4), (0, 0), (5, 1), (2, 2), (4, 5)}:
        print(cell, end=" ")
    print([c for c in {(5, 1), (3, 4)}], {-1, -2, 7, 15, 23})
    moves = set()
    for i in range(6):
        moves.add((i % 3, i * 7))
    moves.discard((0, 0))
    print(moves, {(x, y) for x in range(3) for y in range(2)})
    print({(1.5, 2), (True, 1), (1, 1)}, {(i, "a") for i in range(3)} == {(0, "a"), (1, "a"), (2, "a")})

asyncio.run(main())
