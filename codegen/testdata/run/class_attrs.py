# Class attributes read through the class and through instances and
# assigned through the class, static and class methods, and properties
# with and without a setter, in a small connection pool.
import asyncio


class Connection:
    created = 0
    prefix = "conn"
    timeout: float = 0.5

    def __init__(self, host, port=80):
        Connection.created += 1
        self.id = Connection.created
        self.host = host
        self.port = port
        self._uses = 0

    @staticmethod
    def parse(url):
        i = url.find(":")
        return url[:i], int(url[i + 1:])

    @classmethod
    def from_url(cls, url):
        host, port = cls.parse(url)
        return cls(host, port=port)

    @property
    def name(self):
        return f"{self.prefix}-{self.id}@{self.host}:{self.port}"

    @property
    def uses(self):
        return self._uses

    @uses.setter
    def uses(self, value):
        if value < 0:
            raise ValueError("uses must not be negative")
        self._uses = value

    async def send(self, msg):
        await asyncio.sleep(self.timeout / 10)
        self.uses += 1
        return f"{self.name} <- {msg}"


class Pool:
    limit = 2

    def __init__(self):
        self.conns = []

    def get(self, url):
        for c in self.conns:
            if c.uses < Pool.limit:
                return c
        c = Connection.from_url(url)
        self.conns.append(c)
        return c


async def main():
    print(Connection.created, Connection.prefix, Connection.timeout)
    print(Connection.parse("example.com:8080"))
    pool = Pool()
    for i in range(5):
        conn = pool.get("db.local:5432")
        print(await conn.send(f"query {i}"), conn.uses)
    print(Connection.created, [c.name for c in pool.conns])
    Pool.limit = 10
    Connection.prefix = "c"
    c = pool.get("other:1")
    print(c.name, c.uses, Pool.limit, c.timeout)
    c.uses = 7
    print(c.uses, Connection("x").name, Connection.created)
    c.uses = -1


asyncio.run(main())
