# Python evaluates operands left to right, an assigned value before its
# target's container and index, and the item of `in` before the
# container: each eval line shows the order.
def fi(tag, v):
    print("eval", tag)
    return v + 0


def fs(tag, v):
    print("eval", tag)
    return v + ""


def fl(tag, v):
    print("eval", tag)
    return v + []


class Box:
    def __init__(self):
        self.v = 0


def box(tag, b):
    print("eval", tag)
    return b


d = {}
d[fs("key", "k")] = fi("value", 1)
xs = [0, 0]
xs[fi("idx", 1)] = fi("val", 5)
b = Box()
box("box", b).v = fi("attr value", 9)
print(d, xs, b.v)
print(fi("a", 1) < fi("b", 2) < fi("c", 3))
print(fl("l", [1]) + fl("r", [2]))
print({fi("k1", 1): fi("v1", 2), fi("k2", 3): fi("v2", 4)})
print(fs("s", "abc")[fi("i", 1)])
print(fl("L", [7, 8])[fi("j", 1)])
print(fi("fmt", 3), f"{fi('in fstring', 1)}")
print(max(fi("m1", 1), fi("m2", 2)), fs("j", "-").join([fs("p", "a"), fs("q", "b")]))
print(fi("item", 2) in fl("list", [1, 2]), fs("sub", "b") in fs("str", "abc"))
print(fi("key in", 1) in {fi("dict key", 1): 0})
