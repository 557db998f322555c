# Workload 7: N tasks suspended at once. Every task waits on one Event;
# main's sleep(0) lets each of them run up to that wait, so at the moment
# the event is set all N are suspended; bench/run reports the peak RSS.
# Prints the number of results and their sum.
import asyncio

N = 100_000


async def waiter(ev, i):
    await ev.wait()
    return i


async def main():
    ev = asyncio.Event()
    tasks = []
    for i in range(N):
        tasks.append(asyncio.create_task(waiter(ev, i)))
    await asyncio.sleep(0)
    ev.set()
    results = await asyncio.gather(*tasks)
    print(len(results), sum(results))


asyncio.run(main())
