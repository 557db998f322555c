package progen

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/aiogo-dev/aiogo/codegen"
	"github.com/aiogo-dev/aiogo/codegen/difftest"
)

var (
	diffN        = flag.Int("progen.n", 8, "how many seeds TestDiff runs")
	diffSeed     = flag.Int64("progen.seed", 1, "the first seed TestDiff runs")
	diffFeatures = flag.String("progen.features", "", "the Features TestDiff's programs use, also those aiogo mishandles: a comma-separated list, or all")
	diffVet      = flag.Bool("progen.vet", true, "TestDiff also fails for go vet findings in the generated Go")
	diffWays     = flag.String("progen.ways", "alternate", "how TestDiff compiles each seed: alternate (even seeds with state machines, odd ones all stackful) or both (twice the build time)")
	diffBatch    = flag.Int("progen.batch", 250, "how many seeds TestDiff builds into one binary")
)

// TestDiff runs the programs of seeds progen.seed to progen.seed +
// progen.n - 1 under python3 and compiled by aiogo (with state machines
// or all stackful, or both ways with -progen.ways both), in difftest
// batches, and fails for each seed where
// aiogo refuses the program, its Go does not build or vet
// (-progen.vet=false leaves vet out), or a run's stdout or exit status
// differs from CPython's. A failing seed's program is logged and
// written to testdata/failures/seed_N.py. Run thousands with
//
//	go test ./codegen/progen -run TestDiff -count 1 -timeout 0 -progen.n 5000
func TestDiff(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs programs")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not on PATH: nothing to compare against")
	}
	cfg := DefaultConfig
	features, err := ParseFeatures(*diffFeatures)
	require.NoError(t, err)
	cfg.Features = features
	require.Contains(t, []string{"both", "alternate"}, *diffWays, "-progen.ways")
	end := *diffSeed + int64(*diffN)
	for from := *diffSeed; from < end; from += int64(*diffBatch) {
		to := min(from+int64(*diffBatch), end)
		t.Run(fmt.Sprintf("seeds_%d-%d", from, to-1), func(t *testing.T) { diffBatchOf(t, python, cfg, from, to) })
	}
}

// diffBatchOf builds the programs of seeds from to to-1 into one binary
// and compares each with CPython.
func diffBatchOf(t *testing.T, python string, cfg Config, from, to int64) {
	dir := t.TempDir()
	var batch []difftest.Program
	files := map[int64]string{}
	for seed := from; seed < to; seed++ {
		file := filepath.Join(dir, fmt.Sprintf("seed_%d.py", seed))
		require.NoError(t, os.WriteFile(file, []byte(cfg.Program(seed)), 0o644))
		files[seed] = file
		for _, v := range variants(seed) {
			batch = append(batch, difftest.Program{Name: v, File: file, Opts: codegen.Options{Lines: true, Stackful: strings.HasSuffix(v, "/stackful")}})
		}
	}
	b, err := difftest.Build(filepath.Join(dir, "module"), batch, difftest.BuildOptions{Vet: *diffVet, NoInline: true})
	require.NoError(t, err)

	t.Run("run", func(t *testing.T) {
		for seed := from; seed < to; seed++ {
			name := fmt.Sprintf("seed_%d", seed)
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				want := difftest.Python(python, files[seed])
				var problems []string
				for _, variant := range variants(seed) {
					switch {
					case b.GenErr[variant] != nil:
						problems = append(problems, fmt.Sprintf("%s: aiogo refuses it:\n%v", variant, b.GenErr[variant]))
					case b.BuildErr[variant] != "":
						problems = append(problems, fmt.Sprintf("%s: its Go does not build:\n%s", variant, b.BuildErr[variant]))
					default:
						if d := difftest.Diff(want, b.Run(variant)); d != "" {
							problems = append(problems, variant+": "+d)
						}
					}
				}
				if len(problems) == 0 {
					return
				}
				src, err := os.ReadFile(files[seed])
				require.NoError(t, err)
				saved := saveFailure(t, name, src)
				for _, p := range problems {
					t.Error(p)
				}
				t.Logf("program (saved as %s):\n%s", saved, src)
			})
		}
	})
}

// variants names the builds of a seed's program: seed_N with state
// machines, seed_N/stackful with none; -progen.ways alternate builds
// one of them.
func variants(seed int64) []string {
	name := fmt.Sprintf("seed_%d", seed)
	switch {
	case *diffWays == "both":
		return []string{name, name + "/stackful"}
	case seed%2 == 0:
		return []string{name}
	}
	return []string{name + "/stackful"}
}

// saveFailure writes a failing program to testdata/failures and returns
// its path.
func saveFailure(t *testing.T, name string, src []byte) string {
	dir := filepath.Join("testdata", "failures")
	require.NoError(t, os.MkdirAll(dir, 0o755))
	file := filepath.Join(dir, name+".py")
	require.NoError(t, os.WriteFile(file, src, 0o644))
	return file
}
