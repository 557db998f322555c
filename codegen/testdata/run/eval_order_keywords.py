# Arguments are evaluated in source order, keyword arguments included,
# wherever their parameters are (and print's sep= is last, not first).
def v(tag, n):
    print("eval", tag)
    return n


def three(a, b=0, c=0):
    return a + b + c


def vs(tag, s):
    print("eval", tag)
    return s + ""


class P:
    def __init__(self, x, y=1):
        self.s = x - y

    def m(self, a, b=2):
        return a * b


print(three(v("a", 1), c=v("c", 2), b=v("b", 3)))
print(v("x", 1), v("y", 2), sep=vs("sep", "-"))
three(v("a2", 1), c=v("c2", 2), b=v("b2", 3))
p = P(y=v("y", 5), x=v("x", 9))
print(p.s, p.m(b=v("mb", 3), a=v("ma", 4)))
r = [three(c=v("c3", 1), a=v("a3", 2))]
print(r)
print(three(v("in1", 1), b=v("in2", 2)))

# One argument that calls something is enough when another one reads what
# the call changes, or raises, and their parameters are in the other order.
from typing import NamedTuple

count = 0


def bump(s):
    global count
    count += 3
    return s


class Pair(NamedTuple):
    k: int
    s: str = "p"


print(Pair(s=bump("ab"), k=(count + 1) % 10))
print(three(c=bump(4), a=count * 2))
print(three(c=count * 2, a=bump(5)))
try:
    three(b=bump(1), a=10 // (count - count))
except ZeroDivisionError as e:
    print("raised", e, count)


async def fetch(s):
    global count
    count += 1
    await asyncio.sleep(0)
    return s


async def main():
    print(Pair(s=(await fetch("xyz"))[:2], k=(count + 1) % 10))
    print(three(c=await fetch(1), a=count, b=len(await fetch("ab"))))


import asyncio

asyncio.run(main())
