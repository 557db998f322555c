async def main():
    task1 = asyncio.create_task(some_async_func(1))
    task2 = asyncio.create_task(some_async_func(2))
    
    # Do other work here
    print("Tasks created, doing other work...")
    
    # Wait for both to complete
    await task1
    await task2
