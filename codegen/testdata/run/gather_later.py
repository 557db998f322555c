# gather wraps its arguments into tasks when called, not when awaited:
# the children run while main sleeps, before main awaits the gather.
import asyncio


async def child(n):
    print("child", n)
    await asyncio.sleep(0)
    return n


async def main():
    g = asyncio.gather(child(1), child(2))
    print("gather created")
    await asyncio.sleep(0)
    print("main resumed")
    print(await g)


asyncio.run(main())
