# Locals and parameters of a stackless coroutine named like the machine's
# methods (its own name, Step, Await) must not clash with them.
import asyncio


async def Step(Await):
    Step = Await * 2
    await asyncio.sleep(0)
    return Step


async def main():
    main = await Step(4)
    await asyncio.sleep(0)
    print(main)


asyncio.run(main())
