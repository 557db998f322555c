# A three-level hierarchy of async resources: `async with` on instances
# held as the base type, a middle class whose own methods dispatch to
# its subclass, narrowing by isinstance() before reading and setting a
# subclass's attribute, and class attributes and static methods of the
# base read through subclasses.
import asyncio


class Resource:
    opened = 0
    kind = "resource"

    def __init__(self, name):
        self.name = name
        self.log = []

    @staticmethod
    def fmt(name, event):
        return f"[{name}] {event}"

    def note(self, event):
        self.log.append(Resource.fmt(self.name, event))

    async def open(self):
        await asyncio.sleep(0.01)
        Resource.opened += 1
        self.note("open " + self.describe())

    async def close(self):
        self.note("close")

    def describe(self):
        return "plain"

    async def __aenter__(self):
        await self.open()
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()
        return False


class Connection(Resource):
    def __init__(self, name, host):
        super().__init__(name)
        self.host = host
        self.sent = 0

    def describe(self):
        return "connection to " + self.host + " via " + self.transport()

    def transport(self):
        return "tcp"

    async def send(self, data):
        await asyncio.sleep(0.01)
        self.sent += len(data)
        self.note(f"sent {len(data)} via {self.transport()}")


class SecureConnection(Connection):
    def transport(self):
        return "tls"

    async def open(self):
        self.note("handshake")
        await super().open()


async def use(res, payload):
    async with res as r:
        if isinstance(r, Connection):
            await r.send(payload)
            r.sent += 100
            print(r.name, r.sent, r.host)
        r.note("used")
    return res.log


async def main():
    items = [Resource("disk"), Connection("db", "10.0.0.1"), SecureConnection("api", "example.org")]
    logs = await asyncio.gather(*[use(res, "x" * (i + 3)) for i, res in enumerate(items)])
    for log in logs:
        print(log)
    print(Resource.opened, Connection.opened, SecureConnection.kind, Connection.fmt("a", "b"))
    try:
        async with SecureConnection("bad", "nowhere") as c:
            if isinstance(c, SecureConnection):
                await c.send("hello")
            raise ValueError("boom " + c.describe())
    except ValueError as e:
        print("caught", e, c.log)


asyncio.run(main())
