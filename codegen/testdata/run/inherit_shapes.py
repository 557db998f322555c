# Shapes with overridden area(): values of a base class hold instances of
# its subclasses (lists, dicts, parameters, returns, conditional
# expressions), base-class code reaches the overrides, and an exception
# raised in an override ends the program.
import asyncio


class Shape:
    def __init__(self, name):
        self.name = name
        self.moves = 0

    def area(self):
        raise NotImplementedError(f"{self.name} has no area")

    def perimeter(self):
        return 0.0

    def move(self, steps):
        self.moves += steps
        return self

    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.1f} moves={self.moves}"

    def __repr__(self):
        return f"<{self.name} {self.area():.1f}>"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return float(self.w * self.h)

    def perimeter(self):
        return 2.0 * (self.w + self.h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def __str__(self):
        return f"Square of side {self.w}"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r

    def perimeter(self):
        return 2 * 3.14159 * self.r


class Dot(Circle):
    def __init__(self):
        super().__init__(0.0)
        self.name = "dot"


class Blob(Shape):
    pass


class Plain:
    pass


class Marker(Plain):
    def tag(self):
        return "marker"


def biggest(shapes):
    best = shapes[0]
    for s in shapes[1:]:
        if s.area() > best.area():
            best = s
    return best


def make(kind, size):
    if kind == "square":
        return Square(size)
    if kind == "circle":
        return Circle(size)
    return Rect(size, size + 1)


async def grow(shape, times):
    for _ in range(times):
        await asyncio.sleep(0.01)
        shape.move(1)
    return shape


async def main():
    shapes = [Rect(2, 3), Square(4), Circle(1.5), make("circle", 2), make("other", 1), Dot()]
    for s in shapes:
        print(s.describe())
    print(shapes)
    print(str(shapes[1]), repr(shapes[1]), shapes[2])
    print("biggest:", biggest(shapes).name)
    by_name = {s.name: s for s in shapes}
    print([n for n in by_name], by_name["square"].perimeter())
    ordered = sorted(shapes, key=lambda s: s.area())
    print([s.name for s in ordered])
    pick = shapes[0] if len(shapes) > 10 else shapes[2]
    print(pick.move(3).move(4).describe())
    grown = await asyncio.gather(grow(shapes[1], 2), grow(Circle(0.5), 1))
    for g in grown:
        print(g.describe())
    sq = Square(3)
    print(sq.w, sq.h, sq.area(), sq.moves)
    print(Marker().tag(), Blob("blob").perimeter())
    print(Blob("blob").describe())


asyncio.run(main())
