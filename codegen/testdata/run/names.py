import asyncio
from asyncio import sleep, gather

t = 5
string = "s"
len_ = 3
counter = 0


def bump(by=1):
    global counter
    counter += by


def nothing():
    print("nothing called")


async def go(func, range_=2):
    await sleep(0.01)
    return func * range_


async def main():
    t = await go(3)
    var = await go(2, range_=5)
    print(t, var, string, len_)
    bump()
    bump(by=10)
    print(counter)
    x = nothing()
    print(x)
    if t > 3:
        result = "big"
    else:
        result = "small"
    print(result)
    pair = (1, "one")
    print(pair, pair[0], pair[1])
    a, b = 1, 2
    a, b = b, a
    print(a, b)
    v = "x" if a > b else "y"
    print(v)
    mixed = [1, "two", 3.0, None]
    print(mixed, mixed[1])
    maybe = None
    if counter > 5:
        maybe = counter
    print(maybe, maybe is None, maybe is not None)
    empty = ""
    print(empty or "default", "x" and "y", 0 or 5)
    r = await gather(go(1), go(2), sleep(0.01, "slept"))
    print(r)


asyncio.run(main())
