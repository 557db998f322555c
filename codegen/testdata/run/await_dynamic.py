# Awaiting values whose type is known only at run time: a registry of
# pending work holds tasks, coroutines of different result types, a
# gather and asyncio.sleep with a result; awaiting something else raises
# CPython's TypeError, and a task's exception or cancellation comes out
# of the await as usual.
import asyncio


async def fetch_count(name):
    await asyncio.sleep(0.01)
    return len(name)


async def fetch_title(name):
    await asyncio.sleep(0.005)
    return name.title()


async def explode():
    await asyncio.sleep(0)
    raise ValueError("boom")


async def forever():
    await asyncio.sleep(10)


async def main():
    registry = {
        "count": asyncio.create_task(fetch_count("inventory")),
        "title": fetch_title("weekly report"),
        "both": asyncio.gather(fetch_count("ab"), fetch_count("abc")),
        "later": asyncio.sleep(0.001, "done sleeping"),
        "bad": asyncio.create_task(explode()),
        "plain": 42,
        "nothing": None,
    }
    results = {}
    for key, work in registry.items():
        try:
            results[key] = await work
        except ValueError as e:
            results[key] = f"failed: {e}"
        except TypeError as e:
            results[key] = f"TypeError: {e}"
    for key in sorted(results):
        print(key, "->", results[key])

    stuck = asyncio.create_task(forever())
    pending = [stuck, asyncio.sleep(0, "tick")]
    stuck.cancel()
    for p in pending:
        try:
            print("awaited", await p)
        except asyncio.CancelledError:
            print("cancelled", stuck.cancelled())
    again = registry["count"]
    print("again", await again)


asyncio.run(main())
