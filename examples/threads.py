# Blocking code runs on a thread pool so the event loop stays free: the
# tutorial's run_in_executor, and asyncio.to_thread, with a timeout.
import asyncio
import time


def blocking_task(seconds):
    time.sleep(seconds)
    return "Done"


async def ticker():
    for i in range(3):
        print(f"tick {i}")
        await asyncio.sleep(0.05)


async def main():
    loop = asyncio.get_event_loop()

    # Run blocking code in thread pool while the ticker keeps ticking
    ticks = asyncio.create_task(ticker())
    result = await loop.run_in_executor(None, blocking_task, 0.2)
    print(result)
    await ticks

    result = await asyncio.wait_for(asyncio.to_thread(blocking_task, 0.01), timeout=1)
    print(f"to_thread: {result}")


asyncio.run(main())
