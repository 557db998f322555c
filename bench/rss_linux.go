package bench

import (
	"os"
	"syscall"
)

// peakRSS is the child's peak RSS from the rusage that wait4 reported for
// it; Linux counts ru_maxrss in KiB.
func peakRSS(ps *os.ProcessState) int64 {
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss * 1024
	}
	return 0
}
