import asyncio


async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
        print(f"Produced {i}")
    await queue.put(None)


async def consumer(queue, name):
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            break
        print(f"{name} consumed {item}")
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    await asyncio.gather(
        producer(queue, 5),
        consumer(queue, "C1"),
    )
    print("size", queue.qsize(), queue.empty())


asyncio.run(main())
