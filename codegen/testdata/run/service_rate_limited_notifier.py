"""A rate-limited notifier: messages are grouped per user with
defaultdict, a token bucket class refills on the loop clock, messages
over the limit are deferred to a retry queue, and a summary is printed."""
import asyncio
from collections import defaultdict
from dataclasses import dataclass
from typing import List


@dataclass
class Message:
    user: str
    text: str
    attempt: int = 1


class TokenBucket:
    def __init__(self, rate: float, capacity: int):
        self.rate = rate
        self.capacity = capacity
        self.tokens = float(capacity)
        self.updated = 0.0

    def take(self, now: float) -> bool:
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False


async def notifier(inbox: asyncio.Queue, retry: asyncio.Queue, sent: List[str]):
    loop = asyncio.get_running_loop()
    bucket = TokenBucket(rate=10.0, capacity=2)
    bucket.updated = loop.time()
    while True:
        msg = await inbox.get()
        if bucket.take(loop.time()):
            sent.append(f"{msg.user}: {msg.text} (try {msg.attempt})")
        else:
            await retry.put(Message(msg.user, msg.text, msg.attempt + 1))
        inbox.task_done()


async def retrier(inbox: asyncio.Queue, retry: asyncio.Queue):
    while True:
        msg = await retry.get()
        await asyncio.sleep(0.15)
        await inbox.put(msg)
        retry.task_done()


async def main():
    inbox: asyncio.Queue = asyncio.Queue()
    retry: asyncio.Queue = asyncio.Queue()
    sent: List[str] = []
    workers = [asyncio.create_task(notifier(inbox, retry, sent)), asyncio.create_task(retrier(inbox, retry))]
    for i, user in enumerate(["ann", "bob", "ann", "cy", "bob"]):
        await inbox.put(Message(user, f"hello #{i}"))
    await asyncio.sleep(1.0)
    await inbox.join()
    for w in workers:
        w.cancel()
    per_user = defaultdict(list)
    for line in sent:
        user, rest = line.split(": ", 1)
        per_user[user].append(rest)
    for user in sorted(per_user):
        print(user, per_user[user])
    print(len(sent))


asyncio.run(main())
