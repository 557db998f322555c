# What export_test.go's Go driver does, in Python: the expected output.
import asyncio

import flow

print(asyncio.run(flow.fetch("go", 0.01)))
print(asyncio.run(flow.fetch_all(["a", "b", "c"])))
print(flow.double(21))
try:
    flow.ratio(1, 0)
except ZeroDivisionError as e:
    print("error:", repr(e))


async def cancelled():
    task = asyncio.create_task(flow.wait_forever())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled")


asyncio.run(cancelled())
