# Attributes and methods by name on values whose classes share no base
# (duck typing): handlers of several classes in one queue, getattr and
# hasattr with constant and computed names, setattr, stores through a value of
# type any, CPython's TypeError for a wrong argument count, and an
# uncaught AttributeError at the end.
import asyncio
from dataclasses import dataclass


class EmailHandler:
    channel = "email"

    def __init__(self, address: str):
        self.address = address
        self.sent = 0
        self.enabled = True

    def handle(self, msg: str, urgent: bool = False) -> str:
        self.sent += 1
        mark = "!" if urgent else ""
        return f"mail to {self.address}: {msg}{mark}"

    def close(self):
        print("email closed after", self.sent)


class SmsHandler:
    channel = "sms"

    def __init__(self, number: int):
        self.number = number
        self.sent = 0
        self.enabled = True

    @property
    def label(self) -> str:
        return f"sms:{self.number}"

    def handle(self, msg, urgent=False):
        self.sent += 1
        return f"sms to {self.number}: {msg[:10]}"


@dataclass
class Metric:
    name: str
    value: float = 0.0

    def bump(self, by: float) -> float:
        self.value += by
        return self.value


async def deliver(q: asyncio.Queue, handlers: list) -> None:
    while True:
        msg = await q.get()
        for h in handlers:
            if h.enabled:
                print(h.handle(msg, len(msg) > 12))
        q.task_done()


async def main() -> None:
    handlers = [EmailHandler("ops@example.com"), SmsHandler(5550100)]
    q: asyncio.Queue = asyncio.Queue()
    worker = asyncio.create_task(deliver(q, handlers))
    for msg in ["disk full", "cpu at 97 percent", "ok"]:
        await q.put(msg)
    await q.join()
    handlers[1].enabled = False
    await q.put("only mail now")
    await q.join()
    worker.cancel()

    for h in handlers:
        print(type(h).__name__, h.channel, h.sent, getattr(h, "label", "no label"), hasattr(h, "close"))
        if hasattr(h, "close"):
            h.close()
    for field in ["address", "number"]:
        print(field, [getattr(h, field, None) for h in handlers])

    things = [Metric("latency", 1.5), handlers[0], 42, "text", None]
    print([hasattr(t, "bump") for t in things], [hasattr(t, "real") for t in things])
    print(things[0].bump(2), things[0].bump(0.25), getattr(things[2], "real"), getattr(things[3], "nope", "-"))
    things[0].value = 10.0
    print(things[0], things[0].name)
    try:
        things[1].handle()
    except TypeError as e:
        print("TypeError:", e)
    try:
        things[4].handle("x")
    except AttributeError as e:
        print("AttributeError:", e)
    settings = {"sent": 0, "enabled": True, "address": "noc@example.com"}
    for key, value in settings.items():
        for h in handlers:
            if hasattr(h, key):
                setattr(h, key, value)
    print([(h.sent, h.enabled, getattr(h, "address", "-")) for h in handlers])
    print(things[1].missing_attribute)


asyncio.run(main())
