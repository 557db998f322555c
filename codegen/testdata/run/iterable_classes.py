# Classes whose __iter__ returns iter() of a container: iterated by for
# loops, comprehensions, list(), sorted(), sum(), `in`, unpacking, and
# next(iter(x)).
import asyncio
from collections import defaultdict, deque
from typing import Dict, List


class EventBus:
    def __init__(self) -> None:
        self.subscribers: Dict[str, List[asyncio.Queue]] = defaultdict(list)

    def subscribe(self, topic: str) -> asyncio.Queue:
        q: asyncio.Queue = asyncio.Queue(maxsize=10)
        self.subscribers[topic].append(q)
        return q

    async def publish(self, topic: str, message) -> int:
        queues = self.subscribers.get(topic, [])
        for q in queues:
            await q.put(message)
        return len(queues)

    def __len__(self):
        return sum(len(v) for v in self.subscribers.values())

    def __iter__(self):
        return iter(self.subscribers)


class History:
    def __init__(self, size):
        self.items = deque(maxlen=size)

    def add(self, item):
        self.items.append(item)

    def __iter__(self):
        return iter(self.items)

    def __repr__(self):
        return f"History({list(self.items)})"


class Batch:
    def __init__(self, items):
        self.items = list(items)

    def __iter__(self):
        """The items, in order."""
        return iter(self.items)


class Tagged(Batch):
    pass


class Word:
    def __init__(self, w: str) -> None:
        self.w = w

    def __iter__(self):
        return iter(self.w)


async def consumer(name, q, history):
    while True:
        msg = await q.get()
        if msg is None:
            break
        history.add((name, msg))
        await asyncio.sleep(0)


async def main():
    bus = EventBus()
    history = History(5)
    qa = bus.subscribe("a")
    qb = bus.subscribe("b")
    qa2 = bus.subscribe("a")
    consumers = [asyncio.create_task(consumer(n, q, history)) for n, q in [("a1", qa), ("b1", qb), ("a2", qa2)]]
    for i in range(4):
        n = await bus.publish("a" if i % 2 else "b", {"i": i})
        print("published", i, "to", n)
    for topic in bus:
        await bus.publish(topic, None)
    await asyncio.gather(*consumers)
    print(len(bus), sorted(bus))
    print(history)
    for name, msg in history:
        print(name, msg["i"])
    first = list(history)[0]
    print("first", first)
    batch = Batch([3, 1, 2])
    print([x * 2 for x in batch], sorted(batch), sum(batch), 2 in batch, 7 in batch)
    a, b, c = batch
    print(a, b, c, any(x > 2 for x in batch), ",".join(str(x) for x in batch))
    print(list(Tagged("xy")), [ch for ch in Word("hey")])
    for x in batch:
        if x < 4:
            batch.items.append(x + 3)
    print(batch.items)
    # next(iter(x)): the first item, or the default.
    d = {"b": 2, "a": 1}
    print(next(iter(d)), next(iter(d.values())), next(iter(d.items())))
    print(next(iter({5, 3, 9})), next(iter("xyz")), next(iter([]), "empty"), next(iter(batch), 0))
    pending = {"t1": 1, "t2": 2}
    while pending:
        k = next(iter(pending))
        print("pop", k, pending.pop(k))
    try:
        next(iter(Batch([])))
    except StopIteration:
        print("StopIteration")
    for n in [1, 0]:
        maybe = Batch([n]) if n else None
        try:
            print(list(maybe), [x for x in maybe])
        except TypeError as e:
            print("TypeError:", e)
    history = None
    print(history is None)


asyncio.run(main())
