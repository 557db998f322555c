// Command spawn is workload 1 (bench/spawn.py) as idiomatic Go: N
// goroutines that each yield once, joined with a WaitGroup.
package main

import (
	"flag"
	"fmt"
	"runtime"
	"sync"
)

func main() {
	n := flag.Int("N", 100_000, "tasks")
	flag.Parse()
	results := make([]int, *n)
	var wg sync.WaitGroup
	for i := range *n {
		wg.Go(func() {
			runtime.Gosched() // the counterpart of sleep(0)
			results[i] = i
		})
	}
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println(len(results), sum)
}
