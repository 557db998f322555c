package progen

// alt is one alternative of a production: make runs when it is chosen,
// with probability weight / (sum of the weights). An alternative whose
// preconditions do not hold in the current context gets weight 0 (see
// when), so each production lists all of its alternatives in one place.
type alt[T any] struct {
	weight int
	make   func() T
}

// choose runs one of the alternatives, picked by weight. At least one
// must have a positive weight.
func choose[T any](g *gen, alts ...alt[T]) T {
	total := 0
	for _, a := range alts {
		total += a.weight
	}
	if total <= 0 {
		panic("progen: no alternative applies")
	}
	n := g.r.IntN(total)
	for _, a := range alts {
		if n < a.weight {
			return a.make()
		}
		n -= a.weight
	}
	panic("unreachable")
}

// when gives weight w to an alternative whose precondition ok holds, 0 otherwise.
func when(ok bool, w int) int {
	if ok {
		return w
	}
	return 0
}

// chance reports true with probability percent/100.
func (g *gen) chance(percent int) bool {
	return g.r.IntN(100) < percent
}

// between returns a random int in [lo, hi].
func (g *gen) between(lo, hi int) int {
	return lo + g.r.IntN(hi-lo+1)
}

// oneOf returns a random element of xs.
func oneOf[T any](g *gen, xs ...T) T {
	return xs[g.r.IntN(len(xs))]
}
