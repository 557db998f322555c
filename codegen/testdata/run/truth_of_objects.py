# The truth of a lock, queue, event or task is True, and the expression
# that makes it is still evaluated (a call in `if make_lock():` ran nowhere
# before; seen while merging the class work).
import asyncio


def make_lock():
    print("made")
    return asyncio.Lock()


async def main():
    if make_lock():
        print("truthy")
    print(bool(make_lock()), not make_lock())
    q = asyncio.Queue()
    if q:
        print("a queue is true")
    t = asyncio.create_task(asyncio.sleep(0))
    print("task" if t else "no task", bool(asyncio.Event()))
    await t


asyncio.run(main())
