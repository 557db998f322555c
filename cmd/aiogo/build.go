package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"time"

	rtsrc "github.com/aiogo-dev/aiogo/runtime"
)

// runtimeModule is the module path generated code imports the runtime from.
const runtimeModule = "github.com/aiogo-dev/aiogo"

// statusDelay is how long a build may take before a terminal gets a
// "building" line: quick cached builds should print nothing.
const statusDelay = 300 * time.Millisecond

// buildProgram returns an executable built from the generated code. Builds
// are cached under a hash of everything that goes into them, so running an
// unchanged program again skips the Go toolchain entirely.
func buildProgram(input string, code []byte, stderr io.Writer) (string, error) {
	sources, err := rtsrc.Sources()
	if err != nil {
		return "", err
	}
	root, err := cacheRoot()
	if err != nil {
		return "", err
	}
	bin := filepath.Join(root, buildKey(code, sources), "prog")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	if _, err := os.Stat(bin); err == nil {
		return bin, nil
	}
	done := showStatus(stderr, "building "+filepath.Base(input)+"…")
	defer done()
	return bin, goBuild(root, bin, code, sources)
}

// cacheRoot is $AIOGO_CACHE, else aiogo's folder in the user cache.
func cacheRoot() (string, error) {
	if dir := os.Getenv("AIOGO_CACHE"); dir != "" {
		return dir, nil
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("no cache directory: set AIOGO_CACHE (%v)", err)
	}
	return filepath.Join(dir, "aiogo"), nil
}

// buildKey hashes the program, the runtime sources and the target platform.
func buildKey(code []byte, sources map[string][]byte) string {
	h := sha256.New()
	fmt.Fprintf(h, "aiogo build v1 %s/%s\n", runtime.GOOS, runtime.GOARCH)
	paths := make([]string, 0, len(sources))
	for p := range sources {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		fmt.Fprintf(h, "%s %d\n", p, len(sources[p]))
		h.Write(sources[p])
	}
	fmt.Fprintf(h, "main.go %d\n", len(code))
	h.Write(code)
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// goBuild lays out a throwaway module (the program plus the embedded
// runtime, wired with a replace directive so nothing is downloaded), builds
// it, and moves the executable into place atomically.
func goBuild(root, bin string, code []byte, sources map[string][]byte) error {
	if err := os.MkdirAll(root, 0o755); err != nil {
		return err
	}
	work, err := os.MkdirTemp(root, "build-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	files := map[string][]byte{
		"go.mod":       fmt.Appendf(nil, "module aiogo.run/prog\n\ngo 1.26\n\nrequire %s v0.0.0-00010101000000-000000000000\n\nreplace %s => ./aiogo\n", runtimeModule, runtimeModule),
		"main.go":      code,
		"aiogo/go.mod": fmt.Appendf(nil, "module %s\n\ngo 1.26\n", runtimeModule),
	}
	for p, data := range sources {
		files[filepath.Join("aiogo", p)] = data
	}
	for p, data := range files {
		path := filepath.Join(work, p)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return err
		}
	}
	out := filepath.Join(work, filepath.Base(bin))
	// No DWARF: the binary runs a Python program, nobody debugs its Go,
	// and DWARF is a fifth of its compile time.
	cmd := exec.Command("go", "build", "-gcflags=-dwarf=false", "-ldflags=-w", "-o", out, ".")
	cmd.Dir = work
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOPROXY=off", "CGO_ENABLED=0")
	if msg, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("internal error: the generated Go did not build (please report it):\n%s", msg)
	}
	if err := os.MkdirAll(filepath.Dir(bin), 0o755); err != nil {
		return err
	}
	return os.Rename(out, bin)
}

// showStatus prints msg on a terminal if the caller is still busy after
// statusDelay, and the returned func erases it again, so the program's own
// output starts on a clean line. Non-terminals never see it.
func showStatus(w io.Writer, msg string) (done func()) {
	if !isTerminal(w) {
		return func() {}
	}
	shown := make(chan bool, 1)
	timer := time.AfterFunc(statusDelay, func() {
		fmt.Fprint(w, msg)
		shown <- true
	})
	return func() {
		if !timer.Stop() {
			<-shown
			fmt.Fprint(w, "\r\033[K")
		}
	}
}
