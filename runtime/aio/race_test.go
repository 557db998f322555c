//go:build race

package aio

// raceEnabled scales the stress tests down: the race detector makes each
// coroutine switch about thirty times slower.
const raceEnabled = true
