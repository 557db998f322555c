# A task cancelled while waiting runs its finally, which may await again;
# a second cancel() during that finally is delivered at the next await.
import asyncio

async def worker(log):
    try:
        print("worker waits")
        await asyncio.sleep(10)
    finally:
        print("worker finally starts")
        try:
            await asyncio.sleep(0)
            print("worker finally after sleep0")
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("worker finally cancelled again")
        print("worker finally ends")

async def main():
    t = asyncio.create_task(worker(None))
    await asyncio.sleep(0)
    print("cancel #1", t.cancel())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("cancel #2", t.cancel(), "cancelling =", t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("main: t cancelled =", t.cancelled())
    print("cancel on done task:", t.cancel())
    # uncancel lets a task go on after swallowing a cancellation
    async def resilient():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("resilient: cancelling =", asyncio.current_task().cancelling())
            print("resilient: uncancel ->", asyncio.current_task().uncancel())
        await asyncio.sleep(0)
        return "resilient done"
    r = asyncio.create_task(resilient())
    await asyncio.sleep(0)
    r.cancel("stop please")
    print(await r)
    # the cancel message reaches the CancelledError
    async def sleeper():
        await asyncio.sleep(10)
    s = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    s.cancel("with message")
    try:
        await s
    except asyncio.CancelledError as e:
        print("message:", e.args)

asyncio.run(main())
