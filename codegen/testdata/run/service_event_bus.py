"""An event bus: topics are an Enum, subscribers own a queue and a
handler class; the bus fans each message out, a slow subscriber's queue
fills up and drops messages, and everything shuts down with a sentinel."""
import asyncio
from enum import Enum, auto
from typing import Dict, List, Optional


class Topic(Enum):
    ORDERS = auto()
    PAYMENTS = auto()
    ALERTS = auto()


class Subscriber:
    def __init__(self, name: str, topics: List[Topic], capacity: int):
        self.name = name
        self.topics = topics
        self.inbox: asyncio.Queue = asyncio.Queue(maxsize=capacity)
        self.seen: List[str] = []
        self.dropped = 0

    def offer(self, msg: str) -> bool:
        try:
            self.inbox.put_nowait(msg)
            return True
        except asyncio.QueueFull:
            self.dropped += 1
            return False

    async def consume(self):
        while True:
            msg = await self.inbox.get()
            if msg == "STOP":
                break
            await self.handle(msg)

    async def handle(self, msg: str):
        await asyncio.sleep(0)
        self.seen.append(msg)


class SlowSubscriber(Subscriber):
    async def handle(self, msg: str):
        for _ in range(3):
            await asyncio.sleep(0)
        self.seen.append(msg.upper())


class Bus:
    def __init__(self):
        self.subs: Dict[Topic, List[Subscriber]] = {t: [] for t in Topic}

    def subscribe(self, sub: Subscriber):
        for t in sub.topics:
            self.subs[t].append(sub)

    def publish(self, topic: Topic, msg: str) -> int:
        return sum(1 for s in self.subs[topic] if s.offer(f"{topic.name.lower()}:{msg}"))

    def find(self, name: str) -> Optional[Subscriber]:
        for subs in self.subs.values():
            for s in subs:
                if s.name == name:
                    return s
        return None


async def main():
    bus = Bus()
    fast = Subscriber("fast", [Topic.ORDERS, Topic.PAYMENTS], 10)
    slow = SlowSubscriber("slow", [Topic.ORDERS, Topic.ALERTS], 2)
    for s in (fast, slow):
        bus.subscribe(s)
    tasks = [asyncio.create_task(s.consume()) for s in (fast, slow)]
    delivered = []
    for i in range(4):
        delivered.append(bus.publish(Topic.ORDERS, f"o{i}"))
        delivered.append(bus.publish(Topic.PAYMENTS, f"p{i}"))
        if i % 2:
            delivered.append(bus.publish(Topic.ALERTS, f"a{i}"))
        await asyncio.sleep(0)
    for s in (fast, slow):
        await s.inbox.put("STOP")
    await asyncio.gather(*tasks)
    print(delivered)
    for s in (fast, slow):
        print(s.name, type(s).__name__, s.dropped, s.seen)
    print(bus.find("slow") is slow, bus.find("nobody"))


asyncio.run(main())
