# __len__, __bool__ and __contains__ on the program's classes: len(),
# truth in if/while/and/or/not, `in` and `not in`, through a base class
# too; an inbox drained by a consumer task.
import asyncio


class Inbox:
    def __init__(self, owner):
        super().__init__()
        self.owner = owner
        self.items = []

    def __len__(self):
        return len(self.items)

    def __contains__(self, item):
        return item in self.items

    def put(self, item):
        self.items.append(item)

    def take(self):
        first = self.items[0]
        self.items = self.items[1:]
        return first


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


class PriorityInbox(Inbox):
    def __contains__(self, item):
        return item in self.items or item == "urgent"


class Empty:
    pass


async def consume(box, seen):
    while box:
        await asyncio.sleep(0.01)
        seen.append(box.take())
    return len(seen)


async def main():
    box = Inbox("ann")
    print(len(box), bool(box), "x" in box, not box)
    for m in ["hi", "there", 3]:
        box.put(m)
    print(len(box), bool(box), "hi" in box, 3 in box, 4 not in box)
    boxes = [box, PriorityInbox("bob")]
    for b in boxes:
        print(b.owner, len(b), "urgent" in b, "hi" in b, "yes" if b else "no")
    seen = []
    print(await consume(box, seen), seen, len(box))
    flags = [Flag(True), Flag(False)]
    print([bool(f) for f in flags], [1 if f else 0 for f in flags], flags[0] and "on", flags[1] or "off")
    e = Empty()
    if e:
        print("objects are true")
    print(len(PriorityInbox("x")) == 0)
    print(len(Empty()))


asyncio.run(main())
