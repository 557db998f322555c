# 'is' and 'is not' between references: lists, instances walking a linked
# list, tasks, JSON values, bools and iterators (iter(it) is it).
import asyncio
import json


class Node:
    def __init__(self, v):
        self.v = v
        self.next = None


async def job():
    return 1


async def main():
    a = [1]
    b = a
    c = [1]
    print(a is b, a is c, a is not c, b is not a)
    head = Node(1)
    head.next = Node(2)
    cur = head
    while cur is not None:
        print(cur.v, cur is head, cur.next is None)
        cur = cur.next
    t = asyncio.create_task(job())
    u = t
    print(t is u, await t)
    d = json.loads('{"k": [1]}')
    e = d
    print(d is e, d["k"] is d["k"], d is a, d is None)
    flag = len(a) > 0
    print(flag is True, flag is (len(c) > 0))
    it = iter(a)
    print(iter(it) is it)


asyncio.run(main())


# Instances of a class without attributes are objects of their own (a
# sentinel is itself only), and id() tells references apart.
class Done:
    pass


STOP, OTHER = Done(), Done()
conns = [STOP, OTHER, STOP]
seen = set()
unique = []
for c in conns:
    if id(c) not in seen:
        seen.add(id(c))
        unique.append(c)
print(STOP is OTHER, STOP == OTHER, len({STOP: 1, OTHER: 2}), len(unique), id(STOP) == id(conns[2]), id(None) == id(None))
