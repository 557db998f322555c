# Accounts with an abstract base class (abc.ABC, @abstractmethod), a
# property, class attributes, locks, gather of transfers, max(default=None).
import asyncio
import random
from abc import ABC, abstractmethod
from typing import List, Optional


class InsufficientFunds(Exception):
    pass


class Account(ABC):
    _next_id = 1

    def __init__(self, owner: str, balance: float = 0.0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.lock = asyncio.Lock()
        self.history: List[tuple] = []

    @property
    def balance(self) -> float:
        return self._balance

    @abstractmethod
    def fee(self, amount: float) -> float:
        ...

    async def withdraw(self, amount: float) -> None:
        async with self.lock:
            total = amount + self.fee(amount)
            if total > self._balance:
                raise InsufficientFunds(f"{self.owner}: need {total:.2f}, have {self._balance:.2f}")
            await asyncio.sleep(0)
            self._balance -= total
            self.history.append(("withdraw", amount))

    async def deposit(self, amount: float) -> None:
        async with self.lock:
            await asyncio.sleep(0)
            self._balance += amount
            self.history.append(("deposit", amount))

    def __str__(self):
        return f"{type(self).__name__}#{self.id}({self.owner}, {self._balance:.2f})"


class Checking(Account):
    def fee(self, amount):
        return 0.5


class Savings(Account):
    def fee(self, amount):
        return amount * 0.01


async def transfer(src: Account, dst: Account, amount: float) -> bool:
    try:
        await src.withdraw(amount)
    except InsufficientFunds as e:
        print("failed:", e)
        return False
    await dst.deposit(amount)
    return True


async def main():
    random.seed(7)
    accounts = [Checking("ann", 100), Savings("bob", 50), Checking("cy")]
    moves = [(random.randrange(3), random.randrange(3), random.randint(5, 60)) for _ in range(8)]
    results = await asyncio.gather(*(transfer(accounts[a], accounts[b], amt) for a, b, amt in moves if a != b))
    print(results.count(True), "ok of", len(results))
    for acc in sorted(accounts, key=lambda a: a.balance, reverse=True):
        print(acc, len(acc.history))
    total = sum(a.balance for a in accounts)
    print(f"total {total:.2f}")
    print({a.owner: [kind for kind, _ in a.history] for a in accounts})
    richest: Optional[Account] = max(accounts, key=lambda a: a.balance, default=None)
    print(richest.owner if richest else None, isinstance(richest, Account))
    nobody = max([a for a in accounts if a.balance > 1000], key=lambda a: a.balance, default=None)
    print(nobody is None, nobody)
    try:
        Account("abstract")
    except TypeError as e:
        print("TypeError:", e)
    try:
        Partial(f"half {len(accounts)}")
    except TypeError as e:
        print("TypeError:", e)
    print(Full("ok").fee(10), Full("ok").describe())
    auditors = [Doubler("d"), Squarer("s")]
    print(await asyncio.gather(*(a.run([1, 2, 3]) for a in auditors)))


class Auditor(ABC):
    def __init__(self, name: str) -> None:
        self.name = name

    @abstractmethod
    async def score(self, item: int) -> int:
        """Score one item."""

    async def run(self, items: list[int]) -> int:
        total = 0
        for i in items:
            total += await self.score(i)
        return total


class Doubler(Auditor):
    async def score(self, item: int) -> int:
        await asyncio.sleep(0)
        return item * 2


class Squarer(Auditor):
    async def score(self, item: int) -> int:
        return item * item


class Partial(Account):
    @abstractmethod
    def describe(self) -> str:
        ...


class Full(Partial):
    def fee(self, amount):
        return 0.0

    def describe(self) -> str:
        return f"full {self.owner}"


asyncio.run(main())
