import asyncio
import json


async def reader(lines: list[str], out: asyncio.Queue) -> None:
    for line in lines:
        await out.put(json.loads(line))
        await asyncio.sleep(0.01)


async def main():
    q: asyncio.Queue = asyncio.Queue()
    lines = ['{"seq": 1, "ok": true}', '{"seq": 2, "ok": false}', '{"seq": 3, "ok": tru}']
    task = asyncio.create_task(reader(lines, q))
    for _ in range(2):
        msg = await q.get()
        print("got", msg["seq"], msg["ok"], json.dumps(msg, sort_keys=True))
    await task


asyncio.run(main())
