# Dead code after an async with whose body returns.
# CPython: prints "1", exit 0.
# aiogo:   go vet on the generated Go reports
#          "vet_unreachable_after_async_with.py:13: unreachable code".
import asyncio

lock = asyncio.Lock()


async def f():
    async with lock:
        return 1
    print("dead")


print(asyncio.run(f()))
