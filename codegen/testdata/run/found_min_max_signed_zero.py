# min and max of a positive and a negative zero: Python returns the first
# argument when they compare equal.
# CPython: prints "0.0 -0.0", exit 0.
# aiogo:   prints "-0.0 0.0" (Go's min and max order -0.0 below 0.0).
# Fixed on main by 0ed5ebf.
a = 0.0
b = -0.0
print(min(a, b), max(b, a))
