# dataclasses.field(default_factory=...) of any class called without
# arguments: list, a class of the program, asyncio.Lock, Counter, deque;
# each instance gets its own, with repr=False and compare=False.
import asyncio
from collections import Counter, deque
from dataclasses import dataclass, field


class Ledger:
    def __init__(self):
        self.entries = []


@dataclass
class Account:
    name: str
    tags: list = field(default_factory=list)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock, repr=False, compare=False)
    ledger: Ledger = field(default_factory=Ledger, repr=False)
    seen: Counter = field(default_factory=Counter)
    recent: deque = field(default_factory=deque)


async def deposit(acct, n):
    async with acct.lock:
        await asyncio.sleep(0)
        acct.ledger.entries.append(n)
        acct.seen[n % 3] += 1
        acct.recent.append(n)


async def main():
    a, b = Account("a"), Account("b", ["vip"])
    await asyncio.gather(*[deposit(a, i) for i in range(5)])
    await deposit(b, 7)
    print(a, b)
    print(a.ledger.entries, b.ledger.entries, a.ledger is b.ledger, a.lock is b.lock, a == Account("a", [], seen=a.seen, recent=a.recent))


asyncio.run(main())
