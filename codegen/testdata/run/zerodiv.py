import asyncio


def ratio(a, b):
    return a // b


async def main():
    print("before")
    await asyncio.sleep(0.01)
    print(ratio(7, 0))
    print("never")


asyncio.run(main())
