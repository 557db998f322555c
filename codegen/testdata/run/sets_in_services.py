# Sets in realistic code: a graph walk, defaultdict(set), setdefault(k, set()),
# a dataclass field(default_factory=set), isinstance and type names.
import asyncio
import json
from collections import defaultdict
from dataclasses import dataclass, field


class Node:
    def __init__(self, name):
        self.name = name
        self.edges = set()

    def link(self, other):
        self.edges.add(other.name)


@dataclass
class Room:
    name: str
    members: set[str] = field(default_factory=set)


async def visit(graph, start):
    seen = set()
    frontier = [start]
    while frontier:
        await asyncio.sleep(0)
        name = frontier.pop()
        if name in seen:
            continue
        seen.add(name)
        frontier.extend(sorted(graph[name].edges - seen))
    return seen


async def join(room: Room, who: str):
    await asyncio.sleep(0)
    room.members.add(who)


async def main():
    graph = {n: Node(n) for n in "abcde"}
    for x, y in [("a", "b"), ("b", "c"), ("a", "d"), ("e", "a")]:
        graph[x].link(graph[y])
    reached = await visit(graph, "a")
    print(sorted(reached), len(reached))
    tags = defaultdict(set)
    for i, word in enumerate(["x", "y", "x", "z", "y"]):
        tags[word].add(i)
    print(dict(tags))
    groups = {}
    for n in [5, 17, 9, 33, 65]:
        groups.setdefault(n % 4, set()).add(n)
    print(groups)
    ids = {n * 7 % 11 for n in range(20) if n % 3}
    print(ids, f"{ids}", [ids], any(x > 9 for x in ids), sum(ids))
    print(isinstance(ids, set), type(ids).__name__)
    mixed = {1, "a"} if len(ids) > 100 else {2.5, 3}
    print(mixed)
    print(1.0 in ids, "a" in ids)
    nums = set(range(5))
    nums.difference_update([0, 1])
    nums.intersection_update([2, 3, 9])
    nums.symmetric_difference_update([3, 4])
    print(nums)

    room = Room("lobby")
    await asyncio.gather(*[join(room, w) for w in ["ann", "bob", "ann"]])
    print(len(room.members), sorted(room.members), room == Room("lobby", {"bob", "ann"}))
    print(json.dumps(sorted({3, 1})))
    codes = {404, 200, 500, 301}
    print(*sorted(codes))
    ok = {c for c in codes if c < 400}
    print(ok, codes - ok)
    # Uncaught: KeyError from remove, exit status 1.
    codes.remove(418)


asyncio.run(main())
