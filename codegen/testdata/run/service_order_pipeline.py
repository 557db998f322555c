"""An order pipeline: orders move through an enum of states; events are
dataclasses ordered by time in a PriorityQueue; a Condition lets the
auditor wait until every order is settled; messages are JSON."""
import asyncio
import json
from dataclasses import dataclass, field
from enum import Enum
from typing import Dict, List, Optional


class Status(Enum):
    NEW = 1
    PAID = 2
    SHIPPED = 3
    CANCELLED = 4


class OrderError(Exception):
    def __init__(self, order_id: int, reason: str):
        super().__init__(f"order {order_id}: {reason}")
        self.order_id = order_id
        self.reason = reason


@dataclass(order=True)
class Event:
    at: int
    order_id: int = field(compare=False)
    action: str = field(compare=False, default="pay")


@dataclass
class Order:
    order_id: int
    amount: float
    status: Status = Status.NEW
    history: List[str] = field(default_factory=list)

    def move(self, to: Status):
        if self.status in (Status.SHIPPED, Status.CANCELLED):
            raise OrderError(self.order_id, f"already {self.status.name.lower()}")
        self.history.append(f"{self.status.name}->{to.name}")
        self.status = to


class Shop:
    def __init__(self):
        self.orders: Dict[int, Order] = {}
        self.settled = asyncio.Condition()
        self.done = 0
        self.errors: List[str] = []

    def find(self, order_id: int) -> Optional[Order]:
        return self.orders.get(order_id)

    async def handle(self, ev: Event):
        await asyncio.sleep(0)
        order = self.find(ev.order_id)
        if order is None:
            self.errors.append(json.dumps({"event": ev.action, "order": ev.order_id, "error": "unknown"}))
            return
        try:
            if ev.action == "pay":
                order.move(Status.PAID)
            elif ev.action == "ship":
                order.move(Status.SHIPPED)
            else:
                order.move(Status.CANCELLED)
        except OrderError as e:
            self.errors.append(json.dumps({"order": e.order_id, "error": e.reason}, sort_keys=True))
        if order.status in (Status.SHIPPED, Status.CANCELLED):
            async with self.settled:
                self.done += 1
                self.settled.notify_all()


async def auditor(shop: Shop, expected: int):
    async with shop.settled:
        await shop.settled.wait_for(lambda: shop.done >= expected)
    print("auditor: all", expected, "orders settled")


async def main():
    shop = Shop()
    for i, amount in enumerate([9.5, 20.0, 3.25], start=1):
        shop.orders[i] = Order(i, amount)
    events: asyncio.PriorityQueue = asyncio.PriorityQueue()
    for ev in [Event(3, 1, "ship"), Event(1, 1), Event(2, 2), Event(4, 2, "cancel"),
               Event(5, 3, "cancel"), Event(6, 3, "ship"), Event(7, 9)]:
        events.put_nowait(ev)
    audit = asyncio.create_task(auditor(shop, 3))
    while not events.empty():
        ev = await events.get()
        await shop.handle(ev)
    await audit
    for order in shop.orders.values():
        print(order.order_id, order.status, order.history, f"{order.amount:.2f}")
    for line in shop.errors:
        print(json.loads(line))
    print(min(shop.orders.values(), key=lambda o: o.amount).order_id)


asyncio.run(main())
