# A variable read only by dead code after a raise.
# CPython: prints "caught i", exit 0.
# aiogo:   "internal error: the generated Go did not build":
#          "unused_after_dead_code.py:7: declared and not used: xs1" (the
#          dead return is left out of the Go, its read of xs1 with it).
def f():
    xs1 = [1]
    raise IndexError("i")
    return xs1


try:
    f()
except IndexError as e:
    print("caught", e)
