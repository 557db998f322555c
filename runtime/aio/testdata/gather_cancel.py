# Cancelling a task that awaits gather cancels the children; a failing
# child does not stop its siblings, which finish after gather has raised.
import asyncio

async def child(n, delay):
    try:
        await asyncio.sleep(delay)
        print("child", n, "finished")
        return n
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise

async def failing():
    await asyncio.sleep(0.1)
    raise KeyError("bad")

async def main():
    async def waiter():
        try:
            await asyncio.gather(child(1, 1), child(2, 1))
        except asyncio.CancelledError:
            print("waiter sees CancelledError")
            raise
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("waiter cancelled:", t.cancelled())
    try:
        await asyncio.gather(child(3, 0.2), failing(), child(4, 0.3))
    except KeyError as e:
        print("gather raised KeyError", e)
    await asyncio.sleep(0.5)
    print("done")

asyncio.run(main())
