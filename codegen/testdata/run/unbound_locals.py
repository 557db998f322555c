# Reading a variable before anything assigned it, or after del, raises
# UnboundLocalError in a function and NameError at module level; reads
# that find it assigned go on as usual, in coroutines too.
import asyncio


def last_of(n):
    for i in range(n):
        last = i * 10
    try:
        return last
    except UnboundLocalError as e:
        return "unbound: " + str(e)


def maybe(flag):
    if flag:
        value = "set"
    try:
        print(value)
    except NameError as e:
        print(type(e).__name__, e)


def walrus_then(items):
    while items and (head := items.pop()) > 0:
        pass
    try:
        print("head", head)
    except UnboundLocalError as e:
        print("walrus:", e)


def deleted(n):
    total = n
    del total
    try:
        total += 1
    except UnboundLocalError as e:
        print("after del:", e)
    total = 5
    print("rebound", total)


def in_comprehension(n):
    for i in range(n):
        base = i
    try:
        print([base + j for j in range(2)])
    except NameError as e:
        print(type(e).__name__, e)


def handler_name():
    try:
        raise ValueError("boom")
    except ValueError as err:
        print("handled", err)
    try:
        print(err)
    except NameError as e:
        print(type(e).__name__, e)


class Thing:
    async def __aenter__(self):
        return "T"

    async def __aexit__(self, exc_type, exc, tb):
        return False


async def with_target(ok):
    if ok:
        async with Thing() as thing:
            pass
    try:
        print("thing", thing)
    except UnboundLocalError as e:
        print(e)


async def worker(q, rounds):
    for r in range(rounds):
        got = await q.get()
        q.task_done()
    try:
        return got
    except UnboundLocalError as e:
        return str(e)


async def counter(n):
    for i in range(n):
        await asyncio.sleep(0)
        seen = i
    try:
        seen += await asyncio.sleep(0, 100)
        print("seen", seen)
    except UnboundLocalError as e:
        print("counter:", e)


async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    print(await worker(q, 3))
    print(await worker(q, 0))
    await counter(2)
    await counter(0)
    await with_target(True)
    await with_target(False)


print(last_of(3), last_of(0))
maybe(True)
maybe(False)
walrus_then([3, 2, 1])
walrus_then([])
deleted(4)
in_comprehension(1)
in_comprehension(0)
handler_name()
asyncio.run(main())

for k in []:
    pass
try:
    print(k)
except NameError as e:
    print(type(e).__name__, e)
if len("ab") > 1:
    flag = True
print(flag)
del flag
try:
    print(flag)
except NameError as e:
    print(e)

x = 1
del x
try:
    print(x)
except NameError as e:
    print(e)
y = 2
if len(str(y)) < 2:
    del y
try:
    del y
except NameError as e:
    print("del:", e)


def deleted_in_loop():
    v = 3
    while v:
        print("v", v)
        v -= 1
        if v == 1:
            del v
    print("not reached")


def deleted_in_finally():
    q = 1
    try:
        q = 2
    finally:
        del q
    return q


try:
    deleted_in_loop()
except UnboundLocalError as e:
    print("loop:", e)
try:
    deleted_in_finally()
except UnboundLocalError as e:
    print("finally:", e)


def fails():
    print("start")
    print(never)
    never = 1


fails()
