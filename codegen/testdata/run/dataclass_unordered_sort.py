# Sorting dataclasses without order=True fails as in CPython: the
# TypeError names the class, and escapes main with exit status 1.
import asyncio
from dataclasses import dataclass


@dataclass
class Reading:
    sensor: str
    value: float


async def collect(n: int) -> list[Reading]:
    out = []
    for i in range(n):
        await asyncio.sleep(0)
        out.append(Reading(f"s{i}", i * 1.5))
    return out


async def main():
    readings = await collect(3)
    print(readings)
    print(readings[0] == Reading("s0", 0.0), readings[1] != readings[2])
    try:
        {readings[0]: 1}
    except TypeError as e:
        print("as key:", e)
    print(sorted(readings))


asyncio.run(main())
