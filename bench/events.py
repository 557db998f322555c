# Workload 4: N ping-pong round trips between the main task and a ponger
# task over two Events. Prints the round trips counted on each side.
import asyncio

N = 100_000


async def ponger(ping, pong):
    count = 0
    for _ in range(N):
        await ping.wait()
        ping.clear()
        count += 1
        pong.set()
    return count


async def main():
    ping = asyncio.Event()
    pong = asyncio.Event()
    t = asyncio.create_task(ponger(ping, pong))
    trips = 0
    for _ in range(N):
        ping.set()
        await pong.wait()
        pong.clear()
        trips += 1
    got = await t
    print(trips, got)


asyncio.run(main())
