# call_soon / call_later / call_at order, handle cancellation, the explicit
# loop API (new_event_loop, run_until_complete, close).
import asyncio

def main_sync():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    order = []
    loop.call_soon(order.append, "soon1")
    h = loop.call_soon(order.append, "cancelled")
    loop.call_later(0.02, order.append, "later 0.02")
    loop.call_later(0.01, order.append, "later 0.01")
    loop.call_at(loop.time() + 0.01, order.append, "at +0.01")
    loop.call_soon(order.append, "soon2")
    h.cancel()
    async def coro():
        order.append("task step")
        await asyncio.sleep(0.03)
        return "result"
    print(loop.run_until_complete(coro()))
    print(order)
    print("running:", loop.is_running(), "closed:", loop.is_closed())
    loop.close()
    print("closed:", loop.is_closed())

main_sync()
