# __str__ and __repr__ of the program's classes, through print, str(),
# repr(), f-strings and containers.
class Job:
    def __init__(self, name, size):
        self.name = name
        self.size = size

    def __repr__(self):
        return f"Job({self.name!r}, {self.size})"

    def __str__(self):
        return f"{self.name} ({self.size} MB)"


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


j = Job("backup", 12)
print(j, str(j), repr(j), f"{j} / {j!r}")
print([j, Job("logs", 3)])
p = Point(1, 2)
print(p, [p], str(p))
