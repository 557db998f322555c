package aio_test

import (
	"fmt"

	"github.com/aiogo-dev/aiogo/runtime/aio"
)

// The Go that aiogo emits for
//
//	async def work(name, delay):
//	    await asyncio.sleep(delay)
//	    return name + "!"
//
//	async def main():
//	    t = asyncio.create_task(work("b", 0.2))
//	    print(await asyncio.gather(work("a", 0.3), t))
func ExampleRun() {
	work := func(name string, delay float64) aio.Coro[string] {
		return func(t *aio.Task) string {
			aio.Sleep(t, delay)
			return name + "!"
		}
	}
	aio.RunWith(aio.Options{VirtualTime: true}, func(t *aio.Task) struct{} {
		b := aio.CreateTask(t, work("b", 0.2))
		fmt.Println(aio.Gather(t, work("a", 0.3), b).Items)
		return struct{}{}
	})
	// Output: [a! b!]
}
