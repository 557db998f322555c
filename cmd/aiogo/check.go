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
	return eachGenerated("check", args, stderr, false, func(input, path string, code []byte) bool {
		old, err := os.ReadFile(path)
		switch {
		case err != nil:
			fmt.Fprintf(stderr, "%s: missing (run aiogo gen %s)\n", path, input)
			return false
		case !bytes.Equal(old, code):
			fmt.Fprintf(stderr, "%s: stale (run aiogo gen %s)\n", path, input)
			stdout.Write(diff.Diff(path, old, path+" (regenerated)", code))
			return false
		}
		return true
	})
}
