package progen

import (
	"fmt"
	"strings"
)

// Feature is a construct the generator can write but leaves out unless
// Config.Features has it, because aiogo refuses or mistranslates it (a
// compiler gap or bug, each comment says which, and where one was found
// its program in testdata/found). Turning one on checks it again.
type Feature uint32

const (
	// MixedAwaitableLists: a list holding tasks (or coroutines) of
	// coroutines with results of different types, or a gather of them
	// with return_exceptions=True: aiogo then types the result of each of
	// them any, everywhere, and refuses its uses
	// (awaitables_of_different_results_in_a_list.py,
	// gather_return_exceptions_of_different_results.py).
	MixedAwaitableLists Feature = 1 << iota

	// AllFeatures is every construct the generator knows.
	AllFeatures = MixedAwaitableLists
)

// featureNames names the features for ParseFeatures.
var featureNames = map[string]Feature{"MixedAwaitableLists": MixedAwaitableLists}

// ParseFeatures reads a comma-separated list of feature names (as the
// constants are named), or "all".
func ParseFeatures(s string) (Feature, error) {
	var fs Feature
	for _, name := range strings.Split(s, ",") {
		name = strings.TrimSpace(name)
		switch f, ok := featureNames[name]; {
		case name == "":
		case name == "all":
			fs |= AllFeatures
		case ok:
			fs |= f
		default:
			return 0, fmt.Errorf("progen: no feature %q", name)
		}
	}
	return fs, nil
}

// has reports whether the program may use feature f.
func (g *gen) has(f Feature) bool { return g.cfg.Features&f != 0 }
