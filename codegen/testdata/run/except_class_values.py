# except clauses that hold classes as values: a variable holding a class or a
# tuple of them, read once the body raises, a clause at a time, with CPython's
# TypeError for what is no exception class.
import asyncio
import json

RETRYABLE = (ConnectionError, TimeoutError)
FATAL = ValueError


class FlakyError(ConnectionError):
    pass


async def attempt(n, exc):
    await asyncio.sleep(0)
    if exc is not None:
        raise exc(f"attempt {n}")
    return n


async def retry(excs, tries):
    for i, exc in enumerate(excs[:tries]):
        try:
            return await attempt(i, exc)
        except RETRYABLE as e:
            print("retrying after", type(e).__name__, e)
        except FATAL as e:
            print("fatal:", e)
            return -1
        except (KeyError, ()) as e:
            print("key:", e)
    return None


async def main():
    print(await retry([FlakyError, TimeoutError, None], 3))
    print(await retry([ConnectionError, ValueError, None], 3))
    print(await retry([KeyError, None], 3))
    print(await retry([FlakyError, FlakyError], 2))
    try:
        await retry([IndexError], 1)
    except IndexError as e:
        print("escaped:", repr(e))
    nothing = ()
    try:
        try:
            raise RuntimeError("x")
        except nothing:
            print("never")
    except RuntimeError as e:
        print("empty tuple catches nothing:", e)
    bad = (ValueError, 3)
    try:
        try:
            raise ValueError("y")
        except bad:
            print("never")
    except TypeError as e:
        print("TypeError:", e)


# Module attributes that are exception classes, as values.
NET = (ConnectionError, asyncio.TimeoutError, json.JSONDecodeError)
print(NET, asyncio.CancelledError, asyncio.TimeoutError is TimeoutError)


async def classify():
    for E in NET:
        try:
            raise E("x") if E is not json.JSONDecodeError else ValueError("v")
        except NET as e:
            print("retry", type(e).__name__)
        except ValueError as e:
            print("value", e)


asyncio.run(classify())
asyncio.run(main())
