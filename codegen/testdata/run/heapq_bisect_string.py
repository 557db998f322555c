# heapq (a priority scheduler, heapify, pushpop, replace, nsmallest, nlargest),
# bisect and the string module's constants.
import asyncio
import heapq
import bisect
import string
from heapq import heappush, heappop
from string import ascii_lowercase

async def scheduler(jobs):
    pq = []
    for prio, name in jobs:
        heappush(pq, (prio, name))
        await asyncio.sleep(0)
    print(pq)
    order = []
    while pq:
        prio, name = heappop(pq)
        order.append(name)
    return order

async def main():
    print(await scheduler([(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (0, "z")]))
    nums = [5, 1, 9, 3, 7, 2]
    heapq.heapify(nums)
    print(nums, heapq.nsmallest(2, nums), heapq.nlargest(3, nums))
    # key= as sorted's, ties in the list's order.
    jobs = [("build", 3), ("lint", 1), ("test", 3), ("docs", 2)]
    print(heapq.nsmallest(2, jobs, key=lambda j: j[1]), heapq.nlargest(3, jobs, key=lambda j: j[1]))
    print(heapq.nlargest(9, ["bb", "a", "ccc"], key=len), heapq.nsmallest(0, jobs, key=len))
    print(heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 10), nums)
    scores = [10, 20, 30]
    bisect.insort(scores, 25)
    print(scores, bisect.bisect_left(scores, 20), bisect.bisect(scores, 20), bisect.bisect_right(scores, 99))
    print(string.ascii_uppercase[:5], string.digits, ascii_lowercase[-3:], len(string.punctuation), repr(string.whitespace))
    try:
        heapq.heappop([])
    except IndexError as e:
        print("IndexError:", e)

asyncio.run(main())
