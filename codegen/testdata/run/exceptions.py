import asyncio


def parse(s):
    try:
        return_value = int(s)
    except ValueError as e:
        print("bad input:", e)
        return_value = -1
    else:
        print("parsed", s)
    finally:
        print("finally for", s)
    return return_value


def check(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n


async def risky(n):
    await asyncio.sleep(0.01)
    if n == 2:
        raise KeyError("two")
    return n * 10


async def main():
    print(parse("12"), parse("x1"))
    for n in [1, -1, 3]:
        try:
            print(check(n))
        except (TypeError, ValueError) as err:
            print("caught", repr(str(err)))
            continue
        print("after", n)
    try:
        xs = [1, 2]
        print(xs[5])
    except IndexError as e:
        print("index error:", e)
    try:
        print(10 // 0)
    except ZeroDivisionError:
        print("div by zero")
    try:
        await risky(2)
    except KeyError as e:
        print("key error", e)
    except Exception:
        print("other")
    try:
        try:
            raise RuntimeError("inner")
        except RuntimeError:
            print("handling inner")
            raise
    except RuntimeError as e:
        print("re-raised:", e)
    results = []
    for i in range(4):
        try:
            results.append(await risky(i))
        except KeyError:
            results.append(-1)
    print(results)
    raise ValueError("fatal")


asyncio.run(main())
