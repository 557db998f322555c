# asyncio's TaskGroup, timeout, wait_for and threads, as tutorials use
# them: results, failures, cancellation and the order of what they print.
import asyncio
import time


async def work(name, delay):
    await asyncio.sleep(delay)
    print("work", name, "done")
    return name + "!"


async def fail(delay):
    await asyncio.sleep(delay)
    raise ValueError("bad input")


async def guarded(name, delay):
    try:
        await asyncio.sleep(delay)
        print("guarded", name, "finished")
    finally:
        print("guarded", name, "cleans up")
    return 0


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn swallows the cancellation")
    return "stubborn result"


def blocking(n, label):
    time.sleep(0.01)
    return label + str(n * 2)


def shout():
    print("shouting from a thread")


async def first_done():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(work("a", 0.02))
        b = tg.create_task(work("b", 0.01))
        print("tasks created")
    print("group done:", a.result(), b.result())


async def group_failure():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(guarded("x", 0.05))
            tg.create_task(fail(0.01))
            tg.create_task(guarded("y", 0.001))
    except ExceptionGroup as eg:
        print("caught:", eg)


async def early_return():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(work("late", 0.03))
        return "returned before the child ended"


async def timeouts():
    try:
        async with asyncio.timeout(0.05):
            await work("slow", 1)
    except TimeoutError:
        print("timeout expired")
    async with asyncio.timeout(0.5) as cm:
        await work("quick", 0.01)
    print("expired:", cm.expired())
    async with asyncio.timeout(None):
        await asyncio.sleep(0.01)
    lock = asyncio.Lock()
    async with lock, asyncio.timeout(1):
        print("locked:", lock.locked())
    print("locked after:", lock.locked())


async def waits():
    print(await asyncio.wait_for(work("in time", 0.01), timeout=1))
    try:
        await asyncio.wait_for(work("too slow", 1), 0.05)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    print(await asyncio.wait_for(stubborn(), 0.05))
    t = asyncio.create_task(work("task", 0.01))
    print(await asyncio.wait_for(t, None))


async def threads():
    print(await asyncio.to_thread(blocking, 21, "to_thread "))
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, blocking, 4, "executor ")
    print(await fut)
    await loop.run_in_executor(None, shout)
    results = await asyncio.gather(asyncio.to_thread(blocking, 1, "a"), asyncio.to_thread(blocking, 2, "b"))
    print(results)


async def main():
    await first_done()
    await group_failure()
    print(await early_return())
    await timeouts()
    await waits()
    await threads()


asyncio.run(main())
