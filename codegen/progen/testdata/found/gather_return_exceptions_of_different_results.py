# gather(..., return_exceptions=True) of coroutines with results of
# different types (without return_exceptions it compiles).
# CPython: prints "['s', [7]]", "3"; exit 0.
# aiogo:   refuses it: "19:11: min() of these arguments is not supported
#          yet": job0's result is typed any everywhere.
import asyncio


async def job0():
    return [7]


async def job3():
    return "s"


async def main():
    print(await asyncio.gather(job3(), job0(), return_exceptions=True))
    print(min((await job0())[-1], 3))


asyncio.run(main())
