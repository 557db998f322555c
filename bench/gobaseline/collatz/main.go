// Command collatz is workload 6 (bench/collatz.py) as idiomatic Go: TASKS
// goroutines share the numbers 1..TOTAL and sum their collatz step counts.
// Plain loops with no yields: goroutines are preempted anyway, and with
// GOMAXPROCS > 1 they run in parallel, which a single event loop cannot.
package main

import (
	"flag"
	"fmt"
	"sync"
)

func main() {
	tasks := flag.Int("TASKS", 100, "goroutines")
	total := flag.Int("TOTAL", 200_000, "numbers")
	flag.Parse()
	per := *total / *tasks
	results := make([]int, *tasks)
	var wg sync.WaitGroup
	for k := range *tasks {
		wg.Go(func() {
			steps := 0
			for i := k*per + 1; i <= (k+1)*per; i++ {
				for x := i; x != 1; steps++ {
					if x%2 == 0 {
						x /= 2
					} else {
						x = 3*x + 1
					}
				}
			}
			results[k] = steps
		})
	}
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println(sum)
}
