# A dict's items(), keys() and values() iterated by loops whose bodies
# await, a pair bound to one name, and CPython's RuntimeError when the
# body changes the dict's size.
import asyncio

DOCS = {"a": "x y", "b": "z", "c": ""}


async def main():
    q = asyncio.Queue()
    for pair in DOCS.items():
        await q.put(pair)
    for k in DOCS.keys():
        await q.put((k, k.upper()))
    for v in DOCS.values():
        await asyncio.sleep(0)
        print(repr(v))
    while not q.empty():
        item = await q.get()
        print(item, type(item).__name__, item[0])
    counts = {"x": 1}
    try:
        for pair in counts.items():
            await asyncio.sleep(0)
            counts[pair[0] * 2] = pair[1] + 1
    except RuntimeError as e:
        print("RuntimeError:", e, counts)


asyncio.run(main())
