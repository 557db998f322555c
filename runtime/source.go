// Package runtime ships the source of aiogo's runtime packages (py and aio)
// inside the aiogo binary, so that `aiogo run` can build a program on a
// machine with no network and no checkout of aiogo.
//
// The packages themselves live in runtime/py and runtime/aio; this package
// only embeds their files and never runs any of them.
package runtime

import (
	"embed"
	"io/fs"
	"strings"
)

//go:embed py/*.go aio/*.go
var files embed.FS

// Sources returns the runtime's Go files, without tests, keyed by their path
// relative to the module root ("runtime/py/print.go").
func Sources() (map[string][]byte, error) {
	out := make(map[string][]byte)
	err := fs.WalkDir(files, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(path, "_test.go") {
			return err
		}
		data, err := files.ReadFile(path)
		if err != nil {
			return err
		}
		out["runtime/"+path] = data
		return nil
	})
	return out, err
}
