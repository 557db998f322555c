package bench

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestChecksumsAgree builds every workload at -quick sizes and checks that
// the aiogo program, CPython and the Go baseline print the same checksum.
// It never looks at timings: bench/run is for those.
func TestChecksumsAgree(t *testing.T) {
	if testing.Short() {
		t.Skip("builds about fifteen programs")
	}
	root, err := ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	// The scratch folder must lie inside the module so that the generated
	// programs build against this tree's runtime.
	work, err := os.MkdirTemp(filepath.Join(root, "bench"), ".test-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(work) })
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Log("no python3: checking aiogo against Go only")
		python = ""
	}
	built, err := Build(Config{Root: root, Work: work, Quick: true, Python: python}, Workloads)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range built {
		t.Run(b.Name, func(t *testing.T) {
			var want string
			var from Way
			for _, way := range Ways {
				if b.Argv[way] == nil {
					if way == CPython && python == "" {
						continue
					}
					t.Fatalf("%s: %v", way, b.Err[way])
				}
				r, err := Exec(b.Argv[way], nil)
				if err != nil {
					t.Fatalf("%s: %v", way, err)
				}
				if r.Out == "" {
					t.Fatalf("%s printed no checksum", way)
				}
				if want == "" {
					want, from = r.Out, way
				} else if r.Out != want {
					t.Errorf("%s printed %q, %s printed %q", way, r.Out, from, want)
				}
			}
		})
	}
}

func TestProgramOverrides(t *testing.T) {
	src := "import asyncio\n\nN = 1_000_000\nMAXSIZE = 0\n\nasync def f():\n    x = N\n"
	w := Workload{Script: "queue", Set: map[string]string{"MAXSIZE": "1"}, Quick: map[string]string{"N": "20"}}
	got, consts, err := w.Program(src, true)
	if err != nil {
		t.Fatal(err)
	}
	want := "import asyncio\n\nN = 20\nMAXSIZE = 1\n\nasync def f():\n    x = N\n"
	if got != want {
		t.Errorf("program:\n%s\nwant:\n%s", got, want)
	}
	if args := flags(consts); len(args) != 2 || args[0] != "-N=20" || args[1] != "-MAXSIZE=1" {
		t.Errorf("flags = %q", args)
	}
	if _, _, err := (Workload{Script: "x", Set: map[string]string{"M": "1"}}).Program(src, false); err == nil {
		t.Error("overriding a missing constant: no error")
	}
}
