# Cancelling the future of a job still queued in a ThreadPoolExecutor
# cancels the job: it never runs. The pool's future learns of the
# cancellation through a done-callback, one loop iteration later; a job
# already running runs to its end.
import asyncio
import concurrent.futures
import threading

started = threading.Event()
release = threading.Event()
ran = []


def blocker():
    started.set()
    release.wait()
    ran.append("blocker")
    return "blocker done"


def queued():
    ran.append("queued")
    return "queued done"


async def main():
    loop = asyncio.get_running_loop()
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    running = loop.run_in_executor(pool, blocker)
    waiting = loop.run_in_executor(pool, queued)
    print("cancel queued job:", waiting.cancel())
    await asyncio.sleep(0)
    started.wait()
    print("cancel running job:", running.cancel())
    await asyncio.sleep(0)
    release.set()
    try:
        await waiting
    except asyncio.CancelledError:
        print("queued job cancelled")
    try:
        await running
    except asyncio.CancelledError:
        print("running job's future cancelled")
    pool.shutdown(wait=True)
    print("ran:", ran)


asyncio.run(main())
