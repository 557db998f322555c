# Handlers in a class hierarchy (overrides, super() chains through an async
# method, an exception from a subclass) fed dataclass orders through a
# bounded queue by workers under a lock.
import asyncio
from dataclasses import dataclass, field
from typing import Dict, List


@dataclass
class Order:
    id: int
    items: List[str] = field(default_factory=list)
    total: float = 0.0


class Handler:
    def __init__(self, name: str) -> None:
        self.name = name
        self.handled = 0

    async def handle(self, order: Order) -> str:
        self.handled += 1
        for _ in range(order.id % 3):
            await asyncio.sleep(0)
        return self.format(order)

    def format(self, order: Order) -> str:
        return f"{self.name}#{order.id}"


class DiscountHandler(Handler):
    def __init__(self, name: str, pct: int) -> None:
        super().__init__(name)
        self.pct = pct

    def format(self, order: Order) -> str:
        base = super().format(order)
        return f"{base} -{self.pct}% => {order.total * (100 - self.pct) / 100:.2f}"


class AuditHandler(DiscountHandler):
    async def handle(self, order: Order) -> str:
        r = await super().handle(order)
        if len(order.items) > 2:
            raise ValueError(f"order {order.id} too big: {len(order.items)}")
        return "audited " + r


async def worker(h: Handler, q: asyncio.Queue, results: Dict[int, str], lock: asyncio.Lock) -> None:
    while True:
        order = await q.get()
        try:
            r = await h.handle(order)
            async with lock:
                results[order.id] = r
        except ValueError as e:
            async with lock:
                results[order.id] = f"error: {e}"
        finally:
            q.task_done()


async def main() -> None:
    q: asyncio.Queue = asyncio.Queue(maxsize=1)
    results: Dict[int, str] = {}
    lock = asyncio.Lock()
    handlers: List[Handler] = [Handler("plain"), DiscountHandler("disc", 10), AuditHandler("audit", 25)]
    workers = [asyncio.create_task(worker(h, q, results, lock)) for h in handlers]
    for i in range(1, 10):
        await q.put(Order(i, ["x"] * (i % 4), total=i * 10.5))
    await q.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print(len(res))
    for k in sorted(results):
        print(k, results[k])
    print({h.name: h.handled for h in handlers}, sum(h.handled for h in handlers))
    o = Order(99)
    o.items.append("z")
    print(o, o == Order(99, ["z"]), Order(1) == Order(2))


asyncio.run(main())
