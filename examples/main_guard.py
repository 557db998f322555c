# A script with a __main__ guard, module-level state, and names that are
# keywords or predeclared identifiers in Go (aiogo renames them safely).
import asyncio

type = "kind"
func = 3
string = "s"
nil = None


async def go(chan, len_):
    await asyncio.sleep(0)
    return chan * len_


async def main():
    var = await go(func, 2)
    print(type, func, string, nil, var)
    print(0 or "fallback", "" or 0, 5 and 7, 0 and 9, not "", not [1])
    x = None
    print(x is None, x is not None, 3 if var > 5 else 4)


if __name__ == "__main__":
    asyncio.run(main())
