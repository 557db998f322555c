# gather(*tasks) over a list of tasks: results in list order, and each
# task is awaited in place (it is the very task, now done).
import asyncio

async def val(n, delay):
    await asyncio.sleep(delay)
    return n

async def main():
    tasks = [asyncio.create_task(val(3, 0.3)), asyncio.create_task(val(1, 0.1)), asyncio.create_task(val(2, 0.2))]
    print(await asyncio.gather(*tasks))
    print(tasks[0].done(), tasks[1].done(), tasks[2].done())

asyncio.run(main())
