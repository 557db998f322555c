# Messages decoded from JSON (values of type any) walked through their
# dict views: items() in loops and comprehensions, keys() and values()
# printed, measured and tested, a view kept while the dict grows, items
# set and changed in place (+=, *=), and str methods on the decoded
# strings.
import asyncio
import json


RAW = [
    '{"id": 1, "user": "Ana Lima", "tags": {"lang": "pt", "tier": "gold"}, "score": 9.5}',
    '{"id": 2, "user": "bo chen", "tags": {"lang": "zh"}, "score": 7}',
    '{"id": 3, "user": "Cy", "tags": {}, "score": null}',
]


async def consume(q: asyncio.Queue, out: list[str]) -> None:
    while True:
        msg = await q.get()
        await asyncio.sleep(0)
        tags = msg["tags"]
        labels = [f"{k}={v}" for k, v in tags.items()]
        out.append(f"{msg['id']}:{msg['user'].title()}:{','.join(labels) or '-'}")
        q.task_done()


async def main() -> None:
    q: asyncio.Queue = asyncio.Queue()
    decoded = [json.loads(r) for r in RAW]
    for m in decoded:
        q.put_nowait(m)
    out: list[str] = []
    worker = asyncio.create_task(consume(q, out))
    await q.join()
    worker.cancel()
    print(out)
    first = decoded[0]
    print(first.keys())
    print(first["tags"].items(), len(first.values()), "score" in first.keys())
    for key, value in first.items():
        print(key, type(value).__name__, value)
    keys = first.keys()
    first["seen"] = True
    first["score"] += 0.25
    first["tags"]["tier"] *= 2
    print(list(keys), ("id", 1) in first.items(), 9.75 in first.values(), first["tags"])
    scores = {m["user"].split()[0].lower(): m["score"] for m in decoded if m["score"] is not None}
    print(scores, sorted(scores.items()), sum(scores.values()))


asyncio.run(main())
