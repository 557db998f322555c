# Unpacking a value of dynamic type into two names (py.UnpackAny2), with
# CPython's TypeError and ValueError; an annotation naming collections.Counter;
# `is True` and `is False`, which only a bool is.
import asyncio
from collections import Counter


def pairs(v):
    a, b = v
    return f"{a}-{b}"


async def main():
    q: asyncio.Queue = asyncio.Queue()
    for item in [(1, "x"), None, [2, "y"], "ab", (1, 2, 3), 5]:
        q.put_nowait(item)
    while not q.empty():
        item = await q.get()
        try:
            print(pairs(item))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    c: Counter = Counter("aab")
    print(c)
    flags = {"a": True, "b": False, "c": 1}
    for k in ["a", "b", "c", "d"]:
        v = flags.get(k)
        print(k, v is True, v is False, v is not True, True is v)


asyncio.run(main())
