package codegen

import (
	"sort"

	"github.com/aiogo-dev/aiogo/grammar"
)

// cellKey names a type variable owned by an expression: the element type
// of a list display, the key of a dict display, the result of a gather.
type cellKey struct {
	node grammar.Node
	slot int
}

// cellAt returns the type variable for (node, slot), creating it once, so
// that every pass of the solver sees the same variable.
func (c *checker) cellAt(n grammar.Node, slot int) *cell {
	k := cellKey{n, slot}
	if cl := c.cells[k]; cl != nil {
		return cl
	}
	cl := newCell()
	c.cells[k] = cl
	return cl
}

// maxInferPasses bounds the solver; real programs settle in a few passes.
const maxInferPasses = 50

// infer runs the constraint walk until no type variable changes, then
// breaks self-referential types (a list containing itself) with any.
func (c *checker) infer() {
	c.findNarrowings()
	for _, s := range c.scopes() {
		for _, sym := range s.order {
			if sym.declared != nil {
				c.lat.add(sym.cell, sym.declared)
			}
		}
	}
	for _, fn := range c.funcs {
		if fn.declaredRet != nil {
			c.lat.add(fn.ret, fn.declaredRet)
		}
		if fn.class != nil && !fn.isClassLevel() {
			self := &Type{Kind: ClassT, cls: fn.class}
			if fn.class.isExc() {
				self = &Type{Kind: ExcT, cls: fn.class} // excclass.go
			}
			c.lat.add(fn.Params[0].cell, self)
		}
	}
	c.seedDataclasses()
	c.seedEnums()
	c.unifyOverrides()
	c.seedDunders()
	c.solve()
	// A cell nothing ever flowed into (the items of a list display that
	// nothing is added to, a loop variable over one, a parameter of a
	// function never called) holds no value of a known type, if it holds
	// one at all: make it any, so that what is computed from it (sum(xs)
	// of such a list is the int 0) takes the dynamic path instead of
	// staying unknown, which the emitter refuses and which a function's
	// result below would take for None.
	results := map[*cell]bool{}
	for _, fn := range c.funcs {
		results[fn.ret.find()] = true
	}
	widened := false
	for _, cl := range c.allCells() {
		if r := cl.find(); r.t.Kind == Unknown && !results[r] {
			c.lat.add(r, tAny)
			widened = true
		}
	}
	if widened {
		c.solve()
	}
	// A function that never returns (an endless loop, a raise) has no
	// result type yet. Its calls still produce a value in Go's types (a
	// gather's list of results, say): give it None, which is what Python
	// would return, and let the types that depend on it settle again.
	settled := true
	for _, fn := range c.funcs {
		if fn.ret.get().Kind == Unknown {
			c.lat.add(fn.ret, tNone)
			settled = false
		}
	}
	if !settled {
		c.solve()
	}
	for _, cl := range c.allCells() {
		r := cl.find()
		breakCycles(r.t, map[*cell]bool{r: true})
	}
}

// solve walks the module until no type changes (or the pass limit).
func (c *checker) solve() {
	for range maxInferPasses {
		c.lat.changes = 0
		c.inferBody(c.body, nil)
		for _, fn := range c.funcs {
			c.inferFunc(fn)
		}
		if c.lat.changes == 0 {
			return
		}
	}
}

// scopes lists the module scope and every function scope, in source order.
func (c *checker) scopes() []*Scope {
	out := []*Scope{c.module}
	for _, fn := range c.funcs {
		out = append(out, fn.Scope)
	}
	return out
}

func (c *checker) allCells() []*cell {
	var out []*cell
	for _, s := range c.scopes() {
		for _, sym := range s.order {
			out = append(out, sym.cell)
		}
	}
	for _, fn := range c.funcs {
		out = append(out, fn.ret)
	}
	// Expression-owned cells in source order, so that breaking cycles is
	// deterministic.
	keys := make([]cellKey, 0, len(c.cells))
	for k := range c.cells {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i].node.Position(), keys[j].node.Position()
		if a.Offset != b.Offset {
			return a.Offset < b.Offset
		}
		return keys[i].slot < keys[j].slot
	})
	for _, k := range keys {
		out = append(out, c.cells[k])
	}
	return out
}

func (c *checker) inferFunc(fn *Func) {
	for i, p := range fn.Def.Params {
		if p.Default != nil && i < len(fn.Params) {
			c.store(fn.Params[i], c.exprType(p.Default))
		}
	}
	c.inferBody(fn.Def.Body, fn)
	if c.returnsAtEnd(fn) {
		c.lat.add(fn.ret, tNone) // falling off the end returns None
	}
}

func (c *checker) inferBody(stmts []grammar.Stmt, fn *Func) {
	for _, st := range stmts {
		c.inferStmt(st, fn)
	}
}

func (c *checker) inferStmt(st grammar.Stmt, fn *Func) {
	switch st := st.(type) {
	case *grammar.ClassDef:
		c.inferClassAttrs(st)
	case *grammar.Assign:
		if c.isAliasAssign(st) {
			return
		}
		vt := c.exprType(st.Value)
		for _, t := range st.Targets {
			c.assign(t, st.Value, vt)
		}
	case *grammar.AnnAssign:
		if st.Value != nil {
			c.assign(st.Target, st.Value, c.exprType(st.Value))
		}
	case *grammar.AugAssign:
		vt := c.exprType(st.Value)
		if tt := c.exprType(st.Target); st.Op == "+" && tt.Kind == List {
			// list += iterable extends the list in place.
			c.lat.add(tt.parts[0], iterElem(vt, st.Value))
			return
		}
		if t := c.setOpType(st.Op, c.exprType(st.Target), vt); t != nil {
			c.assign(st.Target, nil, t)
			return
		}
		c.assign(st.Target, nil, operatorType(st.Op, st.Value, c.exprType(st.Target), vt))
	case *grammar.For:
		if st.Async {
			c.exprType(st.Iter)
			if anext := c.asyncIterator(st.Iter); anext != nil {
				c.assign(st.Target, nil, anext.ret.get())
			}
		} else {
			c.loopTarget(st.Target, st.Iter)
		}
		c.inferBody(st.Body, fn)
		c.inferBody(st.Else, fn)
	case *grammar.While:
		c.exprType(st.Cond)
		c.inferBody(st.Body, fn)
		c.inferBody(st.Else, fn)
	case *grammar.Del:
		for _, t := range st.Targets {
			if sub, ok := t.(*grammar.Subscript); ok {
				if m := itemMethod(c.exprType(sub.X), "__delitem__", sub.Index); m != nil && len(m.Params) == 2 {
					c.lat.add(m.Params[1].cell, c.exprType(sub.Index))
					continue
				}
			}
			c.exprType(t) // a dict's key type takes the key's, as d[k] does
		}
	case *grammar.Assert:
		c.exprType(st.Test)
		if st.Msg != nil {
			c.exprType(st.Msg)
		}
	case *grammar.If:
		c.exprType(st.Cond)
		c.inferBody(st.Body, fn)
		for _, e := range st.Elifs {
			c.exprType(e.Cond)
			c.inferBody(e.Body, fn)
		}
		c.inferBody(st.Else, fn)
	case *grammar.With:
		for _, it := range st.Items {
			ct := c.exprType(it.Context)
			entered := enteredType(ct)
			if c.isAsyncCM(it.Context) {
				entered = awaited(compound(Coro, c.protocol(it.Context, "__aenter__").ret))
				for _, p := range c.protocol(it.Context, "__aexit__").args() {
					c.store(p, tAny) // exc_type, exc and tb, or three Nones
				}
			}
			if it.Target != nil {
				c.assign(it.Target, nil, entered)
			}
		}
		c.inferBody(st.Body, fn)
	case *grammar.Try:
		c.inferBody(st.Body, fn)
		for _, h := range st.Handlers {
			if h.Type != nil {
				c.exprType(h.Type)
			}
			if n := c.handlerNames[h]; n != nil {
				c.assign(n, nil, c.excType(h.Type))
			}
			c.inferBody(h.Body, fn)
		}
		c.inferBody(st.Else, fn)
		c.inferBody(st.Finally, fn)
	case *grammar.Raise:
		if st.Exc != nil {
			c.exprType(st.Exc)
		}
		if st.Cause != nil {
			c.exprType(st.Cause)
		}
	case *grammar.Return:
		if st.Value == nil {
			c.lat.add(fn.ret, tNone)
		} else {
			c.lat.add(fn.ret, c.exprType(st.Value))
		}
	case *grammar.ExprStmt:
		c.exprType(st.X)
	}
}

// loopTarget flows the items of iter into a loop's target: one name, or
// the index and item of enumerate(list), or the key and value of
// dict.items().
func (c *checker) loopTarget(target, iter grammar.Expr) {
	it := c.exprType(iter)
	tup, ok := target.(*grammar.Tuple)
	call, isCall := iter.(*grammar.Call)
	if cls := c.enumClassOf(iter); cls != nil {
		it = &Type{Kind: List, parts: []*cell{{t: &Type{Kind: ClassT, cls: cls}}}}
	}
	if lit, isLit := iter.(*grammar.Tuple); isLit && !ok {
		// for x in (a, b): x takes each item's type, as over a list.
		for _, x := range lit.Elts {
			c.assign(target, nil, c.typeOf(x))
		}
		return
	}
	if !ok || len(tup.Elts) != 2 || !isCall {
		c.assign(target, nil, iterElem(it, iter))
		return
	}
	k, v := tAny, tAny
	if anyUnknown(c.argTypes(call)) {
		k, v = tUnknown, tUnknown
	}
	switch cl := c.calleeOf(call); {
	case cl.kind == calleeBuiltin && cl.name == "enumerate" && isEnumerate(call):
		k, v = tInt, iterElem(c.typeOf(call.Args[0].Value), call.Args[0].Value)
	case cl.kind == calleeBuiltin && cl.name == "zip" && len(call.Args) == 2:
		k, v = iterElem(c.typeOf(call.Args[0].Value), nil), iterElem(c.typeOf(call.Args[1].Value), nil)
	case cl.kind == calleeMethod && cl.name == "items" && c.typeOf(cl.recv).Kind == Dict:
		d := c.typeOf(cl.recv)
		k, v = d.part(0), d.part(1)
	case cl.kind == calleeMethod && c.typeOf(cl.recv).Kind == Unknown:
		k, v = tUnknown, tUnknown
	default: // pairs from a list (sorted(d.items()), a function's result...)
		c.assign(target, nil, iterElem(it, iter))
		return
	}
	c.assign(tup.Elts[0], nil, k)
	c.assign(tup.Elts[1], nil, v)
}

// typeOf is the type recorded for an expression in the current pass.
func (c *checker) typeOf(x grammar.Expr) *Type {
	if t := c.types[x]; t != nil {
		return t
	}
	return tAny
}

// iterElem is the type of the loop variable when iterating over a value.
func iterElem(it *Type, iter grammar.Expr) *Type {
	if isCallTo(iter, "range") {
		return tInt
	}
	switch it.Kind {
	case Unknown:
		return tUnknown // not solved yet: a later pass will know
	case List, Set, IterT:
		return it.elem()
	case Dict:
		return it.part(0)
	case Str:
		return tStr
	}
	return tAny
}

func isCallTo(e grammar.Expr, builtin string) bool {
	call, ok := e.(*grammar.Call)
	if !ok {
		return false
	}
	n, ok := call.Func.(*grammar.Name)
	return ok && n.Id == builtin
}

// assign flows a value's type into an assignment target.
func (c *checker) assign(target, value grammar.Expr, vt *Type) {
	switch t := target.(type) {
	case *grammar.Name:
		if sym := c.uses[t]; sym != nil {
			c.store(sym, vt)
		}
	case *grammar.Tuple:
		if v, ok := value.(*grammar.Tuple); ok && len(v.Elts) == len(t.Elts) {
			for i := range t.Elts {
				c.assign(t.Elts[i], v.Elts[i], c.exprType(v.Elts[i]))
			}
			return
		}
		for i, x := range t.Elts {
			if s, ok := x.(*grammar.Starred); ok {
				// a, *rest = xs: rest is a new list of xs's items.
				switch vt.Kind {
				case Unknown:
					c.assign(s.X, nil, tUnknown)
				case List:
					c.assign(s.X, nil, compound(List, vt.parts[0]))
				default:
					c.assign(s.X, nil, tAny)
				}
				continue
			}
			et := tAny
			switch {
			case vt.Kind == Unknown:
				et = tUnknown // not solved yet: a later pass will know
			case vt.Kind == Tuple && len(vt.parts) == len(t.Elts):
				et = vt.part(i)
			case vt.Kind == List:
				et = vt.elem()
			}
			c.assign(x, nil, et)
		}
	case *grammar.Attribute:
		if k := c.classNamed(t.X); k != nil {
			if a := k.classAttrs[t.Name]; a != nil {
				c.lat.add(a.sym.cell, vt)
			}
			return
		}
		xt := c.exprType(t.X)
		cls := instanceClass(xt)
		switch {
		case xt.Kind == Any:
			c.flowDynamicStore(t.Name, vt)
		case cls == nil:
		case cls.setter(t.Name) != nil:
			c.store(cls.setter(t.Name).Params[1], vt)
		case cls.property(t.Name) != nil:
		case cls.attrOwner(t.Name) == nil && cls.classAttr(t.Name) != nil:
			// refused when emitted: it would hide the class attribute
		case cls.noSlotStore(t.Name): // raises AttributeError (slots.go)
		default:
			c.lat.add(cls.attr(t.Name, true), vt)
		}
	case *grammar.Subscript:
		xt := c.exprType(t.X)
		it := c.exprType(t.Index)
		switch xt.Kind {
		case List:
			c.lat.add(xt.parts[0], vt)
		case Dict:
			c.lat.add(xt.parts[0], it)
			c.lat.add(xt.parts[1], vt)
		case ClassT:
			if m := itemMethod(xt, "__setitem__", t.Index); m != nil && len(m.Params) == 3 {
				c.lat.add(m.Params[1].cell, it)
				c.lat.add(m.Params[2].cell, vt)
			}
		}
	}
}

// store flows a type into a variable. An annotation only seeds the
// variable's cell: Python does not enforce it, so an int passed for a
// float parameter stays an int at run time (and prints as one), and the
// join makes such a parameter any.
func (c *checker) store(sym *Symbol, t *Type) {
	c.lat.add(sym.cell, t)
}

// exprType computes (and records) the type of an expression from the
// current solution, flowing call arguments into parameters on the way.
func (c *checker) exprType(e grammar.Expr) *Type {
	t := c.exprType1(e)
	c.types[e] = t
	return t
}

func (c *checker) exprType1(e grammar.Expr) *Type {
	switch e := e.(type) {
	case *grammar.Name:
		sym := c.uses[e]
		if sym != nil && sym.Kind == symImported {
			if _, t := moduleConst(sym.qual); t != nil {
				return t
			}
			if sym.qual == "os.environ" {
				return c.environType(e)
			}
		}
		if sym != nil && sym.Kind == symClass {
			c.holdsClass(e, sym.cls)
		}
		if sym != nil && clsParamClass(sym) != nil {
			c.holdsClass(e, clsParamClass(sym))
		}
		if sym == nil || (sym.Kind != symVar && sym.Kind != symParam) {
			return tAny
		}
		if to := c.narrowed[e]; to != nil {
			return narrowedType(sym.cell.get(), to)
		}
		return sym.cell.get()
	case *grammar.IntLit:
		return tInt
	case *grammar.FloatLit:
		return tFloat
	case *grammar.StrLit:
		return tStr
	case *grammar.FString:
		c.fstringTypes(e)
		return tStr
	case *grammar.Const:
		switch e.Value {
		case "True", "False":
			return tBool
		case "None":
			return tNone
		}
		return tAny
	case *grammar.Unary:
		xt := c.exprType(e.X)
		switch e.Op {
		case "not":
			return tBool
		case "~":
			return tInt
		}
		if xt.Kind == Bool {
			return tInt
		}
		return xt
	case *grammar.Binary:
		xt, yt := c.exprType(e.X), c.exprType(e.Y)
		if isListConcat(e.Op, xt, yt) {
			// A new list holding the items of both: its element type
			// joins theirs (list[any] + list[str] is a list[any]); an
			// empty display adds no items (see libMethodType).
			el := c.cellAt(e, 0)
			for _, operand := range []struct {
				x grammar.Expr
				t *Type
			}{{e.X, xt}, {e.Y, yt}} {
				if !isEmptyDisplay(operand.x) {
					c.lat.add(el, operand.t.elem())
				}
			}
			return &Type{Kind: List, parts: []*cell{el}, deque: xt.deque} // deque + deque is a deque
		}
		if st := c.setOpType(e.Op, xt, yt); st != nil {
			return st
		}
		rt := operatorType(e.Op, e.Y, xt, yt)
		if rt.Kind == Any {
			// The runtime's dynamic helper may return an operand (or a
			// repetition of it) as any.
			c.lat.escape(xt)
			c.lat.escape(yt)
		}
		return rt
	case *grammar.BoolOp:
		xt, yt := c.exprType(e.X), c.exprType(e.Y)
		if xt.Kind == Unknown || yt.Kind == Unknown {
			return tUnknown
		}
		// One of the operands: their join (xs or [] is a list of xs's
		// type, whose element type the empty list shares).
		return c.lat.join(xt, yt)
	case *grammar.Compare:
		prev := c.exprType(e.Left)
		for i, x := range e.Comparators {
			xt := c.exprType(x)
			if e.Ops[i] != "in" && e.Ops[i] != "not in" {
				c.setOpType("|", prev, xt) // two sets compared share their element type
			}
			prev = xt
		}
		return tBool
	case *grammar.Call:
		return c.callType(e)
	case *grammar.Attribute:
		if _, t := moduleConst(c.moduleAttr(e)); t != nil {
			return t
		}
		if c.moduleAttr(e) == "os.environ" {
			return c.environType(e)
		}
		if c.moduleAttr(e) == "sys.argv" {
			arg := c.cellAt(e, 0)
			c.lat.add(arg, tStr)
			return compound(List, arg)
		}
		if cls := c.enumClassOf(e.X); cls != nil && cls.enum.member(e.Name) != nil {
			return &Type{Kind: ClassT, cls: cls}
		}
		if c.isTypeName(e) {
			c.exprType(typeOperand(e.X))
			return tStr
		}
		if _, cls := c.typeAttr(e, c.exprType); cls != nil {
			return cls.classAttr(e.Name).sym.cell.get()
		}
		if c.fieldsOf(e, c.exprType) != nil {
			return tAny // a tuple of strs (py.Tuple)
		}
		if k := c.classNamed(e.X); k != nil {
			if v := k.slotsValue(); v != nil && e.Name == "__slots__" {
				return c.exprType(v)
			}
			return classAttrType(k, e.Name)
		}
		xt := c.exprType(e.X)
		if isExcAttr(xt, e.Name) {
			return excAttrs[e.Name]
		}
		if xt.deque && e.Name == "maxlen" {
			return tAny // an int or None
		}
		if cls := instanceClass(xt); cls != nil {
			if p := cls.property(e.Name); p != nil {
				return p.ret.get()
			}
			if a := cls.attr(e.Name, false); a != nil {
				return a.get()
			}
			if a := cls.classAttr(e.Name); a != nil {
				return a.sym.cell.get()
			}
		}
		if xt.Kind == Unknown {
			return tUnknown
		}
		return tAny
	case *grammar.Subscript:
		if cls := c.enumClassOf(e.X); cls != nil {
			c.exprType(e.Index)
			return &Type{Kind: ClassT, cls: cls}
		}
		if s, ok := e.Index.(*grammar.Slice); ok {
			xt := c.exprType(e.X)
			for _, b := range []grammar.Expr{s.Lo, s.Hi, s.Step} {
				if b != nil {
					c.exprType(b)
				}
			}
			if xt.Kind == List || xt.Kind == Str || xt.Kind == Unknown {
				return xt // a slice has the type of what it slices
			}
			return tAny
		}
		xt, it := c.exprType(e.X), c.exprType(e.Index)
		switch xt.Kind {
		case List:
			return xt.elem()
		case Dict:
			c.lat.add(xt.parts[0], it)
			return xt.part(1)
		case Str:
			return tStr
		case Tuple:
			if i, ok := constIndex(e.Index, len(xt.parts)); ok {
				return xt.part(i)
			}
		case ClassT:
			if fd := namedTupleItem(xt, e.Index); fd != nil {
				return xt.cls.attr(fd.name, false).get()
			}
			if m := itemMethod(xt, "__getitem__", e.Index); m != nil && len(m.Params) == 2 {
				c.lat.add(m.Params[1].cell, it)
				return m.ret.get()
			}
		case Unknown:
			return tUnknown
		}
		return tAny
	case *grammar.List:
		el := c.cellAt(e, 0)
		for _, x := range e.Elts {
			c.lat.add(el, c.exprType(x))
		}
		return compound(List, el)
	case *grammar.Dict:
		k, v := c.cellAt(e, 0), c.cellAt(e, 1)
		for _, it := range e.Items {
			if it.Key != nil {
				c.lat.add(k, c.exprType(it.Key))
				c.lat.add(v, c.exprType(it.Value))
			}
		}
		return compound(Dict, k, v)
	case *grammar.Set:
		el := c.cellAt(e, 0)
		for _, x := range e.Elts {
			c.lat.add(el, c.exprType(x))
		}
		return compound(Set, el)
	case *grammar.Tuple:
		parts := make([]*cell, len(e.Elts))
		for i, x := range e.Elts {
			parts[i] = c.cellAt(e, i)
			c.lat.add(parts[i], c.exprType(x))
		}
		return compound(Tuple, parts...)
	case *grammar.Await:
		return awaited(c.exprType(e.X))
	case *grammar.IfExp:
		c.exprType(e.Cond)
		return c.lat.join(c.exprType(e.Then), c.exprType(e.Else))
	case *grammar.NamedExpr:
		t := c.exprType(e.Value)
		c.assign(e.Target, e.Value, t)
		return t
	case *grammar.Starred:
		return c.exprType(e.X)
	case *grammar.Comprehension:
		for _, cl := range e.Clauses {
			c.loopTarget(cl.Target, cl.Iter)
			for _, x := range cl.Ifs {
				c.exprType(x)
			}
		}
		el := c.cellAt(e, 0)
		c.lat.add(el, c.exprType(e.Elt))
		if e.Kind == grammar.DictComp {
			val := c.cellAt(e, 1)
			c.lat.add(val, c.exprType(e.Value))
			return compound(Dict, el, val)
		}
		if e.Kind == grammar.SetComp {
			return compound(Set, el)
		}
		return compound(List, el)
	}
	return tAny
}

func (c *checker) fstringTypes(f *grammar.FString) {
	for _, p := range f.Parts {
		if p.X != nil {
			c.exprType(p.X)
			if p.Spec != nil {
				c.fstringTypes(p.Spec)
			}
		}
	}
}

// constIndex returns a constant index into n items, a negative one
// counted from the end (t[-1] is the last item).
func constIndex(e grammar.Expr, n int) (int, bool) {
	i, ok := constInt(e)
	if i < 0 {
		i += n
	}
	return i, ok && i >= 0 && i < n
}

// awaited is the type `await x` produces for an x of type t.
// enteredType is the type of what `async with x as y` binds to y: what
// x.__aenter__() returns.
func enteredType(t *Type) *Type {
	switch t.Kind {
	case TaskGroupT, TimeoutT, ExecutorT:
		return t
	case Lock, Semaphore, BoundedSem, Condition:
		return tNone
	case Unknown:
		return tUnknown
	}
	return tAny
}

// awaited is unknown while t is: an awaitable whose type a later pass of
// the solver finds (a queue parameter typed by a call further down)
// must not make what awaiting it gives any for good.
func awaited(t *Type) *Type {
	switch t.Kind {
	case Coro, TaskT:
		return t.elem()
	case Unknown:
		return tUnknown
	}
	return tAny
}

// isListConcat reports whether x op y concatenates two lists, which
// gives a new list of the joined element type (not the any of other
// mixed operands).
func isListConcat(op string, x, y *Type) bool {
	return op == "+" && x.Kind == List && y.Kind == List && x.deque == y.deque // deque + list is a TypeError
}

// anyUnknown reports whether some type is not solved yet.
func anyUnknown(ts []*Type) bool {
	for _, t := range ts {
		if t.Kind == Unknown {
			return true
		}
	}
	return false
}

// argTypes is the recorded types of a call's arguments.
func (c *checker) argTypes(call *grammar.Call) []*Type {
	out := make([]*Type, len(call.Args))
	for i, a := range call.Args {
		out[i] = c.typeOf(a.Value)
	}
	return out
}

// operatorType is the type of x op y for operands of types xt and yt:
// binaryType's, except that an int raised to an int is an int only for
// a literal exponent, since Python makes it a float when the exponent is
// negative (2 ** -1 is 0.5); any other int ** int is any.
func operatorType(op string, y grammar.Expr, xt, yt *Type) *Type {
	t := binaryType(op, xt, yt)
	if _, lit := y.(*grammar.IntLit); op == "**" && t.Kind == Int && !lit {
		return tAny
	}
	return t
}

// binaryType is the result type of an arithmetic or bitwise operator.
// Operands of unknown or mixed type make the result any, which the
// emitter handles with the runtime's dynamic helpers.
func binaryType(op string, x, y *Type) *Type {
	if x.Kind == Bool && y.Kind == Bool && (op == "&" || op == "|" || op == "^") {
		return tBool
	}
	x, y = boolAsInt(x), boolAsInt(y)
	num := func(t *Type) bool { return t.Kind == Int || t.Kind == Float }
	switch {
	case x.Kind == Unknown || y.Kind == Unknown:
		return tUnknown
	case op == "+" && x.Kind == Str && y.Kind == Str:
		return tStr
	case op == "*" && x.Kind == List && y.Kind == Int:
		return x // a new list of the same items: [0] * n
	case op == "*" && x.Kind == Int && y.Kind == List:
		return y
	case op == "*" && (x.Kind == Str && y.Kind == Int || x.Kind == Int && y.Kind == Str):
		return tStr
	case !num(x) || !num(y):
		return tAny
	case op == "<<" || op == ">>":
		if x.Kind == Int && y.Kind == Int {
			return tInt
		}
		return tAny // a float operand: the runtime raises TypeError
	case op == "/":
		return tFloat
	case op == "&" || op == "|" || op == "^":
		if x.Kind == Int && y.Kind == Int {
			return tInt
		}
		return tAny
	case x.Kind == Float || y.Kind == Float:
		return tFloat
	}
	return tInt
}

func boolAsInt(t *Type) *Type {
	if t.Kind == Bool {
		return tInt
	}
	return t
}

func isTrue(e grammar.Expr) bool {
	c, ok := e.(*grammar.Const)
	return ok && c.Value == "True"
}

func isFalse(e grammar.Expr) bool {
	c, ok := e.(*grammar.Const)
	return ok && c.Value == "False"
}

// hasBreak reports whether a loop body contains a break that leaves it:
// breaks in the bodies of nested loops do not count, breaks in their
// else blocks do.
func hasBreak(stmts []grammar.Stmt) bool {
	found := false
	for _, st := range stmts {
		switch st := st.(type) {
		case *grammar.Break:
			found = true
		case *grammar.For:
			found = found || hasBreak(st.Else)
		case *grammar.While:
			found = found || hasBreak(st.Else)
		default:
			for _, b := range subBlocks(st) {
				found = found || hasBreak(b)
			}
		}
	}
	return found
}
