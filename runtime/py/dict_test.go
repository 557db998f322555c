package py

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDictOrderMatchesCPython replays inserts, updates and deletes (enough
// to trigger compaction) and compares repr with CPython's.
func TestDictOrderMatchesCPython(t *testing.T) {
	next := lcg(99)
	var cases []pyCase
	for range 20 {
		type op struct {
			del  bool
			k, v int
		}
		var ops []op
		var py strings.Builder
		py.WriteString("(lambda d: [")
		for range 100 {
			o := op{next(3) == 0, next(30), next(1000)}
			ops = append(ops, o)
			if o.del {
				fmt.Fprintf(&py, "d.pop(%d, None), ", o.k)
			} else {
				fmt.Fprintf(&py, "d.__setitem__(%d, %d), ", o.k, o.v)
			}
		}
		py.WriteString("d][-1])({})")
		cases = append(cases, pyCase{py.String(), func() any {
			d := NewDict[int, int]()
			for _, o := range ops {
				if o.del {
					d.PopDefault(o.k, 0)
				} else {
					d.Set(o.k, o.v)
				}
			}
			return d
		}})
	}
	cases = append(cases,
		pyCase{"{'a': 1}['b']", func() any { return DictOf(Tuple2[string, int]{"a", 1}).Get("b") }},
		pyCase{"{'a': 1}.get('b', 5)", func() any { return DictOf(Tuple2[string, int]{"a", 1}).GetDefault("b", 5) }},
		pyCase{"(lambda d: [d.setdefault('b', 2), d][-1])({'a': 1})", func() any {
			d := DictOf(Tuple2[string, int]{"a", 1})
			d.SetDefault("b", 2)
			return d
		}},
		pyCase{"{1: 'x', 2: 'y'}.popitem()", func() any { return DictOf(Tuple2[int, string]{1, "x"}, Tuple2[int, string]{2, "y"}).PopItem() }},
		pyCase{"list({1: 'x', 2: 'y'}.items())", func() any {
			return NewList(DictOf(Tuple2[int, string]{1, "x"}, Tuple2[int, string]{2, "y"}).Items()...)
		}},
	)
	checkPython(t, "dict", cases)
}

func TestDictChangedSizeDuringIteration(t *testing.T) {
	d := DictOf(Tuple2[int, int]{1, 1}, Tuple2[int, int]{2, 2})
	assert.PanicsWithError(t, "RuntimeError: dictionary changed size during iteration", func() {
		for k := range d.All() {
			d.Set(k+10, 0)
		}
	})
}
