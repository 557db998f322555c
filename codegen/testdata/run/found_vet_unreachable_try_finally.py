# return (or continue, break) from a try body that has a finally; the
# Python has no dead code.
# CPython: prints "fin", "a"; exit 0.
# aiogo:   go vet on the generated Go reports
#          "vet_unreachable_try_finally.py:10: unreachable code" (at the
#          finally's body); the same for continue in a loop.
# Fixed on main by 4c3a22d.
def f():
    try:
        return "a"
    finally:
        print("fin")


print(f())
