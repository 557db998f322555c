package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/aiogo-dev/aiogo/codegen"
)

// genFlags are the flags gen and check share.
type genFlags struct {
	out      string
	pkg      string
	lines    bool
	patterns []string // the input files, in order
}

// parseGenFlags parses flags given before, between or after the input
// files, as the documented `aiogo gen FILE.py -o OUT.go` form needs.
func parseGenFlags(name string, args []string, stderr io.Writer, withOut bool) (*genFlags, bool) {
	gf := &genFlags{}
	fs := flag.NewFlagSet("aiogo "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	if withOut {
		fs.StringVar(&gf.out, "o", "", "write the Go to `file` (- for stdout); one input only")
	}
	fs.StringVar(&gf.pkg, "package", "", "Go package `name` (default $GOPACKAGE, else main)")
	fs.BoolVar(&gf.lines, "lines", true, "emit //line directives pointing at the Python source")
	for {
		if err := fs.Parse(args); err != nil {
			return nil, false
		}
		if fs.NArg() == 0 {
			break
		}
		gf.patterns = append(gf.patterns, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(gf.patterns) == 0 {
		fmt.Fprintf(stderr, "aiogo %s: no input files\n", name)
		return nil, false
	}
	if gf.out != "" && len(gf.patterns) > 1 {
		fmt.Fprintf(stderr, "aiogo %s: -o needs exactly one input file\n", name)
		return nil, false
	}
	if gf.pkg == "" {
		gf.pkg = os.Getenv("GOPACKAGE")
	}
	if gf.pkg == "" {
		gf.pkg = "main"
	}
	return gf, true
}

// options turns the flags into codegen options.
func (gf *genFlags) options() codegen.Options {
	return codegen.Options{Package: gf.pkg, Lines: gf.lines}
}

// outputPath is where the Go for input goes: -o, or FILE_aio.go beside it.
func (gf *genFlags) outputPath(input string) string {
	if gf.out != "" {
		return gf.out
	}
	return strings.TrimSuffix(input, filepath.Ext(input)) + "_aio.go"
}

func genMain(args []string, stdout, stderr io.Writer) int {
	return eachGenerated("gen", args, stderr, true, func(input, path string, code []byte) bool {
		if err := writeOutput(path, code, stdout); err != nil {
			fmt.Fprintf(stderr, "aiogo gen: %v\n", err)
			return false
		}
		return true
	})
}

// eachGenerated parses the flags of gen or check, translates every input
// and hands the Go, with the path it belongs at, to use. The status is
// exitInput if any input failed to translate or use reported failure.
func eachGenerated(name string, args []string, stderr io.Writer, withOut bool, use func(input, path string, code []byte) bool) int {
	gf, ok := parseGenFlags(name, args, stderr, withOut)
	if !ok {
		return exitUsage
	}
	status := exitOK
	for _, input := range gf.patterns {
		code, ok := generateFile(input, gf, stderr)
		if !ok || !use(input, gf.outputPath(input), code) {
			status = exitInput
		}
	}
	return status
}

// generateFile reads and translates one input, reporting any errors.
func generateFile(input string, gf *genFlags, stderr io.Writer) ([]byte, bool) {
	src, err := os.ReadFile(input)
	if err != nil {
		fmt.Fprintf(stderr, "aiogo: %v\n", err)
		return nil, false
	}
	code, err := translate(input, src, gf.options())
	if err != nil {
		reportErrors(stderr, err, src)
		return nil, false
	}
	return code, true
}

// generatedHeader matches the marker Go tools use to recognise generated
// files (see go/ast.IsGenerated).
var generatedHeader = regexp.MustCompile(`(?m)^// Code generated .* DO NOT EDIT\.$`)

var errNotGenerated = errors.New("refusing to overwrite a file that is not generated code")

// writeOutput writes code to path ("-" is stdout). It refuses to replace a
// hand-written file, leaves an identical file untouched (so watch tools do
// not loop), and replaces atomically so no reader sees half a file.
func writeOutput(path string, code []byte, stdout io.Writer) error {
	if path == "-" {
		_, err := stdout.Write(code)
		return err
	}
	old, err := os.ReadFile(path)
	switch {
	case err == nil && bytes.Equal(old, code):
		return nil
	case err == nil && !generatedHeader.Match(old):
		return fmt.Errorf("%s: %w", path, errNotGenerated)
	case err != nil && !errors.Is(err, os.ErrNotExist):
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".aiogo-*.go")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op once the rename succeeded
	if _, err := tmp.Write(code); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
