# An uncaught exception ends the program with a traceback on stderr and
# exit status 1, after everything printed before it.
import asyncio


def parse(text):
    return int(text)


async def main():
    print("parsing 12:", parse("12"))
    await asyncio.sleep(0)
    print("parsing twelve:", parse("twelve"))


asyncio.run(main())
