# The program's own exception classes: raised, caught by their class or a
# base class, chained, and uncaught at the end.
import asyncio


class AppError(Exception):
    """Base of this program's errors."""


class FetchError(AppError):
    pass


class RetryLimit(FetchError):
    ...


async def fetch(n):
    await asyncio.sleep(0.01)
    if n % 3 == 0:
        raise FetchError(f"item {n} unavailable")
    if n == 5:
        raise RetryLimit
    return n * 10


async def main():
    for n in range(1, 7):
        try:
            print(await fetch(n))
        except RetryLimit as e:
            print("retry limit:", repr(e))
        except AppError as e:
            print("app error:", e)
    try:
        await asyncio.gather(fetch(4), fetch(3))
    except AppError as e:
        print("gather:", repr(e))
    try:
        try:
            await fetch(6)
        except FetchError as e:
            raise AppError("wrapped") from e
    except AppError as e:
        print("caught", e)
    raise RetryLimit("giving up")


asyncio.run(main())
