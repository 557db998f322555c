"""An API client: a semaphore bounds concurrency, transient failures are
retried with exponential backoff, slow calls time out, and the results are
grouped with defaultdict and timed with time.monotonic."""
import asyncio
import time
from collections import defaultdict
from typing import Optional


class ApiError(Exception):
    def __init__(self, endpoint: str, status: int, retry_after: float = 0.0):
        super().__init__(f"{endpoint} -> {status}")
        self.endpoint = endpoint
        self.status = status
        self.retry_after = retry_after

    @property
    def retryable(self) -> bool:
        return self.status in (429, 503)


class Client:
    def __init__(self, limit: int):
        self.sem = asyncio.Semaphore(limit)
        self.calls = defaultdict(int)
        self.active = 0
        self.peak = 0

    async def call(self, endpoint: str) -> str:
        async with self.sem:
            self.active += 1
            self.peak = max(self.peak, self.active)
            try:
                self.calls[endpoint] += 1
                n = self.calls[endpoint]
                await asyncio.sleep(0.01)
                if endpoint == "/slow":
                    await asyncio.sleep(1)
                if endpoint == "/busy" and n < 3:
                    raise ApiError(endpoint, 429, retry_after=0.02)
                if endpoint == "/broken":
                    raise ApiError(endpoint, 500)
                return f"{endpoint}#{n}"
            finally:
                self.active -= 1

    async def call_with_retry(self, endpoint: str, attempts: int = 4) -> Optional[str]:
        delay = 0.01
        for attempt in range(1, attempts + 1):
            try:
                return await asyncio.wait_for(self.call(endpoint), timeout=0.5)
            except ApiError as e:
                if not e.retryable or attempt == attempts:
                    print(f"giving up on {e.endpoint}: {e} (attempt {attempt})")
                    return None
                await asyncio.sleep(max(delay, e.retry_after))
                delay *= 2
            except asyncio.TimeoutError:
                print(f"timeout on {endpoint} (attempt {attempt})")
                if attempt >= 2:
                    return None
        return None


async def main():
    client = Client(limit=2)
    endpoints = ["/a", "/busy", "/b", "/broken", "/slow", "/c"]
    start = time.monotonic()
    results = await asyncio.gather(*(client.call_with_retry(e) for e in endpoints))
    elapsed = time.monotonic() - start
    by_outcome = defaultdict(list)
    for endpoint, result in zip(endpoints, results):
        by_outcome["ok" if result is not None else "failed"].append(endpoint)
    print(results)
    print(dict(by_outcome))
    print(sorted(client.calls.items()), client.peak)
    print("took about a second or more:", elapsed >= 0.99, "less than 3:", elapsed < 3.0)


asyncio.run(main())
