package codegen

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/aiogo-dev/aiogo/grammar"
	"github.com/dave/jennifer/jen"
)

// exports emits the Go API of a library package (DESIGN.md section 4):
// every public top-level def (a name not starting with "_") gets an
// exported twin named in Go style, fetch_all → FetchAll, that Go code can
// call like any Go function. A coroutine's twin takes a context.Context
// and runs the coroutine on an event loop of its own (aio.RunContext), so
// cancelling the context cancels the task and goroutines may call at
// once; every twin returns a Python exception as an ordinary error.
func (e *emitter) exports(f *jen.File) {
	taken := map[string]bool{}
	for n := range e.module.goNames {
		taken[n] = true
	}
	for _, fn := range e.funcs {
		if strings.HasPrefix(fn.Def.Name, "_") || fn.class != nil || fn.outer != nil {
			continue
		}
		name := exportedName(fn.Def.Name)
		if taken[name] {
			e.diag.errorf(fn.Def.Pos, "cannot export %s as %s: the Go name is taken", fn.Def.Name, name)
			continue
		}
		taken[name] = true
		f.Line()
		e.export(f, fn, name)
	}
}

// export emits one exported twin of fn.
func (e *emitter) export(f *jen.File, fn *Func, name string) {
	paramNames := map[string]bool{}
	var params, args []jen.Code
	for _, p := range fn.Params {
		paramNames[p.Go] = true
		params = append(params, jen.Id(p.Go).Add(goType(p.cell.get())))
		args = append(args, jen.Id(p.Go))
	}
	ret := fn.ret.get()
	void := ret.Kind == None
	call := jen.Id(fn.Sym.Go).Call(args...)
	var run *jen.Statement
	if fn.Def.Async {
		ctx := "ctx"
		for paramNames[ctx] {
			ctx += "_"
		}
		params = append([]jen.Code{jen.Id(ctx).Qual("context", "Context")}, params...)
		f.Commentf("%s runs the coroutine %s() on an event loop of its own until it returns;", name, fn.Def.Name)
		f.Comment("cancelling ctx cancels it. A Python exception comes back as the error.")
		run = jen.Qual(aioPkg, "RunContext").Types(goType(ret)).Call(jen.Id(ctx), call)
	} else {
		f.Commentf("%s calls %s(). A Python exception comes back as the error.", name, fn.Def.Name)
		body := jen.Return(call)
		if void {
			body = jen.Add(call).Line().Return(jen.Qual(pyPkg, "None"))
		}
		run = jen.Qual(pyPkg, "Call").Call(jen.Func().Params().Add(goType(ret)).Block(body))
	}
	decl := f.Func().Id(name).Params(params...)
	if void {
		decl.Error().Block(
			jen.List(jen.Id("_"), jen.Err()).Op(":=").Add(run),
			jen.Return(jen.Err()),
		)
		return
	}
	decl.Params(goType(ret), jen.Error()).Block(jen.Return(run))
}

// exportedName spells a Python name in Go's exported style:
// fetch_all → FetchAll, main → Main.
func exportedName(name string) string {
	var b strings.Builder
	for _, part := range strings.Split(name, "_") {
		r, size := utf8.DecodeRuneInString(part)
		if size > 0 {
			b.WriteRune(unicode.ToUpper(r))
			b.WriteString(part[size:])
		}
	}
	return b.String()
}

// moduleCode is the module body without its definitions and imports: the
// statements a library package runs in init.
func moduleCode(body []grammar.Stmt) []grammar.Stmt {
	var code []grammar.Stmt
	for _, st := range body {
		switch st.(type) {
		case *grammar.FuncDef, *grammar.Import, *grammar.ImportFrom, *grammar.Pass:
		default:
			code = append(code, st)
		}
	}
	return code
}
