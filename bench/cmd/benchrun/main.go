// Command benchrun prints the benchmark table of issue 3: every workload
// run as the aiogo-compiled program, under CPython and as hand-written Go,
// one line per workload and then the worst ratios. bench/run calls it;
// see bench/README.md for the method.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/aiogo-dev/aiogo/bench"
)

func main() {
	var (
		only       = flag.String("w", "", "comma-separated workloads to run (row or program names, e.g. spawn,queue); default all")
		reps       = flag.Int("n", 3, "runs of each program; the table shows the median")
		quick      = flag.Bool("quick", false, "small sizes: a smoke test, the figures mean nothing")
		python     = flag.String("python", "python3", `CPython interpreter; "" leaves the CPython column out`)
		gomaxprocs = flag.Int("gomaxprocs", 0, "GOMAXPROCS for the aiogo and Go programs (0: Go's default, every core)")
		verbose    = flag.Bool("v", false, "print every run on stderr")
		keep       = flag.Bool("keep", false, "keep the build folder (bench/.build-*) for profiling")
		cpu        = flag.Bool("cpu", false, "report user+system CPU time instead of wall time (steadier on a loaded machine)")
	)
	flag.Parse()
	if *reps < 1 {
		fail("-n must be at least 1")
	}
	ws, err := selectWorkloads(*only)
	if err != nil {
		fail(err.Error())
	}
	root, err := bench.ModuleRoot()
	if err != nil {
		fail(err.Error())
	}
	if *python != "" {
		if _, err := exec.LookPath(*python); err != nil {
			fmt.Fprintf(os.Stderr, "benchrun: %s not found, leaving CPython out\n", *python)
			*python = ""
		}
	}
	work, err := os.MkdirTemp(root+"/bench", ".build-")
	if err != nil {
		fail(err.Error())
	}
	if *keep {
		fmt.Fprintln(os.Stderr, "benchrun: programs kept in", work)
	} else {
		defer os.RemoveAll(work)
	}
	built, err := bench.Build(bench.Config{Root: root, Work: work, Quick: *quick, Python: *python}, append([]bench.Workload{bench.Empty}, ws...))
	if err != nil {
		os.RemoveAll(work)
		fail(err.Error())
	}
	var env [3][]string
	if *gomaxprocs > 0 {
		p := fmt.Sprintf("GOMAXPROCS=%d", *gomaxprocs)
		env[bench.Aiogo], env[bench.Go] = []string{p}, []string{p}
	}
	m := measurer{reps: *reps, env: env, verbose: *verbose, cpu: *cpu}

	// The empty program's median is each runtime's start-up cost.
	empty := m.measure(built[0], max(*reps, 5))
	for _, way := range bench.Ways {
		if empty.err[way] != nil {
			fmt.Fprintf(os.Stderr, "benchrun: empty program, %s: %v\n", way, empty.err[way])
		}
	}
	header(*python, *reps, *gomaxprocs, *quick, *cpu, empty)
	failed := false
	var worst [2]float64
	for _, b := range built[1:] {
		row := m.measure(b, *reps)
		for _, way := range bench.Ways {
			if row.err[way] != nil {
				failed = true
				fmt.Fprintf(os.Stderr, "benchrun: %s, %s: %v\n", b.Name, way, row.err[way])
			}
		}
		if row.mismatch != "" {
			failed = true
			fmt.Fprintf(os.Stderr, "benchrun: %s: checksums differ:\n%s", b.Name, row.mismatch)
		}
		r := printRow(b, row, empty)
		if !b.Memory && r[0] > 0 && r[1] > 0 {
			if worst[0] == 0 || r[0] < worst[0] {
				worst[0] = r[0]
			}
			worst[1] = max(worst[1], r[1])
		}
	}
	fmt.Printf("worst: cpython/aiogo=%.1f aiogo/go=%.2f\n", worst[0], worst[1])
	if failed {
		os.Exit(1)
	}
}

// selectWorkloads picks the rows named on the command line.
func selectWorkloads(only string) ([]bench.Workload, error) {
	if only == "" {
		return bench.Workloads, nil
	}
	var ws []bench.Workload
	for _, name := range strings.Split(only, ",") {
		n := len(ws)
		for _, w := range bench.Workloads {
			if w.Name == name || w.Script == name {
				ws = append(ws, w)
			}
		}
		if len(ws) == n {
			return nil, fmt.Errorf("no workload %q", name)
		}
	}
	return ws, nil
}

// header says how the figures were taken, as comment lines above the table.
func header(python string, reps, gomaxprocs int, quick, cpu bool, empty measurement) {
	py := "CPython left out"
	if python != "" {
		if out, err := exec.Command(python, "--version").Output(); err == nil {
			py = strings.TrimSpace(string(out))
		}
	}
	procs := "Go's default GOMAXPROCS"
	if gomaxprocs > 0 {
		procs = fmt.Sprintf("GOMAXPROCS=%d", gomaxprocs)
	}
	fmt.Printf("# %s, %s; %d cores, load average %s\n", py, procs, runtime.NumCPU(), loadAverage())
	what := "wall time"
	if cpu {
		what = "user+system CPU time"
	}
	fmt.Printf("# ms: %s, median of %d runs of the whole process minus the median run of an empty program (aiogo %.1f, cpython %.1f, go %.1f ms)\n",
		what, reps, ms(empty.took[bench.Aiogo]), ms(empty.took[bench.CPython]), ms(empty.took[bench.Go]))
	fmt.Println("# the memory row is peak RSS in MB, not time; worst: is over the timed rows")
	if quick {
		fmt.Println("# -quick: smoke-test sizes, the figures mean nothing")
	}
	fmt.Printf("%-10s %9s %11s %9s %14s %9s\n", "workload", "aiogo_ms", "cpython_ms", "go_ms", "cpython/aiogo", "aiogo/go")
}

// printRow prints one line of the table and returns its two ratios (0
// where a column is missing).
func printRow(b *bench.Built, row, empty measurement) [2]float64 {
	name := b.Name
	if b.Handwritten {
		name += "*" // the legend is in bench/README.md
	}
	var v [3]float64
	var cols [3]string
	for _, way := range bench.Ways {
		switch {
		case row.err[way] != nil || b.Argv[way] == nil:
			cols[way] = "-"
			continue
		case b.Memory:
			name = b.Name + "_MB"
			v[way] = float64(row.rss[way]) / (1 << 20)
		default:
			// Never below 0.1 ms: in -quick mode noise can exceed the work.
			v[way] = max(ms(row.took[way]-empty.took[way]), 0.1)
		}
		cols[way] = fmt.Sprintf("%.1f", v[way])
	}
	var r [2]float64
	rc := [2]string{"-", "-"}
	if v[bench.Aiogo] > 0 && v[bench.CPython] > 0 {
		r[0] = v[bench.CPython] / v[bench.Aiogo]
		rc[0] = fmt.Sprintf("%.1f", r[0])
	}
	if v[bench.Aiogo] > 0 && v[bench.Go] > 0 {
		r[1] = v[bench.Aiogo] / v[bench.Go]
		rc[1] = fmt.Sprintf("%.2f", r[1])
	}
	fmt.Printf("%-10s %9s %11s %9s %14s %9s\n", name, cols[0], cols[1], cols[2], rc[0], rc[1])
	return r
}

// A measurement is the medians of a workload's runs, per way.
type measurement struct {
	took     [3]time.Duration // wall or CPU time, per measurer.cpu
	rss      [3]int64
	err      [3]error
	mismatch string // the differing outputs, if any
}

type measurer struct {
	reps    int
	env     [3][]string
	verbose bool
	cpu     bool // measure CPU time rather than wall time
}

// measure runs each way reps times, alternating the ways so that a change
// in machine load spreads over all three, and checks that every run
// printed the same checksum.
func (m measurer) measure(b *bench.Built, reps int) measurement {
	var res measurement
	var times [3][]time.Duration
	var rss [3][]int64
	outs := map[string][]string{}
	for i := range reps {
		for _, way := range bench.Ways {
			if b.Argv[way] == nil {
				res.err[way] = b.Err[way]
				continue
			}
			if res.err[way] != nil {
				continue
			}
			r, err := bench.Exec(b.Argv[way], m.env[way])
			if err != nil {
				res.err[way] = err
				continue
			}
			if m.verbose {
				fmt.Fprintf(os.Stderr, "%s %s run %d: %.1f ms wall, %.1f ms cpu, %.1f MB: %s\n",
					b.Name, way, i+1, ms(r.Wall), ms(r.CPU), float64(r.RSS)/(1<<20), r.Out)
			}
			t := r.Wall
			if m.cpu {
				t = r.CPU
			}
			times[way] = append(times[way], t)
			rss[way] = append(rss[way], r.RSS)
			key := fmt.Sprintf("%s run %d", way, i+1)
			outs[r.Out] = append(outs[r.Out], key)
		}
	}
	for _, way := range bench.Ways {
		if len(times[way]) > 0 && res.err[way] == nil {
			res.took[way], res.rss[way] = bench.Median(times[way]), bench.Median(rss[way])
		}
	}
	if len(outs) > 1 {
		var lines []string
		for out, who := range outs {
			lines = append(lines, fmt.Sprintf("  %s: %q\n", strings.Join(who, ", "), out))
		}
		slices.Sort(lines)
		res.mismatch = strings.Join(lines, "")
	}
	return res
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func fail(msg string) {
	fmt.Fprintln(os.Stderr, "benchrun:", msg)
	os.Exit(2)
}

// loadAverage is the 1, 5 and 15 minute load average: other work on the
// machine shows in the figures.
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(data)); err == nil && len(f) >= 3 {
		return strings.Join(f[:3], " ")
	}
	return "unknown"
}
