package py

import (
	"bufio"
	"os"
	"strings"
	"sync"
)

// NoneType is the type of None. Functions that return nothing in Python
// return NoneType in generated code so that `x = f()` still type-checks.
type NoneType struct{}

// None is Python's None.
var None NoneType

// PyRepr returns "None".
func (NoneType) PyRepr() string { return "None" }

// stdout is the process-wide buffered standard output. CPython block-buffers
// stdout when it is not a terminal and line-buffers it on a terminal; aiogo
// does the same. Several event loops may print from different goroutines
// (library mode), so every write holds mu.
var stdout struct {
	mu       sync.Mutex
	w        *bufio.Writer
	lineMode bool
}

func init() {
	stdout.w = bufio.NewWriterSize(os.Stdout, 64<<10)
	if fi, err := os.Stdout.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
		stdout.lineMode = true
	}
}

// bufPool recycles the scratch buffers a print call renders into, so the
// lock is held only for the copy and a user __str__ that prints cannot
// deadlock.
var bufPool = sync.Pool{New: func() any { b := make([]byte, 0, 256); return &b }}

// Print is print(*args): arguments by str, separated by a space, ending
// with a newline.
func Print(args ...any) { PrintSepEnd(" ", "\n", args...) }

// PrintSepEnd is print(*args, sep=sep, end=end).
func PrintSepEnd(sep, end string, args ...any) {
	bp := bufPool.Get().(*[]byte)
	b := (*bp)[:0]
	for i, a := range args {
		if i > 0 {
			b = append(b, sep...)
		}
		b = appendStr(b, a)
	}
	b = append(b, end...)
	write(b)
	if cap(b) <= 64<<10 {
		*bp = b
		bufPool.Put(bp)
	}
}

func write(b []byte) {
	stdout.mu.Lock()
	stdout.w.Write(b)
	if stdout.lineMode && strings.IndexByte(string(b), '\n') >= 0 {
		stdout.w.Flush()
	}
	stdout.mu.Unlock()
}

// Flush writes out everything printed so far. Anything that writes to
// stderr calls it first so that the two streams interleave as in CPython
// (whose stderr is unbuffered).
func Flush() {
	stdout.mu.Lock()
	stdout.w.Flush()
	stdout.mu.Unlock()
}

// PrintErr is print(*args, sep=sep, end=end, file=sys.stderr): it flushes
// stdout first, then writes unbuffered to stderr.
func PrintErr(sep, end string, args ...any) {
	var b []byte
	for i, a := range args {
		if i > 0 {
			b = append(b, sep...)
		}
		b = appendStr(b, a)
	}
	b = append(b, end...)
	Flush()
	os.Stderr.Write(b)
}

// sysArgv is sys.argv, made once.
var sysArgv struct {
	once sync.Once
	list *List[string]
}

// SysArgv is sys.argv: the script's path as given to aiogo, then the
// program's arguments.
func SysArgv(script string) *List[string] {
	sysArgv.once.Do(func() {
		sysArgv.list = NewList(append([]string{script}, os.Args[1:]...)...)
	})
	return sysArgv.list
}
