import asyncio
import math


async def side(length: float) -> float:
    await asyncio.sleep(0.01)
    return math.sqrt(length)


async def main():
    sides = await asyncio.gather(side(9), side(2.25))
    print(sides, math.hypot(sides[0], sides[1]))
    print(await side(-1))


asyncio.run(main())
