import asyncio
from dataclasses import dataclass, field
from enum import Enum


class Kind(Enum):
    CPU = "cpu"
    MEM = "mem"


@dataclass(frozen=True)
class Key:
    host: str
    kind: Kind
    note: str = field(default="", compare=False)


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0

    def bump(self) -> "Version":
        return Version(self.major, self.minor + 1)


async def sample(key: Key, n: int) -> float:
    await asyncio.sleep(0)
    return n * 1.5


async def main():
    stats = {}
    stats["total"] = 0.0
    keys = [Key("a", Kind.CPU), Key("b", Kind.MEM, "x"), Key("a", Kind.CPU, "dup")]
    for i, k in enumerate(keys):
        v = await sample(k, i + 1)
        if k in stats:
            stats[k] = stats[k] + v
        else:
            stats[k] = v
    print(len(stats), stats)
    print(keys[0] == keys[2], keys[0] is keys[2], keys[0] != keys[1])
    ver = Version(1)
    versions = [ver.bump().bump(), Version(0, 9), ver, Version(2)]
    print(sorted(versions), max(versions), min(versions))
    print(Version(1, 2) > Version(1, 1), Version(1) <= Version(1, 0))
    try:
        ver.minor = 3
    except AttributeError as e:
        print("AttributeError:", e)


asyncio.run(main())
