import asyncio
import dataclasses
from dataclasses import dataclass, field, asdict, replace


@dataclass
class Address:
    city: str
    zip_code: str = "00000"


@dataclass
class User:
    name: str
    age: int
    address: Address
    roles: list[str] = field(default_factory=list)
    meta: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Config:
    host: str
    port: int = 8080
    debug: bool = False


counter = 0


def next_port() -> int:
    global counter
    counter += 1
    return 9000 + counter


async def save(user: User) -> dict:
    await asyncio.sleep(0.01)
    return asdict(user)


async def main():
    u = User("ann", 31, Address("Oslo"), ["admin"], {"logins": 3})
    d = await save(u)
    print(d)
    print(d["address"], d["roles"] == u.roles)
    print(u.roles, d["roles"])
    older = replace(u, age=32)
    print(older, older == u, older.address is u.address)
    c = Config("localhost")
    c2 = dataclasses.replace(c, port=next_port(), debug=True)
    c3 = replace(c2)
    print(c, c2, c3, c2 == c3, c2 is c3)
    print(dataclasses.asdict(c2))
    seen = {}
    seen[repr(c)] = 1
    print(seen)
    try:
        c2.port = 1
    except dataclasses.FrozenInstanceError as e:
        print("FrozenInstanceError", e)


asyncio.run(main())
