package codegen

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestExportedName(t *testing.T) {
	for in, want := range map[string]string{
		"fetch_all": "FetchAll", "main": "Main", "get2_items": "Get2Items",
		"already_Camel": "AlreadyCamel", "trailing_": "Trailing", "élan": "Élan",
	} {
		assert.Equal(t, want, exportedName(in), in)
	}
}
