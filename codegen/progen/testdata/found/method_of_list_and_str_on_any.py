# A method that lists and strs both have (count, index), called on a
# value of type any (a parameter passed a str at one call and another
# type at another). Methods only strs have work on any (str_any.go).
# CPython: prints "1", "0"; exit 0.
# aiogo:   refuses it: "11:12: method 'count' on a value of type any is
#          not supported yet".
import asyncio


async def job(s):
    return s.count("a")


async def main():
    print(await job("abc"))
    print(await job([1, 2]))


asyncio.run(main())
