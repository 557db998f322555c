import asyncio


async def fetch_data():
    print("Fetching...")
    await asyncio.sleep(0.2)
    return {"data": 42}


async def main():
    result = await fetch_data()
    print(result)
    print(result["data"] + 1)


asyncio.run(main())
