import aiohttp
import asyncio

async def fetch_urls(urls):
    async with aiohttp.ClientSession() as session:
        tasks = [session.get(url) for url in urls]
        responses = await asyncio.gather(*tasks)
        
        for resp in responses:
            data = await resp.text()
            print(f"{resp.url}: {len(data)} bytes")

asyncio.run(fetch_urls([
    "https://example.com",
    "https://example.org",
]))
