# itertools.groupby over sorted records, as report code uses it: orders
# grouped by customer (key= a lambda and operator.itemgetter), runs of
# equal statuses from a monitoring stream (no key), word lengths (key=len),
# and groups consumed by list(), sum(), sorted(), str.join and for loops,
# inside a coroutine that gathers the per-customer totals.
import asyncio
import itertools
from itertools import groupby
from operator import itemgetter


ORDERS = [
    ("acme", "widget", 3, 2.5),
    ("globex", "gadget", 1, 10.0),
    ("acme", "gizmo", 2, 4.0),
    ("initech", "widget", 5, 2.5),
    ("globex", "widget", 2, 2.5),
    ("acme", "widget", 1, 2.5),
]


async def customer_total(name: str, lines: list[tuple[str, str, int, float]]) -> tuple[str, float]:
    await asyncio.sleep(0.001 * len(lines))
    return name, sum(qty * price for _, _, qty, price in lines)


async def main() -> None:
    by_customer = sorted(ORDERS, key=itemgetter(0))
    jobs = []
    for customer, lines in groupby(by_customer, key=itemgetter(0)):
        jobs.append(customer_total(customer, list(lines)))
    for name, total in await asyncio.gather(*jobs):
        print(f"{name:8} {total:7.2f}")

    products = sorted(ORDERS, key=lambda o: o[1])
    for product, lines in groupby(products, key=lambda o: o[1]):
        print(product, sorted(o[0] for o in lines))

    statuses = ["up", "up", "down", "down", "down", "up", "degraded", "up", "up"]
    runs = [(status, len(list(run))) for status, run in itertools.groupby(statuses)]
    print(runs, max(runs, key=lambda r: r[1]))
    longest_down = max((len(list(run)) for status, run in groupby(statuses) if status == "down"), default=0)
    print("longest down run:", longest_down)

    words = "the quick brown fox jumps over the lazy dog".split()
    for length, same in groupby(sorted(words, key=len), key=len):
        print(length, "|".join(same))
    for parity, nums in groupby([2, 4, 6, 1, 3, 8, 10, 7], key=lambda n: n % 2):
        total = 0
        for n in nums:
            total += n
        print("odd" if parity else "even", total)


asyncio.run(main())
