package codegen

import (
	"strconv"
	"strings"

	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// makeTrans emits str.maketrans(x), (x, y) or (x, y, z).
func (e *emitter) makeTrans(call *grammar.Call) *jen.Statement {
	args, _ := e.positional(call, "str.maketrans")
	switch len(args) {
	case 1:
		return jen.Qual(pyPkg, "StrMakeTransDict").Call(e.coerce(args[0], tAny))
	case 2, 3:
		strs := make([]jen.Code, 3)
		strs[2] = jen.Lit("")
		for i, a := range args {
			if e.typeOf(a).Kind != Str {
				e.diag.unsupported(a, "str.maketrans() of a value of type "+e.typeOf(a).String())
				return jen.Nil()
			}
			strs[i] = e.expr(a)
		}
		return jen.Qual(pyPkg, "StrMakeTrans").Call(strs...)
	}
	e.diag.unsupported(call, "str.maketrans() with these arguments")
	return jen.Nil()
}

// Methods of lists, dicts and strs that translate one to one into a
// method of the runtime's py.List or py.Dict, or a py function taking the
// str first. Parameter and result types are written relative to the
// receiver: "elem" is a list's element, "key" and "value" a dict's, "self"
// the receiver's own type; "probe" a value a list's items are compared
// with (count, index, remove), which unlike "elem" does not widen the
// element type: one of another type goes to the dynamic form of the
// method (py.CountAny, ...), as Python's == finds no such item; "iterable" any iterable whose items go into a
// list, "mapping" a dict (or pairs) whose items go into a dict; "chars" a
// str that must be one statically, since CPython also takes None there
// (s.strip(None)) and would not raise where py.As does. A method whose
// forms differ in arity has a row per form, named "name/n" for n
// arguments (s.strip() and s.strip(chars)).
type libMethod struct {
	goName string
	fn     bool // a py function called with the receiver first
	params []string
	result string
	all    bool   // the py function takes a count last, -1 for all (replace)
	kw     string // the name by which the last argument may be passed, if any
}

var libMethods = map[Kind]map[string]libMethod{
	List: {
		"reverse": {goName: "ListReverse", fn: true, result: "None"},
		"insert":  {goName: "ListInsert", fn: true, params: []string{"int", "elem"}, result: "None"},
		"extend":  {goName: "Extend", params: []string{"iterable"}, result: "None"},
		"index":   {goName: "ListIndex", fn: true, params: []string{"probe"}, result: "int"},
		"count":   {goName: "ListCount", fn: true, params: []string{"probe"}, result: "int"},
		"remove":  {goName: "ListRemove", fn: true, params: []string{"probe"}, result: "None"},
		"clear":   {goName: "Clear", result: "None"},
		"copy":    {goName: "Copy", result: "self"},
		"pop/1":   {goName: "ListPopAt", fn: true, params: []string{"int"}, result: "elem"},
	},
	Dict: {
		"get":        {goName: "GetDefault", params: []string{"key", "value"}, result: "value"},
		"pop":        {goName: "Pop", params: []string{"key"}, result: "value"},
		"setdefault": {goName: "SetDefault", params: []string{"key", "value"}, result: "value"},
		"update":     {goName: "Update", params: []string{"mapping"}, result: "None"},
		"clear":      {goName: "Clear", result: "None"},
		"copy":       {goName: "Copy", result: "self"},
		"pop/2":      {goName: "PopDefault", params: []string{"key", "value"}, result: "value"},
		"popitem":    {goName: "PopItem", result: "item"},
	},
	Set: {
		"add":     {goName: "Add", params: []string{"elem"}, result: "None"},
		"discard": {goName: "Discard", params: []string{"elem"}, result: "None"},
		"remove":  {goName: "Remove", params: []string{"elem"}, result: "None"},
		"pop":     {goName: "Pop", result: "elem"},
		"clear":   {goName: "Clear", result: "None"},
		"copy":    {goName: "Copy", result: "self"},
	},
	Str: {
		"split":      {goName: "StrSplit", fn: true, result: "list[str]"},
		"split/1":    {goName: "StrSplitSep", fn: true, params: []string{"chars"}, result: "list[str]", all: true},
		"split/2":    {goName: "StrSplitSep", fn: true, params: []string{"chars", "int"}, result: "list[str]"},
		"rsplit":     {goName: "StrSplit", fn: true, result: "list[str]"},
		"rsplit/1":   {goName: "StrRSplitSep", fn: true, params: []string{"chars"}, result: "list[str]", all: true},
		"rsplit/2":   {goName: "StrRSplitSep", fn: true, params: []string{"chars", "int"}, result: "list[str]"},
		"strip/1":    {goName: "StrStripChars", fn: true, params: []string{"chars"}, result: "str"},
		"lstrip/1":   {goName: "StrLStripChars", fn: true, params: []string{"chars"}, result: "str"},
		"rstrip/1":   {goName: "StrRStripChars", fn: true, params: []string{"chars"}, result: "str"},
		"splitlines": {goName: "StrSplitLines", fn: true, result: "list[str]"},
		"partition":  {goName: "StrPartition", fn: true, params: []string{"chars"}, result: "str3"},
		"rpartition": {goName: "StrRPartition", fn: true, params: []string{"chars"}, result: "str3"},
		"replace":    {goName: "StrReplace", fn: true, params: []string{"str", "str"}, result: "str", all: true},
		"startswith": {goName: "StrStartsWith", fn: true, params: []string{"str"}, result: "bool"},
		"endswith":   {goName: "StrEndsWith", fn: true, params: []string{"str"}, result: "bool"},
		"find":       {goName: "StrFind", fn: true, params: []string{"str"}, result: "int"},
		"rfind":      {goName: "StrRFind", fn: true, params: []string{"str"}, result: "int"},
		"index":      {goName: "StrIndexOf", fn: true, params: []string{"str"}, result: "int"},
		"count":      {goName: "StrCount", fn: true, params: []string{"str"}, result: "int"},
		"zfill":      {goName: "StrZfill", fn: true, params: []string{"int"}, result: "str"},
		"translate":  {goName: "StrTranslate", fn: true, params: []string{"any"}, result: "str"},
		"center":     {goName: "StrCenter", fn: true, params: []string{"int"}, result: "str"},
		"ljust":      {goName: "StrLJust", fn: true, params: []string{"int"}, result: "str"},
		"rjust":      {goName: "StrRJust", fn: true, params: []string{"int"}, result: "str"},
		"center/2":   {goName: "StrCenter", fn: true, params: []string{"int", "chars"}, result: "str"},
		"ljust/2":    {goName: "StrLJust", fn: true, params: []string{"int", "chars"}, result: "str"},
		"rjust/2":    {goName: "StrRJust", fn: true, params: []string{"int", "chars"}, result: "str"},
		"isdigit":    {goName: "StrIsDigit", fn: true, result: "bool"},
		"isdecimal":  {goName: "StrIsDecimal", fn: true, result: "bool"},
		"isalpha":    {goName: "StrIsAlpha", fn: true, result: "bool"},
		"isalnum":    {goName: "StrIsAlnum", fn: true, result: "bool"},
		"isspace":    {goName: "StrIsSpace", fn: true, result: "bool"},
		"isupper":    {goName: "StrIsUpper", fn: true, result: "bool"},
		"islower":    {goName: "StrIsLower", fn: true, result: "bool"},
		"title":      {goName: "StrTitle", fn: true, result: "str"},
		"capitalize": {goName: "StrCapitalize", fn: true, result: "str"},
		"swapcase":   {goName: "StrSwapCase", fn: true, result: "str"},
	},
}

// libMethodOf returns the table entry for recv.name(...) with n
// arguments, positional but for the row's keyword: the row of that name,
// or of name/n.
func libMethodOf(recv *Type, name string, call *grammar.Call) (libMethod, bool) {
	kw := ""
	for i, a := range call.Args {
		switch {
		case a.Star:
			return libMethod{}, false
		case a.Name != "" && i < len(call.Args)-1:
			return libMethod{}, false
		case a.Name != "":
			kw = a.Name
		}
	}
	for _, rows := range []map[string]libMethod{ownRows(recv), libMethods[recv.Kind]} {
		m, ok := rows[name]
		if !ok || len(call.Args) != len(m.params) {
			name := name + "/" + strconv.Itoa(len(call.Args))
			m, ok = rows[name]
			if recv.deque && listOnly[name] {
				return libMethod{}, false
			}
		}
		if ok && len(call.Args) == len(m.params) && (kw == "" || kw == m.kw) {
			return m, true
		}
	}
	return libMethod{}, false
}

// ownRows are the methods of a Counter or a deque of their own, for a
// receiver inference knows to be one.
func ownRows(recv *Type) map[string]libMethod {
	switch {
	case recv.flavor == "Counter":
		return counterMethods
	case recv.flavor == "OrderedDict":
		return orderedDictMethods
	case recv.deque:
		return dequeMethods
	}
	return nil
}

// relType resolves a type written relative to the receiver.
func relType(recv *Type, rel string) *Type {
	switch rel {
	case "None":
		return tNone
	case "int":
		return tInt
	case "bool":
		return tBool
	case "str", "chars":
		return tStr
	case "any":
		return tAny
	case "elem", "key", "probe":
		return recv.part(0)
	case "value":
		return recv.part(1)
	case "self":
		return recv
	case "list[str]":
		return compound(List, strCell())
	case "list[key]":
		return compound(List, recv.parts[0])
	case "str3":
		return compound(Tuple, strCell(), strCell(), strCell())
	case "item":
		return compound(Tuple, recv.parts...)
	case "counts":
		pairs := newCell()
		pairs.t = compound(Tuple, recv.parts...)
		return compound(List, pairs)
	}
	return tAny
}

// strCell is a type variable holding str.
func strCell() *cell {
	c := newCell()
	c.t = tStr
	return c
}

// libMethodType types a call of a table method and flows its arguments
// into the receiver's element types, as append does; an empty display
// whose items would be added (xs.extend([])) adds none, and its element
// type, any once nothing flowed into it, must not widen the receiver's.
func (c *checker) libMethodType(recv *Type, m libMethod, call *grammar.Call, args []*Type) *Type {
	for i, p := range m.params {
		if addsItems[p] && isEmptyDisplay(call.Args[i].Value) {
			continue
		}
		switch p {
		case "elem", "key":
			c.lat.add(recv.parts[0], args[i])
		case "self":
			c.lat.add(recv.parts[0], iterElem(args[i], nil))
		case "value":
			c.lat.add(recv.parts[1], args[i])
		case "iterable":
			c.lat.add(recv.parts[0], iterElem(args[i], nil))
		case "mapping":
			k, v := pairTypes(args[i])
			c.lat.add(recv.parts[0], k)
			c.lat.add(recv.parts[1], v)
		case "counted":
			if args[i].Kind == Dict {
				c.lat.add(recv.parts[0], args[i].part(0))
				c.lat.add(recv.parts[1], args[i].part(1))
			} else {
				c.lat.add(recv.parts[0], iterElem(args[i], nil))
			}
		}
	}
	return relType(recv, m.result)
}

// addsItems are the parameter kinds whose argument's items the method
// adds to the receiver.
var addsItems = setOf("self", "iterable", "mapping", "counted")

// isEmptyDisplay reports whether x is [], {} or a copy of one.
func isEmptyDisplay(x grammar.Expr) bool {
	switch x := x.(type) {
	case *grammar.List:
		return len(x.Elts) == 0
	case *grammar.Dict:
		return len(x.Items) == 0
	case *grammar.Call:
		if a, ok := x.Func.(*grammar.Attribute); ok && a.Name == "copy" && len(x.Args) == 0 {
			return isEmptyDisplay(a.X)
		}
	}
	return false
}

// pairTypes is the key and value types that dict.update(x) adds: a
// dict's, or the items of a list of pairs.
func pairTypes(t *Type) (k, v *Type) {
	switch {
	case t.Kind == Unknown:
		return tUnknown, tUnknown
	case t.Kind == Dict:
		return t.part(0), t.part(1)
	case t.Kind == List && t.elem().Kind == Tuple && len(t.elem().parts) == 2:
		return t.elem().part(0), t.elem().part(1)
	case t.Kind == List && t.elem().Kind == Unknown:
		return tUnknown, tUnknown
	}
	return tAny, tAny
}

// libMethodCall emits a call of a table method.
func (e *emitter) libMethodCall(recv grammar.Expr, rt *Type, m libMethod, call *grammar.Call) *jen.Statement {
	if m.result == "list[key]" && !e.consumed[call] {
		// An iterator, whose repr CPython prints as an address.
		e.diag.unsupported(call, "Counter.elements() other than iterated at once (by a for loop, list(), sorted() ...)")
		return jen.Nil()
	}
	args := make([]jen.Code, len(call.Args))
	inferred := true // Go infers the type arguments of a py function m.fn names
	for i, a := range call.Args {
		switch m.params[i] {
		case "probe":
			if foreignProbe(rt.elem(), e.typeOf(a.Value)) {
				return jen.Qual(pyPkg, strings.TrimPrefix(m.goName, "List")+"Any").Call(e.expr(recv), e.expr(a.Value))
			}
		case "iterable", "mapping":
			return e.addItems(e.x(recv), rt, m, a.Value)
		case "counted":
			e.consume(a.Value)
			return jen.Qual(pyPkg, m.goName).Call(e.expr(recv), e.expr(a.Value))
		case "bool":
			args[i] = e.cond(a.Value) // taken by its truth, as CPython does
			continue
		case "any":
			args[i] = e.coerce(a.Value, tAny)
			continue
		case "chars":
			if at := e.typeOf(a.Value); at.Kind != Str {
				e.diag.unsupported(a, "str argument of type "+at.String())
				return jen.Nil()
			}
		case "self":
			if at := e.typeOf(a.Value); rt.Kind == List && at.Kind == List && goTypeString(at) != goTypeString(rt) {
				// A list of other items: copied into one of the receiver's type.
				args[i] = jen.Qual(pyPkg, "ListAs").Types(goType(rt.elem())).Call(e.expr(a.Value))
				continue
			}
		}
		want := relType(rt, m.params[i])
		inferred = inferred && goTypeString(e.typeOf(a.Value)) == goTypeString(want)
		args[i] = e.coerce(a.Value, want)
	}
	if m.all {
		args = append(args, jen.Lit(-1))
	}
	if m.fn {
		fn := jen.Qual(pyPkg, m.goName)
		if !inferred {
			fn = fn.Types(containerTypeArgs(rt)...)
		}
		code := fn.Call(append([]jen.Code{e.expr(recv)}, args...)...)
		if want := e.typeOf(call); m.result == "list[str]" && goTypeString(want) != goTypeString(relType(rt, m.result)) {
			// A fresh list of strs that inference widened (more than strs
			// were added to it): a copy of the Go type its uses expect.
			return jen.Qual(pyPkg, "ListAs").Types(goType(want.elem())).Call(code)
		}
		return code
	}
	return operand(e.x(recv), precPrimary, false).Dot(m.goName).Call(args...)
}

// containerTypeArgs are the Go type arguments of a list's or dict's
// type, which a call of a generic py function on one spells out where
// an argument is only assignable to the element type (an int passed
// where the items are anys): Go infers none from it.
func containerTypeArgs(t *Type) []jen.Code {
	switch t.Kind {
	case List:
		return []jen.Code{goType(t.elem())}
	case Dict:
		return []jen.Code{goType(t.part(0)), goType(t.part(1))}
	}
	return nil
}

// foreignProbe reports whether a value of type arg, looked for among
// items of type elem, must be compared dynamically rather than converted
// to elem (an int among floats is converted: 1 == 1.0).
func foreignProbe(elem, arg *Type) bool {
	switch {
	case goTypeString(elem) == goTypeString(arg), elem.Kind == Any:
		return false
	case elem.Kind == Float && arg.Kind == Int:
		return false
	}
	return true
}

// addItems emits l.extend(x) (and l += x) or d.update(x), the method m of
// a receiver of type rt: the typed method for an argument of the
// receiver's own Go type, ListExtend for a list of another element type,
// else the dynamic form (PyExtend, PyUpdate), which iterates over any
// iterable as CPython does.
func (e *emitter) addItems(recv gox, rt *Type, m libMethod, x grammar.Expr) *jen.Statement {
	xt := e.typeOf(x)
	r := operand(recv, precPrimary, false)
	switch {
	case goTypeString(xt) == goTypeString(rt):
		return r.Dot(m.goName).Call(e.expr(x))
	case rt.Kind == List && xt.Kind == List:
		return jen.Qual(pyPkg, "ListExtend").Call(r, e.expr(x))
	}
	return r.Dot("Py" + m.goName).Call(e.expr(x))
}
