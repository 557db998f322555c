# Awaitables of different result types meet where Go's generic interfaces
# are invariant: a coroutine returning str in a slot of awaitables of any
# (wait_for, shield, gather, as_completed, wait, lists of tasks). Each must
# build and print what CPython prints.
import asyncio


def blocking(n):
    return n * 2


async def num(n):
    await asyncio.sleep(0.01 * n)
    return n


async def word(w):
    await asyncio.sleep(0.01)
    return w


async def nothing():
    await asyncio.sleep(0)


async def items(n):
    await asyncio.sleep(0)
    return [n, n + 1]


async def fast_num(n):
    return n


async def fast_word(w):
    return w


async def shielded_num(n):
    return n


async def shielded_word(w):
    return w


async def thread_word(w):
    return w


async def completed_word(w):
    return w


async def late_num(n):
    await asyncio.sleep(0.02)
    return n


async def gather_num(n):
    await asyncio.sleep(0)
    return n


async def consumer(queue):
    while True:
        try:
            item = await asyncio.wait_for(queue.get(), timeout=2.0)
        except asyncio.TimeoutError:
            print("timed out")
            break
        print("got", item)
        queue.task_done()


async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def main():
    # gather of coroutines of int, str, None and list results.
    print(await asyncio.gather(num(1), word("a"), nothing(), items(3)))
    print(await asyncio.gather(num(2), num(1)))

    # wait_for of a queue of strs typed by the call below.
    queue = asyncio.Queue()
    for w in ["a", "b"]:
        await queue.put(w)
    await consumer(queue)

    # wait_for's result in a variable that also holds strs.
    x = await asyncio.wait_for(num(2), 1)
    print(x + 1)
    x = "s"
    print(x)

    # A wait_for coroutine held in a variable that also holds another
    # coroutine: the result types join to any.
    aw = asyncio.wait_for(fast_num(4), 1)
    print(await aw)
    aw = fast_word("later")
    print(await aw)

    # shield likewise.
    sh = asyncio.shield(shielded_num(3))
    print(await sh)
    sh = shielded_word("x")
    print(await sh)

    # to_thread likewise.
    th = asyncio.to_thread(blocking, 3)
    print(await th)
    th = thread_word("thread")
    print(await th)

    # Executor futures and thread coroutines among coroutines of strs.
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, blocking, 4)
    print(await asyncio.gather(*[fut, fast_word("a")]))
    print(await asyncio.gather(loop.run_in_executor(None, blocking, 1), asyncio.to_thread(blocking, 5)))
    for c in [asyncio.to_thread(blocking, 6), fast_word("b")]:
        print(await c)

    # as_completed over coroutines of mixed results, then a list of others.
    for c in asyncio.as_completed([late_num(2), word("q")]):
        print("completed", await c)
    fs = asyncio.as_completed([late_num(1)])
    for c in fs:
        print("first", await c)
    fs = [completed_word("w")]
    for c in fs:
        print("from the list", await c)

    # A gather not awaited at once, held where a coroutine of strs is too.
    cs = [gather_num(1), gather_num(2)]
    g = asyncio.gather(*cs)
    print(await g)
    g = fast_word("x")
    print(await g)
    h = asyncio.gather(gather_num(3), gather_num(4))
    print(await h)
    h = fast_word("y")
    print(await h)

    # Tasks of different result types in one list.
    tasks = [asyncio.create_task(num(1)), asyncio.create_task(word("w")), asyncio.create_task(items(5))]
    for t in tasks:
        print("task", await t)
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))
    print(await asyncio.gather(*tasks))
    print([t.result() for t in tasks])
    for t in tasks:
        print(t.done(), t.result())

    # A list of coroutines of mixed results, unpacked into gather.
    cs = [num(1), num(2)]
    cs.append(word("z"))
    print(await asyncio.gather(*cs))
    print(await asyncio.gather(*[fail("boom"), word("ok")], return_exceptions=True))
    print(await asyncio.gather(fail("again"), num(1), return_exceptions=True))

    # wait_for and shield of tasks, and of gathers of mixed results.
    t3 = asyncio.create_task(num(3))
    print(await asyncio.shield(t3))
    print(await asyncio.wait_for(asyncio.gather(num(1), word("g")), 1))
    print(await asyncio.gather(asyncio.wait_for(num(1), 1), word("k")))

    # TaskGroup tasks of different result types.
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(num(1))
        b = tg.create_task(word("tg"))
    print(a.result(), b.result())

    # Results of mixed awaitables compared and concatenated as lists.
    r = await asyncio.gather(num(1), word("a"))
    print(r + ["more"], r == [1, "a"], "a" in r, 1.0 in r)


asyncio.run(main())
