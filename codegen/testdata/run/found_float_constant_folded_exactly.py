# Float arithmetic on min() or max() of constants: Python rounds every
# operation to a double.
# CPython: prints "0.30000000000000004", exit 0.
# aiogo:   prints "0.3": the generated Go is max(0.1, 0.2) + 0.1, a Go
#          constant expression, which Go evaluates exactly before rounding.
# Fixed on main by 0ed5ebf.
print(max(0.1, 0.2) + 0.1)
