# sys.argv, print(file=sys.stderr) and sys.exit, compared with CPython
# (stdout, the last line of stderr and the exit status).
import asyncio
import sys


async def main():
    print("arguments:", sys.argv[1:], len(sys.argv))
    print("to stdout", file=sys.stdout)
    await asyncio.sleep(0)
    print("to stderr", len(sys.argv), file=sys.stderr)
    sys.exit(3)


asyncio.run(main())
