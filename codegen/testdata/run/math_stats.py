import asyncio
import math
from math import pi, sqrt, floor, ceil, inf


async def sensor(name: str, readings: list[float], out: asyncio.Queue) -> None:
    for r in readings:
        await asyncio.sleep(0.01)
        await out.put((name, r))
    await out.put((name, math.nan))


def stats(values: list[float]) -> tuple[float, float]:
    mean = math.fsum(values) / len(values)
    var = math.fsum([(v - mean) ** 2 for v in values]) / len(values)
    return mean, sqrt(var)


async def main():
    q: asyncio.Queue = asyncio.Queue()
    data = {"a": [1.5, 2.25, 3.0, 0.1], "b": [10.0, 20.0, 30.5]}
    tasks = [asyncio.create_task(sensor(k, v, q)) for k, v in data.items()]
    seen: dict[str, list[float]] = {"a": [], "b": []}
    done = 0
    while done < len(tasks):
        name, value = await q.get()
        if math.isnan(value):
            done += 1
            continue
        seen[name].append(value)
    for name in seen:
        mean, sd = stats(seen[name])
        print(name, mean, sd, round(sd, 3))
    print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), floor(7), ceil(True))
    print(pi, math.e, math.tau, inf, -math.inf, math.nan)
    print(math.sqrt(2), math.fabs(-3), math.copysign(2, -0.0), math.fmod(-7, 3), math.fmod(7.5, inf))
    print(math.degrees(pi / 3), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot())
    print(math.dist((0, 0), (3, 4)), math.dist([1.5, 2.5, 3.5], [0.0, 0.0, 0.0]))
    print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.001, rel_tol=1e-2), math.isclose(0.0, 1e-10, abs_tol=1e-9))
    print(math.isinf(inf), math.isfinite(1e308 * 10), math.isnan(0.0))
    print(math.gcd(12, 18), math.gcd(), math.gcd(0, -4, 6), math.lcm(4, 6), math.lcm(), math.lcm(3, 0))
    print(math.factorial(10), math.comb(10, 3), math.perm(5, 2), math.perm(4), math.comb(3, 5))
    print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
    print(math.prod([1, 2, 3, 4]), math.prod([1.5, 2.0]), math.prod([]), math.prod([True, 3]))
    area = pi * 2.0 ** 2
    print(f"{area:.3f}", area, pi * 2 / 3)
    for bad in [-1.0, 0.0]:
        try:
            print(math.sqrt(bad))
        except ValueError as e:
            print("ValueError:", e)
    try:
        math.factorial(-3)
    except ValueError as e:
        print("ValueError:", e)
    try:
        math.floor(inf)
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        math.fmod(1.0, 0.0)
    except ValueError as e:
        print("ValueError:", e)
    try:
        math.isclose(1, 2, rel_tol=-1)
    except ValueError as e:
        print("ValueError:", e)
    mixed = [1, "two"]
    try:
        print(math.sqrt(mixed[1]))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(math.gcd(mixed[0], 2.5))
    except TypeError as e:
        print("TypeError:", e)
    print(math.dist([1, 2], [1, 2, 3]))


asyncio.run(main())
