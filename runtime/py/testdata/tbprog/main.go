// Command tbprog is the Go that aiogo would emit for prog.py, written by
// hand with //line directives; traceback_test.go runs it and compares its
// stderr with what python3 prints for prog.py.
package main

import (
	"os"

	"github.com/aiogo-dev/aiogo/runtime/py"
)

//line prog.py:4
func helper(n int) {
//line prog.py:5
	py.Raise(py.ValueError.New("boom" + py.Str(n)))
}

//line prog.py:8
func middle() {
//line prog.py:9
	helper(8)
}

//line prog.py:12
func wrap() {
	func() {
		defer func() {
			if r := recover(); r != nil {
				e := py.Catch(r, py.ValueError)
				if e == nil {
					panic(r)
				}
//line prog.py:16
				py.RaiseFrom(py.RuntimeError.New("wrapped"), e)
			}
		}()
//line prog.py:14
		middle()
	}()
}

//line prog.py:19
func during() {
	func() {
		defer func() {
			if r := recover(); r != nil {
				e := py.Catch(r, py.ValueError)
				if e == nil {
					panic(r)
				}
//line prog.py:23
				py.RaiseIn(py.KeyError.New("k"), e)
			}
		}()
//line prog.py:21
		middle()
	}()
}

//line prog.py:26
func divide(n, d int) {
//line prog.py:27
	_ = n / d
}

//line prog.py:30
func group() {
//line prog.py:31
	py.Raise(py.NewExcGroup("many", []*py.Exc{py.ValueError.New("a"), py.TypeError.New("b")}))
}

//line prog.py:34
func remainder(n, d int) {
	func() (caught *py.Exc) {
		defer func() {
			if rec := recover(); rec != nil {
				if caught = py.Catch(rec, py.OverflowError); caught == nil {
					panic(rec)
				}
			}
		}()
//line prog.py:36
		_ = py.Mod(n, d)
		return
	}()
}

func main() {
	py.Main(func() {
//line prog.py:41
		py.Print("before")
		mode := os.Args[1]
		switch mode {
		case "plain":
//line prog.py:44
			middle()
		case "cause":
//line prog.py:46
			wrap()
		case "context":
//line prog.py:48
			during()
		case "zero":
//line prog.py:50
			divide(1, 0)
		case "group":
//line prog.py:52
			group()
		case "exit":
//line prog.py:54
			py.Raise(py.SystemExit.New(3))
		case "modulo":
//line prog.py:56
			remainder(1, 0)
		}
//line prog.py:57
		py.Print("after")
	})
}
