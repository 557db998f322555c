import asyncio

# A session table cleaned by a reaper task: del of dict keys, list items
# and slices, list(range(...)).


async def reaper(sessions: dict, expired: list, lock: asyncio.Lock) -> None:
    for _ in range(3):
        await asyncio.sleep(0.01)
        async with lock:
            while expired:
                key = expired.pop(0)
                if key in sessions:
                    del sessions[key]
                    print("reaped", key)


async def main():
    sessions = {"s1": 10, "s2": 20, "s3": 30, "s4": 40}
    expired = ["s2", "s9"]
    lock = asyncio.Lock()
    task = asyncio.create_task(reaper(sessions, expired, lock))
    await asyncio.sleep(0.015)
    async with lock:
        expired.append("s4")
    await task
    print(sessions)
    window = list(range(12))
    del window[0]
    del window[-1], window[2:4]
    print(window)
    del window[::3]
    print(window)
    del window[5:1:-2]
    print(window, list(range(10, 0, -3)), list(range(3, 6)), sorted(range(4), reverse=True))
    del window[:]
    print(window, len(window))
    n = 1
    nums = [5, 6, 7]
    del nums[n]
    print(nums)
    try:
        del nums[5]
    except IndexError as err:
        print("IndexError:", err)
    try:
        print(list(range(1, 5, 0)))
    except ValueError as err:
        print("ValueError:", err)
    del sessions["missing"]


asyncio.run(main())
