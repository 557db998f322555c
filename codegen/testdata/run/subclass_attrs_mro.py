# Attributes and methods only subclasses define, reached through a value
# typed as their base (read by name at run time, with CPython's
# AttributeError where the instance lacks them); handlers dispatched by
# walking type(event).__mro__; __bases__ and object as values.
import asyncio


class Event:
    def __init__(self, source):
        self.source = source

    def __repr__(self):
        return f"{type(self).__name__}({self.source})"


class UserEvent(Event):
    def __init__(self, source, username):
        super().__init__(source)
        self.username = username

    def describe(self):
        return "user " + self.username


class Payment(Event):
    def __init__(self, source, amount):
        super().__init__(source)
        self.amount = amount

    def describe(self):
        return f"payment {self.amount:.2f}"


class LargePayment(Payment):
    pass


USER_EVENTS = (UserEvent,)
MONEY_EVENTS = (Payment,)


class Bus:
    def __init__(self):
        self.handlers = {}
        self.log = []

    def subscribe(self, cls, name):
        self.handlers.setdefault(cls, []).append(name)

    async def publish(self, event):
        await asyncio.sleep(0)
        names = []
        for cls in type(event).__mro__:
            names.extend(self.handlers.get(cls, []))
        self.log.append((repr(event), names))
        if isinstance(event, USER_EVENTS):
            self.log.append(("audit", event.username))
        elif isinstance(event, MONEY_EVENTS):
            self.log.append(("audit", event.amount))


async def main():
    bus = Bus()
    bus.subscribe(Event, "all")
    bus.subscribe(Payment, "money")
    bus.subscribe(LargePayment, "fraud")
    bus.subscribe(object, "object")
    events = [UserEvent("signup", "alice"), Payment("stripe", 19.99), LargePayment("wire", 25000.5), Event("tick")]
    await asyncio.gather(*[bus.publish(e) for e in events])
    for entry in bus.log:
        print(entry)
    for e in events:
        try:
            print(e.describe(), e.source)
            print(e.amount)
        except AttributeError as err:
            print("AttributeError:", err)
    print(LargePayment.__mro__, LargePayment.__bases__, Event.__bases__, object, issubclass(Payment, object))
    print([k.__name__ for k in type(events[2]).__mro__], isinstance(events[0], object))


asyncio.run(main())
