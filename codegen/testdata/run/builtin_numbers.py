import asyncio

# Number built-ins in a small checksum service: divmod, pow, chr, ord,
# hex, oct, bin, and unpacking lists held in variables.


def checksum(text: str) -> int:
    total = 0
    for ch in text:
        total = (total << 5) - total + ord(ch)
        total = total & 0xFFFF
    return total


async def encode(name: str, out: asyncio.Queue) -> None:
    await asyncio.sleep(0.01)
    c = checksum(name)
    hi, lo = divmod(c, 256)
    await out.put(name + ":" + hex(c) + ":" + chr(65 + hi % 26) + chr(65 + lo % 26))


async def main():
    out = asyncio.Queue()
    await asyncio.gather(*[encode(n, out) for n in ["alpha", "beta", "gamma"]])
    while not out.empty():
        item = await out.get()
        name, code, tag = item.split(":")
        print(name, code, tag, int(code, 16), int(code, 0), int("-z", 36))
    print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 4), divmod(-7, 2.0), divmod(True, 3))
    print(pow(2, 10), pow(2.5, 2), pow(2, -2), pow(10, True))
    exp = -3
    print(2 ** exp, 3 ** 0, pow(2, exp))
    exp = 3
    print(2 ** exp)
    print(hex(255), hex(-255), oct(64), oct(-8), bin(10), bin(-3), bin(0), hex(True))
    print(chr(97), chr(9731), ord("z"), ord("é"), [ord(c) for c in "abc"])
    first, second = "left right".split()
    print(second, first)
    x, y, z = [3, 2, 1]
    print(x * 100 + y * 10 + z)
    for text in ["one", "one two three", ""]:
        try:
            head, tail = text.split(" ", 1)
            print("ok", head, tail)
        except ValueError as err:
            print("ValueError:", err)
    for s in ["ab", ""]:
        try:
            print(ord(s))
        except TypeError as err:
            print("TypeError:", err)
    for n in [-1, 0x110000]:
        try:
            print(chr(n))
        except ValueError as err:
            print("ValueError:", err)
    try:
        print(divmod(5, 0))
    except ZeroDivisionError as err:
        print("ZeroDivisionError:", err)
    try:
        print(divmod(5.0, 0))
    except ZeroDivisionError as err:
        print("ZeroDivisionError:", err)
    a, b = [1, 2, 3]


asyncio.run(main())
