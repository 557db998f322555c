package progen

import (
	"fmt"
	"strings"
)

// A class hierarchy with single inheritance: a root with class
// attributes (weight, which subclasses may define again), a property, plain and async methods, and subclasses that
// override some of them (calling super() or not) two levels deep. The
// coroutine class_demo, awaited first in main, calls every method of an
// instance of each class through a list of the root type, so calls from
// the root's methods must reach the overrides, and prints what
// isinstance() and type().__name__ say of each. Values stay small ints:
// sums and differences of attributes, the argument and constants.

// hierClass is one class of the hierarchy being written.
type hierClass struct {
	name   string
	parent *hierClass
	depth  int
}

// classDemo writes the hierarchy's classes and class_demo.
func (g *gen) classDemo() (classes, demo block) {
	root := &hierClass{name: "Base"}
	all := []*hierClass{root}
	for i, n := 0, g.between(1, 3); i < n; i++ {
		parent := oneOf(g, all...)
		if parent.depth == 2 {
			parent = root
		}
		all = append(all, &hierClass{name: fmt.Sprintf("Sub%d", i), parent: parent, depth: parent.depth + 1})
	}
	for _, c := range all {
		classes.add("")
		classes.add("")
		classes = append(classes, g.classDef(c)...)
	}
	demo.add("async def class_demo():")
	var body block
	var objs []string
	for i, c := range all {
		objs = append(objs, fmt.Sprintf("%s(%d)", c.name, i+g.between(0, 3)))
	}
	body.add("objs = [%s]", strings.Join(objs, ", "))
	body.add("for o in objs:")
	body.nest(block{
		fmt.Sprintf("print(type(o).__name__, o.f(%d), o.g(%d), await o.run(%d), o.size, o.weight, isinstance(o, %s))",
			g.between(0, 5), g.between(0, 5), g.between(0, 5), oneOf(g, all...).name),
	})
	body.add("print(Base.count, len(objs))")
	demo.nest(body)
	return classes, demo
}

// classDef writes one class: the root defines every method, a subclass
// overrides a random few.
func (g *gen) classDef(c *hierClass) block {
	var b, body block
	sep := func() { // a blank line between two members
		if len(body) > 0 {
			body.add("")
		}
	}
	if c.parent == nil {
		b.add("class %s:", c.name)
		body.add("count = 0")
		body.add("weight = %d", g.between(1, 9))
		sep()
		body.add("def __init__(self, a):")
		body.nest(block{"Base.count += 1", "self.a = a"})
	} else {
		b.add("class %s(%s):", c.name, c.parent.name)
		if g.chance(50) {
			body.add("weight = %d", g.between(1, 9))
		}
		if g.chance(50) {
			sep()
			body.add("def __init__(self, a):")
			body.nest(block{fmt.Sprintf("super().__init__(a + %d)", g.between(0, 4))})
		}
	}
	method := func(head string, ret string) {
		body.add("%s", head)
		body.nest(block{"return " + ret})
	}
	root := c.parent == nil
	if root || g.chance(50) {
		sep()
		ret := g.linear("self.a", "x")
		if !root && g.chance(50) {
			ret = "super().f(x) " + oneOf(g, "+", "-") + " " + g.linear("self.a")
		}
		method("def f(self, x):", ret)
	}
	if root {
		sep()
		method("def g(self, x):", "self.f(x) + self.h()")
	}
	if root || g.chance(50) {
		sep()
		method("def h(self):", g.linear("self.a", "self.weight"))
	}
	if root || g.chance(40) {
		sep()
		body.add("async def run(self, x):")
		inner := block{"await asyncio.sleep(0)"}
		if !root && g.chance(50) {
			inner.add("return await super().run(x) + %d", g.between(0, 5))
		} else {
			inner.add("return self.g(x) - %s", g.linear("x"))
		}
		body.nest(inner)
	}
	if root || g.chance(30) {
		sep()
		body.add("@property")
		method("def size(self):", g.linear("self.a"))
	}
	b.nest(body)
	return b
}

// linear writes a small sum or difference of the given operands and a
// constant.
func (g *gen) linear(operands ...string) string {
	s := fmt.Sprint(g.between(0, 9))
	for _, o := range operands {
		if g.chance(70) {
			s = o + " " + oneOf(g, "+", "-", "*") + " " + s
		}
	}
	return s
}
