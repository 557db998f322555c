"""A map-reduce word count: a producer splits documents into chunks, a
pool of mappers counts words with Counter, a reducer merges them, and the
final ranking is printed with its JSON form."""
import asyncio
import json
from collections import Counter
from typing import List

DOCS = [
    "the cat sat on the mat",
    "the dog sat on the log",
    "a cat and a dog met on a mat",
    "the end",
]


async def producer(chunks: asyncio.Queue, n_mappers: int):
    for i, doc in enumerate(DOCS):
        words = doc.split()
        for start in range(0, len(words), 4):
            await chunks.put((i, words[start:start + 4]))
    for _ in range(n_mappers):
        await chunks.put(None)


async def mapper(name: str, chunks: asyncio.Queue, partials: asyncio.Queue, log: List[str]):
    count = 0
    while True:
        item = await chunks.get()
        if item is None:
            break
        doc, words = item
        await partials.put(Counter(words))
        count += 1
        await asyncio.sleep(0)
    log.append(f"{name} mapped {count} chunks")
    await partials.put(None)


async def reducer(partials: asyncio.Queue, n_mappers: int) -> Counter:
    total = Counter()
    finished = 0
    while finished < n_mappers:
        part = await partials.get()
        if part is None:
            finished += 1
            continue
        total.update(part)
    return total


async def main():
    chunks: asyncio.Queue = asyncio.Queue(maxsize=2)
    partials: asyncio.Queue = asyncio.Queue()
    log: List[str] = []
    n = 3
    mappers = [asyncio.create_task(mapper(f"m{i}", chunks, partials, log)) for i in range(n)]
    reducing = asyncio.create_task(reducer(partials, n))
    await producer(chunks, n)
    await asyncio.gather(*mappers)
    total = await reducing
    print(sorted(log))
    top = total.most_common(4)
    print(top)
    print(json.dumps(dict(top)))
    print(total["cat"], total["zebra"], len(total), total.total())


asyncio.run(main())
