import asyncio
from collections import Counter, defaultdict
import collections


async def fetch(url: str) -> tuple:
    await asyncio.sleep(0)
    status = 200 if len(url) % 3 else 404
    return url, status


async def main():
    urls = [f"https://example.com/{p}" for p in ["a", "bb", "ccc", "dd", "e", "ffff", "gg"]]
    results = await asyncio.gather(*(fetch(u) for u in urls))
    by_status = defaultdict(list)
    for url, status in results:
        by_status[status].append(url)
    print(by_status)
    print(dict(by_status))
    for status, group in sorted(by_status.items()):
        print(status, len(group), group[0])
    counts = Counter(status for _, status in results)
    print(counts, counts.most_common(1), counts[500], len(counts))
    counts.update([500, 500, 200])
    print(counts.most_common())
    print(counts.total(), sum(counts.values()))
    counts.subtract({200: 2})
    print(counts)
    words = Counter("the quick brown fox jumps over the lazy dog the end".split())
    print(words.most_common(3))
    for w, n in words.most_common(2):
        print(f"{w}: {n}")
    letters = Counter("mississippi")
    print(letters, letters["s"], letters["z"], "z" in letters)
    totals = defaultdict(int)
    for word in "a b a c b a".split():
        totals[word] += 1
    print(totals, totals["q"], len(totals))
    nested = defaultdict(lambda: defaultdict(int))
    nested["x"]["y"] += 2
    nested["x"]["z"] += 1
    print(nested["x"]["y"], len(nested), sorted(nested["x"].items()))
    names = collections.defaultdict(str)
    names[1] += "one"
    print(names, type(names).__name__, type(counts).__name__, isinstance(counts, dict))
    tally = Counter()
    for ch in "hello":
        tally[ch] += 1
    print(tally, tally == Counter("hello"), tally == {"h": 1, "e": 1, "l": 2, "o": 1})
    empty = Counter()
    print(empty, defaultdict(float))
    copy = totals.copy()
    copy["b"] = 10
    print(copy, totals["b"])
    print(words["missing"], counts.get(999), counts.get(999, 0))
    # Counter() and update() take a dict's view (found by the program generator, seed 510031).
    sizes = {"a": 2, "b": 3, "c": 2}
    print(Counter(sizes.values()).most_common(2))
    words.update(sizes.keys())
    print(words.most_common(4))


asyncio.run(main())
