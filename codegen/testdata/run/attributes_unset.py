# An attribute that nothing has assigned yet is not there: reading it
# raises AttributeError, hasattr() says False and getattr() gives its
# default, as in CPython, however the class's __init__ is written.
import asyncio
from dataclasses import dataclass


class Lazy:
    def __init__(self, items):
        self.items = items

    def total(self):
        if not hasattr(self, "_total"):
            print("computing")
            self._total = sum(self.items)
        return self._total


class Conn:
    def __init__(self, host):
        self.host = host
        if host.startswith("db"):
            self.port = 5432

    def connect(self):
        self.sock = "socket:" + self.host

    def describe(self):
        return self.host + ":" + str(self.port)


class EarlyReturn:
    def __init__(self, ok):
        self.ok = ok
        if not ok:
            return
        self.ready = True


class Base:
    def __init__(self, name):
        self.name = name
        self.count = 0

    def bump(self):
        self.count += 1
        return self.name + " " + str(self.count)


class Careless(Base):
    def __init__(self):
        self.extra = 1  # never calls Base.__init__


class Careful(Base):
    def __init__(self, name):
        super().__init__(name)
        self.extra = 2


@dataclass
class Point:
    x: int
    y: int


class Worker:
    def __init__(self, name):
        self.name = name

    async def start(self, q):
        self.first = await q.get()
        self.started = True

    def status(self):
        return getattr(self, "first", "idle")


def make(host):
    return Conn(host)


async def main():
    lazy = Lazy([1, 2, 3])
    print(lazy.total(), lazy.total())
    print(hasattr(Lazy([]), "_total"), getattr(Lazy([]), "_total", None))

    web = Conn("web")
    try:
        print("port", web.port)
    except AttributeError as e:
        print("port", "AttributeError:", e)
    try:
        print("sock", web.sock)
    except AttributeError as e:
        print("sock", "AttributeError:", e)
    try:
        print("describe", web.describe())
    except AttributeError as e:
        print("describe", "AttributeError:", e)
    try:
        print("made", make("db2").port)
    except AttributeError as e:
        print("made", "AttributeError:", e)
    try:
        print("made web", make("web2").port)
    except AttributeError as e:
        print("made web", "AttributeError:", e)
    web.connect()
    print(web.sock, hasattr(web, "sock"), hasattr(web, "port"))
    setattr(web, "port", 80)
    print(web.describe(), hasattr(web, "port"))

    print(EarlyReturn(True).ready)
    try:
        print("early", EarlyReturn(False).ready)
    except AttributeError as e:
        print("early", "AttributeError:", e)

    try:
        print("careless", Careless().bump())
    except AttributeError as e:
        print("careless", "AttributeError:", e)
    try:
        print("careless name", Careless().name)
    except AttributeError as e:
        print("careless name", "AttributeError:", e)
    print(Careful("c").bump(), Careful("c").extra)
    shapes = [Careful("a"), Careless()]
    for s in shapes:
        try:
            print(type(s).__name__, s.name)
        except AttributeError as e:
            print(type(s).__name__, "AttributeError:", e)

    print(Point(1, 2))

    q = asyncio.Queue()
    w = Worker("w1")
    print(w.status(), hasattr(w, "started"))
    task = asyncio.create_task(w.start(q))
    await asyncio.sleep(0)
    print(w.status(), hasattr(w, "started"))
    await q.put("job")
    await task
    print(w.status(), w.started, w.first)



class Session:
    def __init__(self, user):
        self.user = user
        self.token = "t-" + user

    def logout(self):
        del self.token


def deleting():
    s = Session("ann")
    s.logout()
    print(hasattr(s, "token"), getattr(s, "token", "gone"))
    try:
        s.logout()
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        print(s.token)
    except AttributeError as e:
        print("AttributeError:", e)
    s.token = "t2"
    print(s.token, s.user)
    del s.user
    print(hasattr(s, "user"))


asyncio.run(main())
deleting()
print(Conn("web").port)
