# Async methods called by name on values of type any: the call makes the
# coroutine (or raises AttributeError), which is awaited as a value.
import asyncio

class A:
    def __init__(self, n):
        self.n = n

    async def run(self, x):
        await asyncio.sleep(0)
        return self.n + x

    async def act(self):
        await asyncio.sleep(0)
        print("act", self.n)

class B:
    async def run(self, x):
        return x * 10

    async def act(self):
        print("B act")

async def main():
    objs = [A(1), B(), A(2), 3]
    for o in objs:
        try:
            print(await o.run(5))
            r = await o.act()
            print(r)
        except AttributeError as e:
            print("AttributeError:", e)
    c = objs[1].run(2)
    print(await c)

asyncio.run(main())
