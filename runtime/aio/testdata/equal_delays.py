# Timers set in one iteration with the same delay fire in the same later
# iteration, in scheduling order: the loop's wait is rounded up to whole
# milliseconds (as the selector does), so the later deadlines, microseconds
# apart, are due when it wakes.
import asyncio


async def napper(name):
    await asyncio.sleep(0.05)
    print("woke", name)
    await asyncio.sleep(0)
    print("after yield", name)


async def main():
    await asyncio.gather(napper("a"), napper("b"), napper("c"))
    print("done")


asyncio.run(main())
