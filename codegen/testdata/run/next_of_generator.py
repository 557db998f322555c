# next() of a generator expression, with and without a default: the
# first item found (the generator stops there, so a later item that
# would raise is never reached), the default when none is, and an
# uncaught StopIteration at the end.
import asyncio
from dataclasses import dataclass


@dataclass
class Session:
    sid: int
    user: str
    active: bool


async def lookup(sessions: list[Session], user: str) -> Session | None:
    await asyncio.sleep(0)
    return next((s for s in sessions if s.user == user and s.active), None)


async def main() -> None:
    sessions = [Session(1, "ann", False), Session(2, "bob", True), Session(3, "ann", True)]
    for user in ["ann", "bob", "cy"]:
        s = await lookup(sessions, user)
        print(user, s.sid if s is not None else "-")
    print(next(s.sid for s in sessions if not s.active))
    divisors = [4, 2, 0, 1]
    print(next((100 // d for d in divisors if 100 // d > 30), -1))
    print(next((x * y for x in range(1, 4) for y in range(1, 4) if x * y == 6), 0), next((c for c in "abc" if c > "z"), "none"))
    try:
        next(s for s in sessions if s.sid > 9)
    except StopIteration:
        print("StopIteration caught")


asyncio.run(main())
print(next(n for n in range(3) if n > 5))
