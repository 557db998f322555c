package progen

// vtype is the static type of a generated value. The generator only
// builds expressions that are well typed under CPython, so the type
// decides which operations and methods apply.
type vtype uint8

const (
	tNone    vtype = iota
	tInt           // int
	tFloat         // float
	tStr           // str
	tBool          // bool
	tListInt       // list[int]
	tListStr       // list[str]
	tListAny       // a list whose elements have mixed types
	tDictInt       // dict[str, int]
	tDictAny       // a dict from str to values of mixed types
	tAny           // an element of a mixed container: printed and compared only
	tExc           // a caught exception: printed only
	tSetInt        // set[int]: only inside expressions (sets.go)
)

func (t vtype) isNum() bool  { return t == tInt || t == tFloat }
func (t vtype) isList() bool { return t == tListInt || t == tListStr || t == tListAny }
func (t vtype) isDict() bool { return t == tDictInt || t == tDictAny }

// sized reports whether the bound of a value of type t is its length.
func (t vtype) sized() bool { return t == tStr || t.isList() || t.isDict() }

// Bounds keep every program inside aiogo's 64-bit ints and its output
// small. A number's bound is its largest possible magnitude, a str's or a
// container's its largest possible length. Every value that is stored
// (variable, parameter, element, result) fits the cap of its type; an
// expression may reach exprCap in between. fit wraps an expression whose
// bound is too large: numbers with % m, strs and lists with a slice.
const (
	valueCap = 1e6  // |int| and |float| of a stored value
	exprCap  = 1e15 // |intermediate value|, far below 2**63
	strCap   = 80   // length of a stored str
	listCap  = 10   // length of a stored list: bounds the loops over it
	dictCap  = 8    // length of a stored dict
)

// capOf is the bound of a stored value of type t.
func capOf(t vtype) float64 {
	switch t {
	case tStr:
		return strCap
	case tListInt, tListStr, tListAny:
		return listCap
	case tDictInt, tDictAny:
		return dictCap
	}
	return valueCap
}

// variable is a name visible at some point of a body.
//
// A variable's value stays within its cap for its whole life, which is
// what lets expressions reading it bound their own values. The cap is
// split in two: every plain assignment stores a value within assignCap,
// and the increments (x += e, xs.append(e), d[k] = v, s += e) together
// add at most the rest. Each increment is charged its bound times the
// number of times it may run while the variable lives (the loops between
// the two), and is refused once the budget is spent.
type variable struct {
	name      string
	t         vtype
	cap       float64
	assignCap float64
	budget    float64 // what increments may still add
	mult      float64 // how many times the declaring point runs per call (see ctx.mult)
	nonEmpty  bool    // a str, list or dict that never becomes empty
	mutable   bool    // may be assigned or changed in place here
	global    bool    // a module-level counter
}

// scope is the variables visible in one block, chained to the
// enclosing blocks. A name bound in a block is only read inside it (and
// the blocks it encloses), so a read never finds it unbound.
type scope struct {
	vars   []*variable
	parent *scope
}

func (s *scope) child() *scope { return &scope{parent: s} }

func (s *scope) add(v *variable) { s.vars = append(s.vars, v) }

// find returns the visible variables for which ok holds, the latest
// bound first.
func (s *scope) find(ok func(*variable) bool) []*variable {
	var out []*variable
	for ; s != nil; s = s.parent {
		for i := len(s.vars) - 1; i >= 0; i-- {
			if ok(s.vars[i]) {
				out = append(out, s.vars[i])
			}
		}
	}
	return out
}

// ofType returns the visible variables of type t.
func (s *scope) ofType(t vtype) []*variable {
	return s.find(func(v *variable) bool { return v.t == t })
}
