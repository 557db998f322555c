# The tutorial's "Running Sync Code in Async", with its ThreadPoolExecutor.
import asyncio
from concurrent.futures import ThreadPoolExecutor
import time


def blocking_task(n):
    time.sleep(0.01 * n)
    return f"Done {n}"


async def main():
    loop = asyncio.get_event_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*[loop.run_in_executor(pool, blocking_task, n) for n in range(4)])
        print(results)
    pool2 = ThreadPoolExecutor(1)
    print(await loop.run_in_executor(pool2, blocking_task, 9))
    pool2.shutdown(wait=True)
    result = await loop.run_in_executor(None, blocking_task, 1)
    print(result)


asyncio.run(main())
