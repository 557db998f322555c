import asyncio

# Building lookup tables for a fan-out fetcher: dict() of pairs, zip of
# two and three lists taken at once, dict(**kw), max of tuples.


async def fetch(host: str, port: int) -> int:
    await asyncio.sleep(port / 10000)
    return len(host) * 100 + port % 7


async def main():
    hosts = ["alpha", "beta", "gamma", "delta"]
    ports = [80, 443, 8080]
    results = await asyncio.gather(*[fetch(h, p) for h, p in zip(hosts, ports)])
    table = dict(zip(hosts, results))
    print(table, len(table))
    triples = list(zip(hosts, ports, results))
    print(triples, max(triples), min(zip(ports, hosts)))
    print(sorted(zip(results, hosts), reverse=True), list(zip(hosts, [])))
    copy = dict(table)
    copy["omega"] = 0
    print(len(table), len(copy), dict(sorted(copy.items())))
    options = dict(retries=3, timeout=5, backoff=2)
    print(options, options["retries"] * options["backoff"], dict(), dict([("k", "v"), ("k", "w")]))
    inverse = dict(zip(table.values(), table.keys()))
    print(inverse)
    print(dict(zip(["x", "y"], [1.5, 2.5])), sum(dict(a=1, b=2).values()))
    print(max(zip(hosts, ports), key=lambda hp: hp[1]))


asyncio.run(main())
