async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(some_async_func(1))
        tg.create_task(some_async_func(2))
    # All tasks completed or cancelled

asyncio.Queue
