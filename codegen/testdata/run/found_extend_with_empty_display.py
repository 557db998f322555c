# Found by the program generator (seed 118354): extending a list with an
# empty display made its items any (the display's items, which nothing
# flows into, become any), so a set of them printed in insertion order
# instead of CPython's hash order.
from collections import deque


def show(xs):
    ys = xs[::2]
    ys.extend([])
    ys.extend([].copy())
    dq = deque(xs)
    dq.extend([])
    print(ys, dq, {x % 6 for x in xs})


show([11, 5, 0, 0, 13, 22])
