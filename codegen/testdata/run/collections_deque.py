# collections.deque: maxlen, appendleft/popleft/extendleft/rotate, the list
# operations a deque shares, its repr and errors, list() and sorted() of one.
import asyncio
from collections import deque
import collections

async def producer(buf: deque, n: int):
    for i in range(n):
        buf.append(i)
        await asyncio.sleep(0)

async def main():
    recent = deque(maxlen=3)
    await asyncio.gather(producer(recent, 5), producer(recent, 2))
    print(recent, len(recent), recent.maxlen, list(recent), sum(recent), 4 in recent)
    q = collections.deque([1, 2, 3])
    q.appendleft(0)
    q.extend([4, 5])
    q.extendleft([-1, -2])
    print(q, q.popleft(), q.pop(), q[0], q[-1])
    q.rotate()
    q.rotate(-3)
    print(q, q.maxlen, q.count(2), q.index(3))
    q.remove(3)
    q[0] = 99
    print(q, sorted(q), max(q), bool(q), bool(deque()))
    for x in q:
        print(x, end=" ")
    print()
    w = deque("abc", 2)
    print(w, deque(range(4)), deque([x * 2 for x in [1, 2]]))
    print(q == deque(list(q)), q == list(q), q.copy(), q * 2 if len(q) < 3 else "long")
    try:
        deque().popleft()
    except IndexError as e:
        print("IndexError:", e)
    try:
        deque([1], maxlen=1).insert(0, 2)
    except IndexError as e:
        print("IndexError:", e)
    while q:
        q.popleft()
    print(q)

asyncio.run(main())
