# Sensors push readings (typing.NamedTuple) through a queue; an
# aggregator keeps per-sensor windows, recalibrates readings with
# _replace, raises alerts that order as tuples in a PriorityQueue (ties
# broken by the alert itself), and reports them sorted.
import asyncio
from typing import NamedTuple


class Reading(NamedTuple):
    sensor: str
    seq: int
    celsius: float


class Alert(NamedTuple):
    severity: int
    sensor: str
    message: str


OFFSETS = {"roof": -0.5, "cellar": 1.25}


async def sensor(name: str, values: list[float], q: asyncio.Queue) -> None:
    for i, v in enumerate(values):
        await asyncio.sleep(0.001 * (len(name) % 3 + 1))
        await q.put(Reading(name, i, v))
    await q.put(Reading(name, -1, 0.0))


async def aggregate(q: asyncio.Queue, n_sensors: int, alerts: asyncio.PriorityQueue) -> dict[str, list[Reading]]:
    windows: dict[str, list[Reading]] = {}
    finished = 0
    while finished < n_sensors:
        r = await q.get()
        if r.seq < 0:
            finished += 1
            continue
        fixed = r._replace(celsius=r.celsius + OFFSETS.get(r.sensor, 0.0))
        window = windows.setdefault(fixed.sensor, [])
        window.append(fixed)
        if len(window) > 3:
            window.pop(0)
        avg = sum(x.celsius for x in window) / len(window)
        if fixed.celsius > 30:
            await alerts.put((1, Alert(1, fixed.sensor, f"hot {fixed.celsius:.2f}")))
        elif abs(fixed.celsius - avg) > 4:
            await alerts.put((2, Alert(2, fixed.sensor, f"jump to {fixed.celsius:.2f} (avg {avg:.2f})")))
    return windows


async def main() -> None:
    q: asyncio.Queue = asyncio.Queue()
    alerts: asyncio.PriorityQueue = asyncio.PriorityQueue()
    feeds = {
        "roof": [20.0, 21.5, 31.0, 22.0, 35.5],
        "cellar": [12.0, 12.5, 19.0, 12.0],
        "lab": [22.0, 22.0, 22.5],
    }
    tasks = [asyncio.create_task(sensor(n, v, q)) for n, v in feeds.items()]
    windows = await aggregate(q, len(feeds), alerts)
    await asyncio.gather(*tasks)
    for name in sorted(windows):
        w = windows[name]
        print(name, [r.celsius for r in w], max(w).seq, w[-1] > w[0])
    while not alerts.empty():
        prio, alert = alerts.get_nowait()
        severity, where, text = alert
        print(prio, where, text, alert == (severity, where, text))
    latest = [w[-1] for w in windows.values()]
    print(sorted(latest, key=lambda r: r.celsius))
    print(min(latest)._asdict())


asyncio.run(main())
