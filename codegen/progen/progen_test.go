package progen

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aiogo-dev/aiogo/codegen"
	"github.com/aiogo-dev/aiogo/parser"
)

// TestProgramIsDeterministic checks that a seed always gives the same
// bytes, and different seeds different programs.
func TestProgramIsDeterministic(t *testing.T) {
	for seed := int64(1); seed <= 20; seed++ {
		assert.Equal(t, Program(seed), Program(seed), "seed %d", seed)
		assert.NotEqual(t, Program(seed), Program(seed+1), "seeds %d and %d", seed, seed+1)
	}
}

// TestAiogoCompilesPrograms runs the compiler (parse and Generate, both
// with state machines and all stackful) on many programs: every one must
// be accepted. Features aiogo refuses are left out of DefaultConfig, so
// a failure here is a new gap or a generator bug.
func TestAiogoCompilesPrograms(t *testing.T) {
	for seed := int64(1); seed <= 100; seed++ {
		src := Program(seed)
		name := fmt.Sprintf("seed_%d.py", seed)
		mod, err := parser.ParseFile(name, []byte(src))
		require.NoError(t, err, "%s:\n%s", name, src)
		for _, stackful := range []bool{false, true} {
			_, err = codegen.Generate(mod, codegen.Options{Filename: name, Package: "main", Stackful: stackful})
			assert.NoError(t, err, "%s (stackful %v)", name, stackful)
		}
	}
}

// TestEveryFeatureParses writes programs with every Feature on, which
// aiogo may refuse, and checks that they are still Python: CPython
// compiles them.
func TestEveryFeatureParses(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not on PATH")
	}
	dir := t.TempDir()
	cfg := DefaultConfig
	cfg.Features = AllFeatures
	var files []string
	for seed := int64(1); seed <= 100; seed++ {
		f := filepath.Join(dir, fmt.Sprintf("seed_%d.py", seed))
		require.NoError(t, os.WriteFile(f, []byte(cfg.Program(seed)), 0o644))
		files = append(files, f)
	}
	check := "import sys\nfor f in sys.argv[1:]:\n    compile(open(f).read(), f, 'exec')\n"
	out, err := exec.Command(python, append([]string{"-c", check}, files...)...).CombinedOutput()
	assert.NoError(t, err, "%s", strings.TrimSpace(string(out)))
}

// TestParseFeatures checks the names of features, all and a bad name.
func TestParseFeatures(t *testing.T) {
	fs, err := ParseFeatures(" MixedAwaitableLists,")
	require.NoError(t, err)
	assert.Equal(t, MixedAwaitableLists, fs)
	fs, err = ParseFeatures("all")
	require.NoError(t, err)
	assert.Equal(t, AllFeatures, fs)
	_, err = ParseFeatures("MixedAwaitableLists,Nope")
	assert.Error(t, err)
	var named Feature
	for _, f := range featureNames {
		named |= f
	}
	assert.Equal(t, AllFeatures, named, "every feature has a name")
}
