# Assignment expressions (:=) where services use them: draining a queue
# until a sentinel, reading chunks until an empty one, testing a length
# once, in elif conditions, in call arguments and at module level; the
# name is the function's (or the module's) and keeps its last value.
import asyncio
import json

LIMIT = (cap := 3) * 2


class Source:
    def __init__(self, items):
        self.items = items

    def chunk(self, n):
        out = self.items[:n]
        self.items = self.items[n:]
        return out


async def producer(q, n):
    for i in range(n):
        await q.put({"id": i, "size": i * 10})
        await asyncio.sleep(0)
    await q.put(None)


async def consumer(q):
    handled = []
    while (msg := await q.get()) is not None:
        if (size := msg["size"]) > 15:
            print("big", msg["id"], size)
        elif (half := size // 2) > 0:
            print("small", msg["id"], half)
        else:
            print("empty", msg["id"])
        handled.append(msg["id"])
    print("consumer done", handled, msg)
    return len(handled)


def report(values):
    if (n := len(values)) > LIMIT:
        return f"{n} values, too many (cap {cap})"
    return f"{n} values, mean {(total := sum(values)) / n:.2f}, total {total}"


async def main():
    q = asyncio.Queue()
    _, count = await asyncio.gather(producer(q, 4), consumer(q))
    print("handled", count)
    src = Source(list(range(7)))
    while chunk := src.chunk(3):
        print("chunk", chunk, len(chunk))
    print("left", chunk)
    print(report([1, 2, 3]), "|", report(list(range(9))))
    attempts = 0
    while (attempts := attempts + 1) < 4:
        await asyncio.sleep(0)
    print("attempts", attempts, LIMIT, cap)
    raw = '{"retries": 2}'
    if (cfg := json.loads(raw)) and (retries := cfg.get("retries", 0)):
        print("config", cfg, retries)
    print(max(a := 4, b := 9), a, b)



def score(x):
    return x * x - 5


async def in_comprehensions(xs):
    # A walrus in a comprehension binds in the enclosing function.
    positive = [y for x in xs if (y := score(x)) > 0]
    print("positive", positive, "last", y)
    if any((big := v) > 10 for v in xs):
        print("first big", big)
    await asyncio.sleep(0)
    total = 0
    print([total := total + v for v in xs], total)
    try:
        print([w for x in xs if (w := x) > 100], w)
    except UnboundLocalError as e:
        print("never bound:", e)


asyncio.run(main())
asyncio.run(in_comprehensions([1, 2, 3, 11, 4]))
asyncio.run(in_comprehensions([]))  # y was never bound: UnboundLocalError, exit status 1
