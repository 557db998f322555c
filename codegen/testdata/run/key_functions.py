# key= functions beyond lambdas: built-ins (len, str, abs), a def of one
# parameter, operator.itemgetter (int, negative and str keys, several
# keys) and operator.attrgetter (several and dotted names) in sorted(),
# list.sort(), min() and max(), over results gathered from tasks; an
# IndexError from itemgetter ends the program.
import asyncio
import operator
from dataclasses import dataclass
from operator import attrgetter, itemgetter


@dataclass
class Region:
    name: str
    zone: int


@dataclass
class Probe:
    host: str
    latency: float
    region: Region


def host_len(host: str) -> int:
    return len(host)


async def probe(host: str, region: Region, ms: float) -> Probe:
    await asyncio.sleep(ms / 1000)
    return Probe(host, ms, region)


async def main() -> None:
    eu, us = Region("eu", 2), Region("us", 1)
    probes = await asyncio.gather(
        probe("db.internal", eu, 12.5),
        probe("api", us, 3.0),
        probe("cache-1", eu, 3.0),
        probe("queue", us, 40.25),
    )
    print([p.host for p in sorted(probes, key=attrgetter("latency"))])
    print([p.host for p in sorted(probes, key=attrgetter("latency", "host"), reverse=True)])
    print([p.host for p in sorted(probes, key=operator.attrgetter("region.zone", "host"))])
    print(min(probes, key=attrgetter("latency")).host, max(probes, key=attrgetter("region.name")).host)

    hosts = [p.host for p in probes]
    print(sorted(hosts, key=len), sorted(hosts, key=host_len, reverse=True), max(hosts, key=len))
    hosts.sort(key=str)
    print(hosts, sorted([-7, 3, -1, 10], key=abs), sorted([10, 9, 100], key=str))

    rows = [(p.host, p.region.name, p.latency) for p in probes]
    print(sorted(rows, key=itemgetter(2)))
    print(sorted(rows, key=itemgetter(1, 0)))
    print(max(rows, key=operator.itemgetter(-1)), min(rows, key=itemgetter(0)))
    by_zone = {"eu": 2, "us": 1, "ap": 3}
    print(sorted(by_zone.items(), key=itemgetter(1)), max(by_zone.items(), key=itemgetter(1))[0])
    records = [{"host": p.host, "ms": p.latency} for p in probes]
    print([r["host"] for r in sorted(records, key=itemgetter("ms"))])
    print(sorted(rows, key=itemgetter(3)))


asyncio.run(main())
