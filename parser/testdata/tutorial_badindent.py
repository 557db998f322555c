class AsyncConnection:
    async def __aenter__(self):
    await self.connect()
    return self

    async def __aexit__(self, exc_type, exc, tb):
    await self.disconnect()

    async def connect(self): pass
    async def disconnect(self): pass
    async def query(self, sql): pass

async def main():
    async with AsyncConnection() as conn:
        await conn.query("SELECT * FROM users")
