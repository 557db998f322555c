import asyncio

# Event - signal between tasks
event = asyncio.Event()

async def waiter():
    print("Waiting for event...")
    await event.wait()
    print("Event received!")

async def setter():
    await asyncio.sleep(2)
    event.set()

async def main():
    await asyncio.gather(waiter(), setter())

# Lock - mutual exclusion
lock = asyncio.Lock()

async def critical_section():
    async with lock:
        # Only one task can enter at a time
        print("Locked section")
        await asyncio.sleep(1)
