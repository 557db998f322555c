# isinstance() with the program's classes (also tuples of them) and the
# built-in types, issubclass(), type(x).__name__, x.__class__.__name__
# and type(x) is C, on values whose static type decides and on values
# that may hold several types.
import asyncio


class Event:
    def __init__(self, source):
        self.source = source

    def kind(self):
        return "event"


class Click(Event):
    def __init__(self, source, x, y):
        super().__init__(source)
        self.x = x
        self.y = y


class DoubleClick(Click):
    pass


class Key(Event):
    def __init__(self, source, key):
        super().__init__(source)
        self.key = key


class Clock:
    pass


def describe(ev):
    if isinstance(ev, DoubleClick):
        return f"double click at {ev.x},{ev.y}"
    if isinstance(ev, Click):
        return f"click at {ev.x},{ev.y}"
    if isinstance(ev, Key):
        return "key " + ev.key
    return "some " + ev.kind()


def classify(v):
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    if isinstance(v, (float, str)):
        return "float or str"
    if isinstance(v, (Click, Key)):
        return "input"
    if isinstance(v, Event):
        return "event"
    return "other"


async def main():
    events = [Click("mouse", 1, 2), Key("kbd", "q"), DoubleClick("mouse", 3, 4), Event("timer")]
    for ev in events:
        await asyncio.sleep(0.01)
        print(describe(ev), type(ev).__name__, ev.__class__.__name__, type(ev) is Click, type(ev) is not Event)
        print(isinstance(ev, Event), isinstance(ev, (Key, DoubleClick)), isinstance(ev, Clock), type(ev) == Key)
    c = Click("pen", 0, 0)
    print(isinstance(c, Event), isinstance(c, DoubleClick), isinstance(c, int), type(c).__name__, type(c) is Click)
    print(issubclass(DoubleClick, Event), issubclass(Event, Click), issubclass(Key, Key), issubclass(Clock, Event))
    for v in [1, True, 2.5, "s", c, Clock(), None, [1]]:
        print(classify(v), isinstance(v, int), isinstance(v, str))
    n = 3
    print(isinstance(n, int), isinstance(n, float), isinstance(True, int), type(n).__name__, type("x").__name__)
    print(type(Clock()).__name__, Clock().__class__.__name__, isinstance(Clock(), Clock))
    clicks = [ev.x + ev.y for ev in events if isinstance(ev, Click)]
    keys = {ev.key: ev.source for ev in events if isinstance(ev, Key)}
    first = events[0]
    print(clicks, keys, isinstance(first, Click) and first.x > 0, first.x if isinstance(first, Click) else None)


asyncio.run(main())
