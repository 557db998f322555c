// Command empty is the Go baseline's startup cost: bench/run subtracts its
// time from every Go workload's.
package main

func main() {}
