# os.getenv and os.environ: a service reads its configuration from the
# environment with defaults (the AIOGO_TEST_ names are never set), sets
# and removes variables of its own, and fails on a required one that is
# missing: an uncaught KeyError.
import asyncio
import os
from os import environ, getenv

WORKERS = int(os.getenv("AIOGO_TEST_WORKERS", "3"))
MODE = getenv("AIOGO_TEST_MODE", default="batch")
TIMEOUT = float(os.environ.get("AIOGO_TEST_TIMEOUT", "0.5"))


async def worker(n: int, q: asyncio.Queue) -> None:
    while True:
        job = await q.get()
        print(f"worker {n} ({MODE}) runs {job}")
        await asyncio.sleep(0.01)
        q.task_done()


async def main() -> None:
    print("config:", WORKERS, MODE, TIMEOUT, os.getenv("AIOGO_TEST_UNSET"))
    print("PATH" in os.environ, "AIOGO_TEST_UNSET" in environ, os.getenv("PATH") == environ["PATH"])
    print(isinstance(os.environ, dict), type(os.environ).__name__, repr(os.environ)[:9])
    q: asyncio.Queue = asyncio.Queue()
    for job in ["a", "b", "c", "d"]:
        q.put_nowait(job)
    tasks = [asyncio.create_task(worker(i, q)) for i in range(WORKERS)]
    await asyncio.wait_for(q.join(), TIMEOUT)
    for t in tasks:
        t.cancel()

    os.environ["AIOGO_TEST_SET_HERE"] = MODE.upper()
    print(os.getenv("AIOGO_TEST_SET_HERE"), environ.setdefault("AIOGO_TEST_SET_HERE", "x"))
    snapshot = os.environ.copy()
    print(type(snapshot).__name__, snapshot == os.environ, dict(os.environ) == os.environ)
    print(os.environ.pop("AIOGO_TEST_SET_HERE"), os.getenv("AIOGO_TEST_SET_HERE", 0), len(snapshot) - len(os.environ))
    try:
        print(os.environ["AIOGO_TEST_UNSET"])
    except KeyError as e:
        print("missing", e)
    token = os.environ["AIOGO_TEST_TOKEN"]
    print("not reached", token)


asyncio.run(main())
