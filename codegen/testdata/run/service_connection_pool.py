"""A connection pool: a bounded set of connections handed out through a
Queue, borrowers that time out waiting, connections that break and are
replaced, and a context-manager class for borrowing."""
import asyncio
from typing import List, Optional


class PoolTimeout(Exception):
    def __init__(self, who: str, waited: float):
        super().__init__(f"{who} gave up after {waited}s")
        self.who = who


class Connection:
    made = 0

    def __init__(self):
        Connection.made += 1
        self.id = Connection.made
        self.uses = 0
        self.broken = False

    def query(self, sql: str) -> str:
        self.uses += 1
        if "DROP" in sql:
            self.broken = True
            raise RuntimeError(f"conn {self.id} lost")
        return f"conn {self.id}: {sql.lower()}"


class Pool:
    def __init__(self, size: int):
        self.free: asyncio.Queue = asyncio.Queue()
        for _ in range(size):
            self.free.put_nowait(Connection())
        self.replaced = 0

    async def acquire(self, who: str, timeout: float) -> Connection:
        try:
            return await asyncio.wait_for(self.free.get(), timeout)
        except asyncio.TimeoutError:
            raise PoolTimeout(who, timeout)

    def release(self, conn: Connection):
        if conn.broken:
            self.replaced += 1
            conn = Connection()
        self.free.put_nowait(conn)


class Borrow:
    def __init__(self, pool: Pool, who: str, timeout: float):
        self.pool = pool
        self.who = who
        self.timeout = timeout
        self.conn: Optional[Connection] = None

    async def __aenter__(self) -> Connection:
        self.conn = await self.pool.acquire(self.who, self.timeout)
        return self.conn

    async def __aexit__(self, exc_type, exc, tb):
        if self.conn is not None:
            self.pool.release(self.conn)
        return False


async def client(pool: Pool, who: str, sql: List[str], hold: float, log: List[str]):
    try:
        async with Borrow(pool, who, 0.05) as conn:
            for q in sql:
                log.append(f"{who} {conn.query(q)}")
            await asyncio.sleep(hold)
    except PoolTimeout as e:
        log.append(f"timeout: {e} ({e.who})")
    except RuntimeError as e:
        log.append(f"{who} error: {e}")


async def main():
    pool = Pool(2)
    log: List[str] = []
    await asyncio.gather(
        client(pool, "a", ["SELECT 1"], 0.1, log),
        client(pool, "b", ["SELECT 2", "DROP x"], 0.0, log),
        client(pool, "c", ["SELECT 3"], 0.0, log),
        client(pool, "d", ["SELECT 4"], 0.0, log),
    )
    print("\n".join(log))
    print(pool.free.qsize(), pool.replaced, Connection.made)


asyncio.run(main())
