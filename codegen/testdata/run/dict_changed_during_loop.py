# A loop over a dict's keys that adds or removes keys raises CPython's
# RuntimeError at its next step, instead of going on over a copy of the
# keys (seen in review).
import asyncio


async def main():
    d = {1: "a", 2: "b", 3: "c"}
    for k in d:
        d[k] = d[k] * 2
    print(d)
    for k in d.keys():
        print(k, end=" ")
    print()
    for k in d:
        if k == 2:
            await asyncio.sleep(0)
            break
    try:
        for k in d:
            if k == 1:
                d[4] = "x"
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        for k in d.keys():
            if k == 3:
                del d[1]
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(d, [k for k in d], {k: 1 for k in d})


asyncio.run(main())
