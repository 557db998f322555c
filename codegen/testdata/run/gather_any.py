# asyncio.gather(*xs) of a list of values of type any: coroutines made by
# methods called on classes held as values (registry[name](...)), with
# CPython's TypeError for an item that is not awaitable.
import asyncio


class Plugin:
    def __init__(self, name):
        self.name = name

    async def start(self):
        print("starting", self.name)
        await asyncio.sleep(0.01)
        return f"{self.name} up"


class Loud(Plugin):
    async def start(self):
        r = await super().start()
        return r.upper()


REGISTRY = {"a": Plugin, "b": Loud}


async def main():
    chain = [REGISTRY[k](k) for k in ("a", "b", "a")]
    print(await asyncio.gather(*[p.start() for p in chain]))
    mixed = [chain[0].start(), asyncio.sleep(0, "slept"), 3]
    try:
        print(await asyncio.gather(*mixed))
    except TypeError as e:
        print("TypeError:", e)
    ok = [asyncio.sleep(0, 1), chain[1].start()]
    print(await asyncio.gather(*ok))


asyncio.run(main())
