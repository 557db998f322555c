import asyncio
import json


def make_order(order_id: int, item: str, qty: int, price: float) -> dict:
    return {"type": "order", "id": order_id, "item": item, "qty": qty, "price": price}


async def producer(queue: asyncio.Queue, orders: list) -> None:
    for i, order in enumerate(orders):
        msg = make_order(i + 1, order[0], order[1], order[2])
        await queue.put(json.dumps(msg))
        await asyncio.sleep(0.01)
    await queue.put('{"type": "note", "text": "caf\\u00e9 \\u2615", "tags": ["a", "b"]}')
    await queue.put("{not json}")
    await queue.put(json.dumps({"type": "stop"}))


async def consumer(name: str, queue: asyncio.Queue) -> dict:
    totals: dict = {}
    count = 0
    while True:
        raw = await queue.get()
        try:
            msg = json.loads(raw)
        except json.JSONDecodeError as e:
            print(name, "bad message:", e)
            continue
        if msg["type"] == "stop":
            break
        if msg["type"] == "note":
            print(name, "note:", msg["text"], len(msg["tags"]), msg.get("author", "anonymous"))
            for tag in msg["tags"]:
                print(" tag", tag)
            continue
        count += 1
        cost = msg["qty"] * msg["price"]
        print(f"{name} order {msg['id']}: {msg['qty']} x {msg['item']} = {cost:.2f}")
        totals[msg["item"]] = totals.get(msg["item"], 0) + cost
    totals["orders"] = count
    return totals


async def main():
    queue: asyncio.Queue = asyncio.Queue(maxsize=2)
    orders = [("widget", 3, 2.5), ("gadget", 1, 10.0), ("widget", 2, 2.5), ("gizmo", 5, 0.1)]
    results = await asyncio.gather(producer(queue, orders), consumer("c1", queue))
    totals = results[1]
    print(totals)
    print(json.dumps(totals))
    print(json.dumps(totals, sort_keys=True, indent=2))
    print(json.dumps(totals, separators=(",", ":")))
    report = {"ok": True, "missing": None, "ratio": 1 / 3, "big": 1e21, "neg": -0.0, "ids": [1, 2, 3],
              "nested": {"k": [[], {}], "é": "ünïcode"}}
    print(json.dumps(report))
    print(json.dumps(report, ensure_ascii=False, indent="\t"))
    back = json.loads(json.dumps(report))
    print(back == report, back["nested"]["é"], back["ids"][-1], back["ratio"])
    print(json.dumps([1, "two", 3.0, None, False]), json.dumps("quote\"d"), json.dumps(12), json.dumps(None))
    print(json.dumps({1: "int key", 2.5: "float key", True: "bool key", None: "none key"}))
    print(json.loads("[1, 2.0, -3e2, true, null, \"x\"]"), json.loads(" 42 "), json.loads('"\\ud83d\\ude00"'))
    for bad in ["", "[1,]", '{"a" 1}', "[1] x", '"abc', '{"a": 1,\n "b": }']:
        try:
            json.loads(bad)
        except ValueError as e:
            print("ValueError:", e)
    try:
        json.dumps({(1, 2): "tuple key"})
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
