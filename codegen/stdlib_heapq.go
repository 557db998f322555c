package codegen

import (
	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// heapq and bisect on lists (runtime/py/heapq.go), and the string
// module's constants.

// heapFuncs are the heapq and bisect functions by their py function: a
// list first, then an item (nil: none) and the result ("elem", "int",
// "list" or "None").
var heapFuncs = map[string]struct {
	goName string
	item   bool
	result string
}{
	"heapq.heappush":      {"HeapPush", true, "None"},
	"heapq.heappop":       {"HeapPop", false, "elem"},
	"heapq.heapify":       {"Heapify", false, "None"},
	"heapq.heapreplace":   {"HeapReplace", true, "elem"},
	"heapq.heappushpop":   {"HeapPushPop", true, "elem"},
	"bisect.bisect_left":  {"BisectLeft", true, "int"},
	"bisect.bisect_right": {"BisectRight", true, "int"},
	"bisect.bisect":       {"BisectRight", true, "int"},
	"bisect.insort_left":  {"InsortLeft", true, "None"},
	"bisect.insort_right": {"InsortRight", true, "None"},
	"bisect.insort":       {"InsortRight", true, "None"},
}

var heapqNames = setOf("heappush", "heappop", "heapify", "heapreplace", "heappushpop", "nlargest", "nsmallest")

var bisectNames = setOf("bisect_left", "bisect_right", "bisect", "insort_left", "insort_right", "insort")

// heapType types a heapq or bisect call; nil for other names. An item
// pushed or inserted flows into the list's element type.
func (c *checker) heapType(name string, call *grammar.Call, args []*Type) *Type {
	if name == "heapq.nlargest" || name == "heapq.nsmallest" {
		if len(args) >= 2 && args[1].Kind == List {
			c.sortKey(call, args[1].elem())
			return compound(List, args[1].parts[0])
		}
		return tAny
	}
	f, ok := heapFuncs[name]
	if !ok {
		return nil
	}
	if len(args) == 0 || args[0].Kind != List {
		return tAny
	}
	if f.item && len(args) == 2 {
		c.lat.add(args[0].parts[0], args[1])
	}
	return relType(args[0], f.result)
}

// heapCall emits a heapq or bisect call; ok is false for other names.
func (e *emitter) heapCall(name string, call *grammar.Call) (code *jen.Statement, ok bool) {
	f, isHeap := heapFuncs[name]
	nth := name == "heapq.nlargest" || name == "heapq.nsmallest"
	if !isHeap && !nth {
		return nil, false
	}
	var allowed []string
	if nth {
		allowed = []string{"key"}
	}
	args, kw := e.positional(call, name, allowed...)
	want := 1
	if f.item || nth {
		want = 2
	}
	if len(args) != want || len(args)+len(kw) != len(call.Args) {
		e.diag.unsupported(call, name+"() other than of a list"+map[bool]string{true: " and an item", false: ""}[want == 2])
		return jen.Nil(), true
	}
	if nth {
		if e.typeOf(args[1]).Kind != List {
			e.diag.unsupported(call, name+"() of anything but an int and a list")
			return jen.Nil(), true
		}
		e.consume(args[1]) // d.values(), zip(...): taken at once
		fn := map[string]string{"heapq.nlargest": "NLargest", "heapq.nsmallest": "NSmallest"}[name]
		if k := kw["key"]; k != nil {
			key, ok := e.keyFunc(k, e.typeOf(args[1]).elem())
			if !ok {
				return jen.Nil(), true
			}
			return jen.Qual(pyPkg, fn+"Key").Call(e.coerce(args[0], tInt), e.expr(args[1]), key), true
		}
		return jen.Qual(pyPkg, fn).Call(e.coerce(args[0], tInt), e.expr(args[1])), true
	}
	lt := e.typeOf(args[0])
	if lt.Kind != List || lt.deque {
		e.diag.unsupported(call, name+"() of a value of type "+lt.String())
		return jen.Nil(), true
	}
	vals := []jen.Code{e.expr(args[0])}
	if f.item {
		vals = append(vals, e.coerce(args[1], lt.elem()))
	}
	return jen.Qual(pyPkg, f.goName).Types(goType(lt.elem())).Call(vals...), true
}

// stringConsts are the string module's constants.
var stringConsts = map[string]string{
	"string.ascii_lowercase": "abcdefghijklmnopqrstuvwxyz",
	"string.ascii_uppercase": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
	"string.ascii_letters":   "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
	"string.digits":          "0123456789",
	"string.hexdigits":       "0123456789abcdefABCDEF",
	"string.octdigits":       "01234567",
	"string.punctuation":     "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
	"string.whitespace":      " \t\n\r\x0b\x0c",
	"string.printable":       "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c",
}

var stringNames = func() map[string]bool {
	names := map[string]bool{}
	for q := range stringConsts {
		names[q[len("string."):]] = true
	}
	return names
}()

func isModuleConst(qual string) bool {
	_, t := moduleConst(qual)
	return t != nil
}

// moduleConst returns the value and type of a module constant by its
// qualified name (math.pi, string.digits), or nil.
func moduleConst(qual string) (*jen.Statement, *Type) {
	if c := mathConst(qual); c != nil {
		return c, tFloat
	}
	if s, ok := stringConsts[qual]; ok {
		return jen.Lit(s), tStr
	}
	return nil, nil
}
