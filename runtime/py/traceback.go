package py

import (
	"bufio"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
)

// Frames returns e's traceback, outermost frame first as CPython prints
// it: the frames of generated code (files ending in ".py", which the
// //line directives of generated code name) between the program's entry
// and the raise site.
func (e *Exc) Frames() []Frame {
	if e.Traceback == nil && e.pcs != nil {
		e.Traceback = framesOf(e.pcs, e.fromPanic)
		e.pcs = nil
	}
	return e.Traceback
}

// framesOf symbolises pcs (innermost first) into Python frames (outermost
// first). fromPanic drops everything up to the first runtime.gopanic: the
// recovering code, when AsExc runs in a deferred function.
//
// A deferred handler runs on top of the panic that unwinds the frames
// below it; those frames are gone in Python's view, so the frames between
// runtime.gopanic and the function that deferred the handler are skipped.
// A closure called by its enclosing function (a try body, a loop body
// under range-over-func) shows as that function, once, at the closure's
// line.
func framesOf(pcs []uintptr, fromPanic bool) []Frame {
	var raw []runtime.Frame
	it := runtime.CallersFrames(pcs)
	for {
		f, more := it.Next()
		raw = append(raw, f)
		if !more {
			break
		}
	}
	if fromPanic {
		for i, f := range raw {
			if f.Function == "runtime.gopanic" {
				raw = raw[i+1:]
				break
			}
		}
	}
	var kept []runtime.Frame
	for i := 0; i < len(raw); i++ {
		f := raw[i]
		if f.Function == "runtime.gopanic" {
			if len(kept) > 0 {
				if j := deferringFrame(kept[len(kept)-1].Function, raw[i+1:]); j >= 0 {
					i += j
				}
			}
			continue
		}
		if !strings.HasSuffix(f.File, ".py") {
			continue
		}
		if n := len(kept); n > 0 && isClosureOf(kept[n-1].Function, f.Function) {
			continue
		}
		kept = append(kept, f)
	}
	frames := make([]Frame, len(kept))
	for i, f := range kept {
		frames[len(kept)-1-i] = Frame{File: f.File, Line: f.Line, Func: pyFuncName(f.Function)}
	}
	return frames
}

// CurrentFrame returns the innermost frame of generated code on the
// calling goroutine's stack; ok is false when there is none (code written
// by hand in Go).
func CurrentFrame() (f Frame, ok bool) {
	frames := framesOf(callers(3), false)
	if len(frames) == 0 {
		return Frame{}, false
	}
	return frames[len(frames)-1], true
}

// closureParent strips the last closure suffix of a Go function name:
// "main.f.func1.2" → "main.f.func1".
func closureParent(fn string) string {
	if i := strings.LastIndexAny(fn, ".-"); i >= 0 && isClosureSuffix(fn[i+1:]) {
		return fn[:i]
	}
	return fn
}

// deferringFrame finds, among the frames a panic is unwinding, the one
// that deferred handler: its enclosing function by name, or, when the
// compiler inlined that function (inlined closures are named after the
// function they were inlined into), the first frame showing the same
// Python name. -1 when there is none.
func deferringFrame(handler string, frames []runtime.Frame) int {
	parent := closureParent(handler)
	for j, f := range frames {
		if f.Function == parent {
			return j
		}
	}
	name := pyFuncName(handler)
	for j, f := range frames {
		if strings.HasSuffix(f.File, ".py") && pyFuncName(f.Function) == name {
			return j
		}
	}
	return -1
}

// isClosureOf reports whether inner is a closure (at any depth) of outer,
// also when the compiler inlined outer and named the closure after the
// function it was inlined into.
func isClosureOf(inner, outer string) bool {
	if closureParent(inner) == inner {
		return false
	}
	if pyFuncName(inner) == pyFuncName(outer) {
		return true
	}
	for {
		p := closureParent(inner)
		if p == inner {
			return false
		}
		if p == outer {
			return true
		}
		inner = p
	}
}

// isClosureSuffix recognises the names Go gives function literals
// ("func1", "1"), range-over-func bodies ("range1") and defer/go wrappers.
func isClosureSuffix(s string) bool {
	for _, p := range []string{"func", "range", "deferwrap", "gowrap"} {
		if strings.HasPrefix(s, p) {
			s = s[len(p):]
			break
		}
	}
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// pyFuncName maps a Go function name to the Python name a traceback
// shows: no package path, receiver or closure suffix, without the single
// trailing "_" codegen appends to names that clash with Go; Go's main
// and init (module-level code) show as "<module>", as does Main, the
// entry of a program linked with others (codegen's Options.Entry).
func pyFuncName(fn string) string {
	if i := strings.LastIndexByte(fn, '/'); i >= 0 {
		fn = fn[i+1:]
	}
	if i := strings.IndexByte(fn, '.'); i >= 0 {
		fn = fn[i+1:]
	}
	if i := strings.IndexByte(fn, '['); i >= 0 {
		if j := strings.LastIndexByte(fn, ']'); j > i {
			fn = fn[:i] + fn[j+1:]
		}
	}
	for {
		p := closureParent(fn)
		if p == fn {
			break
		}
		fn = p
	}
	if i := strings.LastIndexByte(fn, '.'); i >= 0 {
		fn = fn[i+1:]
	}
	if fn == "main" || fn == "init" || fn == "Main" {
		return "<module>"
	}
	return strings.TrimSuffix(fn, "_")
}

// QualName is the class name a traceback's last line shows: module
// qualified unless builtin or the program's own (traceback's
// format_exception_only).
func (c *ExcClass) QualName() string {
	if c.Module == "" || c.Module == "__main__" {
		return c.Name
	}
	return c.Module + "." + c.Name
}

// FormatTraceback renders e as CPython 3.11's traceback module prints an
// uncaught exception: causes and contexts first, exception groups as
// boxed trees. Source lines are included when the file is readable.
func FormatTraceback(e *Exc) string {
	p := &tbPrinter{seen: map[*Exc]bool{}}
	p.format(e)
	return p.b.String()
}

const (
	causeMessage   = "\nThe above exception was the direct cause of the following exception:\n\n"
	contextMessage = "\nDuring handling of the above exception, another exception occurred:\n\n"
	maxGroupWidth  = 15
	maxGroupDepth  = 10
)

// tbPrinter ports traceback.TracebackException.format and
// _ExceptionPrintContext.
type tbPrinter struct {
	b         strings.Builder
	seen      map[*Exc]bool
	depth     int
	needClose bool
}

func (p *tbPrinter) indent() string { return strings.Repeat(" ", 2*p.depth) }

// emit writes text with every line indented, margin marked inside groups.
func (p *tbPrinter) emit(text string, margin byte) {
	ind := p.indent()
	if p.depth > 0 {
		ind += string(margin) + " "
	}
	for text != "" {
		i := strings.IndexByte(text, '\n') + 1
		if i == 0 {
			i = len(text)
		}
		p.b.WriteString(ind)
		p.b.WriteString(text[:i])
		text = text[i:]
	}
}

func (p *tbPrinter) format(top *Exc) {
	type link struct {
		msg string
		e   *Exc
	}
	var chain []link
	for e := top; e != nil && !p.seen[e]; {
		p.seen[e] = true
		var msg string
		var next *Exc
		switch {
		case e.Cause != nil:
			msg, next = causeMessage, e.Cause
		case e.Context != nil && !e.SuppressContext:
			msg, next = contextMessage, e.Context
		}
		if p.seen[next] {
			msg = ""
		}
		chain = append(chain, link{msg, e})
		e = next
	}
	for i := len(chain) - 1; i >= 0; i-- {
		l := chain[i]
		if l.msg != "" {
			p.emit(l.msg, '|')
		}
		p.formatOne(l.e)
	}
}

func (p *tbPrinter) formatOne(e *Exc) {
	frames := e.Frames()
	if !e.isGroup() {
		if len(frames) > 0 {
			p.emit("Traceback (most recent call last):\n", '|')
			p.emit(formatFrames(frames), '|')
		}
		p.emit(exceptionOnly(e), '|')
		return
	}
	if p.depth > maxGroupDepth {
		p.emit("... (max_group_depth is "+strconv.Itoa(maxGroupDepth)+")\n", '|')
		return
	}
	top := p.depth == 0
	if top {
		p.depth++
	}
	if len(frames) > 0 {
		margin := byte('|')
		if top {
			margin = '+'
		}
		p.emit("Exception Group Traceback (most recent call last):\n", margin)
		p.emit(formatFrames(frames), '|')
	}
	p.emit(exceptionOnly(e), '|')
	n := len(e.Exceptions)
	if n > maxGroupWidth {
		n = maxGroupWidth + 1
	}
	p.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			p.needClose = true
		}
		truncated := i >= maxGroupWidth
		title := strconv.Itoa(i + 1)
		if truncated {
			title = "..."
		}
		lead := "  "
		if i == 0 {
			lead = "+-"
		}
		p.b.WriteString(p.indent() + lead + "+---------------- " + title + " ----------------\n")
		p.depth++
		if !truncated {
			p.format(e.Exceptions[i])
		} else {
			rem := len(e.Exceptions) - maxGroupWidth
			plural := "s"
			if rem == 1 {
				plural = ""
			}
			p.emit("and "+strconv.Itoa(rem)+" more exception"+plural+"\n", '|')
		}
		if last && p.needClose {
			p.b.WriteString(p.indent() + "+------------------------------------\n")
			p.needClose = false
		}
		p.depth--
	}
	if top {
		p.depth = 0
	}
}

// exceptionOnly is format_exception_only: "ValueError: boom\n".
func exceptionOnly(e *Exc) string {
	msg := ExcStr(e)
	if msg == "" {
		return e.Class.QualName() + "\n"
	}
	return e.Class.QualName() + ": " + msg + "\n"
}

func formatFrames(frames []Frame) string {
	var b strings.Builder
	for _, f := range frames {
		b.WriteString("  File \"" + f.File + "\", line " + strconv.Itoa(f.Line) + ", in " + f.Func + "\n")
		if src := sourceLine(f.File, f.Line); src != "" {
			b.WriteString("    " + src + "\n")
		}
	}
	return b.String()
}

// sources caches the lines of DSL files read for tracebacks (linecache).
var sources struct {
	sync.Mutex
	files map[string][]string
}

// sourceLine returns line n of file with surrounding whitespace removed,
// or "" when the file is not readable.
func sourceLine(file string, n int) string {
	sources.Lock()
	defer sources.Unlock()
	lines, ok := sources.files[file]
	if !ok {
		if f, err := os.Open(file); err == nil {
			sc := bufio.NewScanner(f)
			for sc.Scan() {
				lines = append(lines, sc.Text())
			}
			f.Close()
		}
		if sources.files == nil {
			sources.files = map[string][]string{}
		}
		sources.files[file] = lines
	}
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[n-1])
}

// gcPercent is the collector's GOGC in programs (Main) unless the GOGC
// environment variable is set; library mode keeps the host's setting.
// Each collection marks every live task, and where many are alive at
// once they, not garbage, make the peak RSS, so collecting less often
// saves time without raising it. bench/run at GOGC 100/200/400 (medians of
// 3 runs of -n 3, 2 shared cores): spawn 386/308/270 ms, timers 45/29/28
// ms, the other rows unchanged within noise, memory peak RSS 330/333/331
// MB.
const gcPercent = 400

// Main runs module-level code as CPython runs a script: on success it
// flushes stdout and returns (exit status 0); on an uncaught exception it
// flushes stdout, prints the traceback to stderr and exits 1; SystemExit
// exits with its code (a non-integer code is printed to stderr, status 1).
func Main(body func()) {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	code := runMain(body)
	Flush()
	if code != 0 {
		os.Exit(code)
	}
}

func runMain(body func()) (code int) {
	defer func() {
		if r := recover(); r != nil {
			code = Uncaught(AsExc(r))
		}
	}()
	body()
	return 0
}

// Uncaught reports e as the interpreter does when it reaches the top
// level and returns the exit status: SystemExit's code, else 1 after the
// traceback on stderr.
func Uncaught(e *Exc) int {
	Flush()
	if e.Is(SystemExit) {
		var arg any
		if len(e.Args) == 1 {
			arg = e.Args[0]
		} else if len(e.Args) > 1 {
			arg = Tuple(e.Args)
		}
		switch a := arg.(type) {
		case nil, NoneType:
			return 0
		case int:
			return a
		case bool:
			return BoolToInt(a)
		}
		os.Stderr.WriteString(Str(arg) + "\n")
		return 1
	}
	os.Stderr.WriteString(FormatTraceback(e))
	return 1
}
