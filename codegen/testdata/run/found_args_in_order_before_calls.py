# Found by the program generator (seed 114208): in a call with keyword
# arguments (print's sep=) whose arguments are evaluated into temporaries
# to keep Python's order, an argument without a call before them ([5][4],
# which raises) was left in place and evaluated after the later awaits,
# which ran (and printed) first. Every argument before the last one that
# calls something is now evaluated in order; so is a variable the call
# rebinds.
import asyncio

count = 1


def bump():
    global count
    count += 10
    return count


async def job(n):
    print("job", n)
    await asyncio.sleep(0)
    return n


async def main():
    items = [5]
    try:
        print("a", count, items[3], bump(), await job(2), sep="|")
    except IndexError as e:
        print("IndexError:", e, count)
    print("b", count, bump(), count, await job(3), sep="|")


asyncio.run(main())
