# A call can change a field, a variable a nested def assigns through
# nonlocal, or a module variable: each read before the call in the same
# expression sees the value from before it.
class C:
    def __init__(self):
        self.n = 1

    def inc(self):
        self.n += 10
        return 1

    def total(self):
        return self.n + self.inc()


def outer():
    x = 1

    def bump():
        nonlocal x
        x += 100
        return 2

    r = x + bump()
    print(r, x)
    items = [1]

    def grow():
        items.append(5)
        return 0

    print(len(items) + grow(), items[0] + len(items) + grow())


def get(c):
    print("get")
    return c


c = C()
print(c.total(), c.n)
g = get(c)
g.n += 5
print(c.n)
outer()
counter = 0


def tick():
    global counter
    counter += 1
    return counter


print(counter, tick(), counter + tick(), [counter, tick()])
