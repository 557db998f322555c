# An enum state machine drives coroutines: a controller moves a device
# through its states, watchers wait on an asyncio.Condition for the
# state they need, and an Event marks shutdown.
import asyncio
from enum import Enum, IntEnum, auto


class State(Enum):
    IDLE = auto()
    CONNECTING = auto()
    READY = auto()
    CLOSED = auto()

    def can_send(self) -> bool:
        return self is State.READY

    def next(self) -> "State":
        order = [s for s in State]
        i = order.index(self)
        if i + 1 < len(order):
            return order[i + 1]
        return self


class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    ERROR = 40


class Device:
    def __init__(self, name: str):
        self.name = name
        self.state = State.IDLE
        self.cond = asyncio.Condition()
        self.log = []

    async def move(self, new: State) -> None:
        async with self.cond:
            print(f"{self.name}: {self.state.name} -> {new.name}")
            self.state = new
            self.cond.notify_all()

    async def wait_until(self, wanted: State) -> State:
        async with self.cond:
            while self.state != wanted:
                await self.cond.wait()
            return self.state


def emit(device: Device, level: Level, text: str) -> None:
    if level >= Level.INFO:
        device.log.append(f"[{level.name}:{level}] {text}")


async def controller(device: Device, done: asyncio.Event) -> None:
    state = device.state
    while state is not State.CLOSED:
        await asyncio.sleep(0.01)
        state = state.next()
        await device.move(state)
        emit(device, Level.DEBUG, f"moved to {state}")
        emit(device, Level.INFO, f"now {state!r}")
    done.set()


async def sender(device: Device, payloads: list[str]) -> int:
    state = await device.wait_until(State.READY)
    sent = 0
    for p in payloads:
        if state.can_send():
            sent += 1
            emit(device, Level.ERROR if p == "bad" else Level.INFO, f"sent {p}")
    return sent


async def main() -> None:
    device = Device("sensor")
    done = asyncio.Event()
    counts = {State.IDLE: 0, State.READY: 0}
    for s in State:
        if s in counts:
            counts[s] += 1
    print(counts, len(State), State(3), State["CLOSED"], State.READY.value)
    results = await asyncio.gather(controller(device, done), sender(device, ["a", "bad", "c"]))
    await done.wait()
    print("sent:", results[1], "final:", device.state, repr(device.state))
    for line in device.log:
        print(line)
    print(sorted([Level.ERROR, Level.DEBUG, Level.INFO]), max(Level.DEBUG.value, Level.ERROR.value))
    print(f"{Level.INFO:>4}|{Level.ERROR + 2}|{State.IDLE:>16}|{State.IDLE!s}")
    try:
        State(9)
    except ValueError as e:
        print("ValueError:", e)
    try:
        Level["TRACE"]
    except KeyError as e:
        print("KeyError:", e)


asyncio.run(main())
