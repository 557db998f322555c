"""A bank with accounts guarded by locks: transfers lock both accounts in
a fixed order to avoid deadlock, insufficient funds raise an exception
with the shortfall, and an audit checks that money is conserved."""
import asyncio
from typing import Dict, List


class InsufficientFunds(Exception):
    def __init__(self, account: str, balance: int, amount: int):
        super().__init__(f"{account} has {balance}, needs {amount}")
        self.shortfall = amount - balance


class Account:
    def __init__(self, name: str, balance: int):
        self.name = name
        self.balance = balance
        self.lock = asyncio.Lock()
        self.history: List[int] = []

    def __repr__(self):
        return f"Account(name={self.name!r}, balance={self.balance})"


class Bank:
    def __init__(self, balances: Dict[str, int]):
        self.accounts = {n: Account(n, b) for n, b in balances.items()}
        self.failed: List[str] = []

    async def transfer(self, src: str, dst: str, amount: int):
        a, b = self.accounts[src], self.accounts[dst]
        first, second = (a, b) if a.name < b.name else (b, a)
        async with first.lock:
            await asyncio.sleep(0)
            async with second.lock:
                if a.balance < amount:
                    raise InsufficientFunds(a.name, a.balance, amount)
                a.balance -= amount
                b.balance += amount
                a.history.append(-amount)
                b.history.append(amount)

    async def safe_transfer(self, src: str, dst: str, amount: int):
        try:
            await self.transfer(src, dst, amount)
        except InsufficientFunds as e:
            self.failed.append(f"{src}->{dst} {amount}: short {e.shortfall}")

    def total(self) -> int:
        return sum(acc.balance for acc in self.accounts.values())


async def main():
    bank = Bank({"alice": 100, "bob": 50, "carol": 0})
    before = bank.total()
    moves = [("alice", "bob", 30), ("bob", "alice", 80), ("bob", "carol", 60),
             ("carol", "alice", 10), ("alice", "carol", 200), ("bob", "alice", 10)]
    await asyncio.gather(*(bank.safe_transfer(m[0], m[1], m[2]) for m in moves))
    for acc in bank.accounts.values():
        print(acc, acc.history)
    print(bank.failed)
    print("conserved:", bank.total() == before, bank.total())


asyncio.run(main())
