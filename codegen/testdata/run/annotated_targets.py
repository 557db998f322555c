# Annotated assignments to attributes and items, as typed classes write
# them in __init__: assigned like plain ones (a function's annotations are
# never evaluated; the module's are).
import asyncio
from typing import Dict, List, Optional


class Inbox:
    def __init__(self, owner: str) -> None:
        self.owner: str = owner
        self.messages: List[str] = []
        self.counts: Dict[str, int] = {}
        self.last: Optional[str] = None

    async def receive(self, text: str) -> None:
        await asyncio.sleep(0)
        self.messages.append(text)
        self.counts[text]: int = self.counts.get(text, 0) + 1
        self.last = text


async def main() -> None:
    box = Inbox("ann")
    for t in ["hi", "yo", "hi"]:
        await box.receive(t)
    print(box.owner, box.messages, box.counts, box.last)
    table: Dict[str, List[int]] = {}
    table["a"]: List[int] = [1, 2]
    print(table)


settings: Dict[str, int] = {}
settings["retries"]: int = 3
print(settings)
asyncio.run(main())
