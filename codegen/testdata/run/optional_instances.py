import asyncio
from dataclasses import dataclass
from typing import Optional


@dataclass(order=True)
class Job:
    priority: int
    name: str


class Conn:
    def __init__(self, host: str):
        self.host = host
        self.uses = 0

    def send(self, msg: str) -> str:
        self.uses += 1
        return f"{self.host} <- {msg}"

    def __str__(self):
        return f"Conn({self.host})"


class Base:
    def __init__(self, name):
        self.name = name

    def kind(self):
        return "base"


class Special(Base):
    def kind(self):
        return "special"


class Pool:
    def __init__(self):
        self.free = [Conn("a"), Conn("b")]

    def take(self) -> Optional[Conn]:
        if self.free:
            return self.free.pop()
        return None


def find(items, name):
    for it in items:
        if it.name == name:
            return it
    return None


async def attempt(n: int) -> int:
    await asyncio.sleep(0)
    if n % 2:
        raise ValueError(f"odd {n}")
    return n


async def main():
    pool = Pool()
    conns = [pool.take(), pool.take(), pool.take()]
    for c in conns:
        if c is not None:
            print(c.send("hi"), c.uses, c)
        else:
            print("no connection", c, str(c), repr(c), f"[{c}]", c is None, c == None, c != None)
        print(bool(c), type(c).__name__, isinstance(c, Conn), "yes" if c else "no")
    print([str(c) for c in conns])
    mixed = [1, conns[2], "x"]
    print(mixed, mixed[1] is None)
    items = [Base("x"), Special("y")]
    for name in ["y", "z", "x"]:
        found = find(items, name)
        print(name, found.kind() if found is not None else "-", found is None)
    last_error = None
    for n in [2, 3, 4, 5]:
        try:
            await attempt(n)
        except ValueError as e:
            last_error = e
    print("last:", last_error, repr(last_error))
    quiet = None
    for n in [2, 4]:
        try:
            await attempt(n)
        except ValueError as e:
            quiet = e
    print("quiet:", quiet, quiet is None)
    try:
        if quiet is None:
            raise RuntimeError("nothing failed")
    except RuntimeError as e:
        print("caught", e)
    try:
        raise quiet
    except TypeError as e:
        print("TypeError:", e)
    jobs = {"a": Job(2, "a"), "b": Job(1, "b")}
    best: Optional[Job] = None
    for key in ["c", "a", "b"]:
        job = jobs.get(key)
        print(key, job, job == None, job == jobs.get("a"), job is None)
        if job is not None and (best is None or job < best):
            best = job
    print("best:", best, best.name)
    try:
        print(jobs.get("zz") < best)
    except TypeError as e:
        print("TypeError:", e)
    empty = Pool()
    empty.free = []
    gone = empty.take()
    try:
        print(gone.host)
    except AttributeError as e:
        print("AttributeError:", e)
    print(gone.send("x"))


asyncio.run(main())
