import asyncio
import json
from enum import Enum
from typing import Optional


class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    DONE = "done"


class Node:
    def __init__(self, name: str, parent: Optional["Node"] = None):
        self.name = name
        self.parent = parent
        self.children = []
        self.state = State.IDLE

    def path(self) -> str:
        if self.parent is None:
            return self.name
        return self.parent.path() + "/" + self.name


class Tracker:
    def __init__(self):
        self.cond = asyncio.Condition()
        self.finished = 0

    async def finish(self, node: Node):
        async with self.cond:
            node.state = State.DONE
            self.finished += 1
            self.cond.notify_all()

    async def wait_for(self, n: int):
        async with self.cond:
            await self.cond.wait_for(lambda: self.finished >= n)


async def run_node(node: Node, tracker: Tracker, log: list):
    node.state = State.RUNNING
    msg = json.dumps({"node": node.path(), "state": node.state.value})
    log.append(msg)
    await asyncio.sleep(0)
    await tracker.finish(node)


async def main():
    root = Node("root")
    a = Node("a", root)
    b = Node("b", a)
    nodes = [root, a, b]
    tracker = Tracker()
    log = []
    tasks = [asyncio.create_task(run_node(n, tracker, log)) for n in nodes]
    await tracker.wait_for(len(nodes))
    await asyncio.gather(*tasks)
    for line in log:
        data = json.loads(line)
        print(data["node"], data["state"])
    print([n.state.name for n in nodes])
    print(b.path(), b.parent.name if b.parent else None)


asyncio.run(main())
