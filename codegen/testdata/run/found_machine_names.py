# Variables of comprehensions and lambdas in a coroutine compiled to a
# state machine take names the machine's Go code uses (m, r, v, ok,
# done): the machine picks other names. `m` hid the machine's receiver,
# and the Go did not build; also as a lambda's parameter the lambda never
# reads (progen seed 140132).
import asyncio


async def work(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    base = 10
    moves = [(1, 2), (3, 4)]
    got = await asyncio.gather(*(work(m[0] + m[1] + base) for m in moves))
    print(got)
    doubled = [r * base for r in got]
    await asyncio.sleep(0)
    flags = [ok for ok in [True, False] if ok or base]
    vals = sorted(got, key=lambda v: -v + base)
    done = [d for d in doubled if d > base]
    print(doubled, flags, vals, done)
    await unread_lambda_parameter("a-b")


async def unread_lambda_parameter(s):
    await asyncio.sleep(0)
    unread = list(map(lambda m: s * 2, s.split("-")))
    await asyncio.sleep(0)
    print(s)


asyncio.run(main())
