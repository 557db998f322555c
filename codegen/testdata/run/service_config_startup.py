"""A config loader: layered JSON documents are merged with dict |,
validated into a dataclass (missing keys raise ConfigError with the key),
and services start in dependency order with an Event per service."""
import asyncio
import json
from dataclasses import dataclass, field
from typing import Dict, List

DEFAULTS = json.dumps({"workers": 2, "debug": False, "services": ["db", "cache", "api"]})
OVERRIDES = json.dumps({"workers": 4, "name": "prod"})


class ConfigError(Exception):
    def __init__(self, key: str):
        super().__init__(f"missing config key {key!r}")
        self.key = key


@dataclass
class Config:
    name: str
    workers: int
    debug: bool
    services: List[str] = field(default_factory=list)


def load(docs: List[str]) -> Config:
    merged: Dict[str, object] = {}
    for doc in docs:
        merged = merged | json.loads(doc)
    for key in ["name", "workers", "debug", "services"]:
        if key not in merged:
            raise ConfigError(key)
    return Config(merged["name"], merged["workers"], merged["debug"], merged["services"])


DEPENDS = {"db": [], "cache": ["db"], "api": ["db", "cache"]}


async def start(name: str, ready: Dict[str, asyncio.Event], log: List[str]):
    for dep in DEPENDS[name]:
        await ready[dep].wait()
    await asyncio.sleep(0)
    log.append(f"{name} up after {DEPENDS[name]}")
    ready[name].set()


async def main():
    try:
        load([DEFAULTS])
    except ConfigError as e:
        print("defaults alone:", e, e.key)
    cfg = load([DEFAULTS, OVERRIDES])
    print(cfg)
    ready = {s: asyncio.Event() for s in cfg.services}
    log: List[str] = []
    await asyncio.gather(*(start(s, ready, log) for s in cfg.services[::-1]))
    print(log)
    print(all(e.is_set() for e in ready.values()), cfg.workers * 2)


asyncio.run(main())
