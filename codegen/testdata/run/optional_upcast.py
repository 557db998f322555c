# An instance of a subclass that may be None, stored where its base class
# goes (a variable, a list, a dict, an argument, a result), stays None: a Go
# conversion would make an interface holding a nil pointer (py.Upcast);
# len() and `in` of an instance that is None raise TypeError.
from typing import Optional


class Animal:
    def __init__(self, name):
        self.name = name


class Dog(Animal):
    pass


class Cat(Animal):
    pass


def find_dog(name) -> Optional[Dog]:
    if name == "rex":
        return Dog(name)
    return None


pet = find_dog("tom")
print(pet is None, pet)
pet = Cat("felix")
print(pet is None, pet.name)
pets = [find_dog("tom"), Cat("c")]
print([p is None for p in pets])
zoo = []
zoo.append(Cat("a"))
zoo.append(find_dog("x"))
print([z is None for z in zoo])
by_name = {"a": Cat("a")}
by_name["b"] = find_dog("b")
print([v is None for v in by_name.values()])


def first(a: Animal, b):
    return a if a is not None else b


def give(n) -> Animal:
    if n:
        return Cat("k")
    return find_dog("none")


print(first(find_dog("q"), Cat("z")).name, give(0) is None, give(1) is None)



class Bag:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __contains__(self, x):
        return x in self.items


def get(ok) -> Optional[Bag]:
    return Bag([1, 2]) if ok else None


for ok in [True, False]:
    b = get(ok)
    try:
        print(len(b), 1 in b, bool(b))
    except TypeError as e:
        print("TypeError:", e)
    print(bool(b), b is None)
