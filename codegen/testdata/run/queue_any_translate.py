# A queue held as a value of type any (a stage's outbox that may be None,
# a list of mixed values): its methods called by name, put, get and join
# awaited as coroutines; str.maketrans and translate, also on a str held
# as any.
import asyncio
import string

TABLE = str.maketrans("", "", string.punctuation)


class Stage:
    def __init__(self, name, inbox, outbox=None):
        self.name = name
        self.inbox = inbox
        self.outbox = outbox
        self.count = 0

    async def run(self):
        while True:
            item = await self.inbox.get()
            self.inbox.task_done()
            if item is None:
                if self.outbox is not None:
                    await self.outbox.put(None)
                return
            self.count += 1
            out = self.handle(item)
            if self.outbox is not None and out is not None:
                await self.outbox.put(out)

    def handle(self, item):
        return item.translate(TABLE).lower()


class Sink(Stage):
    def __init__(self, name, inbox):
        super().__init__(name, inbox)
        self.seen = []

    def handle(self, item):
        self.seen.append(item)
        return None


async def main():
    q1, q2 = asyncio.Queue(), asyncio.Queue(maxsize=2)
    sink = Sink("sink", q2)
    stages = [Stage("clean", q1, q2), sink]
    tasks = [asyncio.create_task(s.run()) for s in stages]
    for text in ["Hello, World!", "a-b_c", "Ünïcode; too."]:
        await q1.put(text)
    await q1.put(None)
    await asyncio.gather(*tasks)
    print([s.count for s in stages], sink.seen)
    held = [q1, "x", q2]
    for q in held:
        try:
            print(q.qsize(), q.empty(), q.full())
            q.put_nowait(7)
            print(q.get_nowait(), q.qsize())
            q.task_done()
            await q.join()
        except AttributeError as e:
            print("AttributeError:", e)
    rot = str.maketrans("abc", "xyz", "!")
    print(rot, "abc!cba".translate(rot), str.maketrans({"a": "AA", "b": None, 99: 100}))
    for v in ("hello!", 3):
        try:
            print(v.translate(rot))
        except AttributeError as e:
            print("AttributeError:", e)
    try:
        str.maketrans("ab", "c")
    except ValueError as e:
        print("ValueError:", e)
    try:
        "abc".translate({97: 1.5})
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
