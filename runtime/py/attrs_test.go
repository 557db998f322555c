package py

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCheckArgsMatchesCPython calls methods of every shape with too few
// and too many arguments and compares the TypeErrors with CPython's.
func TestCheckArgsMatchesCPython(t *testing.T) {
	shapes := []struct {
		params   []string
		required int
	}{{nil, 0}, {[]string{"a"}, 1}, {[]string{"a", "b"}, 2}, {[]string{"a", "b", "c"}, 3}, {[]string{"a", "b"}, 1}, {[]string{"a"}, 0}}
	var cases []pyCase
	for _, s := range shapes {
		var def []string
		for i, p := range s.params {
			if i >= s.required {
				p += "=0"
			}
			def = append(def, p)
		}
		class := fmt.Sprintf("type('C', (), {'m': lambda self%s: None})()", strings.Join(append([]string{""}, def...), ", "))
		for n := 0; n <= len(s.params)+1; n++ {
			args := strings.TrimSuffix(strings.Repeat("0, ", n), ", ")
			// A lambda's __qualname__ is <lambda>: name it as a method would be.
			py := fmt.Sprintf("(lambda o: (lambda f: f.__func__.__setattr__('__qualname__', 'C.m') or f(%s))(o.m))(%s)", args, class)
			cases = append(cases, pyCase{py, func() any {
				CheckArgs("C.m", n, s.params, s.required)
				return None
			}})
		}
	}
	checkPython(t, "check_args", cases)
}

type point struct{ x int }

func (p *point) PyGetAttr(name string) (any, bool) {
	if name == "x" {
		return p.x, true
	}
	return nil, false
}

func (p *point) PyCallMethod(name string, args []any) (any, bool) {
	if name == "moved" {
		CheckArgs("point.moved", len(args), []string{"dx"}, 1)
		return &point{p.x + As[int](args[0])}, true
	}
	return nil, false
}

func (p *point) PySetAttr(name string, v any) bool {
	if name == "x" {
		p.x = As[int](v)
		return true
	}
	return false
}

func (*point) PyTypeName() string { return "point" }

func TestAttributesByName(t *testing.T) {
	p := &point{3}
	assert.Equal(t, 3, GetAttr(p, "x"))
	assert.Equal(t, 5, GetAttr(CallMethod(p, "moved", 2), "x"))
	assert.True(t, HasAttr(p, "x"))
	assert.False(t, HasAttr(p, "y"))
	assert.True(t, HasAttr(NewList(1), "append"))
	assert.False(t, HasAttr("s", "append"))
	assert.Equal(t, 7, GetAttrDefault(p, "y", 7))
	assert.PanicsWithError(t, "AttributeError: 'point' object has no attribute 'y'", func() { GetAttr(p, "y") })
	assert.PanicsWithError(t, "AttributeError: 'point' object has no attribute 'moved2'", func() { CallMethod(p, "moved2") })
	assert.PanicsWithError(t, "AttributeError: 'NoneType' object has no attribute 'x'", func() { GetAttr(None, "x") })
	assert.PanicsWithError(t, "AttributeError: 'list' object has no attribute 'x'", func() { CallMethod(NewList(1), "x") })
	assert.PanicsWithError(t, "TypeError: point.moved() missing 1 required positional argument: 'dx'", func() { CallMethod(p, "moved") })
	SetAttr(p, "x", 9)
	assert.Equal(t, 9, p.x)
	var absent *point // an optional instance that is None
	assert.PanicsWithError(t, "AttributeError: 'NoneType' object has no attribute 'x'", func() { SetAttr(absent, "x", 1) })
	assert.PanicsWithError(t, "AttributeError: 'int' object has no attribute 'x'", func() { SetAttr(1, "x", 1) })
	assert.False(t, HasAttr(absent, "x"))
	red := NewEnumMember("Color", "RED", 1)
	assert.Equal(t, "RED", GetAttr(&red, "name"))
	assert.Equal(t, 1, GetAttr(&red, "value"))
}

// TestDictViewsByName checks keys(), values() and items() of a dict held
// as any against CPython: printed, measured, iterated, tested for
// membership, and live.
func TestDictViewsByName(t *testing.T) {
	mk := func() *Dict[string, any] {
		d := NewDict[string, any]()
		d.Set("a", 1)
		d.Set("b", NewList[any](2, "x"))
		return d
	}
	od := func() *Dict[string, int] {
		d := Ordered(NewDict[string, int]())
		d.Set("z", 1)
		return d
	}
	checkPython(t, "dict_views", []pyCase{
		{"(lambda d: (d.keys(), d.values(), d.items()))({'a': 1, 'b': [2, 'x']})", func() any {
			d := mk()
			return Tuple{CallMethod(d, "keys"), CallMethod(d, "values"), CallMethod(d, "items")}
		}},
		{"(lambda d: (len(d.items()), 'a' in d.keys(), ('a', 1) in d.items(), ('a', 2) in d.items(), 1 in d.values(), 'x' in d.values()))({'a': 1, 'b': [2, 'x']})", func() any {
			d := mk()
			items := CallMethod(d, "items")
			return Tuple{Len(items), In("a", CallMethod(d, "keys")), In(Tuple{"a", 1}, items), In(Tuple{"a", 2}, items), In(1, CallMethod(d, "values")), In("x", CallMethod(d, "values"))}
		}},
		{"(lambda d: (lambda v: (d.__setitem__('c', 3), list(v))[1])(d.keys()))({'a': 1})", func() any {
			d := NewDict[string, any]()
			d.Set("a", 1)
			v := CallMethod(d, "keys")
			d.Set("c", 3)
			return ListFrom(Iter(v))
		}},
		{"__import__('collections').OrderedDict(z=1).items()", func() any { return CallMethod(od(), "items") }},
	})
}

// TestSetItemAny checks x[k] = v of containers held as any against
// CPython, its IndexError and TypeErrors included.
func TestSetItemAny(t *testing.T) {
	set := func(x, k, v any) any {
		SetItemAny(x, k, v)
		return x
	}
	d := func() any { return NewDict[any, any]() }
	checkPython(t, "setitem", []pyCase{
		{"(lambda d: (d.__setitem__('a', 1), d.__setitem__(2, [3]), d)[-1])({})", func() any { return set(set(d(), "a", 1), 2, NewList[any](3)) }},
		{"(lambda l: (l.__setitem__(-1, 'z'), l.__setitem__(True, 9), l)[-1])([1, 2, 3])", func() any {
			return set(set(NewList[any](1, 2, 3), -1, "z"), true, 9)
		}},
		{"(lambda l: l.__setitem__(3, 0))([1, 2, 3])", func() any { return set(NewList[any](1, 2, 3), 3, 0) }},
		{"(lambda l: l.__setitem__('a', 0))([1])", func() any { return set(NewList[any](1), "a", 0) }},
		{"__import__('operator').setitem('ab', 0, 'x')", func() any { return set("ab", 0, "x") }},
		{"__import__('operator').setitem((1, 2), 0, 1)", func() any { return set(Tuple{1, 2}, 0, 1) }},
	})
}
