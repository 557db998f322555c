package py

import (
	"os"
	"strings"
	"sync"
)

// os.environ is a dict of str to str read once from the process's
// environment, in its order, as CPython reads it at startup; changes made
// by the program stay in the dict (which is also what os.getenv reads),
// and it prints as environ({...}). A copy of it is a plain dict.
var environFlavor = &dictFlavor{name: "_Environ"}

var environ = sync.OnceValue(func() *Dict[string, string] {
	d := NewDict[string, string]()
	d.flavor = environFlavor
	for _, kv := range os.Environ() {
		if k, v, ok := strings.Cut(kv, "="); ok {
			d.Set(k, v)
		}
	}
	return d
})

// Environ is os.environ.
func Environ() *Dict[string, string] { return environ() }

// Getenv is os.getenv(k): the value, or None.
func Getenv(k string) any {
	if v, ok := environ().Lookup(k); ok {
		return v
	}
	return None
}

// GetenvDefault is os.getenv(k, def) of a default of any type.
func GetenvDefault(k string, def any) any {
	if v, ok := environ().Lookup(k); ok {
		return v
	}
	return def
}
