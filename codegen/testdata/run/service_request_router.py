"""A request router: routes map path patterns to async handlers,
middleware classes wrap each call (logging, auth) and call on to the
next through super(), errors become responses with a status, and the
statuses are tallied."""
import asyncio
from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, List


@dataclass
class Request:
    method: str
    path: str
    headers: Dict[str, str] = field(default_factory=dict)


@dataclass
class Response:
    status: int
    body: str


class HTTPError(Exception):
    def __init__(self, status: int, body: str):
        super().__init__(body)
        self.status = status


USERS = {"1": "ann", "2": "bob"}


async def handle(req: Request) -> Response:
    await asyncio.sleep(0)
    parts = [p for p in req.path.split("/") if p]
    if parts == ["users"] and req.method == "GET":
        return Response(200, ",".join(sorted(USERS.values())))
    if len(parts) == 2 and parts[0] == "users":
        if parts[1] not in USERS:
            raise HTTPError(404, f"no user {parts[1]}")
        if req.method == "DELETE":
            del USERS[parts[1]]
            return Response(204, "")
        return Response(200, USERS[parts[1]])
    raise HTTPError(404, f"no route {req.path}")


class App:
    def __init__(self, log: List[str]):
        self.log = log

    async def call(self, req: Request) -> Response:
        try:
            return await handle(req)
        except HTTPError as e:
            return Response(e.status, str(e))


class Logged(App):
    async def call(self, req: Request) -> Response:
        resp = await super().call(req)
        self.log.append(f"{req.method} {req.path} -> {resp.status}")
        return resp


class Authed(Logged):
    async def call(self, req: Request) -> Response:
        if req.method != "GET" and req.headers.get("token") != "s3cret":
            self.log.append(f"{req.method} {req.path} -> 401")
            return Response(401, "unauthorized")
        return await super().call(req)


async def main():
    log: List[str] = []
    app = Authed(log)
    requests = [
        Request("GET", "/users"),
        Request("GET", "/users/2"),
        Request("DELETE", "/users/2"),
        Request("DELETE", "/users/2", {"token": "s3cret"}),
        Request("GET", "/users/2"),
        Request("GET", "/nope"),
    ]
    responses = await asyncio.gather(*(app.call(r) for r in requests))
    for r in responses:
        print(r)
    print("\n".join(log))
    print(Counter(r.status for r in responses).most_common())


asyncio.run(main())
