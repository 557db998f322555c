// Package difftest checks aiogo against CPython: it compiles DSL
// programs to Go, builds them, runs each next to `python3` and compares
// what the two print. It never judges a program on its own; CPython's
// behaviour is the expectation.
//
// Linking dominates the cost of building a small Go program, so a Batch
// links many programs into one binary: each program's translation is a
// package of its own in a temporary module, entered through an exported
// Main (codegen's Options.Entry), and a generated driver runs the one
// named by the environment variable AIOGO_TEST_PROGRAM. A program whose
// translation is refused or whose Go does not build is recorded as such
// and left out of the binary, so one failure does not hide the others.
package difftest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"go/format"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/aiogo-dev/aiogo/codegen"
	"github.com/aiogo-dev/aiogo/parser"
)

// Program is one DSL program to compile and run.
type Program struct {
	Name string // unique in a batch
	File string // the .py file: python3 runs it and tracebacks name it
	// Opts are the compiler options; Filename, Package and Entry are set
	// by the batch.
	Opts codegen.Options
}

// Batch is a temporary Go module holding the translations of programs,
// linked into one binary.
type Batch struct {
	dir      string
	bin      string
	pkgs     map[string]string // program name -> package folder
	gcflags  string            // the -gcflags option of go build
	GenErr   map[string]error  // programs whose translation failed
	BuildErr map[string]string // programs whose Go did not build or vet, with go's output
}

// RunTimeout bounds one run of a program, under CPython or compiled.
var RunTimeout = 30 * time.Second

// BuildOptions say how a batch is built.
type BuildOptions struct {
	Vet bool // go vet the translations; a finding drops the program
	// NoInline compiles the translations (not the runtime) without
	// inlining, which halves their compile time and changes nothing
	// they print; tracebacks may show inlined frames differently.
	NoInline bool
}

// Build translates progs into a module in dir (made if missing), builds
// them into one binary and returns the batch. A program that fails to
// translate, vet or build lands in GenErr or BuildErr; err reports a
// failure of the harness itself.
func Build(dir string, progs []Program, opts BuildOptions) (*Batch, error) {
	b := &Batch{dir: dir, pkgs: map[string]string{}, GenErr: map[string]error{}, BuildErr: map[string]string{}}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	if err := WriteModule(dir); err != nil {
		return nil, err
	}
	// Programs whose Go is the same (one without state machines, compiled
	// stackful too) share one package: the build and vet, not the runs,
	// are the batch's cost.
	samePkg := map[string]string{}
	for i, p := range progs {
		if _, dup := b.pkgs[p.Name]; dup {
			return nil, fmt.Errorf("difftest: two programs named %q", p.Name)
		}
		pkg := fmt.Sprintf("p%d", i)
		out, err := translate(p, pkg)
		if err != nil {
			b.GenErr[p.Name] = err
			continue
		}
		body := string(bytes.Replace(out, []byte("\npackage "+pkg+"\n"), []byte("\n"), 1))
		if same, ok := samePkg[body]; ok {
			b.pkgs[p.Name] = same
			continue
		}
		samePkg[body] = pkg
		if err := os.MkdirAll(filepath.Join(dir, pkg), 0o755); err != nil {
			return nil, err
		}
		if err := os.WriteFile(filepath.Join(dir, pkg, "main.go"), out, 0o644); err != nil {
			return nil, err
		}
		b.pkgs[p.Name] = pkg
	}
	if len(b.pkgs) == 0 {
		return b, nil
	}
	// No DWARF for the translations: nothing debugs them, and it is a
	// fifth of their compile time.
	b.gcflags = "-gcflags=" + modulePath + "/...=-dwarf=false"
	if opts.NoInline {
		b.gcflags += " -l"
	}
	if err := b.build(); err != nil {
		return nil, err
	}
	if opts.Vet {
		if err := b.vet(); err != nil {
			return nil, err
		}
	}
	if err := b.writeDriver(); err != nil {
		return nil, err
	}
	b.bin = filepath.Join(dir, "driver")
	if out, err := GoTool(dir, "build", b.gcflags, "-ldflags=-w", "-o", b.bin, "."); err != nil {
		return nil, fmt.Errorf("difftest: building the driver: %v\n%s", err, out)
	}
	return b, nil
}

// Built reports whether the named program is in the binary.
func (b *Batch) Built(name string) bool {
	_, ok := b.pkgs[name]
	return ok
}

// Run runs the named program of the batch with env added to the
// environment.
func (b *Batch) Run(name string, env ...string) Result {
	cmd := exec.Command(b.bin)
	cmd.Env = append(append(os.Environ(), "AIOGO_TEST_PROGRAM="+name), env...)
	return RunCmd(cmd)
}

// Python runs file under python3 (python names the interpreter), with
// -P so that no file beside it shadows a standard module.
func Python(python, file string) Result {
	cmd := exec.Command(python, "-P", file)
	cmd.Dir = filepath.Dir(file)
	return RunCmd(cmd)
}

// Result is what one run of a program did.
type Result struct {
	Stdout, Stderr string
	Code           int   // exit status
	Err            error // the program could not start, or ran past RunTimeout
}

// Diff describes how got differs from want on stdout and exit status,
// the contract of DESIGN.md section 1.2; "" when they agree.
func Diff(want, got Result) string {
	var out []string
	if want.Err != nil {
		out = append(out, "python3: "+want.Err.Error())
	}
	if got.Err != nil {
		out = append(out, "aiogo: "+got.Err.Error())
	}
	if want.Stdout != got.Stdout {
		out = append(out, "stdout differs:\n"+lineDiff(want.Stdout, got.Stdout))
	}
	if want.Code != got.Code {
		out = append(out, fmt.Sprintf("exit status: python3 %d, aiogo %d", want.Code, got.Code))
	}
	if len(out) > 0 && got.Stderr != "" {
		out = append(out, "aiogo's stderr:\n"+got.Stderr)
	}
	return strings.Join(out, "\n")
}

// LastFrame is the innermost `File "...", line N, in f` line of a
// traceback on stderr, leaving out frames of CPython's own library (a
// JSONDecodeError is raised inside json/decoder.py, os.environ's KeyError
// in the frozen module os), which aiogo's tracebacks never show.
func LastFrame(stderr string) string {
	frame := ""
	for _, line := range strings.Split(stderr, "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "File ") && !strings.Contains(line, "/lib/python3.") && !strings.HasPrefix(line, `File "<frozen `) {
			frame = line
		}
	}
	return frame
}

// LastLine is the last non-blank line of s: a traceback's exception.
func LastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

// translate parses and compiles one program into package pkg.
func translate(p Program, pkg string) ([]byte, error) {
	src, err := os.ReadFile(p.File)
	if err != nil {
		return nil, err
	}
	mod, err := parser.ParseFile(p.File, src)
	if err != nil {
		return nil, err
	}
	opts := p.Opts
	opts.Filename, opts.Package, opts.Entry = p.File, pkg, true
	out, err := codegen.Generate(mod, opts)
	if err != nil {
		return nil, err
	}
	if formatted, err := format.Source(out); err != nil || !bytes.Equal(formatted, out) {
		return nil, fmt.Errorf("the generated Go is not gofmt-clean (%v)", err)
	}
	return out, nil
}

// moduleRoot is the aiogo checkout this package was built from.
func moduleRoot() string {
	_, here, _, _ := runtime.Caller(0)
	return filepath.Dir(filepath.Dir(filepath.Dir(here)))
}

// modulePath is the temporary module's path; its packages are
// modulePath/pN.
const modulePath = "aiogotest"

// WriteModule makes dir a module named aiogotest that builds against
// this checkout of aiogo.
func WriteModule(dir string) error {
	root := moduleRoot()
	gomod := "module " + modulePath + "\n\ngo 1.26\n\nrequire github.com/aiogo-dev/aiogo v0.0.0\n\n" +
		"replace github.com/aiogo-dev/aiogo => " + root + "\n"
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644); err != nil {
		return err
	}
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644)
}

// packageHeader is the line go build and go vet print before a
// package's errors.
var packageHeader = regexp.MustCompile(`(?m)^# ` + modulePath + `/(p\d+)\b.*$`)

// build compiles every package and drops, with go's errors recorded,
// those that do not compile.
func (b *Batch) build() error {
	out, err := GoTool(b.dir, "build", b.gcflags, "./...")
	if err == nil {
		return nil
	}
	failed := map[string]string{}
	heads := packageHeader.FindAllStringSubmatchIndex(out, -1)
	for i, h := range heads {
		end := len(out)
		if i+1 < len(heads) {
			end = heads[i+1][0]
		}
		failed[out[h[2]:h[3]]] = "go build: " + strings.TrimSpace(out[h[1]:end])
	}
	if len(failed) == 0 {
		return fmt.Errorf("difftest: go build: %v\n%s", err, out)
	}
	if err := b.drop(failed); err != nil {
		return err
	}
	// What is left must now build; a failure that names no package is
	// the harness's own.
	if out, err := GoTool(b.dir, "build", b.gcflags, "./..."); err != nil {
		return fmt.Errorf("difftest: go build: %v\n%s", err, out)
	}
	return nil
}

// vet runs go vet over every package and drops, with the findings
// recorded, those it finds fault with. Its JSON output is keyed by
// package: with //line directives the plain text names only the DSL
// file, which several programs may share.
func (b *Batch) vet() error {
	out, err := GoTool(b.dir, "vet", "-json", "./...")
	if err != nil {
		return fmt.Errorf("difftest: go vet: %v\n%s", err, out)
	}
	var objects strings.Builder
	for _, line := range strings.SplitAfter(out, "\n") {
		if !strings.HasPrefix(line, "#") { // "# package" headers between the objects
			objects.WriteString(line)
		}
	}
	failed := map[string]string{}
	dec := json.NewDecoder(strings.NewReader(objects.String()))
	for dec.More() {
		var pkgs map[string]map[string][]struct{ Posn, Message string }
		if err := dec.Decode(&pkgs); err != nil {
			return fmt.Errorf("difftest: reading go vet -json: %v\n%s", err, out)
		}
		for path, analyzers := range pkgs {
			pkg := strings.TrimPrefix(path, modulePath+"/")
			for name, diags := range analyzers {
				for _, d := range diags {
					failed[pkg] += fmt.Sprintf("go vet: %s: %s (%s)\n", d.Posn, d.Message, name)
				}
			}
		}
	}
	return b.drop(failed)
}

// drop removes the packages of failed from the batch, recording why.
func (b *Batch) drop(failed map[string]string) error {
	for name, pkg := range b.pkgs {
		if msg, ok := failed[pkg]; ok {
			b.BuildErr[name] = msg
			delete(b.pkgs, name)
			if err := os.RemoveAll(filepath.Join(b.dir, pkg)); err != nil {
				return err
			}
		}
	}
	return nil
}

// writeDriver writes the main package that runs the program named by
// AIOGO_TEST_PROGRAM.
func (b *Batch) writeDriver() error {
	names := make([]string, 0, len(b.pkgs))
	for name := range b.pkgs {
		names = append(names, name)
	}
	sort.Strings(names)
	var src bytes.Buffer
	src.WriteString("// Code generated by difftest. DO NOT EDIT.\n\npackage main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\n")
	imported := map[string]bool{}
	for _, name := range names {
		if pkg := b.pkgs[name]; !imported[pkg] {
			imported[pkg] = true
			fmt.Fprintf(&src, "\t%s %q\n", pkg, modulePath+"/"+pkg)
		}
	}
	src.WriteString(")\n\nvar programs = map[string]func(){\n")
	for _, name := range names {
		fmt.Fprintf(&src, "\t%q: %s.Main,\n", name, b.pkgs[name])
	}
	src.WriteString(`}

func main() {
	run, ok := programs[os.Getenv("AIOGO_TEST_PROGRAM")]
	if !ok {
		fmt.Fprintln(os.Stderr, "driver: no program named by AIOGO_TEST_PROGRAM")
		os.Exit(2)
	}
	run()
}
`)
	return os.WriteFile(filepath.Join(b.dir, "main.go"), src.Bytes(), 0o644)
}

// GoTool runs the go command in dir and returns its combined output.
// The compiler runs with GOGC=400: translations instantiate much of the
// runtime's generic code, and collecting less often saves a tenth of
// their compile time for some more memory.
func GoTool(dir string, args ...string) (string, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOGC=400")
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// RunCmd runs cmd under RunTimeout.
func RunCmd(cmd *exec.Cmd) Result {
	ctx, cancel := context.WithTimeout(context.Background(), RunTimeout)
	defer cancel()
	c := exec.CommandContext(ctx, cmd.Path, cmd.Args[1:]...)
	c.Dir, c.Env = cmd.Dir, cmd.Env
	var stdout, stderr bytes.Buffer
	c.Stdout, c.Stderr = &stdout, &stderr
	err := c.Run()
	r := Result{Stdout: stdout.String(), Stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case ctx.Err() != nil:
		r.Err = fmt.Errorf("still running after %v", RunTimeout)
	case errors.As(err, &exit):
		r.Code = exit.ExitCode()
	case err != nil:
		r.Err = err
	}
	return r
}

// lineDiff shows two texts line by line from the first line where they
// differ, a few lines of each.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	const context = 6
	show := func(lines []string) string {
		end := min(i+context, len(lines))
		return strings.Join(lines[i:end], "\n")
	}
	return fmt.Sprintf("from line %d\n--- python3\n%s\n--- aiogo\n%s", i+1, show(w), show(g))
}
