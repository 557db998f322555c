# Python accepts shapes that go vet rejects in Go: dead code after a
# return or raise, a return from a try with a finally, a condition
# repeated in an and/or chain, two tests of one value against different
# constants, a self-assignment. The generated Go must still vet.
import asyncio


def f(x, flag, n):
    if flag or flag:
        print("flag")
    if x != 1 or x != 2:
        print("always")
    if x == 1 and x == 2:
        print("never")
    if n or flag or n:
        print("n or flag")
    if (x == 1 and flag) or (x == 1 and flag):
        print("dup group")
    if -1 != x or x != -2 or g(x) or x != 3:
        print("neg")
    a = flag or flag
    b = x != 1 or x != 4
    print(a, b, flag and flag, not (flag and flag))


def g(x):
    return x > 10


f(1, True, 0)
f(2, False, 3)
print(False or False, True and True, True or True)


class C:
    def __init__(self):
        self.v = 3


def same(p):
    p = p
    c = C()
    c.v = c.v
    return p + c.v


async def co(n):
    await asyncio.sleep(0)
    n = n
    await asyncio.sleep(0)
    return n


x = 1
x = x
print(x, same(2), asyncio.run(co(5)))


def dead(n):
    if n > 0:
        return "pos"
        print("dead")
    try:
        return "try"
    finally:
        print("finally")
    print("dead too")


def raises_then_dead(n):
    for i in range(n):
        if i == 1:
            continue
            print("dead")
        try:
            raise ValueError(i)
            print("dead")
        except ValueError as e:
            print("caught", e)
            break
            print("dead")
    return n


print(dead(1), dead(0), raises_then_dead(3))
print((False or False) and (False and False), True or True or True and True)
if dead(1) == "pos" or (dead(1) == "pos" or True) and (True and True):
    print("nested chains")
