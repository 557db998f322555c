package py

import (
	"fmt"
	"iter"
	"unicode/utf8"
)

// Iterator is a Python iterator held as a value: what iter(x) returns for
// a list, tuple, str, dict, set or range, and itertools.count, cycle and
// repeat. Each item is taken when it is asked for, from the container as
// it is then, as CPython's iterators do; an exhausted iterator stays
// exhausted, even if its list grows again.
type Iterator[T any] struct {
	next func() (T, bool) // nil once exhausted
	name string           // CPython's type name: list_iterator, count, ...
}

func newIterator[T any](name string, next func() (T, bool)) *Iterator[T] {
	return &Iterator[T]{next: next, name: name}
}

// pull takes the next item; ok is false when there is none.
func (it *Iterator[T]) pull() (v T, ok bool) {
	if it.next == nil {
		return v, false
	}
	if v, ok = it.next(); !ok {
		it.next = nil
	}
	return v, ok
}

// Next is next(it): StopIteration once the items are exhausted.
func (it *Iterator[T]) Next() T {
	v, ok := it.pull()
	if !ok {
		Raise(StopIteration.New())
	}
	return v
}

// NextOr is next(it, def).
func (it *Iterator[T]) NextOr(def T) T {
	if v, ok := it.pull(); ok {
		return v
	}
	return def
}

// All is the rest of the items, for a for loop: each taken when the loop
// gets to it, so that a loop left early leaves the others to later
// readers.
func (it *Iterator[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for {
			v, ok := it.pull()
			if !ok || !yield(v) {
				return
			}
		}
	}
}

// PyIter is All as values of dynamic type.
func (it *Iterator[T]) PyIter() iter.Seq[any] {
	return func(yield func(any) bool) {
		for v := range it.All() {
			if !yield(v) {
				return
			}
		}
	}
}

// PyNext is next(it) of an iterator held as any.
func (it *Iterator[T]) PyNext() (any, bool) { return it.pull() }

// PyTypeName is type(it).__name__.
func (it *Iterator[T]) PyTypeName() string { return it.name }

// PyRepr is repr(it), whose address differs from CPython's as it does
// from one CPython run to the next.
func (it *Iterator[T]) PyRepr() string {
	if it.name == "count" || it.name == "repeat" || it.name == "cycle" {
		return fmt.Sprintf("<itertools.%s object at %p>", it.name, it)
	}
	return fmt.Sprintf("<%s object at %p>", it.name, it)
}

// PyNexter is an iterator held as any (Iterator of any instantiation).
type PyNexter interface{ PyNext() (any, bool) }

// IterList is iter(l) of a list or deque: the item at the next index
// when asked for.
func IterList[T any](l *List[T]) *Iterator[T] {
	name := "list_iterator"
	if l.deque != nil {
		name = "_deque_iterator"
	}
	i := 0
	return newIterator(name, func() (v T, ok bool) {
		if i >= len(l.Items) {
			return v, false
		}
		i++
		return l.Items[i-1], true
	})
}

// IterSequence is iter(t) of a tuple or named tuple, whose items are
// typed any.
func IterSequence(s PySequence) *Iterator[any] {
	i := 0
	return newIterator("tuple_iterator", func() (any, bool) {
		if i >= s.PyLen() {
			return nil, false
		}
		i++
		return s.PyItem(i - 1), true
	})
}

// IterStr is iter(s): its characters.
func IterStr(s string) *Iterator[string] {
	name := "str_iterator"
	if isASCII(s) {
		name = "str_ascii_iterator"
	}
	return newIterator(name, func() (string, bool) {
		if s == "" {
			return "", false
		}
		_, n := utf8.DecodeRuneInString(s)
		c := s[:n]
		s = s[n:]
		return c, true
	})
}

// IterRange is iter(range(start, stop, step)).
func IterRange(start, stop, step int) *Iterator[int] {
	if step == 0 {
		Raise(ValueError.New("range() arg 3 must not be zero"))
	}
	n := start
	return newIterator("range_iterator", func() (int, bool) {
		if step > 0 && n >= stop || step < 0 && n <= stop {
			return 0, false
		}
		n += step
		return n - step, true
	})
}

// IterDict is iter(d): its keys. Adding or removing keys before the
// iterator is exhausted raises RuntimeError at the next item, as in
// CPython (an OrderedDict's also notices a key moved).
func IterDict[K comparable, V any](d *Dict[K, V]) *Iterator[K] {
	if d.flavor == orderedFlavor {
		state, i := d.state, d.firstLive()
		return newIterator("odict_iterator", func() (k K, ok bool) {
			if i < 0 {
				return k, false
			}
			if d.state != state {
				i = -1 // CPython's iterator lets go of the dict
				Raise(RuntimeError.New("OrderedDict mutated during iteration"))
			}
			k, i = d.entries[i].key, d.nextLive(i)
			return k, true
		})
	}
	n, i := len(d.index), 0
	return newIterator("dict_keyiterator", func() (k K, ok bool) {
		if len(d.index) != n {
			n = -1 // every later next() raises again, as CPython's does
			Raise(RuntimeError.New("dictionary changed size during iteration"))
		}
		for ; i < len(d.entries); i++ {
			if d.entries[i].live {
				i++
				return d.entries[i-1].key, true
			}
		}
		return k, false
	})
}

// IterSet is iter(s): its elements in iteration order (see Set).
func IterSet[T comparable](s *Set[T]) *Iterator[T] {
	n, i := len(s.pos), 0
	return newIterator("set_iterator", func() (x T, ok bool) {
		if len(s.pos) != n {
			n = -1
			Raise(RuntimeError.New("Set changed size during iteration"))
		}
		for ; i < len(s.slots); i++ {
			if s.slots[i].state == slotActive {
				i++
				return s.slots[i-1].key, true
			}
		}
		return x, false
	})
}

// IterAny is iter(v) of a value of dynamic type: v itself (as items of
// type any) when it is an iterator already, else an iterator over it;
// TypeError when v is not iterable.
func IterAny(v any) *Iterator[any] {
	switch x := v.(type) {
	case *Iterator[any]:
		return x
	case PyNexter:
		return newIterator(TypeName(v), x.PyNext)
	case string:
		return anyIterator(IterStr(x))
	case pyIterMaker:
		return x.pyIterator()
	case PySequence:
		return IterSequence(x)
	}
	next, stop := iter.Pull(Iter(v))
	return newIterator(TypeName(v)+"_iterator", func() (any, bool) {
		x, ok := next()
		if !ok {
			stop()
		}
		return x, ok
	})
}

// pyIterMaker is a container of any instantiation that makes its own
// iterator of items typed any.
type pyIterMaker interface{ pyIterator() *Iterator[any] }

func (l *List[T]) pyIterator() *Iterator[any]    { return anyIterator(IterList(l)) }
func (d *Dict[K, V]) pyIterator() *Iterator[any] { return anyIterator(IterDict(d)) }
func (s *Set[T]) pyIterator() *Iterator[any]     { return anyIterator(IterSet(s)) }

// anyIterator is it with its items typed any.
func anyIterator[T any](it *Iterator[T]) *Iterator[any] {
	return newIterator(it.name, func() (any, bool) { return it.pull() })
}

// NextAny is next(v) of a value of dynamic type; def, when given, is
// what an exhausted iterator gives instead of StopIteration.
func NextAny(v any, def ...any) any {
	if isNilInstance(v) {
		Raise(TypeError.New("'NoneType' object is not an iterator"))
	}
	var x any
	ok := false
	switch it := v.(type) {
	case PyNexter:
		x, ok = it.PyNext()
	case pyMethodCaller: // an iterator of the program's own: its __next__
		found := false
		x, ok = callNext(func() any {
			var r any
			r, found = it.PyCallMethod("__next__", nil)
			return r
		})
		if !found && ok {
			Raise(TypeError.New("'" + TypeName(v) + "' object is not an iterator"))
		}
	default:
		Raise(TypeError.New("'" + TypeName(v) + "' object is not an iterator"))
	}
	switch {
	case ok:
		return x
	case len(def) > 0:
		return def[0]
	}
	Raise(StopIteration.New())
	panic("unreachable")
}

// IterAs is it with its items typed T, which is any: an iterator that
// inference joined with others of other items.
func IterAs[T, S any](it *Iterator[S]) *Iterator[T] {
	return newIterator(it.name, func() (t T, ok bool) {
		v, ok := it.pull()
		if ok {
			t = any(v).(T)
		}
		return t, ok
	})
}
