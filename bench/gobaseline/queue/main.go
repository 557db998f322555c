// Command queue is workload 2 (bench/queue.py) as idiomatic Go: a producer
// goroutine sends N items over a channel that main receives.
package main

import (
	"flag"
	"fmt"
)

func main() {
	n := flag.Int("N", 1_000_000, "items")
	maxsize := flag.Int("MAXSIZE", 0, "queue bound, 0 for unbounded")
	flag.Parse()
	// A channel is always bounded: an unbounded asyncio.Queue becomes a
	// buffer that holds every item, so the producer never blocks either.
	buffer := *maxsize
	if buffer <= 0 {
		buffer = *n
	}
	ch := make(chan int, buffer)
	go func() {
		for i := range *n {
			ch <- i
		}
	}()
	total := 0
	for range *n {
		total += <-ch
	}
	fmt.Println(*n, total)
}
