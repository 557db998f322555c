package progen

import (
	"fmt"
	"strings"
)

// Enums, dataclasses and named tuples: a program whose expressions use
// them declares an Enum of int and str values, an IntEnum, an ordered
// dataclass with a dataclass and a plain class below it, a typing.NamedTuple, a collections.namedtuple, a frozen
// dataclass, a class with __eq__ and __hash__, one with __iter__, an
// iterator whose __next__ prints, and an abstract base class with a
// subclass at its top (dataDecls).
// Expressions read members' names and values, print members and
// instances, compare and sort instances (named tuples also with tuples),
// index and unpack named tuples, use dataclasses.replace, _replace and
// _asdict, and put the hashable ones (and tuples of ints) in sets and
// dicts, which print in CPython's order. Every value they yield is
// bounded like any other (types.go).

// dataDecls are the declarations the expressions below rely on.
var dataDecls = []string{
	"import dataclasses",
	"from dataclasses import dataclass, field",
	"from enum import Enum, IntEnum, auto",
	"from typing import NamedTuple",
	"from collections import namedtuple",
	"from abc import ABC, abstractmethod",
	"",
	"",
	"class Color(Enum):",
	"    RED = 1",
	`    GREEN = "green"`,
	"    BLUE = 3",
	"",
	"    def label(self) -> str:",
	`        return self.name.lower() + "!"`,
	"",
	"",
	"class Level(IntEnum):",
	"    LOW = auto()",
	"    MID = auto()",
	"    HIGH = 10",
	"",
	"",
	"@dataclass(order=True)",
	"class Item:",
	"    n: int",
	`    label: str = field(default="x", compare=False)`,
	"    tags: list[str] = field(default_factory=list, repr=False)",
	"    hist: Counter = field(default_factory=Counter, repr=False, compare=False)",
	`    origin: tuple = field(default=(0, "o"), repr=False)`,
	"    rank: int = field(default=0, init=False, compare=False)",
	"",
	"    def weight(self) -> int:",
	"        return self.n * 2 + len(self.label)",
	"",
	"",
	"@dataclass(order=True)",
	"class Tagged(Item):",
	`    label: str = field(default="t", compare=False)`,
	"    extra: int = 1",
	"",
	"    def __post_init__(self) -> None:",
	`        self.tags.append("post")`,
	"        self.hist[self.n % 3] += 1",
	"        self.rank = self.n % 4 + self.origin[0]",
	"",
	"    def weight(self) -> int:",
	"        return super().weight() + self.extra + len(self.tags) + len(self.hist)",
	"",
	"",
	"class Flipped(Tagged):",
	"    def weight(self) -> int:",
	"        return -super().weight()",
	"",
	"",
	"class Pair(NamedTuple):",
	"    k: int",
	`    s: str = "p"`,
	"",
	"    def total(self) -> int:",
	"        return self.k + len(self.s)",
	"",
	"",
	`Rec = namedtuple("Rec", "a b", defaults=[0])`,
	"",
	"",
	"@dataclass(frozen=True)",
	"class Spot:",
	"    x: int",
	"    y: int = 0",
	"",
	"",
	"class Key:",
	"    def __init__(self, n: int) -> None:",
	"        self.n = n",
	"",
	"    def __eq__(self, other):",
	"        return isinstance(other, Key) and self.n % 5 == other.n % 5",
	"",
	"    def __hash__(self):",
	"        return hash(self.n % 5)",
	"",
	"    def __repr__(self):",
	`        return f"Key({self.n})"`,
	"",
	"",
	"class Shape(ABC):",
	"    @abstractmethod",
	"    def area(self) -> int:",
	"        ...",
	"",
	"    def describe(self) -> str:",
	`        return f"{type(self).__name__}:{self.area()}"`,
	"",
	"",
	"class Sq(Shape):",
	"    def __init__(self, n: int) -> None:",
	"        self.n = n",
	"",
	"    def area(self) -> int:",
	"        return self.n * self.n",
	"",
	"",
	"class Box:",
	"    def __init__(self, items: list[int]) -> None:",
	"        self.items = items",
	"",
	"    def __iter__(self):",
	"        return iter(self.items)",
	"",
	"",
	"class Ticks:",
	"    def __init__(self, n: int) -> None:",
	"        self.left = n",
	"",
	"    def __iter__(self):",
	"        return self",
	"",
	"    def __next__(self) -> int:",
	"        if self.left <= 0:",
	"            raise StopIteration",
	"        self.left -= 1",
	"        print('tick', self.left)",
	"        return self.left * 3",
}

var (
	colors = []string{"RED", "GREEN", "BLUE"}
	levels = []string{"LOW", "MID", "HIGH"}
)

// item returns a construction of Item from generated arguments, with
// the bound of its repr.
func (g *gen) item(c ctx, d int) (expr, float64) {
	g.prog.data = true
	n := g.fit(c, g.expr(c, tInt, d-1), valueCap)
	if g.chance(50) {
		return call("Item", tAny, 0, n), printedLen(n) + 20
	}
	s := g.fit(c, g.expr(c, tStr, d-1), 20)
	if g.chance(50) {
		e := call("Item", tAny, 0, n, s)
		return e, printedLen(n) + printedLen(s) + 20
	}
	e := atomExpr("Item("+n.at(precTernary)+", label="+s.at(precTernary)+")", tAny, 0)
	e.flow = join(n, s)
	return e, printedLen(n) + printedLen(s) + 20
}

// pair returns a construction of Pair from generated arguments, with the
// bound of its repr.
func (g *gen) pair(c ctx, d int) (expr, float64) {
	g.prog.data = true
	k := g.fit(c, g.expr(c, tInt, d-1), valueCap)
	if g.chance(50) {
		return call("Pair", tAny, 0, k), printedLen(k) + 16
	}
	s := g.fit(c, g.expr(c, tStr, d-1), 20)
	e := call("Pair", tAny, 0, k, s)
	if g.chance(50) {
		e = atomExpr("Pair(s="+s.at(precTernary)+", k="+k.at(precTernary)+")", tAny, 0)
		e.flow = join(s, k)
	}
	return e, printedLen(k) + printedLen(s) + 16
}

// rec returns a construction of the namedtuple Rec from generated ints
// (maybe by Rec._make), with the bound of its repr.
func (g *gen) rec(c ctx, d int) (expr, float64) {
	g.prog.data = true
	a := g.fit(c, g.expr(c, tInt, d-1), valueCap)
	if g.chance(50) {
		return call("Rec", tAny, 0, a), printedLen(a) + 14
	}
	b := g.fit(c, g.expr(c, tInt, d-1), valueCap)
	e := call("Rec", tAny, 0, a, b)
	switch g.r.IntN(4) {
	case 0, 1:
		e = atomExpr("Rec(b="+b.at(precTernary)+", a="+a.at(precTernary)+")", tAny, 0)
		e.flow = join(b, a)
	case 2:
		e = atomExpr("Rec._make(["+a.at(precTernary)+", "+b.at(precTernary)+"])", tAny, 0)
		e.flow = join(a, b)
	}
	return e, printedLen(a) + printedLen(b) + 14
}

// dataStr returns a str made from an enum member, an Item or a Pair.
func (g *gen) dataStr(c ctx, d int) expr {
	g.prog.data = true
	switch g.r.IntN(13) {
	case 12:
		return g.taggedStr(c, d)
	case 10, 11:
		if g.chance(25) {
			// enumerate() taken at once, as a list of pairs.
			xs := g.expr(c, tListInt, d-1)
			e := atomExpr(fmt.Sprintf("repr(list(enumerate(%s, %d)))", xs.src, g.between(-2, 5)), tStr, printedLen(xs)+xs.bound*12+4)
			e.flow = xs.flow
			return e
		}
		h, bound := g.hashables(c, d, g.between(2, 5), g.chance(30))
		return call("repr", tStr, bound, h)
	case 0:
		return atomExpr("Color."+oneOf(g, colors...)+".name", tStr, 5)
	case 1:
		return call("repr", tStr, 25, atomExpr("Color."+oneOf(g, colors...), tAny, 0))
	case 2:
		if g.chance(50) {
			return call("str", tStr, 12, atomExpr("Color."+oneOf(g, colors...), tAny, 0))
		}
		return call("str", tStr, 2, atomExpr("Level."+oneOf(g, levels...), tAny, 0))
	case 3:
		if g.chance(40) {
			// A method of an abstract base reaching the subclass's.
			n := g.fit(c, g.expr(c, tInt, d-1), 1000)
			return method(call("Sq", tAny, 0, n), "describe", tStr, 12)
		}
		return method(atomExpr("Color."+oneOf(g, colors...), tAny, 0), "label", tStr, 6)
	case 4:
		it, bound := g.item(c, d)
		return call("repr", tStr, bound, it)
	case 5:
		return g.orderedRepr(c, d, g.item)
	case 6:
		return g.orderedRepr(c, d, g.pair)
	case 7:
		p, bound := g.pair(c, d)
		n := g.fit(c, g.expr(c, tInt, d-1), valueCap)
		e := atomExpr(fmt.Sprintf("repr(%s._replace(k=%s))", p.at(precAtom), n.at(precTernary)), tStr, bound+printedLen(n))
		e.flow = join(p, n)
		return e
	case 8:
		if g.chance(50) {
			r, bound := g.rec(c, d)
			return call("repr", tStr, bound, r)
		}
		p, bound := g.pair(c, d)
		if g.chance(30) {
			e := atomExpr(fmt.Sprintf("repr(%s._fields + Pair._fields)", p.at(precAtom)), tStr, 24)
			e.flow = p.flow
			return e
		}
		return call("repr", tStr, bound+10, method(p, "_asdict", tAny, 0))
	}
	it, bound := g.item(c, d)
	n := g.fit(c, g.expr(c, tInt, d-1), valueCap)
	e := atomExpr(fmt.Sprintf("repr(dataclasses.replace(%s, n=%s))", it.at(precTernary), n.at(precTernary)), tStr, bound+printedLen(n))
	e.flow = join(it, n)
	return e
}

// taggedStr returns a str from instances of Tagged, a dataclass deriving
// from Item, or Flipped, a plain class deriving from Tagged: a repr, an
// ordering of two of one class, a weight reaching Item's through super(),
// or an equality with an Item, which is never true.
func (g *gen) taggedStr(c ctx, d int) expr {
	g.prog.data = true
	cls := oneOf(g, "Tagged", "Flipped")
	mk := func(c ctx, d int) (expr, float64) {
		n := g.fit(c, g.expr(c, tInt, d-1), valueCap)
		if g.chance(50) {
			return call(cls, tAny, 0, n), printedLen(n) + 34
		}
		x := g.fit(c, g.expr(c, tInt, d-1), valueCap)
		e := atomExpr(cls+"("+n.at(precTernary)+", extra="+x.at(precTernary)+")", tAny, 0)
		e.flow = join(n, x)
		return e, printedLen(n) + printedLen(x) + 34
	}
	switch g.r.IntN(4) {
	case 0:
		t, bound := mk(c, d)
		return call("repr", tStr, bound, t)
	case 1:
		return g.orderedRepr(c, d, mk)
	case 2:
		t, _ := mk(c, d)
		return call("str", tStr, 21, method(t, "weight", tInt, 3*valueCap+30))
	}
	t, _ := mk(c, d)
	it, _ := g.item(c, d)
	return call("repr", tStr, 5, binary(t, oneOf(g, "==", "!="), it, precCmp, tBool, 1))
}

// orderedRepr returns the repr of sorted(), min() or max() of a list of
// two instances that make makes.
func (g *gen) orderedRepr(c ctx, d int, make func(c ctx, d int) (expr, float64)) expr {
	a, ab := make(c, d)
	b, bb := make(c, d)
	list := atomExpr("["+a.at(precTernary)+", "+b.at(precTernary)+"]", tAny, 0)
	list.flow = join(a, b)
	return call("repr", tStr, ab+bb+4, call(oneOf(g, "sorted", "min", "max"), tAny, 0, list))
}

// dataInt returns an int read from an enum member, an Item or a Pair.
func (g *gen) dataInt(c ctx, d int) expr {
	g.prog.data = true
	switch g.r.IntN(9) {
	case 8:
		// An iterator of the program's own: the items its __next__
		// gives (and prints) until StopIteration.
		x := g.compVar(c, "x")
		n := g.fit(c, g.expr(c, tInt, d-1), 7)
		ticks := call("Ticks", tAny, 0, n)
		var e expr
		switch g.r.IntN(5) {
		case 0:
			e = call("sum", tInt, 6*18, ticks)
		case 1:
			e = atomExpr(fmt.Sprintf("next(%s, -1)", ticks.src), tInt, 18)
		case 2:
			e = atomExpr(fmt.Sprintf("max(%s, default=0)", ticks.src), tInt, 18)
		case 3:
			i := g.compVar(c, "i")
			for i == x {
				i = g.compVar(c, "i")
			}
			e = atomExpr(fmt.Sprintf("sum(%s * %s for %s, %s in enumerate(%s, 1))", i, x, i, x, ticks.src), tInt, 21*18)
		default:
			e = call("len", tInt, 6, call("list", tAny, 0, ticks))
		}
		e.flow = n.flow
		return e
	case 7:
		// An instance iterated through its __iter__.
		xs := g.expr(c, tListInt, d-1)
		box := call("Box", tAny, 0, xs)
		switch g.r.IntN(5) {
		case 3:
			// Tuples of seven and eight items: sorted, indexed, keys.
			x := g.fit(c, g.expr(c, tInt, d-1), valueCap)
			e := atomExpr(fmt.Sprintf("sorted([(%s, 1, 2, 3, 4, 5, 6), (3, 2, 1, 0, -1, -2, -3)])[%d][%d] + len({(%s, 0, 0, 0, 0, 0, 0, 0): 1, (1, 0, 0, 0, 0, 0, 0, 0): 2})",
				x.at(precTernary), g.between(0, 1), g.between(0, 6), x.at(precTernary)), tInt, valueCap+2)
			e.flow = x.flow
			return e
		case 0:
			return call("len", tInt, xs.bound, call("list", tAny, 0, box))
		case 2:
			// The empty tuple among tuples: a key, a length, an order.
			x := g.fit(c, g.expr(c, tInt, d-1), valueCap)
			e := atomExpr(fmt.Sprintf("len({(): 0, (%s,): 1, (): 2}) + ((%s,) > ())", x.at(precTernary), x.at(precTernary)), tInt, 3)
			e.flow = x.flow
			return e
		case 1:
			// The first item, or the default of an empty list.
			e := atomExpr("next(iter("+oneOf(g, box.src, xs.src)+"), -1)", tInt, valueCap)
			e.flow = box.flow
			return e
		}
		x := g.compVar(c, "x")
		e := atomExpr(fmt.Sprintf("sum(%s %% 7 for %s in %s)", x, x, box.at(precAtom)), tInt, 7*xs.bound)
		e.flow = box.flow
		return e
	case 6:
		h, _ := g.hashables(c, d, g.between(1, 4), g.chance(30))
		return call("len", tInt, 4, h)
	case 0:
		return atomExpr("Level."+oneOf(g, levels...)+".value", tInt, 10)
	case 1:
		return call("len", tInt, 3, atomExpr(oneOf(g, "Color", "Level"), tAny, 0))
	case 2:
		it, _ := g.item(c, d)
		e := atomExpr(it.at(precAtom)+".n", tInt, valueCap)
		e.flow = it.flow
		return e
	case 3:
		p, _ := g.pair(c, d)
		e := atomExpr(p.at(precAtom)+oneOf(g, ".k", "[0]", "[-2]", ".count(1)", ".index("+p.at(precAtom)+"[-1])"), tInt, valueCap)
		e.flow = p.flow
		return e
	case 4:
		p, _ := g.pair(c, d)
		if g.chance(30) {
			r, _ := g.rec(c, d)
			e := atomExpr(r.at(precAtom)+oneOf(g, ".a", ".b", "[1]"), tInt, valueCap)
			e.flow = r.flow
			return e
		}
		if g.chance(50) {
			return call("len", tInt, 2, p)
		}
		return method(p, "total", tInt, valueCap+25)
	}
	it, _ := g.item(c, d)
	return method(it, "weight", tInt, 2*valueCap+25)
}

// dataBool returns a comparison of enum members, Items or Pairs (with
// Pairs or tuples).
func (g *gen) dataBool(c ctx, d int) expr {
	g.prog.data = true
	switch g.r.IntN(7) {
	case 6:
		x := g.fit(c, g.expr(c, tInt, d-1), valueCap)
		box := call("Box", tAny, 0, g.expr(c, tListInt, d-1))
		return binary(x, oneOf(g, "in", "not in"), box, precCmp, tBool, 1)
	case 5:
		// A Pair is the tuple of its fields, with its hash.
		k := g.fit(c, g.expr(c, tInt, d-1), valueCap)
		j := g.fit(c, g.expr(c, tInt, d-1), valueCap)
		e := atomExpr(fmt.Sprintf("(%s, %s) in {Pair(%s): 1}", k.at(precTernary), quote(c, "p"), j.at(precTernary)), tBool, 1)
		if g.chance(60) {
			h, _ := g.hashables(c, d, g.between(1, 3), g.chance(30))
			e = atomExpr(oneOf(g, "Spot", "Key")+"("+k.at(precTernary)+") in "+h.at(precCmp+1), tBool, 1)
			e.flow = join(k, h)
			return e
		}
		e.flow = join(k, j)
		return e
	case 0:
		i := g.r.IntN(len(colors))
		j := (i + 1 + g.r.IntN(len(colors)-1)) % len(colors)
		return atomExpr("Color."+colors[i]+" "+oneOf(g, "is", "is not", "==", "!=")+" Color."+colors[j], tBool, 1)
	case 1:
		i := g.r.IntN(len(levels))
		j := (i + 1 + g.r.IntN(len(levels)-1)) % len(levels)
		return atomExpr("Level."+levels[i]+" "+oneOf(g, "<", ">=", "==")+" Level."+levels[j], tBool, 1)
	case 2:
		x := g.fit(c, g.expr(c, tInt, d-1), exprCap)
		e := atomExpr("Level."+oneOf(g, levels...)+" "+oneOf(g, "<", "==", ">")+" "+x.at(precCmp+1), tBool, 1)
		e.flow = x.flow
		return e
	case 3:
		a, _ := g.pair(c, d)
		var b expr
		if g.chance(50) {
			b, _ = g.pair(c, d)
		} else {
			k := g.fit(c, g.expr(c, tInt, d-1), valueCap)
			b = atomExpr("("+k.at(precTernary)+", "+quote(c, oneOf(g, "p", "q"))+")", tAny, 0)
			b.flow = k.flow
		}
		return binary(a, oneOf(g, "==", "!=", "<", ">=", ">"), b, precCmp, tBool, 1)
	}
	a, _ := g.item(c, d)
	b, _ := g.item(c, d)
	return binary(a, oneOf(g, "==", "!=", "<", ">="), b, precCmp, tBool, 1)
}

// hashables returns a display of n values of one hashable kind (Spots,
// Keys, tuples of ints or of int constants) as a set, or as the keys of
// a dict with int values, and the bound of its repr.
func (g *gen) hashables(c ctx, d int, n int, dict bool) (expr, float64) {
	g.prog.data = true
	kind := g.r.IntN(4)
	var parts []expr
	var items []string
	bound := 2.0
	for i := range n {
		var src string
		switch kind {
		case 0, 1:
			x := g.fit(c, g.expr(c, tInt, d-1), valueCap)
			parts = append(parts, x)
			src = oneOf(g, "Spot", "Key")
			if kind == 1 {
				src = "Key"
			}
			src += "(" + x.at(precTernary) + ")"
			if kind == 0 && g.chance(50) {
				src = "Spot(" + x.at(precTernary) + ", " + fmt.Sprint(g.between(-2, 9)) + ")"
			}
			bound += printedLen(x) + 16
		case 2:
			x := g.fit(c, g.expr(c, tInt, d-1), valueCap)
			parts = append(parts, x)
			src = "(" + x.at(precTernary) + ", " + fmt.Sprint(g.between(0, 20)) + ")"
			bound += printedLen(x) + 8
		default:
			// Constants collide often in a small table: CPython builds
			// such a display from a frozenset constant.
			src = fmt.Sprintf("(%d, %d)", g.between(-3, 9), 8*g.between(0, 3))
			bound += 12
		}
		if dict {
			src += ": " + fmt.Sprint(i)
			bound += 4
		}
		items = append(items, src)
	}
	e := atomExpr("{"+strings.Join(items, ", ")+"}", tAny, 0)
	e.flow = join(parts...)
	return e, bound
}
