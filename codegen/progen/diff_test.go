package progen

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
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
)

// TestDiff runs the programs of seeds progen.seed to progen.seed +
// progen.n - 1 under python3 and, compiled by aiogo both with state
// machines and all stackful, in one difftest batch, and fails for each
// seed where aiogo refuses the program, its Go does not build or vet
// (-progen.vet=false leaves vet out), or a run's stdout or exit status
// differs from CPython's. A failing seed's program is logged and
// written to testdata/failures/seed_N.py. Run thousands with
//
//	go test ./codegen/progen -run TestDiff -progen.n 2000
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
	dir := t.TempDir()
	var batch []difftest.Program
	files := map[string]string{}
	for seed := *diffSeed; seed < *diffSeed+int64(*diffN); seed++ {
		name := fmt.Sprintf("seed_%d", seed)
		file := filepath.Join(dir, name+".py")
		require.NoError(t, os.WriteFile(file, []byte(cfg.Program(seed)), 0o644))
		files[name] = file
		batch = append(batch,
			difftest.Program{Name: name, File: file, Opts: codegen.Options{Lines: true}},
			difftest.Program{Name: name + "/stackful", File: file, Opts: codegen.Options{Lines: true, Stackful: true}})
	}
	b, err := difftest.Build(filepath.Join(dir, "module"), batch, difftest.BuildOptions{Vet: *diffVet, NoInline: true})
	require.NoError(t, err)

	for seed := *diffSeed; seed < *diffSeed+int64(*diffN); seed++ {
		name := fmt.Sprintf("seed_%d", seed)
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			want := difftest.Python(python, files[name])
			var problems []string
			for _, variant := range []string{name, name + "/stackful"} {
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
			src, err := os.ReadFile(files[name])
			require.NoError(t, err)
			saved := saveFailure(t, name, src)
			for _, p := range problems {
				t.Error(p)
			}
			t.Logf("program (saved as %s):\n%s", saved, src)
		})
	}
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
