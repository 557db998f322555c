# Stackless machines mixed with stackful coroutines: each async def here
# either qualifies (awaits only at statement level) or is kept stackful by
# an await inside try; the output must be CPython's.
import asyncio


async def leaf(name, delay):
    print("leaf", name, "start")
    await asyncio.sleep(delay)
    print("leaf", name, "end")
    return name + "!"


async def stackful_leaf(name):
    try:
        await asyncio.sleep(0)
    finally:
        print("stackful_leaf", name, "finally")
    return name + "?"


async def machine_awaits_task():
    t = asyncio.create_task(stackful_leaf("s1"))
    r = await t
    print("machine got", r)
    return r


async def stackful_awaits_machine():
    try:
        r = await leaf("m1", 0.0)
        print("stackful got", r)
    finally:
        print("stackful_awaits_machine done")
    return r


async def boom(n):
    await asyncio.sleep(0)
    if n == 2:
        raise ValueError("boom " + str(n))
    return n


async def getter(q):
    print("getter waiting")
    x = await q.get()
    print("getter got", x)
    return x


async def loops(xs, n):
    total = 0
    for i in range(n):
        await asyncio.sleep(0)
        if i == 1:
            continue
        if i == 3:
            break
        total += i
    for x in xs:
        if x > 10:
            await asyncio.sleep(0)
            total += x
        elif x < 0:
            break
        else:
            total += 1
    k = 3
    while k > 0:
        k -= 1
        await asyncio.sleep(0)
        total += k
    return total


async def counter(q, n):
    for i in range(1, n + 1):
        await q.put(i)
    await q.join()
    print("all consumed")


async def consume(q, n):
    s = 0
    for _ in range(n):
        v = await q.get()
        q.task_done()
        s += v
    return s


async def machine_gathers():
    res = await asyncio.gather(leaf("g1", 0.2), stackful_leaf("g2"), leaf("g3", 0.1))
    print("machine gather", res)


async def main():
    print(await machine_awaits_task())
    print(await stackful_awaits_machine())
    res = await asyncio.gather(leaf("a", 0.1), stackful_leaf("b"), machine_awaits_task())
    print("stackful gather", res)
    await machine_gathers()

    t = asyncio.create_task(leaf("task", 0.05))
    print("created")
    print("task result", await t)

    q = asyncio.Queue()
    g = asyncio.create_task(getter(q))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("getter cancelled", g.cancelled())
    q.put_nowait(7)
    print("queue size", q.qsize())

    try:
        await asyncio.gather(boom(1), boom(2), leaf("c", 0.0))
    except ValueError as e:
        print("caught", e)

    print("loops", await loops([1, 20, 2, -1, 30], 5))

    q2 = asyncio.Queue(2)
    c = asyncio.create_task(counter(q2, 5))
    print("consumed", await consume(q2, 5))
    await c


asyncio.run(main())
