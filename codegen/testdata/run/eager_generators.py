# Generator expressions that Python consumes entirely before the call:
# a starred argument (gather(*(job(i) for i in ...))), math.fsum and
# math.prod; each compiles as the list comprehension it equals.
import asyncio
import math
from math import fsum


async def job(i):
    await asyncio.sleep(0)
    return i * i


def area(r):
    print("area", r)
    return math.pi * r * r


async def main():
    print(await asyncio.gather(*(job(i) for i in range(4))))
    print(fsum(area(r) for r in [1.0, 2.0]), math.fsum(x / 10 for x in range(10)))
    print(math.prod(x + 1 for x in range(5)), math.prod(float(x) for x in [1, 2.5]))


asyncio.run(main())
