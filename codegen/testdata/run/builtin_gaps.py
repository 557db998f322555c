import asyncio

# Log lines parsed by workers: str.split with a separator, strip with
# characters, dict.pop with a default, list.pop at an index, shifts,
# min/max of ints and floats, dict.values(), and containers that stay
# empty.

LINES = ["GET /a 200 0.25", "POST /b 500 1.5", "GET /a 404 0.125", "--GET /c 200 3--"]


async def parse(q: asyncio.Queue, stats: dict, seen: list) -> None:
    while True:
        line = await q.get()
        line = line.strip("-")
        parts = line.split(" ")
        halves = line.split(" ", 1)
        print(halves[0], "|", halves[1], "|", line.rsplit(" ", 1)[0])
        stats[parts[1]] = stats.get(parts[1], 0) + int(parts[2])
        seen.append(float(parts[3]))
        q.task_done()
        await asyncio.sleep(0)


def flags(bits: int) -> list:
    out = []
    for i in range(4):
        if bits >> i & 1:
            out.append(1 << i)
    return out


async def main():
    q = asyncio.Queue()
    stats = {}
    seen = []
    worker = asyncio.create_task(parse(q, stats, seen))
    for line in LINES:
        await q.put(line)
    await q.join()
    worker.cancel()
    print(stats, sum(stats.values()), sorted(stats.values()), max(stats.values()))
    print(min(stats.values()), len(stats.values()), 704 in stats.values(), list(stats.values()))
    for total in stats.values():
        print("total", total, total >> 2, total << 3)
    print(stats.pop("/a", -1), stats.pop("/zzz", -1), stats)
    print(seen.pop(0), seen.pop(-1), seen.pop(), seen)
    print(min(3, 2.5), max(3, 2.5), min(2, 2.0), max(2.0, 2), max(1, 0.5, True), min(0.0, -0.0, 0))
    print(flags(11), flags(0), -17 >> 2, 5 << 0, -1 >> 70)
    shift = 3
    shift <<= 2
    shift >>= 1
    print(shift, "..x..".strip("."), "x..".rstrip("."), "..x".lstrip("."), "abcab".strip("ba"))
    print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 2), "k=v=w".split("=", 0))
    empty = []
    nothing = {}
    print(sum(empty), sorted(empty), len(empty), ", ".join(empty), nothing.get("x", 7), empty)
    print(sum(nothing.values()), list(nothing.values()), [x for x in empty], "".join(nothing))
    try:
        print(min(empty))
    except ValueError as err:
        print("ValueError:", err)
    try:
        print(max(nothing.values()))
    except ValueError as err:
        print("ValueError:", err)
    for bad in [-1, 2]:
        try:
            print(8 >> bad)
        except ValueError as err:
            print("ValueError:", err)
    mixed = [3, "x"]
    try:
        print(max(mixed))
    except TypeError as err:
        print("TypeError:", err)
    try:
        print("-".join(mixed))
    except TypeError as err:
        print("TypeError:", err)
    try:
        print(seen.pop(7))
    except IndexError as err:
        print("IndexError:", err)
    try:
        print("abc".split(""))
    except ValueError as err:
        print("ValueError:", err)
    counts = {"a": 1, "b": 2}
    try:
        for n in counts.values():
            counts["c" + str(n)] = n
    except RuntimeError as err:
        print("RuntimeError:", err)
    print(counts)
    print(1 << -1)


asyncio.run(main())
