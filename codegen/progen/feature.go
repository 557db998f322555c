package progen

// feature is a construct the generator can write but leaves out unless
// Config.Features has it, because aiogo refuses it (a compiler gap; each
// comment says what aiogo does). Turning one on checks the gap again.
type feature uint32

const (
	// fListConcat: xs + ys, xs += ys and [x] * k on lists. aiogo types the result
	// as any, and then refuses most uses (slicing, iterating, methods,
	// sum, min, sorted).
	fListConcat feature = 1 << iota
	// fEmptyDisplay: [] and {} where nothing is ever added: aiogo types
	// them list[unknown] and dict[unknown, unknown] and refuses sum,
	// join, sorted, min, get... on them.
	fEmptyDisplay
	// fSplitSep: s.split(sep); aiogo accepts only s.split().
	fSplitSep
	// fRoundDigits: round(x, n); aiogo accepts only round(x).
	fRoundDigits

	// fMixedMinMax: min and max of an int and a float (whose result is
	// either); aiogo refuses them.
	fMixedMinMax
	// fDictPopDefault: d.pop(k, default); aiogo refuses the default.
	fDictPopDefault

	// fParamAssign: assigning a parameter a value computed from itself
	// (s = s[:-2]); when the function is only called from another
	// function, aiogo types the parameter any and refuses its uses
	// (testdata/found/param_reassigned_from_itself.py).
	fParamAssign

	// fPopIndex: xs.pop(i); aiogo accepts only xs.pop().
	fPopIndex
	// fDeadReturn: an unconditional raise at the top level of a function
	// body, before its final return: aiogo types the function's result
	// any (testdata/found/return_after_raise.py).
	fDeadReturn
	// fShift: << and >> on ints; aiogo refuses both operators.
	fShift
	// fStripChars: s.strip(chars) and its l and r forms; aiogo accepts
	// them only without an argument.
	fStripChars
	// fDictValues: d.values(); aiogo types it any and refuses iterating
	// it and sum() of it.
	fDictValues
	// fCalleeFirst: defining each function before the functions that
	// call it, as programs usually do. aiogo then types a value computed
	// from a parameter (s[1:], s.upper(), round(n), n or 5...) any and
	// refuses its uses (testdata/found/param_used_before_its_call.py),
	// so without this feature the program defines main first and every
	// function before the ones it calls.
	fCalleeFirst

	// supported is every feature aiogo compiles.
	supported   feature = 0
	allFeatures         = fListConcat | fEmptyDisplay | fSplitSep | fRoundDigits | fMixedMinMax | fDictPopDefault | fParamAssign | fPopIndex | fDeadReturn | fShift | fStripChars | fDictValues | fCalleeFirst
)

// has reports whether the program may use feature f.
func (g *gen) has(f feature) bool { return g.cfg.Features&f != 0 }
