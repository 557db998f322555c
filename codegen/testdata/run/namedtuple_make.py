# Cls._make(iterable) of named tuples: rows parsed from text, tuples,
# iterators and generator results, with CPython's TypeError when the
# number of items differs.
import asyncio
from collections import namedtuple
from typing import NamedTuple


class Trade(NamedTuple):
    symbol: str
    qty: int
    price: float = 0.0


Row = namedtuple("Row", "host port status")


async def parse(lines):
    out = []
    for line in lines:
        await asyncio.sleep(0)
        out.append(Row._make(line.split(",")))
    return out


async def main():
    rows = await parse(["a,80,up", "b,443,down"])
    print(rows, rows[0].port, rows[1]._asdict())
    t = Trade._make(("ACME", 10, 2.5))
    print(t, t.qty * t.price, t == ("ACME", 10, 2.5))
    raw = [["XYZ", 3, 1.25], ["ABC", 7, 4.0]]
    trades = [Trade._make(r) for r in raw]
    print(sorted(trades), max(trades, key=lambda x: x.qty))
    it = iter(["Q", 1, 9.5, "extra"])
    try:
        print(Trade._make(it))
    except TypeError as e:
        print("TypeError:", e)
    try:
        Trade._make(["only"])
    except TypeError as e:
        print("TypeError:", e)
    print(Row._make(iter(["c", "22", "up"])).host)


asyncio.run(main())
