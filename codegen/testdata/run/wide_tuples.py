# Records as tuples of seven and eight items: built, returned, stored
# in lists, sets and dict keys, sorted, compared, indexed, sliced and
# unpacked, printed and serialized as CPython does.
import asyncio
import copy
import json


def record(i, name):
    return (i, name, i * 1.5, i % 2 == 0, None, name.upper(), [i, i + 1])


def key(i):
    return (i % 3, "k", 1, 2.0, False, "z", i, -i)


async def fetch(i):
    await asyncio.sleep(0.01 * (3 - i))
    return (i, f"job{i}", 0.5 * i, i > 1, None, "done", i * i)


async def main():
    rows = [record(3, "cy"), record(1, "ann"), record(2, "bob")]
    for r in sorted(rows):
        print(r, r[0], r[-1], r[2:4], len(r))
    ident, name, score, even, nothing, upper, pair = rows[0]
    print(ident, name, score, even, nothing, upper, pair)
    for a, b, c, d, e, f, g in rows:
        print(a + c, b + f, d, e, g[1])
    counts = {}
    for i in range(7):
        counts[key(i)] = counts.get(key(i), 0) + i
    print(counts)
    print(key(1) in counts, key(99) in counts, max(counts), min(counts))
    seen = {key(1), key(4), key(1)}
    print(len(seen), key(4) in seen)
    print(key(1) < key(2), key(1) == (1, "k", 1, 2.0, False, "z", 1, -1))
    done = await asyncio.gather(*[fetch(i) for i in range(3)])
    print(done)
    print(json.dumps(done[2]), f"{done[1]!r}")
    deep = copy.deepcopy(rows[0])
    deep[6].append(99)
    print(rows[0][6], deep[6], hash(key(2)) == hash(key(2)))
    i = 3
    print(rows[1][i], rows[1][-i])


asyncio.run(main())
