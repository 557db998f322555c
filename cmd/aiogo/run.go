package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"

	"github.com/aiogo-dev/aiogo/codegen"
)

// runMain transpiles, builds (or reuses a cached build) and runs a program;
// its stdout, stderr and exit status become aiogo's.
func runMain(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("aiogo run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	virtual := fs.Bool("virtual-time", false, "jump the clock to the next timer whenever every task waits")
	lines := fs.Bool("lines", true, "emit //line directives so tracebacks name Python lines")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "aiogo run: no input file")
		return exitUsage
	}
	input := fs.Arg(0)
	src, err := os.ReadFile(input)
	if err != nil {
		fmt.Fprintf(stderr, "aiogo: %v\n", err)
		return exitInput
	}
	code, err := translate(input, src, codegen.Options{Package: "main", Lines: *lines})
	if err != nil {
		reportErrors(stderr, err, src)
		return exitInput
	}
	bin, err := buildProgram(input, code, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "aiogo run: %v\n", err)
		return exitInput
	}
	cmd := exec.Command(bin, fs.Args()[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, stderr
	cmd.Env = os.Environ()
	if *virtual {
		cmd.Env = append(cmd.Env, "AIOGO_VIRTUAL_TIME=1")
	}
	err = cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &exit) && exit.ExitCode() >= 0:
		return exit.ExitCode()
	default:
		fmt.Fprintf(stderr, "aiogo run: %v\n", err)
		return exitInput
	}
}
