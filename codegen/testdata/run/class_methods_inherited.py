# Class methods in a hierarchy: each class gets its own copy of an
# inherited one, so cls is the class it is called through (Sub.unit()
# makes a Sub), also async factories and cls.__name__; a subclass may
# define one again; static and class methods called through an instance
# of a class without subclasses evaluate the instance.
import asyncio


class Shape:
    sides = 0

    def __init__(self, size):
        self.size = size

    @classmethod
    def unit(cls):
        return cls(1)

    @classmethod
    def describe(cls):
        return f"{cls.__name__} with {cls.sides} sides"

    @classmethod
    async def fetch(cls, size):
        await asyncio.sleep(0)
        return cls(size)

    @staticmethod
    def note(text):
        print("note:", text)

    def area(self):
        return 0


class Square(Shape):
    sides = 4

    def area(self):
        return self.size * self.size


class Cube(Square):
    @classmethod
    def describe(cls):
        return "a cube, " + Shape.describe()

    def area(self):
        return 6 * self.size * self.size


async def main():
    shapes = [Shape.unit(), Square.unit(), Cube.unit(), await Square.fetch(3)]
    for s in shapes:
        print(type(s).__name__, s.size, s.area())
    print(Shape.describe(), "|", Square.describe(), "|", Cube.describe())
    cube = Cube(2)
    print(cube.describe(), (await Cube.fetch(2)).area(), cube.unit().area())
    cube.note("through an instance")
    made = [await Shape.fetch(1), await Square.fetch(2), await Cube.fetch(3)]
    print([(type(m).__name__, m.area()) for m in made])


asyncio.run(main())
