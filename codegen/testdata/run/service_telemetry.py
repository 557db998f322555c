"""Telemetry: sensors push readings into a queue, an aggregator keeps the
last readings per sensor, computes averages with math.fsum, raises alerts
with an IntEnum severity, and emits a JSON report."""
import asyncio
import json
import math
from collections import defaultdict
from dataclasses import dataclass
from enum import IntEnum
from typing import Dict, List


class Severity(IntEnum):
    INFO = 1
    WARNING = 2
    CRITICAL = 3


@dataclass(frozen=True)
class Reading:
    sensor: str
    seq: int
    value: float


@dataclass
class Alert:
    sensor: str
    severity: Severity
    message: str


async def sensor(name: str, values: List[float], q: asyncio.Queue):
    for seq, v in enumerate(values):
        await q.put(Reading(name, seq, v))
        await asyncio.sleep(0)


class Aggregator:
    def __init__(self, window: int):
        self.window = window
        self.readings: Dict[str, List[float]] = defaultdict(list)
        self.alerts: List[Alert] = []

    def add(self, r: Reading):
        series = self.readings[r.sensor]
        series.append(r.value)
        if len(series) > self.window:
            series.pop(0)
        avg = self.average(r.sensor)
        if r.value > 2 * avg:
            self.alerts.append(Alert(r.sensor, Severity.CRITICAL, f"spike {r.value} at #{r.seq}"))
        elif r.value > 1.5 * avg:
            self.alerts.append(Alert(r.sensor, Severity.WARNING, f"high {r.value} at #{r.seq}"))

    def average(self, name: str) -> float:
        series = self.readings[name]
        return math.fsum(series) / len(series)


async def main():
    q: asyncio.Queue = asyncio.Queue()
    agg = Aggregator(window=3)
    await asyncio.gather(
        sensor("temp", [20.0, 21.5, 22.0, 45.0, 21.0], q),
        sensor("hum", [0.4, 0.45, 0.5, 0.8, 0.5], q),
    )
    while not q.empty():
        agg.add(q.get_nowait())
    worst = max(agg.alerts, key=lambda a: a.severity)
    print(worst)
    for a in sorted(agg.alerts, key=lambda a: (Severity.CRITICAL - a.severity, a.sensor)):
        print(a.severity.name, a.severity >= Severity.WARNING, a.sensor, a.message)
    report = {name: round(agg.average(name), 3) for name in sorted(agg.readings)}
    print(json.dumps(report, indent=2))


asyncio.run(main())
