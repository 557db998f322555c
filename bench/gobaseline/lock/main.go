// Command lock is workload 3 (bench/lock.py) as idiomatic Go: TASKS
// goroutines each take a Mutex TURNS times and yield while holding it.
package main

import (
	"flag"
	"fmt"
	"runtime"
	"sync"
)

func main() {
	tasks := flag.Int("TASKS", 1_000, "goroutines")
	turns := flag.Int("TURNS", 100, "lock turns per goroutine")
	flag.Parse()
	var mu sync.Mutex
	counter := 0
	var wg sync.WaitGroup
	for range *tasks {
		wg.Go(func() {
			for range *turns {
				mu.Lock()
				v := counter
				runtime.Gosched() // the counterpart of sleep(0) inside the lock
				counter = v + 1
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	fmt.Println(counter)
}
