# A loop over pairs from a call other than enumerate, zip or items (here
# sorted(d.items())) unpacks the pairs with their types; its variables were
# typed any, so attributes of the values were refused.
from dataclasses import dataclass
from typing import Dict


@dataclass
class Item:
    sku: str
    qty: int = 0


items: Dict[str, Item] = {"b": Item("b", 2), "a": Item("a", 1)}
print({sku: item.qty for sku, item in sorted(items.items())})
for sku, item in sorted(items.items()):
    print(sku, item.qty)
