import asyncio

counter = 0
lock = asyncio.Lock()
event = asyncio.Event()


async def worker(name, delay):
    global counter
    await event.wait()
    async with lock:
        value = counter
        await asyncio.sleep(delay)
        counter = value + 1
        print(f"{name} incremented to {counter}")


async def setter():
    await asyncio.sleep(0.05)
    print("setting event")
    event.set()


async def main():
    tasks = []
    for i in range(3):
        tasks.append(asyncio.create_task(worker(f"w{i}", 0.01)))
    await setter()
    results = await asyncio.gather(*tasks)
    print(results, counter, lock.locked(), event.is_set())
    sem = asyncio.Semaphore(2)
    async with sem:
        print("in semaphore")


asyncio.run(main())
