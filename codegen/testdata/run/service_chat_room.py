"""A chat room: clients send JSON messages through a queue; handlers are
classes deriving from a base Handler; protocol errors carry a code; the
room keeps per-user counters and a bounded history."""
import asyncio
import json
from collections import Counter, defaultdict
from typing import List, Optional


class ProtocolError(Exception):
    def __init__(self, code: int, detail: str):
        super().__init__(detail)
        self.code = code


class UnknownCommand(ProtocolError):
    def __init__(self, cmd: str):
        super().__init__(400, f"unknown command {cmd!r}")
        self.cmd = cmd


class User:
    def __init__(self, name: str):
        self.name = name
        self.muted = False


class Handler:
    command = "base"

    def __init__(self, room: "Room"):
        self.room = room

    def handle(self, user: User, payload: dict) -> str:
        raise NotImplementedError

    def describe(self) -> str:
        return f"{type(self).__name__}({self.command})"


class Say(Handler):
    command = "say"

    def handle(self, user: User, payload: dict) -> str:
        if user.muted:
            raise ProtocolError(403, f"{user.name} is muted")
        text = payload["text"]
        self.room.history.append(f"{user.name}: {text}")
        if len(self.room.history) > 3:
            self.room.history.pop(0)
        return "ok"


class Mute(Handler):
    command = "mute"

    def handle(self, user: User, payload: dict) -> str:
        target = self.room.user(payload["who"])
        if target is None:
            raise ProtocolError(404, f"no user {payload['who']}")
        target.muted = True
        return f"muted {target.name}"


class Room:
    def __init__(self):
        self.users = {}
        self.history: List[str] = []
        self.sent = Counter()
        self.errors = defaultdict(list)
        self.handlers = {}
        for h in [Say(self), Mute(self)]:
            self.handlers[h.command] = h

    def user(self, name: str) -> Optional[User]:
        return self.users.get(name)

    def dispatch(self, raw: str) -> str:
        msg = json.loads(raw)
        user = self.user(msg["from"])
        if user is None:
            user = User(msg["from"])
            self.users[user.name] = user
        handler = self.handlers.get(msg["cmd"])
        try:
            if handler is None:
                raise UnknownCommand(msg["cmd"])
            self.sent[user.name] += 1
            return handler.handle(user, msg)
        except ProtocolError as e:
            self.errors[e.code].append(str(e))
            return f"error {e.code}"


async def client(name: str, lines: list, inbox: asyncio.Queue):
    for cmd, arg in lines:
        await asyncio.sleep(0)
        if cmd == "say":
            await inbox.put(json.dumps({"from": name, "cmd": cmd, "text": arg}))
        else:
            await inbox.put(json.dumps({"from": name, "cmd": cmd, "who": arg}))


async def server(room: Room, inbox: asyncio.Queue, replies: list):
    while True:
        raw = await inbox.get()
        replies.append(room.dispatch(raw))
        inbox.task_done()


async def main():
    room = Room()
    inbox: asyncio.Queue = asyncio.Queue(maxsize=2)
    replies: list = []
    srv = asyncio.create_task(server(room, inbox, replies))
    await asyncio.gather(
        client("ann", [("say", "hi"), ("mute", "bob"), ("say", "bye")], inbox),
        client("bob", [("say", "yo"), ("say", "hello?"), ("dance", "")], inbox),
        client("cid", [("mute", "zed"), ("say", "quiet")], inbox),
    )
    await inbox.join()
    srv.cancel()
    print(replies)
    print(room.history)
    print(room.sent.most_common(), dict(room.errors))
    print(sorted(h.describe() for h in room.handlers.values()))
    print([u.name for u in room.users.values() if u.muted])


asyncio.run(main())
