// Command timers is workload 5 (bench/timers.py) as idiomatic Go: TASKS
// goroutines each sleep (i+1)*STEP seconds.
package main

import (
	"flag"
	"fmt"
	"sync"
	"time"
)

func main() {
	tasks := flag.Int("TASKS", 10_000, "goroutines")
	step := flag.Float64("STEP", 0.0000001, "delay step in seconds")
	flag.Parse()
	results := make([]int, *tasks)
	var wg sync.WaitGroup
	for i := range *tasks {
		wg.Go(func() {
			time.Sleep(time.Duration(float64(i+1) * *step * float64(time.Second)))
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
