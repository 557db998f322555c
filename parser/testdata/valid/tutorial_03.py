import asyncio
import time

async def task(name, delay):
    print(f"{name} started")
    await asyncio.sleep(delay)
    print(f"{name} finished")
    return name

async def main():
    start = time.time()
    
    # Run all tasks concurrently
    results = await asyncio.gather(
        task("A", 2),
        task("B", 1),
        task("C", 3),
    )
    
    print(f"Total time: {time.time() - start:.2f}s")
    print(results)

# Total time: ~3s (max of delays), not 6s
asyncio.run(main())
