"""A typed inventory API: functions take and return Optional values, a
dataclass per item, lookups that may miss, and JSON in and out."""
import asyncio
import json
from dataclasses import dataclass, field, asdict, replace
from typing import Dict, List, Optional, Tuple


@dataclass
class Item:
    sku: str
    name: str
    qty: int = 0
    tags: List[str] = field(default_factory=list)


class OutOfStock(Exception):
    def __init__(self, sku: str, wanted: int, have: int):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku = sku
        self.short = wanted - have


class Inventory:
    def __init__(self):
        self.items: Dict[str, Item] = {}
        self.lock = asyncio.Lock()

    def load(self, doc: str):
        for raw in json.loads(doc):
            item = Item(raw["sku"], raw["name"], raw.get("qty", 0), raw.get("tags", []))
            self.items[item.sku] = item

    def lookup(self, sku: str) -> Optional[Item]:
        return self.items.get(sku)

    async def reserve(self, sku: str, n: int) -> Tuple[str, int]:
        async with self.lock:
            await asyncio.sleep(0)
            item = self.lookup(sku)
            if item is None:
                raise KeyError(sku)
            if item.qty < n:
                raise OutOfStock(sku, n, item.qty)
            self.items[sku] = replace(item, qty=item.qty - n)
            return sku, self.items[sku].qty


DOC = json.dumps([
    {"sku": "A1", "name": "anvil", "qty": 3, "tags": ["heavy"]},
    {"sku": "B2", "name": "bolt", "qty": 100},
    {"sku": "C3", "name": "cog"},
])


async def main():
    inv = Inventory()
    inv.load(DOC)
    orders = [("A1", 2), ("B2", 40), ("A1", 2), ("Z9", 1), ("C3", 1), ("B2", 60)]
    results = await asyncio.gather(*(inv.reserve(s, n) for s, n in orders), return_exceptions=True)
    for i, r in enumerate(results):
        sku, n = orders[i]
        if isinstance(r, OutOfStock):
            print(f"{sku} x{n}: short by {r.short} ({r})")
        elif isinstance(r, KeyError):
            print(f"{sku} x{n}: unknown sku {r}")
        else:
            print(f"{sku} x{n}: ok, left {r[1]}")
    missing = inv.lookup("nope")
    print(missing, missing is None)
    anvil = inv.lookup("A1")
    if anvil is not None:
        print(asdict(anvil), anvil.tags)
    print(json.dumps({sku: item.qty for sku, item in sorted(inv.items.items())}))


asyncio.run(main())
