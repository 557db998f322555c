# An order state machine: an Enum of states, a dict of allowed moves
# (tuples, some empty), ordered dataclasses in a PriorityQueue, an
# exception class with attributes, Condition.wait_for, json.dumps.
import asyncio
import json
from dataclasses import dataclass, field, asdict
from enum import Enum, auto
from typing import Any, Dict, List, Optional, Tuple


class OrderState(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    CANCELLED = auto()


TRANSITIONS: Dict[OrderState, Tuple[OrderState, ...]] = {
    OrderState.NEW: (OrderState.PAID, OrderState.CANCELLED),
    OrderState.PAID: (OrderState.SHIPPED, OrderState.CANCELLED),
    OrderState.SHIPPED: (),
    OrderState.CANCELLED: (),
}


class InvalidTransition(Exception):
    def __init__(self, order_id: int, src: OrderState, dst: OrderState):
        super().__init__(f"order {order_id}: {src.name} -> {dst.name}")
        self.order_id = order_id


@dataclass(order=True)
class Order:
    priority: int
    order_id: int = field(compare=False)
    items: List[str] = field(default_factory=list, compare=False)
    state: OrderState = field(default=OrderState.NEW, compare=False)

    def move(self, dst: OrderState) -> None:
        if dst not in TRANSITIONS[self.state]:
            raise InvalidTransition(self.order_id, self.state, dst)
        self.state = dst

    @property
    def total(self) -> int:
        return sum(len(i) for i in self.items)


class Store:
    def __init__(self):
        self.queue: asyncio.PriorityQueue = asyncio.PriorityQueue()
        self.log: List[str] = []
        self.cond = asyncio.Condition()
        self.shipped = 0

    async def submit(self, order: Order):
        await self.queue.put(order)

    async def process(self, name: str):
        while True:
            order = await self.queue.get()
            try:
                order.move(OrderState.PAID)
                await asyncio.sleep(0.01)
                if order.total > 12:
                    order.move(OrderState.NEW)
                order.move(OrderState.SHIPPED)
                async with self.cond:
                    self.shipped += 1
                    self.cond.notify_all()
                self.log.append(f"{name}:{order.order_id}:{order.state.name}")
            except InvalidTransition as e:
                self.log.append(f"{name}: {e}")
                order.state = OrderState.CANCELLED
            finally:
                self.queue.task_done()


async def main():
    store = Store()
    orders = [Order(p, i, items) for i, (p, items) in enumerate([(3, ["a", "bb"]), (1, ["long-item", "another"]), (2, ["c"])])]
    workers = [asyncio.create_task(store.process(f"w{i}")) for i in range(2)]
    for o in orders:
        await store.submit(o)
    async with store.cond:
        await store.cond.wait_for(lambda: store.shipped >= 2)
    await store.queue.join()
    for w in workers:
        w.cancel()
    print("\n".join(store.log))
    summary = {o.order_id: {"state": o.state.name, "total": o.total} for o in orders}
    print(json.dumps(summary, indent=2, sort_keys=True))
    print([asdict(o)["items"] for o in sorted(orders)])
    counts: Dict[str, int] = {}
    for o in orders:
        counts[o.state.name] = counts.get(o.state.name, 0) + 1
    print(counts, max(orders).order_id, min(orders, key=lambda o: o.total))


asyncio.run(main())
