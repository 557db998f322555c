# A coroutine that never returns still has a result type (None), so a
# gather mixing it with others type-checks.
import asyncio


async def never():
    while True:
        await asyncio.sleep(1)


async def one():
    return None


async def main():
    g = asyncio.gather(one(), never())
    print("started")


asyncio.run(main())
