# A crawler over an in-memory site: worker tasks take (depth, (parent, url))
# items from a queue, record visited pages in a set, enqueue the links not
# seen yet (set difference), and a report groups pages by depth.
import asyncio
from collections import defaultdict, deque

SITE = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/", "/team"],
    "/blog": ["/blog/1", "/blog/2", "/"],
    "/blog/1": ["/blog/2", "/shop"],
    "/blog/2": ["/blog/1"],
    "/shop": ["/shop/cart", "/about"],
    "/shop/cart": [],
    "/team": ["/about", "/missing"],
}


async def fetch(url):
    await asyncio.sleep(0.01 * (len(url) % 3))
    if url not in SITE:
        raise KeyError(url)
    return SITE[url]


async def worker(name, queue, visited, by_depth, errors, max_depth):
    while True:
        depth, (parent, url) = await queue.get()
        try:
            if url in visited:
                continue
            visited.add(url)
            try:
                links = await fetch(url)
            except KeyError as e:
                errors.append((parent, str(e)))
                continue
            by_depth[depth].add(url)
            fresh = set(links) - visited
            if depth < max_depth:
                for link in sorted(fresh):
                    queue.put_nowait((depth + 1, (url, link)))
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    visited = set()
    by_depth = defaultdict(set)
    errors = []
    queue.put_nowait((0, ("", "/")))
    workers = [asyncio.create_task(worker(f"w{i}", queue, visited, by_depth, errors, 3)) for i in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)

    for depth, pages in sorted(by_depth.items()):
        print(depth, sorted(pages))
    print("errors:", errors)
    all_pages = set(SITE)
    print("unreached:", sorted(all_pages - visited), "extra:", sorted(visited - all_pages))
    sections = {url.split("/")[1] or "home" for url in visited}
    print("sections:", sorted(sections), len(sections))
    recent = deque(sorted(visited), maxlen=3)
    print("last three:", list(recent), recent.maxlen)
    lengths = list(map(len, sorted(visited)))
    long_pages = list(filter(lambda u: len(u) > 6, sorted(visited)))
    print(lengths, long_pages, max(lengths), "".join(reversed("/shop")))


asyncio.run(main())
