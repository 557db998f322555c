package codegen

import "github.com/aiogo-dev/aiogo/grammar"

// __slots__. Instances of a class whose classes all declare __slots__
// have no __dict__: CPython raises AttributeError for a store of any
// other attribute, and ValueError when a class attribute has a slot's
// name. aiogo's instances are structs with a field per attribute either
// way. A store of another attribute raises that AttributeError where
// every instance the target may hold lacks a __dict__ (noSlotStore),
// and creates no field; one that some instance's class may take (a
// subclass without __slots__, through a method of the base) is refused.

// slotsDecl records `__slots__ = ("a", "b")` (a tuple or list of strs,
// or one str) in cls's body.
func (r *resolver) slotsDecl(cls *Class, st grammar.Stmt) {
	a, ok := st.(*grammar.Assign)
	if !ok || len(a.Targets) != 1 || cls.slotsAt != nil {
		r.diag.unsupported(st, "'__slots__' other than assigned once")
		return
	}
	var names []grammar.Expr
	switch v := a.Value.(type) {
	case *grammar.Tuple:
		names = v.Elts
	case *grammar.List:
		names = v.Elts
	case *grammar.StrLit:
		names = []grammar.Expr{v}
	default:
		names = []grammar.Expr{v}
	}
	cls.slots, cls.slotsAt = map[string]bool{}, st
	for _, n := range names {
		s, ok := n.(*grammar.StrLit)
		if !ok {
			r.diag.unsupported(st, "'__slots__' other than a tuple or list of strs")
			return
		}
		cls.slots[s.Value] = true
	}
}

// slotNames are the attributes instances of cls may have, when it has
// no __dict__: the slots of its classes; nil for a class with one.
func (cls *Class) slotNames() map[string]bool {
	allowed := map[string]bool{}
	for k := cls; k != nil; k = k.base {
		if k.slotsAt == nil {
			return nil // a class without __slots__ gives instances a __dict__
		}
		for s := range k.slots {
			allowed[s] = true
		}
	}
	return allowed
}

// slotsValue is the value cls's body assigns __slots__, or nil.
func (cls *Class) slotsValue() grammar.Expr {
	if a, ok := cls.slotsAt.(*grammar.Assign); ok {
		return a.Value
	}
	return nil
}

// noSlotStore reports whether storing attribute name through a value of
// class cls raises CPython's AttributeError whatever instance it holds:
// neither cls nor a subclass has a __dict__, and name is none of their
// slots, methods, properties or class attributes (whose errors differ).
func (cls *Class) noSlotStore(name string) bool {
	slots := cls.slotNames()
	if slots == nil || slots[name] || cls.method(name) != nil || cls.classAttr(name) != nil || cls.setters[name] != nil {
		return false
	}
	for _, sub := range cls.subs {
		if !sub.noSlotStore(name) {
			return false
		}
	}
	return true
}

// checkSlots refuses a store of an attribute that is no slot of a class
// without __dict__, and a class attribute named as a slot.
func (c *checker) checkSlots() {
	for _, cls := range c.classes() {
		if cls.slotsAt == nil {
			continue
		}
		for name := range cls.classAttrs {
			if cls.slots[name] {
				c.diag.unsupported(cls.slotsAt, "'"+name+"' in __slots__ and as a class attribute (CPython's ValueError)")
			}
		}
		allowed := cls.slotNames()
		if allowed == nil {
			continue
		}
		for _, name := range cls.order {
			if cls.attrOwner(name) == cls && !allowed[name] {
				c.diag.unsupported(cls.slotsAt, "storing attribute '"+name+"', which is not in __slots__ (CPython's AttributeError)")
			}
		}
	}
}
