# A list holding a task of a coroutine that returns a str and one of a
# coroutine that returns None (the same with coroutines, [job2(), job0()]).
# CPython: prints "ABC", exit 0.
# aiogo:   refuses it: "21:12: method 'upper' on a value of type any is not
#          supported yet": job0's result is typed any everywhere once its
#          task shares a list with job2's.
import asyncio


async def job0():
    return "abc"


async def job2():
    pass


async def main():
    ts = [asyncio.create_task(job2()), asyncio.create_task(job0())]
    await asyncio.wait(ts)
    print((await job0()).upper())


asyncio.run(main())
