"""A log pipeline: raw lines are parsed into dataclass records (bad lines
raise ParseError with the line number), records are routed by level into
per-level queues, and consumers count by service with Counter."""
import asyncio
from collections import Counter
from dataclasses import dataclass
from typing import Dict, List

LINES = [
    "2024-01-01 INFO api started",
    "2024-01-01 WARN db slow query",
    "garbage",
    "2024-01-01 ERROR api timeout",
    "2024-01-01 INFO db connected",
    "2024-01-01 ERROR db disk full",
    "2024-01-01 INFO api request",
    "2024-01-01 DEBUG",
]


class ParseError(Exception):
    def __init__(self, lineno: int, line: str):
        super().__init__(f"line {lineno}: cannot parse {line!r}")
        self.lineno = lineno


@dataclass
class Record:
    date: str
    level: str
    service: str
    message: str


def parse(lineno: int, line: str) -> Record:
    parts = line.split(" ", 3)
    if len(parts) != 4:
        raise ParseError(lineno, line)
    return Record(parts[0], parts[1], parts[2], parts[3])


async def consumer(level: str, q: asyncio.Queue, counts: Dict[str, Counter]):
    seen = Counter()
    while True:
        rec = await q.get()
        if rec is None:
            break
        seen[rec.service] += 1
        await asyncio.sleep(0)
    counts[level] = seen


async def main():
    queues: Dict[str, asyncio.Queue] = {lvl: asyncio.Queue() for lvl in ["INFO", "WARN", "ERROR"]}
    counts: Dict[str, Counter] = {}
    tasks = [asyncio.create_task(consumer(lvl, q, counts)) for lvl, q in queues.items()]
    errors: List[str] = []
    for n, line in enumerate(LINES, 1):
        try:
            rec = parse(n, line)
        except ParseError as e:
            errors.append(f"{e} (#{e.lineno})")
            continue
        if rec.level not in queues:
            errors.append(f"line {n}: unknown level {rec.level}")
            continue
        await queues[rec.level].put(rec)
    for q in queues.values():
        await q.put(None)
    await asyncio.gather(*tasks)
    for level in sorted(counts):
        print(level, counts[level].most_common())
    print("\n".join(errors))


asyncio.run(main())
