# Classes as values: built-in types, exception classes and the program's
# own classes held in variables, tuples and dicts, compared with `is`,
# printed, called, asked with isinstance()/issubclass() and returned by
# type(x); class methods and class attributes reached through them.
import asyncio


class Event:
    kind = "event"
    created = 0

    def __init__(self, key):
        self.key = key

    @classmethod
    def create(cls, key, payload):
        cls.created += 1
        event = cls(key)
        event.payload = payload
        return event

    @classmethod
    def family(cls):
        return cls, cls.kind

    def __repr__(self):
        return f"{type(self).__name__}({self.key!r})"

    def __eq__(self, other):
        return type(self) is type(other) and self.key == other.key


class Added(Event):
    kind = "add"


class Removed(Event):
    kind = "remove"


class Plain:
    pass


class ConfigError(Exception):
    pass


class Guard:
    def __init__(self):
        self.events = []

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        if exc_type is ValueError:
            self.events.append(("suppressed", str(exc)))
            return True
        self.events.append(("passed", exc_type))
        return False


SCHEMA = (("name", str), ("port", int), ("ratio", float))


def validate(d):
    for key, typ in SCHEMA:
        if not isinstance(d.get(key), typ):
            raise ConfigError(f"{key}: expected {typ.__name__}, got {type(d.get(key)).__name__}")
    return True


async def client(commands, out):
    for cls, key in commands:
        await asyncio.sleep(0)
        out.append(cls.create(key, {"by": cls.kind}))


async def main():
    print(int, str, float, bool, list, dict, tuple, set, frozenset, type)
    print(Event, Added, ConfigError, ValueError, KeyError, type(None))
    print([int, ValueError, Plain], {str: "s", Added: "a"}[Added])
    for d in ({"name": "a", "port": 80, "ratio": 0.5}, {"name": "b", "port": "80"}, {"name": "c", "port": True, "ratio": 1.0}):
        try:
            print(validate(d))
        except ConfigError as e:
            print("ConfigError:", e)

    out = []
    await asyncio.gather(client([(Added, "x"), (Removed, "x")], out), client([(Added, "y")], out))
    print(out, Event.created, Added.created, Removed.created)
    for e in out:
        t = type(e)
        print(t, t.__name__, t is Added, t is Event, isinstance(e, Event), issubclass(t, Removed), t.kind)
    print(Added.family(), Removed.family(), Event.family()[0] is Event)
    print(out[0] == Added("x"), out[0] == Removed("x"), type(out[0]) is type(out[2]))

    k = Plain
    print(k, k.__name__, type(k()) is Plain, type(k()).__name__)
    try:
        k(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        k = Added
        k.create("z")
    except TypeError as e:
        print("TypeError:", e)

    converters = {"int": int, "float": float, "str": str, "bool": bool}
    for name, conv in converters.items():
        print(name, repr(conv("1")), repr(conv()))
    try:
        int_ = converters["int"]
        int_("x")
    except ValueError as e:
        print("ValueError:", e)

    errors = (KeyError, ConfigError)
    for exc in (KeyError("k"), ConfigError("c"), ValueError("v")):
        print(type(exc), isinstance(exc, errors), issubclass(type(exc), Exception), issubclass(type(exc), errors))
    make = ConfigError
    err = make("made")
    print(repr(err), isinstance(err, ConfigError), type(err) is make)

    guard = Guard()
    for fail in (ValueError, KeyError, None):
        try:
            async with guard:
                if fail is not None:
                    raise fail("boom")
        except KeyError as e:
            print("escaped:", repr(e))
    print(guard.events)

    try:
        isinstance(1, "int")
    except TypeError as e:
        print("TypeError:", e)
    try:
        k.missing
    except AttributeError as e:
        print("AttributeError:", e)


asyncio.run(main())


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        return x + self.n


# callable() of values of type any.
for v in [Adder(1), Plain(), 3, "s", Adder, Plain, int, ConfigError, ValueError, [1], None, ConfigError("x")]:
    print(callable(v), end=" ")
print()


class Registry:
    def create(self, name, config=None):
        return name, config


# A method with a default None for a parameter of type any, called by
# name (found by aiogo's registry program: its Go did not build).
held = [Registry(), 1]
print(held[0].create("a"), held[0].create("b", {"k": 1}))
