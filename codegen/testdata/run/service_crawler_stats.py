"""A crawler: workers fetch pages from a queue, follow links up to a depth,
retry transient errors with their own exception classes, and report
statistics with collections.Counter and defaultdict."""
import asyncio
from collections import Counter, defaultdict
from typing import Optional

PAGES = {
    "/": ["/a", "/b", "/c"],
    "/a": ["/a/1", "/a/2", "/"],
    "/b": ["/b/1", "/missing"],
    "/c": ["/flaky"],
    "/a/1": [],
    "/a/2": ["/a/1"],
    "/b/1": ["/c"],
    "/flaky": ["/a"],
}


class FetchError(Exception):
    def __init__(self, url: str, status: int):
        super().__init__(f"{url} answered {status}")
        self.url = url
        self.status = status

    def transient(self) -> bool:
        return self.status >= 500


class NotFound(FetchError):
    def __init__(self, url: str):
        super().__init__(url, 404)


class Crawler:
    def __init__(self, max_depth: int):
        self.max_depth = max_depth
        self.seen = {}
        self.statuses = Counter()
        self.by_depth = defaultdict(list)
        self.attempts = defaultdict(int)
        self.last_error: Optional[FetchError] = None

    async def fetch(self, url: str) -> list:
        await asyncio.sleep(0)
        self.attempts[url] += 1
        if url not in PAGES:
            raise NotFound(url)
        if url == "/flaky" and self.attempts[url] < 3:
            raise FetchError(url, 503)
        return PAGES[url]

    async def worker(self, queue: asyncio.Queue):
        while True:
            url, depth = await queue.get()
            try:
                links = await self.fetch(url)
                self.statuses[200] += 1
                self.by_depth[depth].append(url)
                if depth < self.max_depth:
                    for link in links:
                        if link not in self.seen:
                            self.seen[link] = depth + 1
                            queue.put_nowait((link, depth + 1))
            except FetchError as e:
                self.statuses[e.status] += 1
                self.last_error = e
                if e.transient():
                    queue.put_nowait((url, depth))
            finally:
                queue.task_done()


async def main():
    crawler = Crawler(max_depth=3)
    queue: asyncio.Queue = asyncio.Queue()
    crawler.seen["/"] = 0
    queue.put_nowait(("/", 0))
    workers = [asyncio.create_task(crawler.worker(queue)) for _ in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("statuses:", crawler.statuses.most_common())
    for depth in sorted(crawler.by_depth):
        print(depth, sorted(crawler.by_depth[depth]))
    print("attempts:", sorted(crawler.attempts.items()))
    err = crawler.last_error
    if err is not None:
        print("last error:", err, err.status, type(err).__name__, err.transient())
    print(len(crawler.seen), sum(crawler.statuses.values()))


asyncio.run(main())
