# asyncio.wait on a list of tasks: ALL_COMPLETED, FIRST_COMPLETED,
# FIRST_EXCEPTION and a timeout, printing what does not depend on the
# order CPython's sets iterate in.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


async def main():
    tasks = [asyncio.create_task(job("a", 0.02)), asyncio.create_task(job("b", 0.01))]
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending), sorted([t.result() for t in done]))

    tasks = [asyncio.create_task(job("slow", 0.05)), asyncio.create_task(job("fast", 0.01))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    for t in pending:
        t.cancel()

    tasks = [asyncio.create_task(job("x", 0.01, True)), asyncio.create_task(job("y", 0.05))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), tasks[0] in done)
    await asyncio.wait(pending)

    tasks = [asyncio.create_task(job("late", 1))]
    done, pending = await asyncio.wait(tasks, timeout=0.02)
    print(len(done), len(pending), tasks[0] in pending)
    tasks[0].cancel()


asyncio.run(main())
