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
	// EmptyDisplay: [] and {} where nothing is ever added: aiogo types
	// them list[unknown] and dict[unknown, unknown] and refuses sum,
	// join, sorted, min, get... on them.
	EmptyDisplay Feature = 1 << iota
	// SplitSep: s.split(sep); aiogo accepts only s.split().
	SplitSep
	// MixedMinMax: min and max of an int and a float (whose result is
	// either); aiogo refuses them.
	MixedMinMax
	// DictPopDefault: d.pop(k, default); aiogo refuses the default.
	DictPopDefault
	// PopIndex: xs.pop(i); aiogo accepts only xs.pop().
	PopIndex
	// Shift: << and >> on ints; aiogo refuses both operators.
	Shift
	// StripChars: s.strip(chars) and its l and r forms; aiogo accepts
	// them only without an argument.
	StripChars
	// DictValues: d.values(); aiogo types it any and refuses iterating
	// it and sum() of it.
	DictValues
	// MixedAwaitableLists: a list holding tasks (or coroutines) of
	// coroutines with results of different types, or a gather of them
	// with return_exceptions=True: aiogo then types the result of each of
	// them any, everywhere, and refuses its uses
	// (awaitables_of_different_results_in_a_list.py,
	// gather_return_exceptions_of_different_results.py).
	MixedAwaitableLists

	// AllFeatures is every construct the generator knows.
	AllFeatures = EmptyDisplay | SplitSep | MixedMinMax | DictPopDefault | PopIndex | Shift | StripChars | DictValues |
		MixedAwaitableLists
)

// featureNames names the features for ParseFeatures.
var featureNames = map[string]Feature{
	"EmptyDisplay": EmptyDisplay, "SplitSep": SplitSep, "MixedMinMax": MixedMinMax,
	"DictPopDefault": DictPopDefault, "PopIndex": PopIndex, "Shift": Shift,
	"StripChars": StripChars, "DictValues": DictValues, "MixedAwaitableLists": MixedAwaitableLists,
}

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
