package py

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCallTurnsExceptionsIntoErrors(t *testing.T) {
	n, err := Call(func() int { return IntMul(6, 7) })
	require.NoError(t, err)
	assert.Equal(t, 42, n)

	_, err = Call(func() int { return FloorDiv(1, 0) })
	var e *Exc
	require.True(t, errors.As(err, &e), "want a *py.Exc, got %v", err)
	assert.True(t, e.Is(ZeroDivisionError))
	assert.Equal(t, "ZeroDivisionError: integer division or modulo by zero", err.Error())

	_, err = Call(func() string { Raise(ValueError.New("bad")); return "" })
	assert.True(t, errors.Is(err, ValueError), "errors.Is matches the class: %v", err)
}

func TestCallLetsSystemExitThrough(t *testing.T) {
	assert.Panics(t, func() {
		_, _ = Call(func() int { Raise(SystemExit.New(3)); return 0 })
	})
}
