# itertools in a small load tester: request ids from count(), workers
# assigned round-robin by cycle(), the cases from product(), batches by
# islice(), running totals by accumulate(), pairs of neighbours by
# pairwise(), combinations and permutations of regions, chain of result
# lists; an islice with a negative stop ends it with a ValueError.
import asyncio
import itertools
from itertools import accumulate, chain, count, cycle, islice, pairwise, product


async def call(worker: str, req_id: int, endpoint: str, method: str) -> float:
    await asyncio.sleep(0.001 * (req_id % 3))
    cost = len(endpoint) * (2 if method == "POST" else 1) + req_id % 4
    print(f"{worker} #{req_id} {method} {endpoint} -> {cost}")
    return cost / 10


async def main() -> None:
    endpoints = ["/users", "/orders", "/health"]
    methods = ["GET", "POST"]
    cases = list(product(endpoints, methods))
    print(len(cases), cases[:3])
    jobs = []
    workers = ["w1", "w2", "w3", "w1", "w2", "w3"]
    for i, (endpoint, method) in enumerate(cases):
        jobs.append(asyncio.create_task(call(workers[i], 100 + i, endpoint, method)))
    costs = await asyncio.gather(*jobs)
    print(costs, list(accumulate(costs))[-1] == sum(costs))

    assigned: dict[str, list[int]] = {}
    n = 0
    for worker in cycle(["alpha", "beta", "gamma"]):
        n += 1
        if n > 4:
            break
        assigned.setdefault(worker, []).append(n)
    print(assigned)

    ids = []
    for req_id in count(1000, 7):
        if req_id > 1030:
            break
        ids.append(req_id)
    print(ids, list(islice(ids, 2)), list(islice(ids, 1, None, 2)))
    batches = [list(islice(ids, i, i + 2)) for i in range(0, len(ids), 2)]
    print(batches, list(chain(batches[0], batches[1], batches[2])) == ids, list(chain.from_iterable(batches))[-2:])
    print([b - a for a, b in pairwise(ids)], list(accumulate([3, 1, 4, 1, 5])), list(accumulate(["a", "b", "c"])))
    regions = ["eu", "us", "ap"]
    print(list(itertools.combinations(regions, 2)), len(list(itertools.permutations(regions))))
    print(list(itertools.combinations_with_replacement([1, 2], 2)), list(itertools.permutations(regions, 3))[-1])
    print(sorted(itertools.product([2, 1], repeat=2)), list(itertools.repeat("x", 3)), sum(itertools.repeat(2, 5)))
    print(list(islice(ids, -1)))


asyncio.run(main())
