# asyncio.timeout and 3.11's wait_for, including a coroutine that swallows
# the cancellation (3.11 returns its result) and rescheduling.
import asyncio

async def swallow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("swallow: cancelled, returning anyway")
    return "swallowed"

async def quick():
    await asyncio.sleep(0.01)
    return "quick"

async def main():
    loop = asyncio.get_running_loop()
    print("wait_for swallow ->", await asyncio.wait_for(swallow(), 0.05))
    print("wait_for quick ->", await asyncio.wait_for(quick(), 1))
    try:
        await asyncio.wait_for(quick(), 0)
    except TimeoutError:
        print("wait_for timeout=0 -> TimeoutError")
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print("no expiry: expired =", cm.expired())
    try:
        async with asyncio.timeout(0.05) as cm:
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled timeout expired =", cm.expired())
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout(None) rescheduled -> TimeoutError")
    try:
        async with asyncio.timeout_at(loop.time() + 0.02):
            try:
                async with asyncio.timeout(1):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timeout must not fire")
    except TimeoutError:
        print("outer timeout_at fired")
    async def slow():
        try:
            await asyncio.sleep(1)
        finally:
            print("slow finally")
    try:
        await asyncio.wait_for(slow(), 0.01)
    except TimeoutError:
        print("wait_for slow -> TimeoutError")

asyncio.run(main())
