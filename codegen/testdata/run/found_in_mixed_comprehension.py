# An int in a list comprehension whose elements are ints or strs.
# CPython: prints "False", exit 0.
# aiogo:   "internal error: the generated Go did not build": "in call to
#          py.InBy, type func(v any) bool of func() *py.List[any]
#          {…}().Contains does not match inferred type func(int) bool for
#          func(T) bool".
print(round(2.5) in [1 if True else "a" for y in range(2)])
