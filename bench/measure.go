package bench

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"time"
)

// A Result is one run of one program.
type Result struct {
	Wall time.Duration // process start to exit, as the harness sees it
	CPU  time.Duration // user plus system time of the process
	RSS  int64         // peak resident set size in bytes, 0 if unknown
	Out  string        // stdout: the checksum
}

// Exec runs a program once with extra environment variables. A program
// that fails is an error carrying the end of its stderr.
func Exec(argv []string, env []string) (Result, error) {
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		msg := stderr.Bytes()
		if len(msg) > 2000 {
			msg = msg[len(msg)-2000:]
		}
		return Result{}, fmt.Errorf("%s: %v\n%s", filepath.Base(argv[0]), err, msg)
	}
	ps := cmd.ProcessState
	return Result{
		Wall: wall,
		CPU:  ps.UserTime() + ps.SystemTime(),
		RSS:  peakRSS(ps),
		Out:  string(bytes.TrimSpace(stdout.Bytes())),
	}, nil
}

// Median returns the median of xs (the lower middle one for an even count,
// so that it is always a measured value).
func Median[T int64 | time.Duration](xs []T) T {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[(len(s)-1)/2]
}
