# Attributes of exceptions: json.JSONDecodeError's msg, pos, lineno, colno and
# doc, and __cause__ and __context__ (also of raise ... from inside a handler).
import asyncio
import json


class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


async def parse(text):
    await asyncio.sleep(0)
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        print("bad json:", e.msg, "| pos", e.pos, "| line", e.lineno, "col", e.colno, "| doc", repr(e.doc))
        raise AppError("parse failed", 400) from e


async def main():
    for text in ['{"a": 1}', '{bad json', '[1, 2,\n 3,, 4]', '', '"x"  y']:
        try:
            print(await parse(text))
        except AppError as e:
            cause = e.__cause__
            print("AppError:", e, e.code, type(cause).__name__, cause.pos, e.__context__ is cause)
    try:
        try:
            {}["k"]
        except KeyError:
            raise ValueError("while handling")
    except ValueError as e:
        print(repr(e.__context__), e.__cause__)
        try:
            print(e.pos)
        except AttributeError as err:
            print("AttributeError:", err)


asyncio.run(main())
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("v") from None
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError("plain")
except ValueError as e:
    print(e.__cause__, e.__context__, e.__suppress_context__)
