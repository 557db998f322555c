# hash() of ints, floats, tuples of them, named tuples and frozen
# dataclasses (which CPython hashes the same in every process) shards
# jobs across worker queues; equal values land on the same shard, and an
# unhashable key raises CPython's TypeError.
import asyncio
from dataclasses import dataclass
from typing import NamedTuple


class Cell(NamedTuple):
    row: int
    col: int


@dataclass(frozen=True)
class Account:
    bank: int
    number: int


async def worker(shard: int, q: asyncio.Queue, seen: dict[int, list[int]]) -> None:
    while True:
        job = await q.get()
        await asyncio.sleep(0)
        seen.setdefault(shard, []).append(job)
        q.task_done()


async def main() -> None:
    n = 3
    queues = [asyncio.Queue() for _ in range(n)]
    seen: dict[int, list[int]] = {}
    workers = [asyncio.create_task(worker(i, q, seen)) for i, q in enumerate(queues)]
    for user_id in [7, 1 << 40, -12, 99991, 7, 2**61 - 1, 2**61]:
        queues[hash(user_id) % n].put_nowait(user_id)
    await asyncio.gather(*(q.join() for q in queues))
    for w in workers:
        w.cancel()
    print(sorted(seen.items()))
    print(hash(2.5), hash(-3.0) == hash(-3), hash(True) == hash(1), hash(1e-5))
    print(hash((1, 2)), hash((1, 2)) == hash(Cell(1, 2)), hash(Cell(3, -4)) % 1000)
    print(hash(Account(12, 345)) == hash((12, 345)), hash(Account(1, 2)) % 97)
    print(hash("key") == hash("k" + "ey"))
    try:
        print(hash([1, 2]))
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
