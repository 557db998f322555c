# A method that lists and strs both have (count, index), called on a
# value of type any (a parameter passed a str at one call and another
# type at another): py.CountAny and py.IndexAny dispatch on the value
# (found refused by the program generator).
import asyncio


async def job(s):
    return s.count("a")


async def main():
    print(await job("abc"))
    print(await job([1, 2]))


asyncio.run(main())
