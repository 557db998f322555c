"""A download manager: a bounded pool of workers takes URLs from a queue,
each download is a class with progress reported through an Event, failed
downloads keep their exception, and a summary groups them by host."""
import asyncio
from collections import defaultdict
from typing import List, Optional


class DownloadError(Exception):
    def __init__(self, url: str, reason: str):
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


class Download:
    def __init__(self, url: str, size: int):
        self.url = url
        self.size = size
        self.received = 0
        self.finished = asyncio.Event()
        self.error: Optional[DownloadError] = None

    @property
    def host(self) -> str:
        return self.url.split("/")[2]

    @property
    def progress(self) -> float:
        return self.received / self.size if self.size else 1.0

    async def run(self, chunk: int):
        try:
            while self.received < self.size:
                await asyncio.sleep(0)
                if "broken" in self.url and self.progress >= 0.5:
                    raise DownloadError(self.url, "connection reset")
                self.received = min(self.size, self.received + chunk)
        except DownloadError as e:
            self.error = e
        finally:
            self.finished.set()


async def worker(q: asyncio.Queue, chunk: int):
    while True:
        d = await q.get()
        await d.run(chunk)
        q.task_done()


async def watch(d: Download, log: List[str]):
    await d.finished.wait()
    state = "ok" if d.error is None else f"failed ({d.error.reason})"
    log.append(f"{d.url} {d.progress:.0%} {state}")


async def main():
    urls = [("https://a.example/x.zip", 40), ("https://b.example/broken.iso", 60),
            ("https://a.example/y.zip", 25), ("https://c.example/z.tar", 0)]
    downloads = [Download(u, s) for u, s in urls]
    q: asyncio.Queue = asyncio.Queue()
    for d in downloads:
        q.put_nowait(d)
    log: List[str] = []
    watchers = [asyncio.create_task(watch(d, log)) for d in downloads]
    workers = [asyncio.create_task(worker(q, 10)) for _ in range(2)]
    await q.join()
    await asyncio.gather(*watchers)
    for w in workers:
        w.cancel()
    print("\n".join(log))
    by_host = defaultdict(list)
    for d in downloads:
        by_host[d.host].append(d.received)
    print(sorted(by_host.items()))
    failed = [d.error for d in downloads if d.error is not None]
    print(len(failed), [str(e) for e in failed])


asyncio.run(main())
