# A break or continue in the else block of an inner loop belongs to the
# outer loop: the outer loop's else must not run after such a break
# (found by the program generator, seed 70007).
import asyncio


def sync(limit):
    for i in range(2, 6):
        for k in {"b": 1}:
            pass
        else:
            if i % 3 == limit:
                break
    else:
        print("sync: outer else", i)
    print("sync done", i)


async def job(limit):
    n = 0
    for i in range(2, 6):
        await asyncio.sleep(0)
        for k, v in {"b": 1}.items():
            n += v
        else:
            await asyncio.sleep(0)
            if i % 3 == limit:
                break
    else:
        print("job: outer else", i)
    while n < 10:
        n += 1
        j = 0
        while j < 2:
            j += 1
        else:
            if n % 4 == 0:
                continue
            if n == 7 + limit:
                break
        print("job: n", n)
    else:
        print("job: while else")
    print("job done", i, n)


sync(2)
sync(5)
asyncio.run(job(0))
asyncio.run(job(5))
