package py

import "testing"

// TestCopyMatchesCPython compares copy.copy and copy.deepcopy (sharing
// kept, flavors kept, the originals untouched) with CPython's.
func TestCopyMatchesCPython(t *testing.T) {
	pre, post := "(lambda copy: ", ")(__import__('copy'))"
	c := func(py string, got func() any) pyCase { return pyCase{pre + py + post, got} }
	checkPython(t, "copy", []pyCase{
		c("(lambda a: (lambda b: (b[0].append(2), b, a))(copy.deepcopy([a, a])))([1])", func() any {
			a := NewList(1)
			b := DeepCopy(NewList(a, a))
			b.Items[0].Append(2)
			return Tuple{None, b, a}
		}),
		c("(lambda a: (lambda b: (b[0].append(2), b, a))(copy.copy([a, a])))([1])", func() any {
			a := NewList(1)
			b := CopyAny(NewList(a, a)).(*List[*List[int]])
			b.Items[0].Append(2)
			return Tuple{None, b, a}
		}),
		c("(lambda d: (lambda e: (e['k'].append(3), e, d))(copy.deepcopy(d)))({'k': [1], 'j': (2, [4])})", func() any {
			d := DictOf(Tuple2[string, any]{"k", NewList[any](1)}, Tuple2[string, any]{"j", Tuple2[int, *List[int]]{2, NewList(4)}})
			e := DeepCopy(d)
			e.Get("k").(*List[any]).Append(3)
			return Tuple{None, e, d}
		}),
		c("copy.deepcopy(__import__('collections').OrderedDict(a={1, 2}))", func() any {
			return DeepCopy(Ordered(DictOf(Tuple2[string, *Set[int]]{"a", NewSet(1, 2)})))
		}),
		c("copy.deepcopy([frozenset({3}), None, 'x', 1.5, (1,)])", func() any {
			return DeepCopy(NewList[any](Frozen(NewSet(3)), nil, "x", 1.5, Tuple1[int]{1}))
		}),
		c("copy.copy(__import__('collections').deque([1, 2], 3))", func() any { return CopyAny(NewDeque([]int{1, 2}, 3)) }),
	})
}
