// Command aiogo turns asyncio-style Python into Go.
//
//	aiogo run FILE.py [ARGS...]      transpile, build and run; the program's own output and status
//	aiogo gen FILE.py... [flags]     write FILE_aio.go next to each input (or -o)
//	aiogo check FILE.py... [flags]   fail with a diff when a generated file is missing or stale
//	aiogo version
//
// Exit status: 0 ok, 1 errors in the input (for run: the program's own
// status), 2 usage errors. Diagnostics go to stderr as file:line:col: message.
//
// The command only wires the stages together: parser reads the source,
// codegen checks it and emits Go, and `run` builds that Go against the
// runtime sources embedded in this binary.
package main

import (
	"fmt"
	"io"
	"os"
)

// Exit statuses shared by every subcommand.
const (
	exitOK    = 0
	exitInput = 1
	exitUsage = 2
)

// version is set at link time by release builds; a source build says "devel".
var version = "devel"

func main() {
	os.Exit(runCommand(os.Args[1:], os.Stdout, os.Stderr))
}

// runCommand dispatches one command line and returns the exit status.
func runCommand(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	switch cmd, rest := args[0], args[1:]; cmd {
	case "run":
		return runMain(rest, stderr)
	case "gen":
		return genMain(rest, stdout, stderr)
	case "check":
		return checkMain(rest, stdout, stderr)
	case "version":
		fmt.Fprintln(stdout, "aiogo", version)
		return exitOK
	case "help", "-h", "-help", "--help":
		usage(stdout)
		return exitOK
	default:
		fmt.Fprintf(stderr, "aiogo: unknown command %q\n", cmd)
		usage(stderr)
		return exitUsage
	}
}

func usage(w io.Writer) {
	fmt.Fprint(w, `usage:
  aiogo run [-virtual-time] FILE.py [ARGS...]
  aiogo gen [-o OUT.go|-] [-package NAME] [-lines=false] FILE.py...
  aiogo check [-package NAME] [-lines=false] FILE.py...
  aiogo version
`)
}
