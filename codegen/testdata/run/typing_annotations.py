"""Typed asyncio code whose annotations CPython never evaluates."""
from __future__ import annotations

import asyncio
import typing
from typing import Any, Awaitable, Callable, Dict, List, Optional, Tuple, Union

Weights = Dict[str, List[int]]


def heaviest(w: Weights) -> Optional[str]:
    return max(w, key=lambda k: sum(w[k])) if w else None


class Node:
    def __init__(self, name: str, weight: int) -> None:
        self.name = name
        self.weight = weight

    def heavier(self, other: Node) -> bool:
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
    print(heaviest({"a": [1, 2], "b": [4]}), heaviest({}))


asyncio.run(main())
