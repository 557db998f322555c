// Package bench measures aiogo against CPython 3.11 and hand-written Go on
// the workloads of issue 3 (DESIGN.md section 8). Each workload is one
// asyncio program, bench/<script>.py, that CPython runs as is and aiogo
// compiles; bench/gobaseline/<script> is the same work as idiomatic Go, the
// practical limit. All three print the same small checksum, so a run also
// checks that they agree. Command bench/cmd/benchrun (behind bench/run)
// prints the table; the test here is a quick smoke check of the checksums.
package bench

import (
	"fmt"
	"regexp"
	"strings"
)

// A Workload is one row of the table.
type Workload struct {
	Name string
	// Script names the program bench/<Script>.py, its Go baseline
	// bench/gobaseline/<Script> and, should aiogo not compile it, its
	// hand-written stand-in bench/handwritten/<Script>.
	Script string
	// Set overrides module-level constants of the program for this row
	// (the three queue rows share one program).
	Set map[string]string
	// Quick overrides constants in quick mode: sizes small enough for a
	// smoke test, same code paths.
	Quick map[string]string
	// Memory rows report peak RSS instead of time.
	Memory bool
}

// Workloads are the rows of issue 3, in its order.
var Workloads = []Workload{
	{Name: "spawn", Script: "spawn", Quick: map[string]string{"N": "2_000"}},
	{Name: "queue0", Script: "queue", Set: map[string]string{"MAXSIZE": "0"}, Quick: map[string]string{"N": "20_000"}},
	{Name: "queue1", Script: "queue", Set: map[string]string{"MAXSIZE": "1"}, Quick: map[string]string{"N": "20_000"}},
	{Name: "queue100", Script: "queue", Set: map[string]string{"MAXSIZE": "100"}, Quick: map[string]string{"N": "20_000"}},
	{Name: "lock", Script: "lock", Quick: map[string]string{"TASKS": "100", "TURNS": "10"}},
	{Name: "events", Script: "events", Quick: map[string]string{"N": "5_000"}},
	{Name: "timers", Script: "timers", Quick: map[string]string{"TASKS": "1_000"}},
	{Name: "collatz", Script: "collatz", Quick: map[string]string{"TOTAL": "20_000"}},
	{Name: "memory", Script: "memory", Quick: map[string]string{"N": "2_000"}, Memory: true},
}

// Empty is the program whose run time, per runtime, is subtracted from
// every workload's: process start, runtime start-up and an empty main.
var Empty = Workload{Name: "empty", Script: "empty"}

// Const is a module-level constant of a workload program.
type Const struct{ Name, Value string }

// constLine matches a module-level constant such as `N = 100_000`.
var constLine = regexp.MustCompile(`(?m)^([A-Z][A-Z0-9_]*) = (.+)$`)

// Program returns the text of the workload's program with this row's
// constants (and in quick mode the quick ones) substituted, and every
// constant's final value, which the Go programs take as flags. CPython and
// aiogo run the very same text.
func (w Workload) Program(src string, quick bool) (string, []Const, error) {
	over := map[string]string{}
	for k, v := range w.Set {
		over[k] = v
	}
	if quick {
		for k, v := range w.Quick {
			over[k] = v
		}
	}
	var consts []Const
	seen := map[string]bool{}
	out := constLine.ReplaceAllStringFunc(src, func(line string) string {
		m := constLine.FindStringSubmatch(line)
		name, value := m[1], m[2]
		if v, ok := over[name]; ok {
			value = v
			line = name + " = " + v
		}
		seen[name] = true
		consts = append(consts, Const{name, value})
		return line
	})
	for k := range over {
		if !seen[k] {
			return "", nil, fmt.Errorf("%s.py: no constant %s to override", w.Script, k)
		}
	}
	return out, consts, nil
}

// flags turns constants into the Go programs' command-line flags.
func flags(consts []Const) []string {
	var args []string
	for _, c := range consts {
		args = append(args, "-"+c.Name+"="+strings.TrimSpace(c.Value))
	}
	return args
}
