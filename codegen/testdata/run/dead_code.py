# Code after a statement that control never leaves normally is dead:
# Python compiles it and never runs it. aiogo leaves it out, and a
# variable read only there counts as unread (Go rejects a variable that
# is assigned and never read).
import asyncio


def loop_else(xs):
    for x in xs:
        if x > 2:
            continue
        print("x", x)
    else:
        return "done"
    print("dead", unused)
    unused = 1


def forever(n):
    while True:
        n += 1
        if n > 3:
            return n
    else:
        print("never")


def else_never_runs(n):
    seen = n + 1
    while True:
        n -= 1
        if n < 0:
            break
    else:
        print("never", seen)
    for i in range(3):
        try:
            break
        finally:
            print("finally", i)
        return seen
    return n


def only_dead_reader(n):
    seen = n * 2
    if n:
        return n
    else:
        return -n
    print(seen)


async def held(lock, n):
    async with lock:
        await asyncio.sleep(0)
        return n
    print("dead after async with", n)
    await asyncio.sleep(0)


async def held_loop(lock, xs):
    total = 0
    for x in xs:
        async with lock:
            await asyncio.sleep(0)
            if x > 1:
                break
            total += x
            continue
        print("dead in loop")
    return total


def simplified(ok, xs):
    ok = ok and ok
    ok = ok or ok
    print(ok in [True], len(xs) in [1, "a", 2.5], sum(xs) in [len(xs) * 3, "z"], sum(xs) in [len(xs) * 2])
    return ok


async def main():
    lock = asyncio.Lock()
    print(loop_else([1, 5, 2]), forever(0), only_dead_reader(3), only_dead_reader(0), else_never_runs(2))
    print(await held(lock, 7), await held_loop(lock, [1, 1, 5, 1]), lock.locked())
    print(simplified(True, [1, 2]), simplified(False, [3]))


asyncio.run(main())
