package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the scripts in testdata/script call `aiogo` as a command
// served by this very test binary.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"aiogo": func() { os.Exit(runCommand(os.Args[1:], os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the CLI scenarios in testdata/script/*.txtar: exit
// codes, diagnostics, gen's file handling and `aiogo run`.
func TestScripts(t *testing.T) {
	goEnv := func(name string) string {
		out, err := exec.Command("go", "env", name).Output()
		if err != nil {
			t.Fatalf("go env %s: %v", name, err)
		}
		return strings.TrimSpace(string(out))
	}
	// `aiogo run` builds with the go tool: share the real build cache so
	// the runtime compiles once per machine, not once per script.
	gocache, goroot := goEnv("GOCACHE"), goEnv("GOROOT")
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("GOCACHE", gocache)
			env.Setenv("PATH", filepath.Join(goroot, "bin")+string(os.PathListSeparator)+env.Getenv("PATH"))
			env.Setenv("AIOGO_CACHE", filepath.Join(env.WorkDir, ".aiogo-cache"))
			return nil
		},
	})
}
