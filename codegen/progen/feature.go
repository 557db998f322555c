package progen

// Feature is a construct the generator can write but leaves out unless
// Config.Features has it, because aiogo refuses it (a compiler gap; each
// comment says what aiogo does). Turning one on checks the gap again.
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

	// AllFeatures is every construct the generator knows.
	AllFeatures = EmptyDisplay | SplitSep | MixedMinMax | DictPopDefault | PopIndex | Shift | StripChars | DictValues
)

// has reports whether the program may use feature f.
func (g *gen) has(f Feature) bool { return g.cfg.Features&f != 0 }
