// Command memory is workload 7 (bench/memory.py) as idiomatic Go: N
// goroutines all blocked at once on one channel, released by closing it.
package main

import (
	"flag"
	"fmt"
	"sync"
)

func main() {
	n := flag.Int("N", 100_000, "goroutines")
	flag.Parse()
	start := make(chan struct{})
	results := make([]int, *n)
	var ready, done sync.WaitGroup
	ready.Add(*n)
	for i := range *n {
		done.Go(func() {
			ready.Done()
			<-start
			results[i] = i
		})
	}
	ready.Wait() // every goroutine has reached <-start (or is about to block there)
	close(start)
	done.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println(len(results), sum)
}
