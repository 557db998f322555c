# typing.Generic and TypeVar: a class deriving from Generic[K, V] or from a
# generic class subscripted with types (Cache[str, int]) derives from the
# class alone; a TypeVar leaves the annotations that name it free.
from dataclasses import dataclass
from typing import Dict, Generic, Optional, TypeVar

K = TypeVar("K")
V = TypeVar("V")


@dataclass
class Entry(Generic[V]):
    value: V
    expires: int


class Cache(Generic[K, V]):
    def __init__(self) -> None:
        self.data: Dict[K, Entry[V]] = {}

    def put(self, k: K, v: V, now: int) -> None:
        self.data[k] = Entry(v, now + 10)

    def fresh(self, e: Entry[V], now: int) -> bool:
        return e.expires >= now

    def get(self, k: K, now: int) -> Optional[V]:
        e = self.data.get(k)
        if e is None or not self.fresh(e, now):
            return None
        return e.value


class StrCache(Cache[str, int]):
    def total(self) -> int:
        return sum(e.value for e in self.data.values()) if False else sum([e.value for e in self.data.values()])


c = StrCache()
c.put("a", 1, 0)
c.put("b", 2, 5)
print(c.get("a", 3), c.get("a", 11), c.get("b", 11), c.total(), c.data["b"])
# type() of values of type any, in a program that holds no class as a value
# otherwise (it stopped as unsupported).
for x in [c, 1, "s"]:
    print(type(x), type(x).__name__)
