package bench

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
)

// Way is one of the three ways a workload runs.
type Way int

const (
	Aiogo Way = iota
	CPython
	Go
)

// Ways lists the three ways in table order.
var Ways = []Way{Aiogo, CPython, Go}

func (w Way) String() string { return [...]string{"aiogo", "cpython", "go"}[w] }

// Config says where and how to build.
type Config struct {
	Root   string // the module root (holds go.mod and bench/)
	Work   string // scratch folder inside Root, where programs are built
	Quick  bool   // smoke-test sizes
	Python string // the CPython interpreter, "" to leave CPython out
}

// Built is a workload ready to run: a command line per way. A way whose
// Argv is nil could not be built; Err says why.
type Built struct {
	Workload
	Argv [3][]string
	Err  [3]error
	// Handwritten is set when aiogo could not compile the program and its
	// column runs bench/handwritten/<Script> (the runtime API by hand).
	Handwritten bool
}

// Build prepares every workload three ways. The aiogo column is the
// program compiled by `aiogo gen` and `go build`, like `aiogo run` does
// but against the runtime in this tree. Builds run two at a time, which
// suits the link steps on small machines. The error is for failures that
// concern every workload (the aiogo command itself); a workload's own
// failures are left in its Err.
func Build(cfg Config, ws []Workload) ([]*Built, error) {
	aiogo := filepath.Join(cfg.Work, "aiogo")
	if err := goBuild(cfg.Root, aiogo, "./cmd/aiogo"); err != nil {
		return nil, fmt.Errorf("building cmd/aiogo: %v", err)
	}
	goBins := map[string]string{} // a Go baseline per script, shared by rows
	goErrs := map[string]*error{} // its build error, known once the jobs ran
	var jobs []func()
	built := make([]*Built, len(ws))
	for i, w := range ws {
		b := &Built{Workload: w}
		built[i] = b
		text, err := os.ReadFile(filepath.Join(cfg.Root, "bench", w.Script+".py"))
		if err != nil {
			return nil, err
		}
		src, consts, err := w.Program(string(text), cfg.Quick)
		if err != nil {
			return nil, err
		}
		dir := filepath.Join(cfg.Work, w.Name)
		py := filepath.Join(dir, w.Script+".py")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, err
		}
		if err := os.WriteFile(py, []byte(src), 0o644); err != nil {
			return nil, err
		}
		if cfg.Python != "" {
			b.Argv[CPython] = []string{cfg.Python, py}
		} else {
			b.Err[CPython] = errors.New("no python3")
		}
		jobs = append(jobs, func() { b.buildAiogo(cfg, aiogo, dir, py, consts) })

		goBin, ok := goBins[w.Script]
		if !ok {
			goBin = filepath.Join(cfg.Work, "go-"+w.Script)
			goBins[w.Script] = goBin
			errp := new(error)
			goErrs[w.Script] = errp
			pkg := "./bench/gobaseline/" + w.Script
			jobs = append(jobs, func() { *errp = goBuild(cfg.Root, goBin, pkg) })
		}
		b.Argv[Go] = append([]string{goBin}, flags(consts)...)
	}
	parallel(2, jobs)
	for _, b := range built {
		if err := *goErrs[b.Script]; err != nil {
			b.Argv[Go], b.Err[Go] = nil, err
		}
	}
	return built, nil
}

// buildAiogo compiles the program with aiogo, or falls back to the
// hand-written version when the compiler refuses it.
func (b *Built) buildAiogo(cfg Config, aiogo, dir, py string, consts []Const) {
	bin := filepath.Join(dir, "prog")
	gen := exec.Command(aiogo, "gen", "-o", filepath.Join(dir, "main.go"), py)
	out, err := gen.CombinedOutput()
	if err == nil {
		// File mode: the scratch folder lies inside the module (so the
		// runtime imports resolve to this tree) but its name starts with a
		// dot, which ./... patterns and import paths skip.
		err = run(dir, "go", "build", "-o", bin, "main.go")
		if err == nil {
			b.Argv[Aiogo] = []string{bin}
			return
		}
	} else {
		err = fmt.Errorf("aiogo gen: %s", bytes.TrimSpace(out))
	}
	hand := filepath.Join(cfg.Root, "bench", "handwritten", b.Script)
	if _, statErr := os.Stat(hand); statErr != nil {
		b.Err[Aiogo] = err
		return
	}
	if err := goBuild(cfg.Root, bin, "./bench/handwritten/"+b.Script); err != nil {
		b.Err[Aiogo] = err
		return
	}
	b.Argv[Aiogo] = append([]string{bin}, flags(consts)...)
	b.Handwritten = true
}

// goBuild builds a package of the module into bin.
func goBuild(root, bin, pkg string) error {
	return run(root, "go", "build", "-o", bin, pkg)
}

// run runs a build command in dir. cgo is off as in `aiogo run`, so every
// binary is built the same way.
func run(dir string, argv ...string) error {
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%v: %s", err, bytes.TrimSpace(out))
	}
	return nil
}

// parallel runs the jobs, n at a time.
func parallel(n int, jobs []func()) {
	sem := make(chan struct{}, n)
	var wg sync.WaitGroup
	for _, job := range jobs {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			job()
		})
	}
	wg.Wait()
}
