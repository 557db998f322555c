async def fetch_data():
    print("Fetching...")
    await asyncio.sleep(2)
    return {"data": 42}

async def main():
    result = await fetch_data()
    print(result)

asyncio.run(main())
