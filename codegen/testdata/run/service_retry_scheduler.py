# A retry scheduler: failed jobs go into a heap keyed by (next_try, attempt,
# name); a dispatcher pops the earliest, a deque keeps the last outcomes, and
# a sliding window of start times lets at most two jobs start per 0.3s.
import asyncio
import bisect
import heapq
import time
from collections import deque

FAILS = {"alpha": 2, "beta": 0, "gamma": 1, "delta": 3}


async def run_job(name, attempt):
    await asyncio.sleep(0.1)
    if attempt < FAILS[name]:
        raise RuntimeError(f"{name} failed on attempt {attempt}")
    return f"{name}:ok@{attempt}"


async def main():
    start = time.monotonic()
    heap = []
    for name in sorted(FAILS):
        heapq.heappush(heap, (0, 0, name))
    print("initial heap:", heap)
    outcomes = deque(maxlen=4)
    window = deque()
    done_at = []
    while heap:
        due, attempt, name = heapq.heappop(heap)
        elapsed = time.monotonic() - start
        if due / 10 > elapsed:
            await asyncio.sleep(due / 10 - elapsed)
        tick = round((time.monotonic() - start) * 10)
        while window and tick - window[0] >= 3:
            window.popleft()
        if len(window) >= 2:
            heapq.heappush(heap, (window[0] + 3, attempt, name))
            print(f"{tick / 10:.1f} throttled {name} until {(window[0] + 3) / 10:.1f}")
            continue
        window.append(tick)
        try:
            result = await run_job(name, attempt)
        except RuntimeError as e:
            outcomes.append(("err", name))
            retry = tick + 2 * 2 ** attempt
            heapq.heappush(heap, (retry, attempt + 1, name))
            print(f"{tick / 10:.1f} {e}; retry at {retry / 10:.1f}")
        else:
            outcomes.append(("ok", name))
            bisect.insort(done_at, tick + 1)
            print(f"{tick / 10:.1f} {result}")
    print("last outcomes:", list(outcomes))
    print("finished at ticks:", done_at, "before tick 10:", bisect.bisect_left(done_at, 10))
    print("slowest two:", heapq.nlargest(2, done_at), "fastest:", heapq.nsmallest(1, done_at))


asyncio.run(main())
