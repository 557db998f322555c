# A loop over a tuple written in place takes each item's type (a common
# base class, ints and floats mixed, strs); `is` compares an instance
# with one of a subclass, also when either may be None.
import asyncio
from typing import Optional


class Animal:
    def __init__(self, name):
        self.name = name

    def sound(self):
        return "..."


class Dog(Animal):
    def sound(self):
        return "woof"


class Cat(Animal):
    def sound(self):
        return "meow"


def loudest(animals) -> Optional[Animal]:
    for a in animals:
        if a.sound() != "...":
            return a
    return None


async def main():
    rex, tom, blob = Dog("rex"), Cat("tom"), Animal("blob")
    for a in (rex, tom, blob):
        print(a.name, a.sound(), type(a).__name__)
    for x in (1, 2.5, 3):
        print(x * 2)
    print([w.upper() for w in ("a", "b")], sum(n for n in (1, 2, 3)))
    first = loudest([blob, tom, rex])
    print(first is tom, first is rex, first is not None, tom is blob)
    nobody = loudest([blob])
    nothing: Optional[Dog] = None
    print(nobody is None, nobody is nothing, nobody is rex, rex is nothing)
    await asyncio.sleep(0)


asyncio.run(main())
