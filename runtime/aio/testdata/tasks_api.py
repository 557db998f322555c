# current_task, all_tasks, task names, futures and their done-callbacks.
import asyncio

async def named():
    t = asyncio.current_task()
    print("current task:", t.get_name())
    await asyncio.sleep(0)

async def amain():
    print("main is", asyncio.current_task().get_name())
    ts = [asyncio.create_task(named()) for _ in range(2)]
    print("all_tasks:", len(asyncio.all_tasks()))
    await asyncio.gather(*ts)
    print("all_tasks after:", len(asyncio.all_tasks()))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 42)
    print("future ->", await fut)
    fut2 = loop.create_future()
    fut2.add_done_callback(lambda f: print("callback 1 sees", f.result()))
    fut2.add_done_callback(lambda f: print("callback 2 sees", f.result()))
    fut2.set_result("x")
    print("set_result returned")
    await asyncio.sleep(0)
    print("after one iteration")

asyncio.run(amain())
