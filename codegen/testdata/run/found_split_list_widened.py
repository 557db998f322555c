# The list split() makes, typed wider by what is added to it (ints, or
# the items of an empty list whose type nothing fixes): a copy of the Go
# type its uses expect (found by the program generator, seed 80047,
# whose Go did not build).
import asyncio


async def main():
    ws = ("é" + "42").split()
    ws.extend([].copy())
    await asyncio.sleep(0)
    ws.extend([])
    print(ws)
    vs = "x,y".split(",")
    vs.append(3)
    print(vs, vs.count("x"), len("p q".split()), "a-b".rsplit("-", 1) + [1])


asyncio.run(main())
