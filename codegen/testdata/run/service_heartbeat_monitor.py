"""A heartbeat monitor: nodes send heartbeats on their own schedule, a
monitor marks a node suspect after a missed beat and dead after two, using
an Enum of health states and a per-node dataclass, with timeouts from
asyncio.timeout."""
import asyncio
from dataclasses import dataclass
from enum import Enum
from typing import Dict, List


class Health(Enum):
    ALIVE = 1
    SUSPECT = 2
    DEAD = 3


@dataclass
class NodeInfo:
    name: str
    beats: int = 0
    missed: int = 0
    health: Health = Health.ALIVE


async def node(name: str, period: float, count: int, inbox: asyncio.Queue):
    for _ in range(count):
        await asyncio.sleep(period)
        await inbox.put(name)


async def monitor(nodes: Dict[str, NodeInfo], inbox: asyncio.Queue, rounds: int, log: List[str]):
    for rnd in range(rounds):
        heard: List[str] = []
        try:
            async with asyncio.timeout(0.3):
                while len(heard) < len(nodes):
                    name = await inbox.get()
                    if name not in heard:
                        heard.append(name)
        except TimeoutError:
            pass
        for info in nodes.values():
            if info.name in heard:
                info.beats += 1
                info.missed = 0
                info.health = Health.ALIVE
            elif info.health is not Health.DEAD:
                info.missed += 1
                info.health = Health.SUSPECT if info.missed == 1 else Health.DEAD
                log.append(f"round {rnd}: {info.name} {info.health.name.lower()}")


async def main():
    nodes = {n: NodeInfo(n) for n in ["a", "b", "c"]}
    inbox: asyncio.Queue = asyncio.Queue()
    log: List[str] = []
    senders = [
        asyncio.create_task(node("a", 0.12, 4, inbox)),
        asyncio.create_task(node("b", 0.12, 1, inbox)),
        asyncio.create_task(node("c", 0.39, 2, inbox)),
    ]
    await monitor(nodes, inbox, 4, log)
    await asyncio.gather(*senders)
    print("\n".join(log))
    for info in nodes.values():
        print(info)


asyncio.run(main())
