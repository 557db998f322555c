package main

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/rogpeppe/go-internal/diff"
)

// checkMain regenerates each input in memory and fails, showing a diff,
// when the file on disk is missing or differs: the CI guard for
// committed generated code.
func checkMain(args []string, stdout, stderr io.Writer) int {
	gf, ok := parseGenFlags("check", args, stderr, false)
	if !ok {
		return exitUsage
	}
	status := exitOK
	for _, input := range gf.patterns {
		code, ok := generateFile(input, gf, stderr)
		if !ok {
			status = exitInput
			continue
		}
		path := gf.outputPath(input)
		old, err := os.ReadFile(path)
		switch {
		case err != nil:
			fmt.Fprintf(stderr, "%s: missing (run aiogo gen %s)\n", path, input)
			status = exitInput
		case !bytes.Equal(old, code):
			fmt.Fprintf(stderr, "%s: stale (run aiogo gen %s)\n", path, input)
			stdout.Write(diff.Diff(path, old, path+" (regenerated)", code))
			status = exitInput
		}
	}
	return status
}
