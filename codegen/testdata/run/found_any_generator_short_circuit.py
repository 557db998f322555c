# any() and all() of a generator expression stop at the first element
# that decides them.
# CPython: prints "True" and "False", exit 0.
# aiogo:   exit 1, ZeroDivisionError: integer division or modulo by zero:
#          the generator is consumed whole before any() looks at it, so
#          10 // 0 runs (and the side effects of every element happen).
#          The traceback also names line 11 of this 9-line file.
# Fixed on main by 484a093.
xs = [5, 0]
print(any(10 // x > 1 for x in xs))
print(all(10 // x > 5 for x in xs))
