# Access-log statistics: frozen dataclass hits parsed concurrently,
# defaultdict grouping, a dict comprehension of tuples, sorted by a key,
# Counter, enumerate as a value, str.format, sets of hits.
import asyncio
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Dict, List


@dataclass(frozen=True)
class Hit:
    path: str
    status: int
    ms: float


LOG = """GET /a 200 12.5
GET /b 404 3.0
POST /a 500 40.1
GET /a 200 10.0
GET /c 200 7.25
POST /b 201 15.5"""


async def parse(line: str) -> Hit:
    await asyncio.sleep(0)
    method, path, status, ms = line.split()
    return Hit(path, int(status), float(ms))


async def main():
    hits: List[Hit] = await asyncio.gather(*(parse(l) for l in LOG.splitlines()))
    by_path: Dict[str, List[Hit]] = defaultdict(list)
    for h in hits:
        by_path[h.path].append(h)
    stats = {p: (len(hs), sum(h.ms for h in hs) / len(hs)) for p, hs in by_path.items()}
    for path, (n, avg) in sorted(stats.items(), key=lambda kv: kv[1][1], reverse=True):
        print(f"{path:<4}{n:>3}{avg:>8.2f}")
    codes = Counter(h.status // 100 for h in hits)
    print(dict(codes), codes.most_common(1))
    errors = [h for h in hits if h.status >= 400]
    print(errors)
    print(list(enumerate(sorted(by_path), start=1)))
    matrix = [[1, 2, 3], [4, 5, 6]]
    print(list(zip(matrix[0], matrix[1])))
    print("{} hits, {:.1%} errors".format(len(hits), len(errors) / len(hits)))
    slowest = max(hits, key=lambda h: h.ms)
    print(slowest, slowest.path.upper(), sorted({h.path for h in hits} - {"/a"}))
    print(sorted({h.status for h in hits}), round(sum(h.ms for h in hits), 1))
    unique = set(hits)
    print(len(unique), Hit("/a", 200, 10.0) in unique)


asyncio.run(main())
