# The same typed program without from __future__ import annotations: CPython
# evaluates each annotation when its def runs.

import asyncio
import typing
from collections import Counter, OrderedDict, defaultdict, deque
from typing import Any, Awaitable, Callable, DefaultDict, Deque, Dict, List, Optional, Tuple, Union

# Type aliases, which annotations use as the types they name.
Number = Union[int, float]
Readings = Dict[str, List[Number]]
Label = str | None


class Node:
    def __init__(self, name: str, weight: int) -> None:
        self.name = name
        self.weight = weight

    def heavier(self, other: "Node") -> bool:
        return self.weight > other.weight


def best(nodes: List[Node]) -> Optional[str]:
    found: Node = nodes[0]
    for n in nodes:
        if n.heavier(found):
            found = n
    return found.name if nodes else None


def first_even(xs: "list[int]") -> int | None:
    for x in xs:
        if x % 2 == 0:
            return x
    return None


def totals(rows: list[tuple[str, int]]) -> Dict[str, int]:
    out: dict[str, int] = {}
    for name, n in rows:
        out[name] = out.get(name, 0) + n
    return out


async def fetch(key: str, delay: float = 0.01) -> Tuple[str, int]:
    await asyncio.sleep(delay)
    return key, len(key)


async def worker(name: str, queue: asyncio.Queue[int], results: typing.List[int]) -> None:
    while True:
        item: int = await queue.get()
        results.append(item * 2)
        queue.task_done()


def describe(value: Union[int, str], extra: "Any" = None) -> str:
    return f"{value!r} {extra}"


async def main() -> None:
    nodes = [Node("a", 3), Node("b", 7), Node("c", 5)]
    print("best:", best(nodes))
    print(first_even([1, 3, 4]), first_even([1]))
    print(totals([("x", 1), ("y", 2), ("x", 4)]))
    pairs: List[Tuple[str, int]] = await asyncio.gather(fetch("ab"), fetch("abcd", 0.02))
    print(pairs)
    queue: asyncio.Queue[int] = asyncio.Queue()
    results: List[int] = []
    task = asyncio.create_task(worker("w", queue, results))
    for i in range(5):
        await queue.put(i)
    await queue.join()
    task.cancel()
    print(sorted(results))
    print(describe(3), describe("s", 1))
    limit: int | None = None
    print(limit)
    w = Window(3)
    for i, k in enumerate("abcab"):
        await asyncio.sleep(0)
        w.add(k, i * 1.5)
    print(w.items, dict(w.by_key), w.counts.most_common(2), list(w.order.items()))
    r: Readings = {"a": [1, 2.5], "b": [7]}
    print(spread(r), spread({"c": [3]}, "c"))


def spread(readings: Readings, label: Label = None) -> Number:
    values = [v for vs in readings.values() for v in vs]
    print(label or "spread", min(values), max(values))
    return max(values) - min(values)


class Window:
    """typing's aliases of the collections classes."""

    def __init__(self, size: int) -> None:
        self.items: Deque[float] = deque(maxlen=size)
        self.by_key: DefaultDict[str, List[int]] = defaultdict(list)
        self.counts: typing.Counter[str] = Counter()
        self.order: typing.OrderedDict[str, int] = OrderedDict()

    def add(self, key: str, v: float) -> Deque[float]:
        self.items.append(v)
        self.by_key[key].append(int(v))
        self.counts[key] += 1
        self.order[key] = len(self.order)
        return self.items


asyncio.run(main())
