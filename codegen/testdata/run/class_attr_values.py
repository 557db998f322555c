# Class attributes set to any value, not only constants: evaluated once,
# where the module runs the class statement, so that a list or dict is
# one object every instance (and subclass) shares, as in CPython.
import asyncio
import itertools
from typing import Dict, List

DEFAULT_LIMIT = 3
print("before the class statements")


def make_limits(base):
    print("make_limits runs once, at the class statement")
    return {"fast": base, "slow": base * 2}


class Breaker:
    transitions = []
    registry: Dict[str, "Breaker"] = {}
    _ids = itertools.count(1000)
    limits = make_limits(DEFAULT_LIMIT)
    names: List[str] = [n.upper() for n in ("a", "b")]
    pair = (DEFAULT_LIMIT, "x")
    total: float = 0

    def __init__(self, name):
        self.name = name
        self.id = next(Breaker._ids)
        Breaker.registry[name] = self
        self.transitions.append(("init", name))

    @classmethod
    def lookup(cls, name):
        return cls.registry.get(name)

    def trip(self, cost):
        Breaker.total += cost
        self.transitions.append(("trip", self.name))


class Fuse(Breaker):
    limits = {"instant": 0}

    def trip(self, cost):
        super().trip(cost * 2)
        self.transitions.append(("blown", self.name))


print("after the class statements", Breaker.total, len(Breaker.registry))


class Shape:
    sides = 0
    log = []

    def count(self):
        self.log.append(self.sides)
        return self.sides


class Blob(Shape):
    sides = "many"
    log = [None]


print(Shape().count(), Blob().count(), Shape.log, Blob.log, Shape.sides + 1)


# A store through a subclass that does not define the attribute makes it
# the subclass's own from then on; before, the subclass reads its base's.
class Event:
    created = 0
    source = "base"

    def __init__(self, v):
        self.v = v

    @classmethod
    def make(cls, v):
        cls.created += 1
        return cls(v)

    def describe(self):
        return f"{type(self).__name__}:{self.v}:{self.created}:{type(self).source}"


class Added(Event):
    pass


class Removed(Event):
    source = "removed"


class Undone(Removed):
    pass


print(Event.created, Added.created, Removed.created, Undone.created)
events = [Event.make(1), Added.make(2), Added.make(3), Undone.make(4)]
print(Event.created, Added.created, Removed.created, Undone.created)
print([e.describe() for e in events])
Removed.created = 10
Event.created = 100
Undone.source = "undone"
print(Event.created, Added.created, Removed.created, Undone.created)
print([e.describe() for e in events], Removed.source, Event.source)
# type(x).name reads the class attribute of the class x has at run time.
print([type(e).source for e in events], [e.__class__.created for e in events])


async def worker(b, delays):
    for d in delays:
        await asyncio.sleep(d)
        b.trip(d * 10)


async def main():
    a = Breaker("a")
    f = Fuse("f")
    await asyncio.gather(worker(a, [0.01, 0.05]), worker(f, [0.03]))
    print(Breaker.transitions)
    print(a.transitions is f.transitions, Fuse.registry is Breaker.registry)
    print(sorted(Breaker.registry), Breaker.lookup("f").id, a.id)
    print(Breaker.limits, Fuse.limits, f.limits, Breaker.names, Breaker.pair)
    print(round(Breaker.total, 6), next(Fuse._ids))
    Breaker.transitions = []
    a.trip(1)
    print(Breaker.transitions, f.transitions)


asyncio.run(main())


class Late:
    ratio = 10 / len(Breaker.transitions)


try:
    class Broken:
        ratio = 1 / len(Breaker.names[5:])
except ZeroDivisionError as e:
    print("class body raised:", e)
print(Late.ratio)
