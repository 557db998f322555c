package py

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Values of one Python type but different Go instantiations (a
// *List[int] and a *List[any], a dict of ints and one of floats) must
// behave as the single Python type does. Every case pairs a Python
// expression with the Go computation on mixed instantiations; CPython's
// result is recorded in testdata/mixed.txt and re-derived from python3.
func TestMixedInstantiationsMatchCPython(t *testing.T) {
	type c = pyCase
	// Lists holding the same items with different element types.
	ints, anyInts := NewList(1, 2), NewList[any](1, 2)
	strs, anyStrs := NewList("a"), NewList[any]("a")
	nested := NewList(NewList[any](1), NewList[any]("a"))
	anyNested := NewList[any](NewList(1), NewList("a"))
	dictAny := func(pairs ...Tuple2[any, string]) *Dict[any, string] { return DictOf(pairs...) }
	extend := func(l anyList, other any) any {
		extendList(l, other)
		return l
	}
	cases := []pyCase{
		// == and != on lists, nested lists, tuples.
		c{"[1, 2] == [1, 2]", func() any { return Eq(ints, anyInts) }},
		c{"[1, 2] == [1, 2]  # any first", func() any { return Eq(anyInts, ints) }},
		c{"[1, 2] != [1, 2]", func() any { return Ne(ints, anyInts) }},
		c{"['a'] == ['a']", func() any { return Eq(strs, anyStrs) }},
		c{"[1, 2] == [1.0, 2]", func() any { return Eq(ints, NewList[any](1.0, 2)) }},
		c{"[1, 2] == [1.0, 2.0]", func() any { return Eq(ints, NewList(1.0, 2.0)) }},
		c{"[True] == [1]", func() any { return Eq(NewList(true), NewList(1)) }},
		c{"['a'] == [1]", func() any { return Eq(strs, NewList[any](1)) }},
		c{"[[1], ['a']] == [[1], ['a']]", func() any { return Eq(nested, anyNested) }},
		c{"[[1], ['a']] != [[1], ['b']]", func() any { return Ne(nested, NewList[any](NewList(1), NewList("b"))) }},
		c{"(1, 'a') == (1, 'a')", func() any { return Eq(Tuple2[int, string]{1, "a"}, Tuple2[any, string]{1, "a"}) }},
		c{"(1, 'a') == (1.0, 'a')", func() any { return Eq(Tuple2[int, string]{1, "a"}, Tuple{1.0, "a"}) }},
		c{"(1, 'a') == [1, 'a']", func() any { return Eq(Tuple2[int, string]{1, "a"}, NewList[any](1, "a")) }},
		c{"(1, 2, 3, 'a') == (1, 2, 3, 'a')", func() any { return Eq(Tuple4[int, int, int, string]{1, 2, 3, "a"}, Tuple{1, 2, 3, "a"}) }},
		c{"(1, 2, 3, 4, 5) < (1, 2, 3, 4, 6)", func() any {
			return Lt(Tuple5[int, int, int, int, int]{1, 2, 3, 4, 5}, Tuple5[int, int, int, int, int]{1, 2, 3, 4, 6})
		}},
		c{"(1, 2, 3, 4, 5, 'a') < (1, 2, 3, 4, 5, 1)", func() any {
			return Lt(Tuple6[int, int, int, int, int, string]{1, 2, 3, 4, 5, "a"}, Tuple6[int, int, int, int, int, int]{1, 2, 3, 4, 5, 1})
		}},
		c{"{1, 2} <= {1.0, 2, 3}", func() any { return Le(NewSet(1, 2), NewSet[any](1.0, 2, 3)) }},
		c{"{1, 2} < {1, 2}", func() any { return Lt(NewSet(1, 2), NewSet[any](1, 2)) }},
		c{"{1, 2, 3} > {2.0}", func() any { return Gt(NewSet(1, 2, 3), NewSet(2.0)) }},
		c{"{1} >= {'a'}", func() any { return Ge(NewSet(1), NewSet("a")) }},
		c{"{1} < [1, 2]", func() any { return Lt(NewSet(1), NewList(1, 2)) }},
		c{"([1],) == ([1.0],)", func() any { return Eq(Tuple1[*List[int]]{NewList(1)}, Tuple1[any]{NewList(1.0)}) }},

		// == on dicts of different key and value types.
		c{"{1: 'a'} == {1: 'a'}", func() any { return Eq(DictOf(Tuple2[int, string]{1, "a"}), dictAny(Tuple2[any, string]{1, "a"})) }},
		c{"{1: 'a'} == {1: 'a'}  # any first", func() any { return Eq(dictAny(Tuple2[any, string]{1, "a"}), DictOf(Tuple2[int, string]{1, "a"})) }},
		c{"{1: 'a'} == {1.0: 'a'}", func() any { return Eq(DictOf(Tuple2[int, string]{1, "a"}), DictOf(Tuple2[float64, string]{1.0, "a"})) }},
		c{"{True: 'a'} == {1: 'a'}", func() any { return Eq(DictOf(Tuple2[bool, string]{true, "a"}), DictOf(Tuple2[int, string]{1, "a"})) }},
		c{"{1: 'a'} == {2: 'a'}", func() any { return Eq(DictOf(Tuple2[int, string]{1, "a"}), dictAny(Tuple2[any, string]{2, "a"})) }},
		c{"{1: 'a'} == {1: 'b'}", func() any { return Eq(DictOf(Tuple2[int, string]{1, "a"}), dictAny(Tuple2[any, string]{1, "b"})) }},
		c{"{1: 'a'} != {'1': 'a'}", func() any { return Ne(DictOf(Tuple2[int, string]{1, "a"}), dictAny(Tuple2[any, string]{"1", "a"})) }},
		c{"{'k': [1]} == {'k': [1.0]}", func() any {
			return Eq(DictOf(Tuple2[string, *List[int]]{"k", NewList(1)}), DictOf(Tuple2[string, any]{"k", NewList[any](1.0)}))
		}},
		c{"{1: 2} == [1]", func() any { return Eq(DictOf(Tuple2[int, int]{1, 2}), NewList(1)) }},
		c{"{1: None} == {1}", func() any { return Eq(DictOf(Tuple2[int, any]{1, nil}), NewSet(1)) }},

		// == on sets.
		c{"{1, 2} == {1, 2}", func() any { return Eq(NewSet(1, 2), NewSet[any](2, 1)) }},
		c{"{1, 2} == {1.0, 2}", func() any { return Eq(NewSet(1, 2), NewSet[any](1.0, 2)) }},
		c{"{1.0, 2} == {1, 2}", func() any { return Eq(NewSet[any](1.0, 2), NewSet(1, 2)) }},
		c{"{'a'} == {'a'}", func() any { return Eq(NewSet("a"), NewSet[any]("a")) }},
		c{"{1} == {'1'}", func() any { return Eq(NewSet(1), NewSet[any]("1")) }},
		c{"{1} != {1, 2}", func() any { return Ne(NewSet(1), NewSet[any](1, 2)) }},
		c{"{True} == {1.0}", func() any { return Eq(NewSet(true), NewSet(1.0)) }},

		// Ordering of lists and tuples.
		c{"[1, 2] < [1, 3]", func() any { return Lt(ints, NewList[any](1, 3)) }},
		c{"['a'] < ['b']", func() any { return Lt(strs, NewList[any]("b")) }},
		c{"['a'] >= ['a']", func() any { return Ge(strs, anyStrs) }},
		c{"[1, 'a'] < [1, 'b']", func() any { return Lt(NewList[any](1, "a"), NewList[any](1, "b")) }},
		c{"(1, 2) < (1, 2.5)", func() any { return Lt(Tuple2[int, int]{1, 2}, Tuple2[int, float64]{1, 2.5}) }},
		c{"[[1]] < [[1, 0]]", func() any { return Lt(NewList(NewList(1)), NewList[any](NewList[any](1, 0))) }},
		c{"[1] < ['a']", func() any { return Lt(NewList(1), NewList("a")) }},
		c{"[1] < (1,)", func() any { return Lt(NewList(1), Tuple1[int]{1}) }},

		// in.
		c{"1 in ['a', 1]", func() any { return In(1, NewList[any]("a", 1)) }},
		c{"1.0 in [1, 2]", func() any { return In(1.0, ints) }},
		c{"'a' in [1, 2]", func() any { return In("a", ints) }},
		c{"[1.0] in [[1]]", func() any { return In(NewList(1.0), NewList(NewList(1))) }},
		c{"(1, 'a') in [(1.0, 'a')]", func() any { return In(Tuple2[int, string]{1, "a"}, NewList(Tuple2[float64, string]{1, "a"})) }},
		c{"True in {1: 'a'}", func() any { return In(true, DictOf(Tuple2[int, string]{1, "a"})) }},
		c{"1.0 in {1: 'a'}", func() any { return In(1.0, DictOf(Tuple2[int, string]{1, "a"})) }},
		c{"1.5 in {1: 'a'}", func() any { return In(1.5, DictOf(Tuple2[int, string]{1, "a"})) }},
		c{"'a' in {1: 'a'}", func() any { return In("a", DictOf(Tuple2[int, string]{1, "a"})) }},
		c{"1 in {1.0: 'a'}", func() any { return In(1, DictOf(Tuple2[float64, string]{1, "a"})) }},
		c{"1 in {True: 'a'}", func() any { return In(1, DictOf(Tuple2[bool, string]{true, "a"})) }},
		c{"2 in {True: 'a'}", func() any { return In(2, DictOf(Tuple2[bool, string]{true, "a"})) }},
		c{"1 in {'x': 1, 1.0: 2}", func() any { return In(1, DictOf(Tuple2[any, int]{"x", 1}, Tuple2[any, int]{1.0, 2})) }},
		c{"True in {1.0: 'a'}", func() any { return In(true, dictAny(Tuple2[any, string]{1.0, "a"})) }},
		c{"(1, 'a') in {(1, 'a'): 2}", func() any {
			return In(Tuple2[any, string]{1, "a"}, DictOf(Tuple2[Tuple2[int, string], int]{Tuple2[int, string]{1, "a"}, 2}))
		}},
		c{"(1.0, 'a') in {(1, 'a'): 2}", func() any {
			return In(Tuple2[float64, string]{1, "a"}, DictOf(Tuple2[any, int]{Tuple2[int, string]{1, "a"}, 2}))
		}},
		c{"(1.0, 'a') in {(1, 'a'): 2}  # static key type", func() any {
			return In(Tuple2[float64, string]{1, "a"}, DictOf(Tuple2[Tuple2[int, string], int]{Tuple2[int, string]{1, "a"}, 2}))
		}},
		c{"(True, 'a') in {(1, 'a'): 2}  # static key type", func() any {
			return In(Tuple2[any, string]{true, "a"}, DictOf(Tuple2[Tuple2[int, string], int]{Tuple2[int, string]{1, "a"}, 2}))
		}},
		c{"(1.5, 'a') in {(1, 'a'): 2}  # static key type", func() any {
			return In(Tuple2[float64, string]{1.5, "a"}, DictOf(Tuple2[Tuple2[int, string], int]{Tuple2[int, string]{1, "a"}, 2}))
		}},
		c{"[1] in {1: 2}", func() any { return In(NewList(1), DictOf(Tuple2[int, int]{1, 2})) }},
		c{"[1] in {'a': 2}", func() any { return In(NewList(1), dictAny(Tuple2[any, string]{"a", "b"})) }},
		c{"1.0 in {1, 2}", func() any { return In(1.0, NewSet(1, 2)) }},
		c{"True in {1}", func() any { return In(true, NewSet[any](1)) }},
		c{"'a' in {1}", func() any { return In("a", NewSet(1)) }},
		c{"[1] in {1}", func() any { return In(NewList(1), NewSet(1)) }},

		// Keys held as any: equal numbers are one key, the first kept.
		c{"{1: 'a', 1.0: 'b', True: 'c'}", func() any {
			return dictAny(Tuple2[any, string]{1, "a"}, Tuple2[any, string]{1.0, "b"}, Tuple2[any, string]{true, "c"})
		}},
		c{"{True: 'a', 1: 'b'}", func() any { return dictAny(Tuple2[any, string]{true, "a"}, Tuple2[any, string]{1, "b"}) }},
		c{"{(1, 2): 'a', (1.0, 2): 'b'}", func() any {
			return dictAny(Tuple2[any, string]{Tuple2[int, int]{1, 2}, "a"}, Tuple2[any, string]{Tuple2[float64, int]{1, 2}, "b"})
		}},
		c{"{1: 'a'}[1.0]", func() any { return dictAny(Tuple2[any, string]{1, "a"}).Get(1.0) }},
		c{"{1: 'a'}[True]", func() any { v, _ := DictOf(Tuple2[int, string]{1, "a"}).PyLookup(true); return v }},
		c{"(d := {1: 'a', 2: 'b'}, d.pop(1.0), d)[2]", func() any {
			d := dictAny(Tuple2[any, string]{1, "a"}, Tuple2[any, string]{2, "b"})
			d.Pop(1.0)
			return d
		}},
		c{"{1: 'a'}[2.0]", func() any { return dictAny(Tuple2[any, string]{1, "a"}).Get(2.0) }},
		c{"{[1]: 2}", func() any { return DictOf(Tuple2[any, int]{NewList(1), 2}) }},
		c{"{(1, [2]): 2}", func() any { return DictOf(Tuple2[any, int]{Tuple2[int, *List[int]]{1, NewList(2)}, 2}) }},
		c{"{1, 1.0, True}", func() any { return NewSet[any](1, 1.0, true) }},
		c{"len({2, 1.0, 1, True})", func() any { return NewSet[any](2, 1.0, 1, true).Len() }},
		c{"{'a': 1} == {'a': 1, 'a': 1.0}", func() any {
			return Eq(DictOf(Tuple2[string, int]{"a", 1}), DictOf(Tuple2[any, any]{"a", 1}, Tuple2[any, any]{"a", 1.0}))
		}},

		// + and * of lists and tuples.
		c{"[1, 'a'] + ['ret']", func() any { return Add(NewList[any](1, "a"), NewList("ret")) }},
		c{"['x'] + [1]", func() any { return Add(NewList("x"), NewList[any](1)) }},
		c{"['x'] + ['y']", func() any { return Add(NewList("x"), NewList[any]("y")) }},
		c{"[1] + [2.5]", func() any { return Add(NewList(1), NewList(2.5)) }},
		c{"[[1]] + [['a']]", func() any { return Add(NewList(NewList(1)), NewList(NewList("a"))) }},
		c{"[1] + (2,)", func() any { return Add(NewList(1), Tuple1[int]{2}) }},
		c{"(1, 2) + (3,)", func() any { return Add(Tuple2[int, int]{1, 2}, Tuple1[int]{3}) }},
		c{"(1,) + ('a', 2.0)", func() any { return Add(Tuple1[int]{1}, Tuple2[string, float64]{"a", 2.0}) }},
		c{"() + (1,)", func() any { return Add(Tuple{}, Tuple1[any]{1}) }},
		c{"(1, 2) + [3]", func() any { return Add(Tuple2[int, int]{1, 2}, NewList(3)) }},
		c{"(1, 'a') * 2", func() any { return Mul(Tuple2[int, string]{1, "a"}, 2) }},
		c{"2 * (1,)", func() any { return Mul(2, Tuple1[int]{1}) }},
		c{"[1] + ['a']  # static", func() any { return ListConcat[any](NewList(1), NewList("a")) }},
		c{"['a'] + ['b']  # static", func() any { return ListConcat[string](NewList[any]("a"), NewList("b")) }},

		// extend and +=.
		c{"(l := [1], l.extend(['a']), l)[2]", func() any { return extend(NewList[any](1), NewList("a")) }},
		c{"(l := ['a'], l.extend(['b']), l)[2]", func() any { return extend(NewList("a"), NewList[any]("b")) }},
		c{"(l := [1], l.extend('ab'), l)[2]", func() any { return extend(NewList[any](1), "ab") }},
		c{"(l := [1], l.extend({'k': 1}), l)[2]", func() any { return extend(NewList[any](1), DictOf(Tuple2[string, int]{"k", 1})) }},
		c{"(l := [1], l.extend((2, 'b')), l)[2]", func() any { return extend(NewList[any](1), Tuple2[int, string]{2, "b"}) }},
		c{"(l := [1], l.extend(5), l)[2]", func() any { return extend(NewList[any](1), 5) }},
		c{"(l := [1], l.extend([2.5]), l)[2]  # static", func() any {
			l := NewList[any](1)
			ListExtend(l, NewList(2.5))
			return l
		}},

		// += on a value held as any: a list is extended in place.
		c{"(l := [1], m := l, m.__iadd__(['a']), l)[3]", func() any {
			l := NewList[any](1)
			var m any = l
			IAdd(m, NewList("a"))
			return l
		}},
		c{"(l := [1], l.__iadd__('ab'))[1]", func() any { return IAdd(NewList[any](1), "ab") }},
		c{"(l := [1], l.__iadd__(5))[1]", func() any { return IAdd(NewList[any](1), 5) }},
		c{"(n := 1, n := n + 2.5)[1]", func() any { return IAdd(1, 2.5) }},
		c{"(l := [1, 'a'], m := l, m.__imul__(2), l)[3]", func() any {
			l := NewList[any](1, "a")
			var m any = l
			IMul(m, 2)
			return l
		}},
		c{"(l := [1], l.__imul__(0), l)[2]", func() any { return IMul(NewList(1), 0) }},
		c{"(l := [1], l.__imul__(True), l)[2]", func() any { return IMul(NewList(1), true) }},
		c{"(l := [1], l.__imul__(2.0), l)[2]", func() any { return IMul(NewList(1), 2.0) }},
		c{"(n := 3, n := n * 2.5)[1]", func() any { return IMul(3, 2.5) }},
		c{"(s := 'a', s := s + 'b')[1]", func() any { return IAdd("a", "b") }},

		// update with a dict of other types, or pairs.
		c{"(d := {'a': 1}, d.update({'b': 'x'}), d)[2]", func() any {
			d := DictOf(Tuple2[string, any]{"a", 1})
			d.PyUpdate(DictOf(Tuple2[string, string]{"b", "x"}))
			return d
		}},
		c{"(d := {1: 'a'}, d.update({1.0: 'b', True: 'c'}), d)[2]", func() any {
			d := DictOf(Tuple2[any, string]{1, "a"})
			d.PyUpdate(DictOf(Tuple2[float64, string]{1.0, "b"}))
			d.PyUpdate(DictOf(Tuple2[bool, string]{true, "c"}))
			return d
		}},
		c{"(d := {'a': 1}, d.update([('b', 2), ['c', 3], 'de']), d)[2]", func() any {
			d := DictOf(Tuple2[string, any]{"a", 1})
			d.PyUpdate(NewList[any](Tuple2[string, int]{"b", 2}, NewList[any]("c", 3), "de"))
			return d
		}},
		c{"(d := {'a': 1}, d.update([('b', 2, 3)]), d)[2]", func() any {
			d := DictOf(Tuple2[string, any]{"a", 1})
			d.PyUpdate(NewList(Tuple3[string, int, int]{"b", 2, 3}))
			return d
		}},
		c{"(d := {'a': 1}, d.update([1]), d)[2]", func() any {
			d := DictOf(Tuple2[any, any]{"a", 1})
			d.PyUpdate(NewList(1))
			return d
		}},

		// sum.
		c{"sum([1, 2.5, True])", func() any { return SumAny(NewList[any](1, 2.5, true)) }},
		c{"sum([])", func() any { return SumAny(NewList[any]()) }},
		c{"sum(['a'])", func() any { return SumAny(NewList[any]("a")) }},
		c{"sum((1, 2.0))", func() any { return SumAny(Tuple2[int, float64]{1, 2.0}) }},
		c{"sum({1: 'a', 2: 'b'})", func() any { return SumAny(DictOf(Tuple2[int, string]{1, "a"}, Tuple2[int, string]{2, "b"})) }},
		c{"sum([True, True])", func() any { return SumAny(NewList(true, true)) }},
		c{"sum(3)", func() any { return SumAny(3) }},

		// Printing containers of containers of other instantiations.
		c{"[[1], ['a'], {1: 'a'}, (1, 'b')]", func() any {
			return NewList[any](NewList(1), NewList("a"), DictOf(Tuple2[int, string]{1, "a"}), Tuple2[any, string]{1, "b"})
		}},
		c{"str(([1], 'a'))", func() any { return Str(Tuple2[*List[int], any]{NewList(1), "a"}) }},

		// Conversions between instantiations: the same Python value.
		c{"['a', 'b']", func() any { return As[*List[string]](NewList[any]("a", "b")) }},
		c{"['a']  # as any", func() any { return As[*List[any]](NewList("a")) }},
		c{"[[1]]", func() any { return As[*List[*List[int]]](NewList[any](NewList[any](1))) }},
		c{"{'a': 1}", func() any { return As[*Dict[string, int]](DictOf(Tuple2[any, any]{"a", 1})) }},
		c{"(1, 'a')", func() any { return As[Tuple2[int, string]](Tuple{1, "a"}) }},
		c{"{1}", func() any { return As[*Set[int]](NewSet[any](1)) }},
		c{"[(1, 'a')]", func() any { return As[*List[Tuple2[int, string]]](NewList[any](Tuple2[any, any]{1, "a"})) }},
	}
	checkPython(t, "mixed", cases)
}

// A conversion that only Go's types need never raises where Python
// would not; one that cannot hold the value raises TypeError (inference
// never asks for it, since CPython has no static types to disagree).
func TestConvertBetweenInstantiations(t *testing.T) {
	l := NewList(1)
	assert.Same(t, l, As[*List[int]](l), "the same instantiation is the same list")
	v, ok := Convert[any](nil)
	assert.True(t, ok)
	assert.Nil(t, v)
	_, ok = Convert[*List[int]](nil)
	assert.False(t, ok)
	_, ok = Convert[int](1.0)
	assert.False(t, ok, "numbers never change type")
	_, ok = Convert[*List[string]](NewList[any]("a", 1))
	assert.False(t, ok)
	_, ok = Convert[*List[string]](Tuple1[string]{"a"})
	assert.False(t, ok, "a tuple is no list")
	_, ok = Convert[Tuple2[int, int]](Tuple1[int]{1})
	assert.False(t, ok)
	wide, ok := Convert[Tuple4[int, string, any, float64]](Tuple{1, "a", nil, 2.5})
	assert.True(t, ok)
	assert.Equal(t, Tuple4[int, string, any, float64]{1, "a", nil, 2.5}, wide)
	_, ok = Convert[Tuple5[int, int, int, int, string]](Tuple5[int, int, int, int, int]{})
	assert.False(t, ok, "an int item is no str")
	_, ok = Convert[Tuple6[int, int, int, int, int, int]](Tuple5[int, int, int, int, int]{})
	assert.False(t, ok, "five items are not six")
	for name, f := range map[string]func(){
		"list of str": func() { As[*List[string]](NewList[any]("a", 1)) },
		"tuple":       func() { As[*List[int]](Tuple1[int]{1}) },
		"extend":      func() { ListExtend(NewList(1), NewList("a")) },
	} {
		func() {
			defer func() {
				e := AsExc(recover())
				assert.Equal(t, TypeError, e.Class, name)
			}()
			f()
		}()
	}
}
