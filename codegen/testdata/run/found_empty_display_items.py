import asyncio

# Values computed from the items of a list display that nothing is ever
# added to: their type was unknown, so a function returning one was
# typed as returning None and raised TypeError (seed 900254), and
# abs(), round(), slicing, | and str methods of them were refused.


async def job2():
    await asyncio.sleep(0)
    return (9 - 0) * sum(x2 for x2 in [])


def calc(count: int) -> int:
    return (count - 3) * min(sorted([], key=lambda v: abs(v - 5)), default=4) % 97


async def main():
    print("job2", await job2(), calc(10))
    ws = [(w + "s")[:5] for w in []]
    print(ws, [abs(v) for v in []], [round(v, 1) for v in []], [v | 1 for v in []])
    try:
        print([][-3][:51])
    except IndexError as err:
        print("IndexError:", err)
    try:
        print(abs([][0]))
    except IndexError as err:
        print("IndexError:", err)
    mixed = [1, "a", 2.5]
    print(mixed[1:], abs(mixed[2]), round(mixed[2]), round(mixed[0], 1), float(mixed[0]), int(mixed[2]))
    print(mixed[0] | 6, mixed[0] & 3, mixed[0] ^ 1, ~mixed[0], divmod(mixed[0], 2)[1], mixed[1][0], [][0:][:1])
    print(~mixed[0] * 3, ~mixed[0] & 0xFF, -~mixed[0])
    try:
        print(abs(mixed[1]))
    except TypeError as err:
        print("TypeError:", err)
    try:
        print(mixed[0][1:])
    except TypeError as err:
        print("TypeError:", err)
    print(mixed[1].upper(), mixed[1].zfill(3), mixed[1].replace("a", "b").title(), [w.strip() for w in []])
    try:
        print(mixed[0].endswith("x"))
    except AttributeError as err:
        print("AttributeError:", err)
    print(round(mixed[1]))


asyncio.run(main())
