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
        task("A", 0.2),
        task("B", 0.1),
        task("C", 0.3),
    )

    print(f"Total time: {time.time() - start:.1f}s")
    print(results)

asyncio.run(main())
