# The tutorial's async context manager and async iterator classes,
# completed so that they print what they do; compared with CPython.
import asyncio


class AsyncConnection:
    def __init__(self, name):
        self.name = name
        self.open = False

    async def __aenter__(self):
        await self.connect()
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.disconnect()
        if exc is not None:
            print("closing after", repr(exc))
        return exc_type is not None and self.name == "bad"

    async def connect(self):
        await asyncio.sleep(0.01)
        self.open = True
        print(self.name, "connected")

    async def disconnect(self):
        await asyncio.sleep(0.01)
        self.open = False
        print(self.name, "disconnected")

    async def query(self, sql):
        await asyncio.sleep(0.01)
        if sql == "":
            raise ValueError("empty query")
        return f"{self.name}: {sql}"


class AsyncRange:
    def __init__(self, n):
        self.n = n
        self.current = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current >= self.n:
            raise StopAsyncIteration
        value = self.current
        self.current += 1
        await asyncio.sleep(0.01)  # Simulate async work
        return value


async def main():
    async with AsyncConnection("db") as conn:
        print(await conn.query("SELECT * FROM users"))
        print("open:", conn.open)
    print("open after:", conn.open)
    async with AsyncConnection("bad") as conn:
        await conn.query("")
        print("not reached")
    print("ValueError suppressed by __aexit__")
    try:
        async with AsyncConnection("worse"):
            raise KeyError("k")
    except KeyError as e:
        print("KeyError propagated:", e)

    async for i in AsyncRange(5):
        print(i)
    total = 0
    async for i in AsyncRange(4):
        if i == 3:
            break
        total += i
    else:
        print("not printed")
    print("total", total)


asyncio.run(main())
