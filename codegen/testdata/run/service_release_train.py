# A release train: services announce builds with semantic versions; a
# coordinator keeps the newest build of each service, upgrades in
# priority order through a PriorityQueue of plain-class requests ordered
# by their own __lt__, and refuses downgrades by comparing versions.
import asyncio


class SemVer:
    def __init__(self, text: str) -> None:
        parts = text.split(".")
        self.major = int(parts[0])
        self.minor = int(parts[1])
        self.patch = int(parts[2])

    def key(self) -> tuple[int, int, int]:
        return (self.major, self.minor, self.patch)

    def __eq__(self, other):
        if not isinstance(other, SemVer):
            return NotImplemented
        return self.key() == other.key()

    def __lt__(self, other):
        if not isinstance(other, SemVer):
            return NotImplemented
        return self.key() < other.key()

    def __le__(self, other):
        if not isinstance(other, SemVer):
            return NotImplemented
        return self.key() <= other.key()

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


class Upgrade:
    def __init__(self, urgency: int, service: str, version: SemVer) -> None:
        self.urgency = urgency
        self.service = service
        self.version = version

    def __lt__(self, other: "Upgrade") -> bool:
        if self.urgency != other.urgency:
            return self.urgency > other.urgency
        return self.service < other.service


class Coordinator:
    def __init__(self) -> None:
        self.running: dict[str, SemVer] = {}
        self.queue: asyncio.PriorityQueue = asyncio.PriorityQueue()
        self.log: list[str] = []

    async def announce(self, service: str, text: str, urgency: int) -> None:
        await asyncio.sleep(0.05 * len(service))  # steps far apart: CPython runs on a real clock
        version = SemVer(text)
        current = self.running.get(service)
        if current is not None and version <= current:
            self.log.append(f"skip {service} {version} (running {current})")
            return
        await self.queue.put(Upgrade(urgency, service, version))

    async def deploy(self, name: str) -> None:
        while True:
            up = await self.queue.get()
            await asyncio.sleep(0.01)
            old = self.running.get(up.service)
            self.running[up.service] = up.version
            arrow = "new" if old is None else f"{old} -> {up.version}"
            self.log.append(f"{name}: {up.service} {arrow} (urgency {up.urgency})")
            self.queue.task_done()


async def main() -> None:
    c = Coordinator()
    c.running["auth"] = SemVer("2.3.1")
    deployers = [asyncio.create_task(c.deploy(f"d{i}")) for i in range(2)]
    await asyncio.gather(
        c.announce("auth", "2.3.1", 5),
        c.announce("auth", "2.4.0", 3),
        c.announce("api", "1.0.0", 1),
        c.announce("billing", "0.9.12", 9),
        c.announce("api", "0.9.0", 1),
    )
    await c.queue.join()
    for d in deployers:
        d.cancel()
    for line in c.log:
        print(line)
    versions = sorted(c.running.values())
    print("oldest", versions[0], "newest", versions[-1])
    print("all at least 1.0.0:", all(SemVer("1.0.0") <= v for v in versions))
    print(SemVer("1.2.3") == SemVer("1.2.3"), SemVer("1.2.3") != SemVer("1.2.4"), SemVer("1.0.0") > SemVer("0.9.9"))
    try:
        print(SemVer("1.0.0") >= SemVer("1.0.0"))
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
