"""A file-system indexer over an in-memory tree: a recursive coroutine
walks directories (classes with children), a semaphore bounds the
concurrent "reads", sizes are aggregated per extension with Counter, and
the largest files are reported."""
import asyncio
from collections import Counter
from typing import List, Optional, Union


class File:
    def __init__(self, name: str, size: int):
        self.name = name
        self.size = size

    @property
    def ext(self) -> str:
        return self.name.rsplit(".", 1)[1] if "." in self.name else "(none)"


class Dir:
    def __init__(self, name: str, entries: list):
        self.name = name
        self.entries = entries


class Index:
    def __init__(self, limit: int):
        self.sem = asyncio.Semaphore(limit)
        self.by_ext = Counter()
        self.files: List[tuple] = []
        self.dirs = 0

    async def read(self, path: str, f: File):
        async with self.sem:
            await asyncio.sleep(0)
            self.by_ext[f.ext] += f.size
            self.files.append((f.size, path))

    async def walk(self, path: str, d: Dir):
        self.dirs += 1
        jobs = []
        for e in d.entries:
            if isinstance(e, Dir):
                jobs.append(self.walk(f"{path}/{e.name}", e))
            elif isinstance(e, File):
                jobs.append(self.read(f"{path}/{e.name}", e))
        await asyncio.gather(*jobs)


async def main():
    tree = Dir("", [
        File("README.md", 1200),
        Dir("src", [File("main.py", 5400), File("util.py", 2100), Dir("data", [File("big.csv", 90000), File("notes", 10)])]),
        Dir("docs", [File("guide.md", 3300), File("logo.png", 15000)]),
        Dir("empty", []),
    ])
    index = Index(limit=2)
    await index.walk("", tree)
    print(index.dirs, len(index.files))
    for size, path in sorted(index.files, reverse=True)[:3]:
        print(f"{size:>6} {path}")
    print(index.by_ext.most_common())


asyncio.run(main())
