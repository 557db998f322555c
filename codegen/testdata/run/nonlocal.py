# nonlocal: nested defs assigning the enclosing function's variables.
import asyncio


async def main():
    done = 0
    log = []

    async def job(n):
        nonlocal done
        await asyncio.sleep(0.01 * n)
        done += 1
        log.append(n)

    def reset():
        nonlocal done, log
        done = 0
        log = []

    await asyncio.gather(job(2), job(1), job(3))
    print(done, log)
    reset()
    print(done, log)


asyncio.run(main())
