# print(*xs): the items of starred lists, tuples and strs among other
# arguments, with sep and end.
import asyncio


async def main():
    xs = [1, 2, 3]
    words = ["a", "b"]
    print(*xs)
    print(*xs, sep=", ")
    print("start", *words, "end", *xs, sep="|", end="!\n")
    print(*"hey")
    print(*[], "only")
    print(*[x * 2 for x in xs], *words)
    pair = (1, "x")
    print(*pair)
    results = await asyncio.gather(*[asyncio.sleep(0, result=i) for i in range(3)])
    print(*results, sep="\n")


asyncio.run(main())
