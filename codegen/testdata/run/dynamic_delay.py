# A sleep delay of dynamic type (int or float through one variable) is
# converted as Python does, in stackful and stackless coroutines alike;
# a str delay raises CPython's TypeError.
import asyncio


def pick(i):
    if i % 2 == 0:
        return 1
    return 0.5


async def nap(i):
    d = pick(i)
    await asyncio.sleep(d)
    print("nap", i, d)
    return d


async def careful(d):
    try:
        await asyncio.sleep(d)
    except TypeError as e:
        print("TypeError:", e)


async def main():
    print(await asyncio.gather(nap(0), nap(1), nap(2)))
    await careful(0)
    await careful(0.25)
    await careful("1")


asyncio.run(main())
