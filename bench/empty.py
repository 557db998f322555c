# The baseline: starting the runtime and running an empty main. bench/run
# subtracts its time from every workload's.
import asyncio


async def main():
    pass


asyncio.run(main())
