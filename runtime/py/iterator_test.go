package py

import "testing"

// TestIteratorsMatchCPython compares iterators held as values (iter(x),
// next, the rest taken by a loop, containers changed meanwhile) with
// CPython's.
func TestIteratorsMatchCPython(t *testing.T) {
	l := func(xs ...any) *List[any] { return NewList(xs...) }
	cases := []pyCase{
		{"(lambda it: [next(it), next(it), list(it), next(it, -1)])(iter([1, 2, 3]))", func() any {
			it := IterList(NewList(1, 2, 3))
			return l(it.Next(), it.Next(), ListFrom(it.All()), it.NextOr(-1))
		}},
		{"(lambda xs: (lambda it: [next(it), xs.append(9), list(it), xs.append(5), list(it)])(iter(xs)))([1, 2])", func() any {
			xs := NewList(1, 2)
			it := IterList(xs)
			a := it.Next()
			xs.Append(9)
			b := ListFrom(it.All())
			xs.Append(5)
			return l(a, None, b, None, ListFrom(it.All()))
		}},
		{"next(iter([]))", func() any { return IterList(NewList[int]()).Next() }},
		{"(lambda it: [next(it), list(it)])(iter('héllo'))", func() any {
			it := IterStr("héllo")
			return l(it.Next(), ListFrom(it.All()))
		}},
		{"[type(iter('abc')).__name__, type(iter('é')).__name__, type(iter([])).__name__, type(iter({})).__name__, type(iter(set())).__name__, type(iter(range(1))).__name__, type(iter((1,))).__name__]", func() any {
			return l(IterStr("abc").PyTypeName(), IterStr("é").PyTypeName(), IterList(NewList[int]()).PyTypeName(),
				IterDict(NewDict[int, int]()).PyTypeName(), IterSet(NewSet[int]()).PyTypeName(), IterRange(0, 1, 1).PyTypeName(),
				IterSequence(TupleOf([]any{1})).PyTypeName())
		}},
		{"(lambda it: [next(it), list(it)])(iter(range(10, 0, -3)))", func() any {
			it := IterRange(10, 0, -3)
			return l(it.Next(), ListFrom(it.All()))
		}},
		{"iter(range(1, 2, 0))", func() any { return IterRange(1, 2, 0) }},
		{"(lambda d: (lambda it: [next(it), d.__setitem__('b', 3), next(it), next(it, 'end')])(iter(d)))({'a': 1, 'b': 2})", func() any {
			d := dictOf("a", 1, "b", 2)
			it := IterDict(d)
			a := it.Next()
			d.Set("b", 3)
			return l(a, None, it.Next(), it.NextOr("end"))
		}},
		{"(lambda d: (lambda it: [next(it), d.__setitem__('c', 3), next(it)])(iter(d)))({'a': 1, 'b': 2})", func() any {
			d := dictOf("a", 1, "b", 2)
			it := IterDict(d)
			a := it.Next()
			d.Set("c", 3)
			return l(a, None, it.Next())
		}},
		{"(lambda d: (lambda it: [next(it), d.pop('a'), next(it, 'end')])(iter(d)))({'a': 1})", func() any {
			d := dictOf("a", 1)
			it := IterDict(d)
			a := it.Next()
			return l(a, d.Pop("a"), it.NextOr("end"))
		}},
		{"(lambda s: (lambda it: [next(it), s.add(7), next(it)])(iter(s)))({1, 2})", func() any {
			s := NewSet(1, 2)
			it := IterSet(s)
			a := it.Next()
			s.Add(7)
			return l(a, None, it.Next())
		}},
		{"(lambda it: [next(it), next(it), next(it)])(iter({3, 1, 2}))", func() any {
			it := IterSet(NewSet(3, 1, 2))
			return l(it.Next(), it.Next(), it.Next())
		}},
		{"(lambda it: [next(it), list(it)])(iter((1, 'a', 2.5)))", func() any {
			it := IterSequence(TupleOf([]any{1, "a", 2.5}))
			return l(it.Next(), ListFrom(it.All()))
		}},
		{"(lambda it: [next(it), next(it), next(it)])(__import__('itertools').count(5, -2))", func() any {
			it := Count(5, -2)
			return l(it.Next(), it.Next(), it.Next())
		}},
		{"(lambda it: [next(it), next(it), next(it)])(__import__('itertools').cycle('ab'))", func() any {
			it := Cycle([]string{"a", "b"})
			return l(it.Next(), it.Next(), it.Next())
		}},
		{"next(__import__('itertools').cycle([]), -1)", func() any { return Cycle([]int{}).NextOr(-1) }},
		{"(lambda it: [next(it), next(it)])(iter(iter([4, 5])))", func() any {
			it := IterAny(IterList(NewList(4, 5)))
			return l(NextAny(it), NextAny(it))
		}},
		{"[next(iter(x)) for x in ([7], 'z', {'k': 1}, {2}, (3,))]", func() any {
			var out []any
			for _, x := range []any{NewList(7), "z", dictOf("k", 1), NewSet(2), TupleOf([]any{3})} {
				out = append(out, NextAny(IterAny(x)))
			}
			return l(out...)
		}},
		{"(lambda it: [list(__import__('itertools').islice(it, 1, 5, 2)), next(it, -1)])(iter(range(10)))", func() any {
			it := IterRange(0, 10, 1)
			return l(ISliceIter(it, 1, 5, 2), it.NextOr(-1))
		}},
		{"(lambda it: [list(__import__('itertools').islice(it, 0, 6, 2)), next(it, -1)])(iter(range(10)))", func() any {
			it := IterRange(0, 10, 1)
			return l(ISliceIter(it, 0, 6, 2), it.NextOr(-1))
		}},
		{"(lambda it: [list(__import__('itertools').islice(it, 3)), next(it, -1)])(__import__('itertools').count(7))", func() any {
			it := Count(7, 1)
			return l(ISliceIter(it, 0, 3, 1), it.NextOr(-1))
		}},
		{"(lambda it: [list(__import__('itertools').islice(it, 2, None)), next(it, -1)])(iter([1, 2, 3, 4]))", func() any {
			it := IterList(NewList(1, 2, 3, 4))
			return l(ISliceIter(it, 2, NoStop, 1), it.NextOr(-1))
		}},
		{"list(__import__('itertools').islice(iter([1]), 0, 2, 0))", func() any { return ISliceIter(IterList(NewList(1)), 0, 2, 0) }},
		{"iter(5)", func() any { return IterAny(5) }},
		{"next([1])", func() any { return NextAny(NewList(1)) }},
		{"next(None)", func() any { return NextAny(None) }},
		{"next(iter([]), None)", func() any { return NextAny(IterAny(NewList[int]()), None) }},
	}
	checkPython(t, "iterators", cases)
}

// dictOf is a dict of the keys and values given in turn.
func dictOf(kv ...any) *Dict[string, int] {
	d := NewDict[string, int]()
	for i := 0; i < len(kv); i += 2 {
		d.Set(kv[i].(string), kv[i+1].(int))
	}
	return d
}
