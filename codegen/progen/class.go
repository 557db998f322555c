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
// isinstance() and type().__name__ say of each, then uses instances that
// may be None, and compares them: some classes define comparison methods
// (which may print, return NotImplemented, or be missing so that the
// reflected one or identity answers). Values stay small ints: sums and differences of
// attributes, the argument and constants. Half the programs also have
// Duck, a class of its own with members of the same names, whose
// instances share a list with the hierarchy's and a number: its items
// are of type any, reached by name (x.f(...), getattr, hasattr, x.a = v).
// Half the hierarchies also index and call their instances
// (__getitem__, __call__, which subclasses may override, and __delitem__).
// Some roots also have attributes that only some paths assign: one that
// __init__ sets for even arguments only, read under except
// AttributeError (and maybe deleted), and one that a method computes on
// first use behind hasattr().

// hierClass is one class of the hierarchy being written.
type hierClass struct {
	name   string
	parent *hierClass
	depth  int
	items  bool // the root defines __getitem__, __delitem__ and __call__
	// extra and memo: the root's __init__ sets extra for even arguments
	// only; its memo method sets cache on first use.
	extra, memo bool
}

// root is the top of c's hierarchy.
func (c *hierClass) root() *hierClass {
	for c.parent != nil {
		c = c.parent
	}
	return c
}

// classDemo writes the hierarchy's classes and class_demo.
func (g *gen) classDemo() (classes, demo block) {
	root := &hierClass{name: "Base", items: g.chance(50), extra: g.chance(40), memo: g.chance(40)}
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
		// make() counts in a class attribute through cls: a subclass's
		// store makes the count its own.
		objs = append(objs, fmt.Sprintf("%s%s(%d)", c.name, oneOf(g, "", ".make"), i+g.between(0, 3)))
	}
	body.add("objs = [%s]", strings.Join(objs, ", "))
	var made []string
	for _, c := range all {
		made = append(made, c.name+".made")
	}
	body.add("print(%s)", strings.Join(made, ", "))
	body.add("for o in objs:")
	loop := block{
		fmt.Sprintf("print(type(o).__name__, o.f(%d), o.g(%d), await o.run(%d), o.size, o.weight, type(o).weight, isinstance(o, %s))",
			g.between(0, 5), g.between(0, 5), g.between(0, 5), oneOf(g, all...).name),
	}
	if root.items {
		loop.add("print(o[%d], o(%d), o(o[%d]))", g.between(0, 5), g.between(0, 5), g.between(0, 3))
		loop.add("del o[%d]", g.between(0, 5))
	}
	if root.extra {
		loop.add("try:")
		loop.nest(block{"print(o.extra, hasattr(o, \"extra\"))"})
		loop.add("except AttributeError as e:")
		loop.nest(block{`print("AttributeError:", e, getattr(o, "extra", None))`})
		if g.chance(50) {
			loop.add("try:")
			loop.nest(block{"del o.extra", `print("deleted", hasattr(o, "extra"))`})
			loop.add("except AttributeError as e:")
			loop.nest(block{`print("AttributeError:", e)`})
		}
	}
	if root.memo {
		loop.add("print(hasattr(o, \"cache\"), o.memo(%d), o.memo(%d), o.cache)", g.between(0, 5), g.between(0, 5))
	}
	// only() and tag, which some subclasses define and the root does
	// not: reached by name on the instance's class at run time.
	loop.add("try:")
	loop.nest(block{fmt.Sprintf("print(%s)", oneOf(g, "o.only()", "o.tag", "o.only(), o.tag"))})
	loop.add("except AttributeError as e:")
	loop.nest(block{`print("AttributeError:", e)`})
	if g.chance(30) {
		loop.add("try:") // size is a property without a setter
		loop.nest(block{fmt.Sprintf("o.size %s %d", oneOf(g, "=", "+="), g.between(0, 5))})
		loop.add("except AttributeError as e:")
		loop.nest(block{`print("AttributeError:", e)`})
	}
	body.nest(loop)
	body.add("print(Base.count, len(objs), [o.a for o in sorted(objs, key=attrgetter(%q))])", oneOf(g, "a", "size", "weight"))
	body.add("print(Base.log, [o.id for o in objs], [len(o.log) for o in objs])")
	if g.chance(50) {
		body = append(body, g.classValueDemo(all)...)
	}
	body = append(body, g.optionalDemo(len(all))...)
	body = append(body, g.compareDemo(len(all))...)
	if g.chance(50) {
		classes.add("")
		classes.add("")
		slots := g.chance(40)
		classes = append(classes, g.duckClass(slots)...)
		body = append(body, g.duckDemo(len(all), slots)...)
	}
	demo.nest(body)
	return classes, demo
}

// classValueDemo uses the hierarchy's classes, built-in types and
// exception classes as values: called, compared, printed, asked with
// isinstance() and issubclass(), their class attributes and class
// methods reached through a variable.
func (g *gen) classValueDemo(all []*hierClass) block {
	var names []string
	for _, c := range all {
		if g.chance(70) {
			names = append(names, c.name)
		}
	}
	names = append(names, oneOf(g, all...).name)
	other := oneOf(g, all...).name
	var b block
	b.add("for cls in [%s]:", strings.Join(names, ", "))
	loop := block{
		fmt.Sprintf("inst = cls%s(%d)", oneOf(g, "", ".make"), g.between(0, 5)),
		fmt.Sprintf("print(cls, cls.__name__, type(inst) is cls, type(inst) is %s, isinstance(inst, cls), issubclass(cls, %s), cls.weight, cls.made, inst.f(%d))",
			other, other, g.between(0, 5)),
	}
	b.nest(loop)
	kinds := []string{"int", "str", "float", "bool", "list", other}
	g.r.Shuffle(len(kinds), func(i, j int) { kinds[i], kinds[j] = kinds[j], kinds[i] })
	b.add("kinds = (%s)", strings.Join(kinds[:g.between(2, 4)], ", "))
	b.add("for val in (%d, %q, %d.5, True, [%d], %s(%d)):", g.between(0, 9), oneOf(g, "a", "7", ""), g.between(0, 9), g.between(0, 9), other, g.between(0, 5))
	b.nest(block{"print(type(val), type(val).__name__, isinstance(val, kinds), [k.__name__ for k in kinds if isinstance(val, k)])"})
	conv := oneOf(g, "int", "float", "str", "bool")
	b.add("conv = %s", conv)
	b.add("try:")
	b.nest(block{fmt.Sprintf("print(repr(conv(%s)), conv is %s, conv is %s)", oneOf(g, `"3"`, `"x"`, "2", "0", `""`), conv, oneOf(g, "int", "str"))})
	b.add("except ValueError as e:")
	b.nest(block{`print("ValueError:", e)`})
	b.add("for E in (%s):", strings.Join([]string{oneOf(g, "ValueError", "KeyError"), oneOf(g, "TypeError", "IndexError", "RuntimeError")}, ", "))
	b.nest(block{"try:"})
	b.nest(block{"    raise E(" + fmt.Sprintf("%q", oneOf(g, "x", "boom")) + ")"})
	b.nest(block{"except (ValueError, KeyError, TypeError, IndexError, RuntimeError) as e:"})
	b.nest(block{"    print(E, type(e) is E, isinstance(e, E), issubclass(E, LookupError), repr(e))"})
	return b
}

// duckClass writes Duck: the root's members by name, with other values;
// with slots, its instances keep only a.
func (g *gen) duckClass(slots bool) block {
	b := block{"class Duck:"}
	if slots {
		b.add(`    __slots__ = ("a",)`)
	}
	return append(b,
		fmt.Sprintf("    weight = %d", g.between(1, 9)),
		"",
		"    def __init__(self, a):",
		"        self.a = a",
		"",
		"    def f(self, x, y=1):",
		"        return "+g.linear("self.a", "x", "y"),
		"",
		"    def h(self):",
		"        return "+g.linear("self.a"),
		"",
		"    @property",
		"    def size(self):",
		"        return "+g.linear("self.a", "self.weight"),
		"",
		"    async def run(self, x):",
		"        await asyncio.sleep(0)",
		"        return "+g.linear("self.a", "x"),
	)
}

// duckDemo reaches Duck's and the hierarchy's members by name through a
// list of both and an int; a Duck with slots refuses a new attribute.
func (g *gen) duckDemo(n int, slots bool) block {
	var b block
	b.add("mixed = [objs[%d], Duck(%d), %d]", g.between(0, n-1), g.between(0, 5), g.between(0, 9))
	// d, not o: one variable for both would make the hierarchy's loop
	// reach its instances by name.
	b.add("for d in mixed[:2]:")
	b.nest(block{fmt.Sprintf("print(type(d).__name__, d.f(%d), d.h(), d.size, d.weight, getattr(d, %q), hasattr(d, %q), getattr(d, %q, None), await d.run(%d))",
		g.between(0, 5), oneOf(g, "a", "size", "weight"), oneOf(g, "g", "run", "f", "zz"), oneOf(g, "a", "zz"), g.between(0, 5))})
	b.add("mixed[%d].a = mixed[%d].a + %d", g.between(0, 1), g.between(0, 1), g.between(0, 3))
	b.add("print([hasattr(d, %q) for d in mixed], mixed[0].a, mixed[1].a)", oneOf(g, "a", "real", "h"))
	b.add("try:")
	b.nest(block{fmt.Sprintf("print(mixed[%d].%s)", g.between(0, 2), oneOf(g, "f(1)", "f()", "h()", "a", "f(1, 2, 3)"))})
	b.add("except (AttributeError, TypeError) as e:")
	b.nest(block{`print(type(e).__name__, e)`})
	if slots {
		b.add("try:")
		b.nest(block{fmt.Sprintf("mixed[1].%s %s %d", oneOf(g, "zz", "weight", "a"), oneOf(g, "=", "+="), g.between(0, 5)), "print(mixed[1].a)"})
		b.add("except AttributeError as e:")
		b.nest(block{`print("AttributeError:", e)`})
		// The same through a Duck inference knows, and the slots read.
		b.add("dk = Duck(%d)", g.between(0, 5))
		b.add("try:")
		b.nest(block{fmt.Sprintf("dk.zz = %d", g.between(0, 5)), "print(dk.zz)"})
		b.add("except AttributeError as e:")
		b.nest(block{`print("AttributeError:", e, Duck.__slots__, hasattr(dk, "__dict__"))`})
	}
	return b
}

// optionalDemo writes uses of an instance that may be None: one found
// by a loop (or not), one chosen by a conditional expression, printed,
// tested, and reached through an attribute that raises AttributeError
// when it is None.
func (g *gen) optionalDemo(n int) block {
	var b block
	b.add("found = None")
	b.add("for o in objs:")
	b.nest(block{fmt.Sprintf("if o.a %s %d:", oneOf(g, ">", "<", "=="), g.between(0, n+2)), "    found = o"})
	b.add("print(found is None, found == None, type(found).__name__, isinstance(found, Base), bool(found))")
	b.add("if found is not None:")
	b.nest(block{fmt.Sprintf("print(found.f(%d), found.a)", g.between(0, 5))})
	b.add("maybe = objs[%d] if found is None else None", g.between(0, n-1))
	b.add("try:")
	b.nest(block{fmt.Sprintf("print(maybe.h(), maybe.g(%d), %s)", g.between(0, 5), oneOf(g, "maybe.a", "maybe.size", "maybe.weight"))})
	b.add("except AttributeError as e:")
	b.nest(block{`print("AttributeError:", e)`})
	return b
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
		// Values run once at the class statement: one list and one
		// counter for every instance.
		body.add("log = [%d]", g.between(0, 9))
		body.add("ids = itertools.count(%d)", g.between(0, 99))
		body.add("made = 0")
		sep()
		body.add("def __init__(self, a):")
		init := block{"Base.count += 1", "self.a = a", "self.id = next(Base.ids)", "self.log.append(a % 5)"}
		if c.extra {
			init.add("if a %% 2 == 0:")
			init.nest(block{"self.extra = a"})
		}
		body.nest(init)
		sep()
		body.add("@classmethod")
		body.add("def make(cls, a):")
		body.nest(block{"cls.made += 1", "return cls(a)"})
		if c.memo {
			sep()
			body.add("def memo(self, x):")
			body.nest(block{`if not hasattr(self, "cache"):`, "    self.cache = " + g.linear("self.a", "x"), "return self.cache"})
		}
	} else {
		b.add("class %s(%s):", c.name, c.parent.name)
		if g.chance(50) {
			body.add("weight = %d", g.between(1, 9))
		}
		if g.chance(30) {
			body.add("log = []") // its own list, which its instances append to
		}
		if g.chance(50) {
			sep()
			body.add("def only(self):")
			body.nest(block{"self.tag = " + g.linear("self.a"), "return self.tag"})
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
	if c.root().items && (root || g.chance(30)) {
		sep()
		method("def __getitem__(self, i):", g.linear("self.a", "i"))
		sep()
		method("def __call__(self, x):", g.linear("self.a", "x"))
		if root {
			sep()
			body.add("def __delitem__(self, i):")
			body.nest(block{"self.a = self.a % 7 + i"})
		}
	}
	for _, name := range []string{"__eq__", "__lt__", "__gt__", "__le__"} {
		if g.chance(map[bool]int{true: 40, false: 15}[root]) {
			sep()
			body = append(body, g.compareMethod(c, name)...)
		}
	}
	b.nest(body)
	return b
}

// compareMethod writes a comparison method of c: __eq__ answers only
// for instances of the hierarchy (or of c), so that comparing with None
// or an int falls back to identity; the others may also compare with
// anything and raise AttributeError. Keys modulo a small number make
// ties, which sorting must keep in order.
func (g *gen) compareMethod(c *hierClass, name string) block {
	op := map[string]string{"__eq__": "==", "__lt__": "<", "__gt__": ">", "__le__": "<="}[name]
	var body block
	if name == "__eq__" || g.chance(50) {
		body.add("if not isinstance(other, %s):", oneOf(g, "Base", c.name))
		body.nest(block{"return NotImplemented"})
	}
	if g.chance(30) {
		body.add("print(%q, self.a, other.a)", name)
	}
	k := g.between(2, 5)
	body.add("return self.a %% %d %s other.a %% %d", k, op, k)
	b := block{fmt.Sprintf("def %s(self, other):", name)}
	b.nest(body)
	return b
}

// compareDemo compares the hierarchy's instances with each other, with
// an int and with themselves in a list, sorts them and uses one as a dict
// key, each in a try, since some classes leave an operator unanswered.
func (g *gen) compareDemo(n int) block {
	var b block
	pick := func() string { return fmt.Sprintf("objs[%d]", g.between(0, n-1)) }
	attempt := func(line string) {
		b.add("try:")
		b.nest(block{line})
		b.add("except (TypeError, AttributeError) as e:")
		b.nest(block{`print(type(e).__name__, e)`})
	}
	attempt(fmt.Sprintf("print(%s == %s, %s != %s, %s %s %s)", pick(), pick(), pick(), pick(), pick(), oneOf(g, "<", ">", "<=", ">="), pick()))
	attempt(fmt.Sprintf("print(%s == %d, %d != %s, %s in objs, objs.count(%s), objs.index(%s))", pick(), g.between(0, 3), g.between(0, 3), pick(), pick(), pick(), pick()))
	attempt(fmt.Sprintf("print([o.a for o in sorted(objs%s)])", oneOf(g, "", "", ", reverse=True")))
	attempt(fmt.Sprintf("print(%s(objs).a)", oneOf(g, "max", "min")))
	attempt(fmt.Sprintf("print(len({%s: 1}))", pick()))
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
