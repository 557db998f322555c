# A set of ints held as any (built from awaited results of coroutines of
# different result types) iterated in insertion order where CPython
# orders numbers by their hash (found by the generator, seed 122310).
import asyncio


async def count(n):
    await asyncio.sleep(0)
    return n * 233


async def label():
    return "x"


async def main():
    results = await asyncio.gather(count(3), label(), count(0))
    xs = list({results[0], results[2], 8})
    print(xs, sorted(xs))
    mixed = {results[0], 1.0, True, 64}
    print(mixed, len(mixed))
    mixed.add(results[1])
    mixed.add(5)
    print(len(mixed), 5 in mixed, "x" in mixed)


asyncio.run(main())
