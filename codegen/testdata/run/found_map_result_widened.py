# Found by the program generator (seed 700210): map() of a lambda whose
# list inference widens (a function's result also returning other lists)
# did not build, the lambda returning its own type; and filter() of a
# lambda returning a non-bool did not build either. The lambda now
# returns the list's element type, or for filter the truth of its value.
import asyncio


def doubled(flag):
    if flag:
        return ["none"]
    return list(map(lambda v: v * 2, [3] + [9, 7, 0]))


async def main():
    print(doubled(False), doubled(True))
    print(list(filter(lambda x: x, [0, 1, 2, 0])), list(filter(lambda s: s.strip(), ["", " a ", "  "])))


asyncio.run(main())
