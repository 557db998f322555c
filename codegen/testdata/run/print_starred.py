# print(*xs): the items of starred lists, tuples, strs and dicts among other
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
print(*{"k": 1, "j": 2}, sep="+")
mixed = [[1, "a"], "xy", 5]
for m in mixed:
    try:
        print(*m, sep="/")
    except TypeError as e:
        print("TypeError:", e)
