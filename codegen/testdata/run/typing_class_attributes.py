from typing import List, Optional


class Inventory:
    name: str
    items: List[int]
    parent: Optional["Inventory"]

    def __init__(self, name: str) -> None:
        self.name = name
        self.items = []
        self.parent = None

    def add(self, n: int) -> None:
        self.items.append(n)


inv = Inventory("main")
inv.add(3)
inv.add(4)
print(inv.name, inv.items, inv.parent)
