# Found by the program generator (seed 113160): reversed() of a value of
# type any (a str held with other types) was refused; it is reversed at
# run time (py.ReversedAny), with CPython's TypeError for a set.
import asyncio


async def main():
    values = ["abc", [1, 2, 3], (4, 5), {"k": 1, "j": 2}, {7}]
    for v in values:
        try:
            print(list(reversed(v)), "".join(map(str, reversed(v))))
        except TypeError as e:
            print("TypeError:", e)
    for ch in reversed(values[0]):
        print(ch, end="")
    print()


asyncio.run(main())
