# time.monotonic, time.perf_counter and time.time measure the sleeps of
# the tasks, inside the event loop and around asyncio.run (under aiogo's
# virtual clock too). Only comparisons are printed: real sleeps overshoot.
import asyncio
import time


async def task(name, delay):
    start = time.perf_counter()
    await asyncio.sleep(delay)
    took = time.perf_counter() - start
    print(name, "slept", took > delay * 0.9, took < delay + 5)
    return took


async def main():
    start = time.monotonic()
    t0 = time.time()
    results = await asyncio.gather(task("A", 0.2), task("B", 0.1), task("C", 0.3))
    elapsed = time.monotonic() - start
    print("concurrent:", elapsed > 0.27, elapsed < sum(results))
    print("wall clock agrees:", abs((time.time() - t0) - elapsed) < 0.1)
    print(time.monotonic() >= start, time.perf_counter() > 0)


begin = time.perf_counter()
asyncio.run(main())
total = time.perf_counter() - begin
print("program took the sleeps:", total > 0.27, total < 5)
