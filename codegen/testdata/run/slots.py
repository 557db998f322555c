# __slots__: a class whose instances have no __dict__ keeps only its slots;
# a store of another attribute raises CPython's AttributeError, through a
# value of type any or of the class.
import asyncio


class Entry:
    __slots__ = ("value", "hits")
    kind = "entry"

    def __init__(self, value):
        self.value = value
        self.hits = 0

    def __repr__(self):
        return f"Entry({self.value!r}, hits={self.hits})"

    def bump(self):
        self.hits += 1


class Timed(Entry):
    __slots__ = ["stamp"]

    def __init__(self, value, stamp):
        super().__init__(value)
        self.stamp = stamp


class Loose(Entry):
    def __init__(self, value):
        super().__init__(value)
        self.note = "has a __dict__"
        self.extra = 0


class Empty:
    __slots__ = ()


async def main():
    items = [Entry("a"), Timed("b", 3), Loose("c"), 7]
    for e in items:
        await asyncio.sleep(0)
        try:
            e.hits += 1
            e.extra = 1
            print("stored", e, e.extra)
        except AttributeError as err:
            print("AttributeError:", err)
    print(items[1].stamp, items[2].note, type(Empty()).__name__)
    timed = Timed("t", 1)
    for value in ("red", 3):
        try:
            timed.color = value
            print("stored")
        except AttributeError as err:
            print("AttributeError:", err)
    try:
        print(timed.color)
    except AttributeError as err:
        print("AttributeError:", err)
    print(Entry.__slots__, Timed.__slots__, hasattr(timed, "__dict__"), hasattr(items[2], "__dict__"))
    for e in (Empty(), items[0], items[1]):
        for name in ("value", "kind", "bump"):
            try:
                setattr(e, name, 5)
                print(e)
            except AttributeError as err:
                print("AttributeError:", err)


asyncio.run(main())
