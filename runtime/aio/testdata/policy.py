# get_event_loop outside a coroutine hands out one current loop until
# set_event_loop replaces it; inside a coroutine it is the running loop.
import asyncio
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


async def which(loop):
    print("running loop is the current one:", asyncio.get_running_loop() is loop)
    print("get_event_loop inside:", asyncio.get_event_loop() is loop)
    return "ok"


first = asyncio.get_event_loop()
print("same loop twice:", asyncio.get_event_loop() is first)
print(first.run_until_complete(which(first)))
other = asyncio.new_event_loop()
asyncio.set_event_loop(other)
print("replaced:", asyncio.get_event_loop() is other, asyncio.get_event_loop() is first)
print(other.run_until_complete(which(other)))
first.close()
other.close()
