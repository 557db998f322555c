// Command events is workload 4 (bench/events.py) as idiomatic Go: N
// ping-pong round trips between two goroutines over two unbuffered
// channels.
package main

import (
	"flag"
	"fmt"
)

func main() {
	n := flag.Int("N", 100_000, "round trips")
	flag.Parse()
	ping, pong := make(chan struct{}), make(chan struct{})
	got := make(chan int)
	go func() {
		count := 0
		for range *n {
			<-ping
			count++
			pong <- struct{}{}
		}
		got <- count
	}()
	trips := 0
	for range *n {
		ping <- struct{}{}
		<-pong
		trips++
	}
	fmt.Println(trips, <-got)
}
