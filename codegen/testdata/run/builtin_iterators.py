# map(), filter(), reversed() and tuple() taken at once, str.partition and
# str.rpartition.
import asyncio

async def fetch(n):
    await asyncio.sleep(0)
    return n * 10

async def maps():
    xs = [3, 1, 2]
    print(list(map(lambda x: x * 2, xs)), list(filter(lambda x: x > 1, xs)))
    print(", ".join(map(str, xs)), sum(map(lambda x: x * x, xs)), sorted(map(lambda x: -x, xs)))
    words = "10 20 x3".split()
    print(list(map(len, words)), list(filter(lambda w: w.isdigit(), words)))
    nums = list(map(int, "4 5 6".split()))
    print(nums, max(map(float, nums)), set(map(lambda n: n % 2, nums)))
    for v in map(lambda n: n + 1, nums):
        print(v, end=" ")
    print()
    results = await asyncio.gather(*[fetch(x) for x in xs])
    print(list(filter(None, [0, 1, "", "a", None])))
    print(any(map(lambda r: r > 25, results)), all(map(bool, results)))
    print(list(map(repr, ["a", "b"])))
    # map() and filter() call the function when the loop (or any/all)
    # gets to an item: what it prints comes between the loop's lines.
    for w in map(lambda n: shout(n), [1, 2]):
        print("loop got", w)
    print([w for w in filter(lambda n: shout(n) > 2, [1, 2, 3])])
    print(any(map(lambda n: shout(n) > 1, [1, 2, 3])), all(filter(lambda n: shout(n), [2, 0, 1])))
    for i, w in enumerate(map(lambda n: shout(n), [5, 6]), 1):
        await asyncio.sleep(0)
        print("item", i, w)
    for a, b in zip(map(lambda n: shout(n), [1, 2, 3]), filter(lambda n: shout(n) > 2, [0, 2, 3])):
        print("pair", a, b)
    print(list(zip(map(lambda n: shout(n), [1, 2]), map(lambda n: -shout(n), [7, 8, 9]))))


def shout(n):
    print("calling with", n)
    return n * 2



async def strings():
    s = "key=value=x"
    print(s.partition("="), s.rpartition("="), s.partition("#"), s.rpartition("#"))
    key, _, value = "host:8080".partition(":")
    print(key, int(value) + 1)
    print(list(reversed([1, 2, 3])), "".join(reversed("abc")), sum(reversed([1, 2])))
    for ch in reversed("xyz"):
        print(ch, end="")
    print()
    t = tuple([3, 1, 2])
    print(t, len(t), t[0], tuple(), tuple("ab"), tuple({5: 1, 6: 2}), sorted(t), 1 in t)
    a, b, c = t
    print(a + b + c, t == (3, 1, 2), tuple(map(lambda v: v * 2, [1, 2])))
    try:
        "x".partition("")
    except ValueError as e:
        print("ValueError:", e)



async def main():
    await maps()
    await strings()


asyncio.run(main())
# ord and chr mapped, with their TypeErrors.
print(sum(map(ord, "path/a")), list(map(chr, [72, 105])), "".join(map(chr, range(97, 100))))
for v in (["ab"], [1], ["x"]):
    try:
        print(list(map(ord, v)))
    except TypeError as e:
        print(e)
