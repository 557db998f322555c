# Found by the program generator (seed 111216): a set comprehension over an
# empty list (whose element type nothing fixes) compared with a set of ints
# went to the dynamic comparison, which raised TypeError for sets; two sets
# compared now share their element type, and the dynamic <, <=, >, >= test
# subsets as CPython does.
import asyncio


async def main():
    count = 3
    print({x % 2 for x in []} >= {count}, {count} > {x for x in []})
    mixed = [1, "a"]
    print({mixed[0]} <= {1, 2}, {mixed[1]} < {"a", "b"}, {1.0} >= {True})


asyncio.run(main())
